"""The register of tasks as a Word document (issue 10): «Информация о ходе исполнения
поручений», the tasks grouped by the protocol that gave them, one bordered table each; on the
body's letterhead and document settings, laid out by the protocol's own styles and block
writer, written atomically like the protocol.

Sources of the fixed words (abbreviations as in export/glossary.py):
  ISSUE-10 = the user's request (issue 10 of this project): the Russian title, the columns
       «task, responsible, due date, status, note», grouped by meeting.
  DRAFTS = services/drafts.py, the next meeting's item on the same tasks: «срок»,
       «мерзімі», «due», «ответственные», «жауаптылар», «{date} № {number} хаттама».
  UNSURE = our own wording, not found in any source we hold; a records office (and for
       Kazakh a native speaker) should confirm it before release.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Final, Protocol

import docx
from docx.document import Document

from minutes_app.domain import Language, short_name
from minutes_app.export.blocks import Block, Kind, Para, Table
from minutes_app.export.glossary import LANGUAGE_TAGS, Term
from minutes_app.export.options import DocxOptions
from minutes_app.export.page import number_pages, set_up_page, text_width, widen_left_margin
from minutes_app.export.properties import set_properties
from minutes_app.export.render import docx_text, drop_styles_with_effects, write_blocks
from minutes_app.export.styles import define_styles
from minutes_app.export.template import load_template, trim_body
from minutes_app.export.writer import save_atomically


class ReportTask(Protocol):
    """What a report prints of a task (services.tasks.TaskRow has it all)."""

    @property
    def meeting_id(self) -> int: ...
    @property
    def meeting_date(self) -> date: ...
    @property
    def meeting_number(self) -> str: ...
    @property
    def meeting_title(self) -> str: ...
    @property
    def body(self) -> str: ...
    @property
    def item_number(self) -> int: ...
    @property
    def decision_number(self) -> int: ...
    @property
    def task(self) -> str: ...
    @property
    def responsible(self) -> tuple[str, ...]: ...
    @property
    def due(self) -> date | None: ...
    @property
    def done(self) -> bool: ...
    @property
    def done_on(self) -> date | None: ...
    @property
    def done_note(self) -> str: ...


TERMS: Final = {
    Language.RU: {
        "title": Term("Информация о ходе исполнения поручений", "ISSUE-10"),
        "as_of": Term("по состоянию на {date}", "UNSURE"),
        "meeting": Term("Протокол № {number} от {date} {title}",
                        "the protocol's «№ … от …» (glossary number; DRAFTS) and its title, "
                        "which is written to follow «Протокол» («заседания …»)"),
        "meeting_no_number": Term("Протокол от {date} {title}", "the line above, no number"),
        "point": Term("п. {point}", "DRAFTS «п. 1.2»"),
        "no": Term("№ п/п", "UNSURE: the usual head of a numbering column"),
        "task": Term("Поручение", "ISSUE-10"),
        "responsible": Term("Ответственные", "DRAFTS"),
        "due": Term("Срок", "DRAFTS «срок»"),
        "status": Term("Отметка об исполнении", "UNSURE"),
        "note": Term("Примечание", "ISSUE-10 «note»; UNSURE"),
        "open": Term("не исполнено", "UNSURE"),
        "overdue": Term("просрочено", "UNSURE"),
        "done": Term("исполнено {date}", "UNSURE"),
        "done_undated": Term("исполнено", "UNSURE"),
        "none": Term("Поручений нет.", "UNSURE"),
    },
    Language.KK: {
        "title": Term("Тапсырмалардың орындалу барысы туралы ақпарат",
                      "ISSUE-10 brief; DRAFTS «Тапсырмалардың орындалу барысы туралы»"),
        "as_of": Term("{date} жағдай бойынша", "UNSURE"),
        "meeting": Term("{date} № {number} хаттама. {title}", "DRAFTS; the title after it"),
        "meeting_no_number": Term("{date} хаттама. {title}", "the line above, no number"),
        "point": Term("{point}-тармақ", "DRAFTS «1.2-тармақ»"),
        "no": Term("Р/с №", "UNSURE: «реттік саны»"),
        "task": Term("Тапсырма", "DRAFTS «тапсырмалар»"),
        "responsible": Term("Жауаптылар", "DRAFTS «жауаптылар»"),
        "due": Term("Мерзімі", "DRAFTS «мерзімі»"),
        "status": Term("Орындалуы туралы белгі", "UNSURE"),
        "note": Term("Ескертпе", "UNSURE"),
        "open": Term("орындалмаған", "UNSURE"),
        "overdue": Term("мерзімі өткен", "UNSURE"),
        "done": Term("{date} орындалды", "UNSURE"),
        "done_undated": Term("орындалды", "UNSURE"),
        "none": Term("Тапсырмалар жоқ.", "UNSURE"),
    },
    Language.EN: {
        "title": Term("Report on the execution of instructions", "ISSUE-10 brief; UNSURE"),
        "as_of": Term("as of {date}", "UNSURE"),
        "meeting": Term("Minutes No. {number} of {date}: {title}", "DRAFTS"),
        "meeting_no_number": Term("Minutes of {date}: {title}", "the line above, no number"),
        "point": Term("item {point}", "DRAFTS"),
        "no": Term("No.", "UNSURE"),
        "task": Term("Instruction", "ISSUE-10 brief"),
        "responsible": Term("Responsible", "DRAFTS"),
        "due": Term("Due date", "DRAFTS «due»"),
        "status": Term("Status", "ISSUE-10"),
        "note": Term("Note", "ISSUE-10"),
        "open": Term("open", "UNSURE"),
        "overdue": Term("overdue", "UNSURE"),
        "done": Term("done on {date}", "UNSURE"),
        "done_undated": Term("done", "UNSURE"),
        "none": Term("No instructions.", "UNSURE"),
    },
}
NO_DATE = "—"
# № | task | responsible | due | status | note, as fractions of the text width
_WIDTHS = (0.06, 0.27, 0.19, 0.14, 0.17, 0.17)


@dataclass(frozen=True, slots=True)
class ReportSettings:
    """Whose report: the body's font, size and margin (DocxOptions' defaults for several
    bodies) and its letterhead, if any."""

    options: DocxOptions = field(default_factory=DocxOptions)
    letterhead: Path | None = None
    body: str = ""  # printed under the title when the tasks are of one body


def term(language: Language, key: str, **values: str) -> str:
    return TERMS[language][key].text.format(**values)


def day(value: date | None) -> str:
    return f"{value:%d.%m.%Y}" if value is not None else NO_DATE


def status(task: ReportTask, today: date, language: Language) -> str:
    if task.done:
        return (term(language, "done", date=day(task.done_on)) if task.done_on
                else term(language, "done_undated"))
    overdue = task.due is not None and task.due < today
    return term(language, "overdue" if overdue else "open")


def responsible(task: ReportTask) -> str:
    """«Петрова А.С., Когамов М.Ч.»: short names, as the protocol's task lines print them."""
    return ", ".join(short_name(name) for name in task.responsible)


def meeting_heading(task: ReportTask, language: Language) -> str:
    key = "meeting" if task.meeting_number.strip() else "meeting_no_number"
    return term(language, key, number=task.meeting_number, date=day(task.meeting_date),
                title=task.meeting_title).strip(" .:")


def write_tasks_report(tasks: Sequence[ReportTask], target: Path, language: Language,
                       today: date, settings: ReportSettings | None = None) -> Path:
    """Write the report atomically; raises ExportError subclasses (TemplateError for a bad
    letterhead, TargetLockedError, TargetError)."""
    save_atomically(build_tasks_report(tasks, language, today, settings), target)
    return target


def build_tasks_report(tasks: Sequence[ReportTask], language: Language, today: date,
                       settings: ReportSettings | None = None) -> Document:
    """The report in memory: the tasks in the order given, grouped by their meeting."""
    settings = settings or ReportSettings()
    options = settings.options
    if settings.letterhead is None:
        doc = docx.Document()
        set_up_page(doc.sections[-1], options)
    else:
        doc = load_template(settings.letterhead)
        trim_body(doc)
        if options.long_term_margin:
            widen_left_margin(doc.sections[-1])
    tag = LANGUAGE_TAGS[language]
    section = doc.sections[-1]
    width = text_width(section)
    styles = define_styles(doc, options, tag, width, own_defaults=settings.letterhead is None)
    number_pages(doc, section)
    drop_styles_with_effects(doc)
    write_blocks(doc, _blocks(tasks, language, today, settings.body), styles, width)
    set_properties(doc, docx_text(term(language, "title")), docx_text(options.author), tag)
    return doc


def _blocks(tasks: Sequence[ReportTask], language: Language, today: date,
            body: str) -> list[Block]:
    blocks: list[Block] = [Para(Kind.DOC_TYPE, term(language, "title"), keep_with_next=True)]
    if body.strip():
        blocks.append(Para(Kind.PLACE, body, keep_with_next=True))
    blocks.append(Para(Kind.PLACE, term(language, "as_of", date=day(today))))
    if not tasks:
        blocks.append(Para(Kind.TEXT, term(language, "none")))
    # Meetings in the order their first task comes (by due date, as the register sorts).
    groups: dict[int, list[ReportTask]] = {}
    for task in tasks:
        groups.setdefault(task.meeting_id, []).append(task)
    for rows in groups.values():
        blocks.append(Para(Kind.KEYWORD, meeting_heading(rows[0], language),
                           keep_with_next=True))
        blocks.append(_table(rows, language, today))
    return blocks


def _table(tasks: Sequence[ReportTask], language: Language, today: date) -> Table:
    header = tuple(term(language, key)
                   for key in ("no", "task", "responsible", "due", "status", "note"))
    rows = tuple(
        (str(number), _task_cell(task, language), responsible(task), day(task.due),
         status(task, today, language), task.done_note)
        for number, task in enumerate(tasks, start=1)
    )
    return Table(header, rows, _WIDTHS)


def _task_cell(task: ReportTask, language: Language) -> str:
    """The task and the point of the protocol that gave it: «… (п. 1.2)»."""
    point = term(language, "point", point=f"{task.item_number}.{task.decision_number}")
    return f"{task.task} ({point})"
