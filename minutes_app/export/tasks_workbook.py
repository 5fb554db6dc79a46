"""The register of tasks as an Excel workbook (issue 10): one sheet, a header row frozen above
an autofilter, dates as real dates shown DD.MM.YYYY (a secretary sorts and filters them in
Excel), written atomically. Not CSV: Excel on Windows opens a UTF-8 CSV with broken Cyrillic.
The words are the Word report's (export/tasks_report.py) and cite their sources there."""

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Final

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from minutes_app.domain import Language, clean_text
from minutes_app.export.glossary import Term
from minutes_app.export.tasks_report import ReportTask, responsible, status, term
from minutes_app.export.writer import write_bytes_atomically

DATE_FORMAT = "DD.MM.YYYY"
# Columns the Word report has not (it prints them in the group's heading).
_TERMS: Final = {
    Language.RU: {"sheet": Term("Поручения", "ISSUE-10 (the tasks: поручения)"),
                  "meeting_date": Term("Дата протокола", "UNSURE"),
                  "meeting_number": Term("№ протокола", "UNSURE"),
                  "body": Term("Орган", "UNSURE"),
                  "point": Term("Пункт", "DRAFTS «п. 1.2» (tasks_report)"),
                  "done_on": Term("Дата исполнения", "UNSURE")},
    Language.KK: {"sheet": Term("Тапсырмалар", "DRAFTS (tasks_report)"),
                  "meeting_date": Term("Хаттама күні", "UNSURE"),
                  "meeting_number": Term("Хаттама №", "UNSURE"),
                  "body": Term("Орган", "UNSURE"),
                  "point": Term("Тармақ", "DRAFTS «1.2-тармақ» (tasks_report)"),
                  "done_on": Term("Орындалған күні", "UNSURE")},
    Language.EN: {"sheet": Term("Instructions", "ISSUE-10 brief"),
                  "meeting_date": Term("Minutes date", "UNSURE"),
                  "meeting_number": Term("Minutes No.", "UNSURE"),
                  "body": Term("Body", "UNSURE"),
                  "point": Term("Item", "DRAFTS (tasks_report)"),
                  "done_on": Term("Done on", "UNSURE")},
}
# (the column's word, its width in characters)
_COLUMNS: Final = (("no", 6), ("meeting_date", 13), ("meeting_number", 11), ("body", 28),
                   ("point", 8), ("task", 50), ("responsible", 28), ("due", 12),
                   ("status", 20), ("done_on", 14), ("note", 36))
_DATE_COLUMNS: Final = frozenset({"meeting_date", "due", "done_on"})


def write_tasks_workbook(tasks: Sequence[ReportTask], target: Path, language: Language,
                         today: date) -> Path:
    """Write the workbook atomically; raises export's TargetLockedError or TargetError."""
    buffer = io.BytesIO()
    build_tasks_workbook(tasks, language, today).save(buffer)
    write_bytes_atomically(target, buffer.getvalue())
    return target


def build_tasks_workbook(tasks: Sequence[ReportTask], language: Language,
                         today: date) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)  # a new workbook has one sheet
    sheet.title = _header(language, "sheet")
    sheet.append([_header(language, key) for key, _ in _COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for number, task in enumerate(tasks, start=1):
        values = _row(number, task, language, today)
        sheet.append(values)
        for column, value in enumerate(values, start=1):
            # Typed text that begins with "=" is text, not a formula. (The cell is looked up
            # by its place: the sheet's max_row counts every cell, which made the workbook
            # quadratic: 21 s for 6,000 tasks.)
            if isinstance(value, str) and value.startswith("="):
                sheet.cell(row=number + 1, column=column).data_type = "s"
    _lay_out(sheet, len(tasks))
    return workbook


def _header(language: Language, key: str) -> str:
    own = _TERMS[language].get(key)
    return own.text if own is not None else term(language, key)


def _row(number: int, task: ReportTask, language: Language,
         today: date) -> list[str | int | date | None]:
    # clean_text: openpyxl refuses the control characters XML cannot hold
    return [number, task.meeting_date, clean_text(task.meeting_number), clean_text(task.body),
            f"{task.item_number}.{task.decision_number}", clean_text(task.task),
            clean_text(responsible(task)), task.due, status(task, today, language),
            task.done_on, clean_text(task.done_note)]


def _lay_out(sheet: Worksheet, rows: int) -> None:
    """Widths, the date format, wrapped text, the frozen header and the filter row."""
    for index, (key, width) in enumerate(_COLUMNS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = width
        for (cell,) in sheet.iter_rows(min_row=2, max_row=rows + 1, min_col=index,
                                       max_col=index):
            if key in _DATE_COLUMNS:
                cell.number_format = DATE_FORMAT
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(_COLUMNS))
    sheet.auto_filter.ref = f"A1:{last}{rows + 1}"
