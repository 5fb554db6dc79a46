"""The register of tasks as a Word report and an Excel workbook (issue 10), read back as a
records office would check them: the heading, one group per protocol, the table's cells, the
body's letterhead and settings, valid Open XML; the workbook's typed dates, filter and frozen
header."""

from datetime import date, datetime
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.shared import Mm, Pt
from openxml_audit import OpenXmlValidator

from minutes_app.domain import ActionItem, AgendaItem, Body, Decision, DocumentSettings, Language
from minutes_app.domain import Meeting as DomainMeeting
from minutes_app.export import TargetError
from minutes_app.export.tasks_report import ReportSettings, write_tasks_report
from minutes_app.export.tasks_workbook import write_tasks_workbook
from minutes_app.services import Services
from minutes_app.services.errors import TemplateRejected
from minutes_app.services.tasks import TaskFilter, TaskRow, TaskState
from tests.export.templates import letterhead
from tests.export.test_openxml_valid import findings

TODAY = date(2026, 5, 1)
COUNCIL = "Общественный совет МВД"


def row(meeting_id: int, task: str, **changes: object) -> TaskRow:
    values: dict[str, object] = {
        "meeting_id": meeting_id, "meeting_date": date(2026, 3, 15),
        "meeting_number": str(meeting_id), "meeting_title": "заседания Общественного совета",
        "body": COUNCIL, "item_number": 1, "decision_number": 2, "task_key": task,
        "task": task, "responsible": ("Петрова Анна Сергеевна",), "due": None, "done": False,
        "done_on": None, "done_note": ""}
    values.update(changes)
    return TaskRow(**values)  # type: ignore[arg-type]


ROWS = [
    row(7, "Подготовить график встреч", due=date(2026, 4, 1),
        responsible=("Петрова Анна Сергеевна", "Когамов Марат Чингизович")),
    row(8, "Провести проверку", due=date(2026, 5, 1), meeting_date=date(2026, 4, 2),
        meeting_title="заседания совета", item_number=2, decision_number=1),
    row(7, "Разместить объявление", due=date(2026, 6, 1), done=True,
        done_on=date(2026, 4, 28), done_note="письмо № 12"),
    row(8, "=1+2 не формула", meeting_date=date(2026, 4, 2), responsible=()),
]


def cells(table) -> list[list[str]]:
    return [[cell.text for cell in r.cells] for r in table.rows]


def test_word_report_groups_the_tasks_by_protocol(tmp_path: Path) -> None:
    path = write_tasks_report(ROWS, tmp_path / "report.docx", Language.RU, TODAY)
    doc = docx.Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    assert texts == [
        "Информация о ходе исполнения поручений",
        "по состоянию на 01.05.2026",
        "Протокол № 7 от 15.03.2026 заседания Общественного совета",
        "Протокол № 8 от 02.04.2026 заседания совета",
    ]
    header = ["№ п/п", "Поручение", "Ответственные", "Срок", "Отметка об исполнении",
              "Примечание"]
    first, second = doc.tables
    assert cells(first) == [
        header,
        ["1", "Подготовить график встреч (п. 1.2)", "Петрова А.С., Когамов М.Ч.", "01.04.2026",
         "просрочено", ""],
        ["2", "Разместить объявление (п. 1.2)", "Петрова А.С.", "01.06.2026",
         "исполнено 28.04.2026", "письмо № 12"],
    ]
    assert cells(second) == [
        header,
        # due today: not yet overdue
        ["1", "Провести проверку (п. 2.1)", "Петрова А.С.", "01.05.2026", "не исполнено", ""],
        ["2", "=1+2 не формула (п. 1.2)", "", "—", "не исполнено", ""],
    ]
    # The protocol's look: a heading kept with its table, the header row repeated on pages.
    assert doc.paragraphs[2].paragraph_format.keep_with_next
    assert first.rows[0]._tr.trPr.xpath("./w:tblHeader")
    assert doc.core_properties.title == "Информация о ходе исполнения поручений"


@pytest.mark.parametrize("language, title, status", [
    (Language.KK, "Тапсырмалардың орындалу барысы туралы ақпарат", "мерзімі өткен"),
    (Language.EN, "Report on the execution of instructions", "overdue"),
])
def test_the_report_in_kazakh_and_english(tmp_path, language, title, status) -> None:
    doc = docx.Document(str(write_tasks_report(ROWS, tmp_path / "r.docx", language, TODAY)))
    assert doc.paragraphs[0].text == title
    assert doc.tables[0].rows[1].cells[4].text == status
    headings = {Language.KK: "15.03.2026 № 7 хаттама. заседания Общественного совета",
                Language.EN: "Minutes No. 7 of 15.03.2026: заседания Общественного совета"}
    assert doc.paragraphs[2].text == headings[language]


def test_no_tasks_says_so(tmp_path: Path) -> None:
    doc = docx.Document(str(write_tasks_report([], tmp_path / "r.docx", Language.RU, TODAY)))
    assert [p.text for p in doc.paragraphs][-1] == "Поручений нет."
    assert doc.tables == []


@pytest.mark.parametrize("on_letterhead", [False, True], ids=["bare", "letterhead"])
def test_the_report_is_valid_open_xml(tmp_path: Path, on_letterhead: bool) -> None:
    settings = ReportSettings(letterhead=letterhead(tmp_path / "blank.docx")) \
        if on_letterhead else None
    path = write_tasks_report(ROWS, tmp_path / "r.docx", Language.KK, TODAY, settings)
    assert findings(OpenXmlValidator(), path) == []


def test_the_report_replaces_a_file_whole_or_not_at_all(tmp_path: Path) -> None:
    with pytest.raises(TargetError, match="does not exist"):
        write_tasks_report(ROWS, tmp_path / "no" / "r.docx", Language.RU, TODAY)
    target = tmp_path / "r.docx"
    target.write_bytes(b"old")
    write_tasks_report(ROWS, target, Language.RU, TODAY)
    assert docx.Document(str(target)).paragraphs[0].text.startswith("Информация")
    assert [p.name for p in tmp_path.iterdir()] == ["r.docx"]  # no temporary file left


def test_excel_workbook_with_typed_dates_a_filter_and_a_frozen_header(tmp_path: Path) -> None:
    path = write_tasks_workbook(ROWS, tmp_path / "r.xlsx", Language.RU, TODAY)
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Поручения"
    header = [cell.value for cell in sheet[1]]
    assert header == ["№ п/п", "Дата протокола", "№ протокола", "Орган", "Пункт", "Поручение",
                      "Ответственные", "Срок", "Отметка об исполнении", "Дата исполнения",
                      "Примечание"]
    assert all(cell.font.bold for cell in sheet[1])
    assert [cell.value for cell in sheet[2]] == [
        1, datetime(2026, 3, 15), "7", COUNCIL, "1.2", "Подготовить график встреч",
        "Петрова А.С., Когамов М.Ч.", datetime(2026, 4, 1), "просрочено", None, None]
    assert [cell.value for cell in sheet[4]][7:] == [
        datetime(2026, 6, 1), "исполнено 28.04.2026", datetime(2026, 4, 28), "письмо № 12"]
    assert sheet["H2"].is_date and sheet["H2"].number_format == "DD.MM.YYYY"
    assert sheet["B2"].number_format == sheet["J4"].number_format == "DD.MM.YYYY"
    assert sheet["F5"].value == "=1+2 не формула" and sheet["F5"].data_type == "s"
    assert sheet.auto_filter.ref == "A1:K5"
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["F"].width == 50
    assert sheet.max_row == 5


def test_an_empty_workbook_keeps_its_header_and_filter(tmp_path: Path) -> None:
    sheet = openpyxl.load_workbook(
        write_tasks_workbook([], tmp_path / "r.xlsx", Language.EN, TODAY)).active
    assert (sheet.max_row, sheet["A1"].value, sheet.auto_filter.ref) == (1, "No.", "A1:K1")


def council_meeting(body: str = COUNCIL) -> DomainMeeting:
    return DomainMeeting(
        title="заседания совета", date=date(2026, 3, 15), body=body, number="3",
        agenda=(AgendaItem(title="О профилактике", decisions=(Decision(
            "Провести встречи.", actions=(ActionItem("Подготовить график",
                                                     due=date(2026, 4, 1)),)),)),))


def test_one_body_s_report_is_on_its_letterhead_and_settings(services: Services,
                                                              tmp_path: Path) -> None:
    blank = letterhead(tmp_path / "blank.docx")
    services.directory.save_body(Body(COUNCIL, letterhead=str(blank), document=DocumentSettings(
        "Arial", 12, long_term_margin=True)))
    services.meetings.create(council_meeting())
    target = tmp_path / "report.docx"
    services.tasks.export_report(TaskFilter(), TODAY, target, Language.RU)
    doc = docx.Document(str(target))
    texts = [p.text for p in doc.paragraphs]
    assert texts[:3] == ["ТОО «Бланк и партнёры»", "г. Астана, ул. Бейбітшілік, 1",
                         "Информация о ходе исполнения поручений"]
    assert COUNCIL in texts
    assert doc.styles["Minutes Table Text"].font.name == "Arial"
    assert doc.styles["Normal"].font.size == Pt(12)
    # the letterhead keeps its own page (1.25 in), at least the long-term 30 mm
    assert doc.sections[0].left_margin >= Mm(30)


def test_one_body_s_settings_without_a_letterhead(services: Services, tmp_path: Path) -> None:
    services.directory.save_body(Body(COUNCIL, document=DocumentSettings(
        "Arial", 13, long_term_margin=True)))
    services.meetings.create(council_meeting())
    target = tmp_path / "report.docx"
    services.tasks.export_report(TaskFilter(), TODAY, target, Language.RU)
    doc = docx.Document(str(target))
    assert doc.paragraphs[0].text == "Информация о ходе исполнения поручений"
    assert (doc.styles["Normal"].font.name, doc.styles["Normal"].font.size) == ("Arial", Pt(13))
    assert doc.styles["Minutes Table Text"].font.size == Pt(11)  # tables two points smaller
    assert abs(doc.sections[0].left_margin - Mm(30)) < Mm(0.1)


def test_several_bodies_get_the_defaults(services: Services, tmp_path: Path) -> None:
    blank = letterhead(tmp_path / "blank.docx")
    services.directory.save_body(Body(COUNCIL, letterhead=str(blank),
                                      document=DocumentSettings("Arial", 12)))
    services.meetings.create(council_meeting())
    services.meetings.create(council_meeting("Совет при акимате"))
    target = tmp_path / "report.docx"
    rows = services.tasks.export_report(TaskFilter(), TODAY, target, Language.RU)
    assert len(rows) == 2
    doc = docx.Document(str(target))
    assert doc.paragraphs[0].text == "Информация о ходе исполнения поручений"
    assert doc.styles["Normal"].font.size == Pt(14)
    assert doc.styles["Minutes Table Text"].font.name == "Times New Roman"
    assert abs(doc.sections[0].left_margin - Mm(20)) < Mm(0.1)
    assert len(doc.tables) == 2


def test_a_lost_letterhead_is_refused_and_nothing_is_written(services: Services,
                                                             tmp_path: Path) -> None:
    services.directory.save_body(Body(COUNCIL, letterhead=str(tmp_path / "gone.docx")))
    services.meetings.create(council_meeting())
    target = tmp_path / "report.docx"
    with pytest.raises(TemplateRejected, match=r"gone\.docx, does not exist"):
        services.tasks.export_report(TaskFilter(), TODAY, target, Language.RU)
    assert not target.exists()
    # The workbook has no letterhead: it is written.
    services.tasks.export_report(TaskFilter(), TODAY, tmp_path / "r.xlsx", Language.RU)
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").active.max_row == 2


def test_the_service_writes_the_filtered_tasks(services: Services, tmp_path: Path) -> None:
    stored = services.meetings.create(council_meeting())
    assert stored.id is not None
    done = TaskFilter(state=TaskState.DONE)
    assert services.tasks.export_report(done, TODAY, tmp_path / "r.xlsx", Language.RU) == []
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").active.max_row == 1
