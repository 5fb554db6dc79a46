"""`minutes-app tasks` and `tasks-report` as a user runs them (issue 10): one task a line,
the filters, the dates in both forms, the reports written, and one-line errors."""

from pathlib import Path

import docx
import openpyxl
import pytest
from cli_helpers import document, meeting, write

# Far from any day the tests run on: overdue and not overdue whatever today is.
PAST, FUTURE = "2001-04-01", "2999-01-01"


def council() -> dict[str, object]:
    tasks = [
        {"task": "Подготовить график встреч", "due": PAST,
         "responsible": ["Петрова Анна Сергеевна", "Когамов Марат Чингизович"]},
        {"task": "Разместить объявление", "due": FUTURE, "done": True, "done_on": "2026-03-20",
         "done_note": "письмо № 12", "responsible": ["Петрова Анна Сергеевна"]},
        {"task": "Подготовить\tпредложения", "responsible": ["Сидоров Пётр"]},
    ]
    body = meeting(body="Общественный совет МВД", number="3", date="2026-03-15")
    body["agenda"][0]["decisions"][0]["actions"] = tasks
    return body


def akimat() -> dict[str, object]:
    body = meeting(body="Совет при акимате", number="", date="2026-04-10")
    body["agenda"][0]["decisions"][0]["actions"] = [
        {"task": "Провести проверку", "due": "2998-06-01", "responsible": ["Когамов М.Ч."]}]
    return body


@pytest.fixture
def stored(run, db, tmp_path: Path) -> str:
    source = {**document(council(), akimat()), "version": 2}  # done_on: version 2
    result = run("--db", db, "import", write(tmp_path / "in.json", source))
    assert result.code == 0, result.err
    return db


LINES = {
    "overdue": "01.04.2001\toverdue\tПетрова А.С., Когамов М.Ч.\tПодготовить график встреч\t"
               "15.03.2026 № 3",
    "check": "01.06.2998\topen\tКогамов М.Ч.\tПровести проверку\t10.04.2026",
    "done": "01.01.2999\tdone 20.03.2026\tПетрова А.С.\tРазместить объявление\t15.03.2026 № 3",
    "undated": "—\topen\tСидоров П.\tПодготовить предложения\t15.03.2026 № 3",
}


def lines(run, db: str, *options: str) -> list[str]:
    result = run("--db", db, "tasks", *options)
    assert (result.code, result.err) == (0, ""), result.err
    return result.out.splitlines()


def test_one_task_a_line_by_due_date(run, stored) -> None:
    assert lines(run, stored) == [LINES["overdue"], LINES["check"], LINES["done"],
                                  LINES["undated"]]


def test_state_filters(run, stored) -> None:
    assert lines(run, stored, "--open") == [LINES["overdue"], LINES["check"], LINES["undated"]]
    assert lines(run, stored, "--overdue") == [LINES["overdue"]]
    assert lines(run, stored, "--done") == [LINES["done"]]


def test_person_body_and_due_filters_alone_and_together(run, stored) -> None:
    assert lines(run, stored, "--person", "когамов") == [LINES["overdue"], LINES["check"]]
    assert lines(run, stored, "--body", "мвд") == [LINES["overdue"], LINES["done"],
                                                   LINES["undated"]]
    assert lines(run, stored, "--due-after", "2998-06-01") == [LINES["check"], LINES["done"]]
    assert lines(run, stored, "--due-before", "01.06.2998") == [LINES["overdue"],
                                                                LINES["check"]]
    assert lines(run, stored, "--open", "--person", "Когамов", "--body", "акимат",
                 "--due-after", "01.01.2002", "--due-before", FUTURE) == [LINES["check"]]
    assert lines(run, stored, "--done", "--body", "акимат") == []


def test_the_filters_can_follow_the_database(run, stored) -> None:
    result = run("tasks", "--overdue", "--db", stored)
    assert (result.code, result.out) == (0, LINES["overdue"] + "\n")


@pytest.mark.parametrize("options, message", [
    (("--due-before", "31.02.2026"), "'31.02.2026' is not a date"),
    (("--due-after", "2026/04/01"), "'2026/04/01' is not a date"),
    (("--open", "--done"), "not allowed with argument --open"),
    (("--lang", "kk"), "unrecognized arguments: --lang kk"),
])
def test_usage_errors_are_one_line(run, stored, options, message) -> None:
    result = run("--db", stored, "tasks", *options)
    assert result.code == 2 and result.out == ""
    assert message in result.err and len(result.err.strip().splitlines()) == 1


def test_word_report_as_filtered(run, stored, tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    result = run("--db", stored, "tasks-report", "-o", str(target), "--body", "МВД", "--open")
    assert (result.code, result.out, result.err) == (0, "", "")
    doc = docx.Document(str(target))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "Информация о ходе исполнения поручений"
    assert "Общественный совет МВД" in texts
    (table,) = doc.tables
    assert [row.cells[1].text for row in table.rows[1:]] == [
        "Подготовить график встреч (п. 1.1)", "Подготовить\tпредложения (п. 1.1)"]


def test_kazakh_report(run, stored, tmp_path: Path) -> None:
    target = tmp_path / "есеп.docx"
    result = run("--db", stored, "tasks-report", "-o", str(target), "--lang", "kk")
    assert result.code == 0, result.err
    doc = docx.Document(str(target))
    assert doc.paragraphs[0].text == "Тапсырмалардың орындалу барысы туралы ақпарат"
    assert len(doc.tables) == 2  # two meetings


def test_excel_workbook_with_dates_as_dates(run, stored, tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    result = run("--db", stored, "tasks-report", "--overdue", "--output", str(target),
                 "--lang", "en")
    assert result.code == 0, result.err
    sheet = openpyxl.load_workbook(target).active
    assert sheet["F1"].value == "Instruction"
    assert sheet.max_row == 2 and sheet["F2"].value == "Подготовить график встреч"
    assert sheet["H2"].value.date().isoformat() == PAST


@pytest.mark.parametrize("name", ["report.pdf", "report", "report.csv"])
def test_a_report_is_docx_or_xlsx(run, stored, tmp_path: Path, name: str) -> None:
    result = run("--db", stored, "tasks-report", "-o", str(tmp_path / name))
    assert result.code == 1 and "FILE.docx (Word) or FILE.xlsx (Excel)" in result.err
    assert not (tmp_path / name).exists()


def test_an_unwritable_target_is_one_line(run, stored, tmp_path: Path) -> None:
    result = run("--db", stored, "tasks-report", "-o", str(tmp_path / "no" / "r.xlsx"))
    assert result.code == 1 and "does not exist" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_the_output_is_required(run, stored) -> None:
    result = run("--db", stored, "tasks-report")
    assert result.code == 2 and "-o/--output" in result.err


def test_no_meetings_no_lines(run, db) -> None:
    assert lines(run, db) == []
