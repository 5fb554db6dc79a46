"""Text a .docx cannot hold never fails an export; what it can hold arrives unchanged."""

from dataclasses import replace

import docx
import pytest

from minutes_app.domain import AgendaItem, Attendee, Decision, Role, Statement
from minutes_app.export import DocxOptions, build_document
from tests.export.conftest import lines
from tests.export.samples import russian_meeting

CONTROLS = "".join(chr(c) for c in range(32))
# Emoji with a ZWJ sequence, Hebrew and Arabic (RTL), a combining accent, Kazakh letters,
# XML's own special characters.
VISIBLE = "😀👩‍👩‍👧 שלום عليكم e\u0301 ҚАУЛЫ әғқңөұүһі <b>&amp;\"'"
HOSTILE = f"Начало{CONTROLS}\ufffe\uffff\ud800{VISIBLE}\r\nконец"
# C0 controls go except tab and line feed; U+000B, U+000C and CR (CR LF) become line breaks;
# U+FFFE, U+FFFF and the lone surrogate go.
EXPECTED = f"Начало\t\n\n\n\n{VISIBLE}\nконец"


def hostile_meeting():
    meeting = russian_meeting()
    attendees = (
        *meeting.attendees,
        Attendee(name="Хостилов Виктор", role=Role.INVITED, position=HOSTILE),
        Attendee(group=HOSTILE, count=2, role=Role.INVITED),
    )
    item = AgendaItem(
        title=HOSTILE,
        presenters=("Хостилов Виктор",),
        heard=(Statement(speaker="Хостилов Виктор", text=HOSTILE),),
        discussion=(Statement(text=HOSTILE),),
        decisions=(Decision(text=HOSTILE),),
    )
    return replace(meeting, title=HOSTILE, place=HOSTILE, number="3\x07",
                   attendees=attendees, agenda=(*meeting.agenda, item))


@pytest.mark.parametrize("form", ["full", "short"])
def test_control_characters_never_fail_an_export(export, form):
    got = lines(export(hostile_meeting(), form=form, author=f"Автор{CONTROLS}"))

    text = "\n".join(got)
    assert "\ufffe" not in text and "\ud800" not in text and "\x0b" not in text
    assert EXPECTED in got  # the title, whole
    assert "22.11.2019\t№ 3" in got
    assert f"4.1. {EXPECTED}." in got  # the decision, made a sentence
    assert f"4. {EXPECTED}" in got  # the agenda item keeps its text after the number


def test_pasted_text_line_breaks_become_breaks_in_one_paragraph(export):
    doc = export(hostile_meeting())
    heard = next(p for p in doc.paragraphs if p.text.startswith("Хостилов\u00a0В. — Начало"))

    assert heard._p.xml.count("<w:br/>") == EXPECTED.count("\n")
    assert heard._p.xml.count("<w:tab/>") == 1


def test_a_100000_character_field_is_exported_whole(tmp_path):
    long_text = ("Решение совета о профилактике правонарушений. " * 2200)[:100_000]
    item = AgendaItem(title="О длинном тексте",
                      heard=(Statement(speaker="Когамов Марат", text=long_text),))
    meeting = replace(russian_meeting(), agenda=(item,))

    build_document(meeting, DocxOptions()).save(str(tmp_path / "long.docx"))

    paragraphs = [p.text for p in docx.Document(str(tmp_path / "long.docx")).paragraphs]
    assert f"Когамов\u00a0М. — {long_text.strip()}" in paragraphs
