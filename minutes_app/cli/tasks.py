"""The command line's task register: `minutes-app tasks` and `tasks-report` (issue 10).

CONTRACT (issue 10): `add_commands(commands)` adds this part's subcommands to the parser (use
`minutes_app.cli._command` for each, so that `--db` works after the command too);
`handlers(services, args)` gives each command's name its function (returns the exit code).
"""

import argparse
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from minutes_app.cli import CommandError, _command, _print_row
from minutes_app.domain import Language, short_name
from minutes_app.services import Services
from minutes_app.services.tasks import REPORT_SUFFIXES, TaskFilter, TaskRow, TaskState

NO_DATE = "—"
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")


def add_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    tasks = _command(commands, "tasks",  # type: ignore[arg-type]
                     "list the tasks of every meeting by due date: due date, status (open, "
                     "overdue, done DD.MM.YYYY), responsible, task, meeting date and №")
    _add_filters(tasks)
    report = _command(commands, "tasks-report",  # type: ignore[arg-type]
                      "write the tasks as a Word report («Информация о ходе исполнения "
                      "поручений», grouped by meeting) or an Excel workbook")
    report.add_argument("-o", "--output", required=True, metavar="FILE.docx|FILE.xlsx",
                        type=Path)
    _add_filters(report)
    report.add_argument("--lang", choices=[language.value for language in Language],
                        default=Language.RU.value, help="the report's language (default: ru)")


def _add_filters(parser: argparse.ArgumentParser) -> None:
    state = parser.add_mutually_exclusive_group()
    for name, help_text in (("open", "only tasks not done (overdue ones included)"),
                            ("overdue", "only tasks not done and due before today"),
                            ("done", "only tasks done")):
        state.add_argument(f"--{name}", dest="state", action="store_const",
                           const=TaskState(name), help=help_text)
    parser.set_defaults(state=TaskState.ALL)
    parser.add_argument("--person", default="", metavar="NAME",
                        help="tasks with this person among the responsible (any part of a name)")
    parser.add_argument("--body", default="", metavar="NAME",
                        help="tasks of this body's meetings (any part of its name)")
    parser.add_argument("--due-before", type=_date, metavar="DATE",
                        help="due on or before DATE (YYYY-MM-DD or DD.MM.YYYY)")
    parser.add_argument("--due-after", type=_date, metavar="DATE",
                        help="due on or after DATE (YYYY-MM-DD or DD.MM.YYYY)")


def _date(text: str) -> date:
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2026-04-01 or 01.04.2026")


def handlers(services: Services, args: argparse.Namespace) -> dict[str, Callable[[], int]]:
    return {"tasks": lambda: list_tasks(services, args),
            "tasks-report": lambda: write_report(services, args)}


def task_filter(args: argparse.Namespace) -> TaskFilter:
    return TaskFilter(state=args.state, person=args.person, body=args.body,
                      due_after=args.due_after, due_before=args.due_before)


def list_tasks(services: Services, args: argparse.Namespace) -> int:
    """One task a line; finding none is not an error."""
    today = date.today()
    for row in services.tasks.list_tasks(task_filter(args), today):
        _print_row(*task_cells(row, today))
    return 0


def task_cells(row: TaskRow, today: date) -> tuple[str, ...]:
    """due date, status, responsible, task, meeting: «01.04.2026 overdue Петрова А.С.
    Подготовить график 15.03.2026 № 3»."""
    if row.done:
        status = f"done {_day(row.done_on)}" if row.done_on else "done"
    else:
        status = "overdue" if row.overdue(today) else "open"
    responsible = ", ".join(short_name(name) for name in row.responsible) or NO_DATE
    meeting = _day(row.meeting_date)
    if row.meeting_number.strip():
        meeting += f" № {row.meeting_number}"
    return (_day(row.due), status, responsible, row.task, meeting)


def _day(value: date | None) -> str:
    return f"{value:%d.%m.%Y}" if value is not None else NO_DATE


def write_report(services: Services, args: argparse.Namespace) -> int:
    """Write the report; nothing printed, as export-docx prints nothing."""
    target: Path = args.output
    if target.suffix.lower() not in REPORT_SUFFIXES:
        raise CommandError(f"{target.name}: the report is written as FILE.docx (Word) or "
                           "FILE.xlsx (Excel)")
    services.tasks.export_report(task_filter(args), date.today(), target, Language(args.lang))
    return 0
