"""A body's document settings (issue 9 point 8) are what its meetings' documents are set in:
the Normal style's font and size, every run's font, the tables' smaller size and the left
margin; a meeting of no body, or of a body left at the defaults, gets GOST's usual."""

from datetime import date
from pathlib import Path

import docx
from docx.shared import Mm, Pt

from minutes_app.domain import (
    AgendaItem,
    Attendee,
    Body,
    Decision,
    DecisionVerb,
    DocumentSettings,
    Meeting,
    Role,
    Vote,
)
from minutes_app.services import Services

COUNCIL = "Общественный совет"


def _meeting(body: str = COUNCIL) -> Meeting:
    return Meeting(
        title="заседания Общественного совета", date=date(2026, 11, 20), number="7", body=body,
        attendees=(Attendee("Когамов Марат Чингисович", role=Role.CHAIR),
                   Attendee("Петрова Анна Сергеевна", role=Role.SECRETARY),
                   Attendee("Ким Ольга Викторовна")),
        agenda=(AgendaItem("О плане работы", decisions=(
            Decision("Утвердить план работы на 2027 год.", Vote(3, 0, 0)),)),),
    )


def _export(services: Services, meeting: Meeting, target: Path, **options: object) -> docx.Document:
    stored = services.meetings.create(meeting)
    assert stored.id is not None
    services.documents.export_docx(stored.id, target, **options)  # type: ignore[arg-type]
    return docx.Document(str(target))


def _fonts(document: docx.Document) -> set[str]:
    runs = [run for p in document.paragraphs for run in p.runs]
    runs += [run for table in document.tables for row in table.rows for cell in row.cells
             for p in cell.paragraphs for run in p.runs]
    return {run.font.name for run in runs if run.font.name} | {
        document.styles["Normal"].font.name}


def test_the_body_s_font_size_and_margin_set_the_document(services, tmp_path) -> None:
    services.directory.save_body(Body(COUNCIL, document=DocumentSettings(
        "Arial", 12, long_term_margin=True, decision_verb=DecisionVerb.DECIDED)))
    document = _export(services, _meeting(), tmp_path / "protocol.docx")
    normal = document.styles["Normal"].font
    assert (normal.name, normal.size) == ("Arial", Pt(12))
    assert _fonts(document) == {"Arial"}
    assert abs(document.sections[0].left_margin - Mm(30)) < Mm(0.1)


def test_a_body_at_the_defaults_and_no_body_get_times_new_roman_14_and_20_mm(
        services, tmp_path) -> None:
    services.directory.save_body(Body(COUNCIL))
    for name, meeting in (("council", _meeting()), ("alone", _meeting(body=""))):
        document = _export(services, meeting, tmp_path / f"{name}.docx")
        normal = document.styles["Normal"].font
        assert (normal.name, normal.size) == ("Times New Roman", Pt(14)), name
        assert abs(document.sections[0].left_margin - Mm(20)) < Mm(0.1), name


def test_a_long_term_margin_asked_for_widens_it_whatever_the_body_says(
        services, tmp_path) -> None:
    services.directory.save_body(Body(COUNCIL, document=DocumentSettings("Arial", 13)))
    document = _export(services, _meeting(), tmp_path / "protocol.docx", long_term_margin=True)
    assert abs(document.sections[0].left_margin - Mm(30)) < Mm(0.1)
    assert document.styles["Normal"].font.size == Pt(13)  # the body's size stays
