"""Names reach the document as typed: initials kept, organisations and groups never shortened."""

import re
from datetime import date

import pytest

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Decision,
    Language,
    Meeting,
    Role,
    Statement,
    Vote,
)
from minutes_app.export.wording import NBSP
from tests.export.conftest import assert_in_order, lines

AKIMAT = "представитель акимата"


def _meeting(language: Language) -> Meeting:
    return Meeting(
        title="заседания Общественного совета", date=date(2026, 3, 2), number="4",
        language=language,
        attendees=(
            Attendee(name="Иванов И.И.", role=Role.CHAIR),
            Attendee(name="Абенова Ж.Б.", role=Role.SECRETARY),
            Attendee(name="Тұрсынбаев Ерлан Қайрат ұлы", role=Role.MEMBER),
            Attendee(name="Сулейменова-Ахметова Айгерим Болатовна", role=Role.MEMBER),
            Attendee(name=AKIMAT, role=Role.INVITED),
        ),
        agenda=(AgendaItem(
            title="О плане благоустройства",
            heard=(Statement(speaker=AKIMAT, text="Рассказал о плане."),),
            decisions=(Decision(
                text="Принять информацию к сведению.", vote=Vote(unanimous=True),
                actions=(ActionItem(task="Подготовить отчёт",
                                    responsible=("Абенова Ж.Б.", AKIMAT)),),
            ),),
        ),),
    )


# The document's own words per language: chair, secretary, members present, invited, heard,
# task, responsible.
WORDS = {
    Language.RU: ("Председатель", "Секретарь", "Присутствовали", "Приглашенные:",
                  "1. СЛУШАЛИ:", "Поручение", "Ответственные"),
    Language.KK: ("Төраға", "Хатшы", "Қатысқандар", "Шақырылғандар:",
                  "1. ТЫҢДАЛДЫ:", "Тапсырма", "Жауаптылар"),
}


@pytest.mark.parametrize("language", [Language.RU, Language.KK])
def test_names_keep_their_initials_and_organisations_stay_whole(export, language):
    chair, secretary, present, invited, heard, task, responsible = WORDS[language]
    document = export(_meeting(language))
    got = lines(document)

    assert_in_order(got, [
        f"{chair} — И.И. Иванов",
        f"{secretary} — Ж.Б. Абенова",
        f"{present}: Сулейменова-Ахметова А.Б., Тұрсынбаев Е.Қ.",
        invited,
        f"{AKIMAT}.",
        heard,
        f"{AKIMAT} — Рассказал о плане.",
        f"{task}: Подготовить отчёт. {responsible}: Абенова Ж.Б., {AKIMAT}.",
        f"{chair} | ____________ | И.И. Иванов",
        f"{secretary} | ____________ | Ж.Б. Абенова",
    ])
    text = "\n".join(got)
    assert not re.search(r"(?<![\w.])И\. Иванов", text)  # an initial lost
    assert not re.search(r"(?<![\w.])Ж\. Абенова", text)
    assert not re.search(r"(?<!\w)а\.", text)  # «представитель а.»
    assert "Иванов И.И.И." not in text and "И.И.И." not in text  # nor one invented


def test_signature_names_do_not_break_but_organisations_may(export):
    """A person's short form is glued by no-break spaces; text that is not a name is printed
    with the spaces typed, so a long organisation can wrap like any other text."""
    doc = export(_meeting(Language.RU))
    raw = [paragraph.text for paragraph in doc.paragraphs]
    signatures = [[cell.text for cell in table.rows[0].cells] for table in doc.tables]

    assert ["Председатель", "____________", f"И.И.{NBSP}Иванов"] in signatures
    assert f"{AKIMAT}." in raw
