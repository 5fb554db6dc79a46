"""Use case: the register of tasks (контроль исполнения поручений, issue 10) — every task of
every meeting, filtered and sorted by due date, marked done with a date and a note.

CONTRACT (issue 10): the window's register, the command line's `tasks` and `tasks-report`,
and the reports are built on `TaskFilter`, `TaskRow` and `TaskService`; keep the names.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from minutes_app.domain import ActionItem, Body, Language, Meeting, fold
from minutes_app.export import DocxOptions, ExportError, TargetLockedError, TemplateError
from minutes_app.services.errors import (
    DocumentExportFailed,
    MeetingNotFound,
    ServiceError,
    TargetLocked,
    TemplateRejected,
)
from minutes_app.services.transactions import reading, writing
from minutes_app.storage import directory
from minutes_app.storage import meetings as meeting_store
from minutes_app.storage import tasks as store

if TYPE_CHECKING:  # python-docx and openpyxl are loaded when a report is written
    from minutes_app.export.tasks_report import ReportSettings

REPORT_SUFFIXES = (".docx", ".xlsx")


class TaskState(StrEnum):
    ALL = "all"
    OPEN = "open"  # not done (overdue ones included)
    OVERDUE = "overdue"  # not done and due before today
    DONE = "done"


@dataclass(frozen=True, slots=True)
class TaskFilter:
    """Which tasks: empty fields do not filter. `person` and `body` are matched as the user
    typed them, without case (a person: any of the responsible, by any part of the name)."""

    state: TaskState = TaskState.ALL
    person: str = ""
    body: str = ""
    due_after: date | None = None  # due on or after
    due_before: date | None = None  # due on or before
    meeting_id: int | None = None


@dataclass(frozen=True, slots=True)
class TaskRow:
    """One task with where it was given: its meeting, agenda item and decision (1-based)."""

    meeting_id: int
    meeting_date: date
    meeting_number: str
    meeting_title: str
    body: str
    item_number: int
    decision_number: int
    task_key: str  # ActionItem.key: which task of the meeting
    task: str
    responsible: tuple[str, ...]
    due: date | None
    done: bool
    done_on: date | None
    done_note: str

    def overdue(self, today: date) -> bool:
        return not self.done and self.due is not None and self.due < today


def _options(body: Body) -> DocxOptions:
    settings = body.document
    return DocxOptions(font_name=settings.font_name, font_size=settings.font_size,
                       table_font_size=settings.table_font_size,
                       long_term_margin=settings.long_term_margin)


def _letterhead(body: Body) -> Path | None:
    """The body's letterhead file; one that is gone is refused, as the protocol refuses it."""
    if not body.letterhead.strip():
        return None
    path = Path(body.letterhead)
    if not path.is_file():
        raise TemplateRejected(f"the letterhead file of {body.name}, {body.letterhead}, "
                               "does not exist")
    return path


def _query(task_filter: TaskFilter, today: date) -> store.TaskQuery:
    """The filter as SQL can apply it (all but the person, a part of a name in a JSON list)."""
    state = task_filter.state
    return store.TaskQuery(
        done={TaskState.OPEN: False, TaskState.OVERDUE: False, TaskState.DONE: True}.get(state),
        due_before=today if state is TaskState.OVERDUE else None,
        due_until=task_filter.due_before, due_from=task_filter.due_after,
        body=task_filter.body, meeting_id=task_filter.meeting_id)


def _row_of(task: store.StoredTask) -> TaskRow:
    action = task.action
    return TaskRow(task.meeting_id, task.meeting_date, task.meeting_number, task.meeting_title,
                   task.body, task.item_number, task.decision_number, action.key, action.task,
                   action.responsible, action.due, action.done, action.done_on, action.done_note)


def _changed(meeting: Meeting, task_key: str,
             change: Callable[[ActionItem], ActionItem]) -> tuple[Meeting, TaskRow]:
    """The meeting with the task `task_key` changed, and the task's new row; TaskNotFound."""
    assert meeting.id is not None  # a stored meeting
    for i, item in enumerate(meeting.agenda):
        for j, decision in enumerate(item.decisions):
            for k, action in enumerate(decision.actions):
                if action.key != task_key:
                    continue
                new = change(action)
                actions = (*decision.actions[:k], new, *decision.actions[k + 1:])
                decisions = (*item.decisions[:j], replace(decision, actions=actions),
                             *item.decisions[j + 1:])
                agenda = (*meeting.agenda[:i], replace(item, decisions=decisions),
                          *meeting.agenda[i + 1:])
                stored = store.StoredTask(meeting.id, meeting.date, meeting.number,
                                          meeting.title, meeting.body, i + 1, j + 1, new)
                return replace(meeting, agenda=agenda), _row_of(stored)
    raise TaskNotFound(meeting.id, task_key)


class TaskNotFound(ServiceError):
    def __init__(self, meeting_id: int, task_key: str) -> None:
        super().__init__(f"meeting {meeting_id} has no task {task_key!r}")
        self.meeting_id = meeting_id
        self.task_key = task_key


class TaskService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def list_tasks(self, task_filter: TaskFilter, today: date) -> list[TaskRow]:
        """The tasks the filter lets through, by due date (tasks with none last), then by
        meeting date and place in the meeting."""
        with reading(self._session_factory) as session:
            found = store.tasks(session, _query(task_filter, today))
        person = fold(" ".join(task_filter.person.split()))
        return [_row_of(task) for task in found
                if not person or any(person in fold(name) for name in task.action.responsible)]

    def export_report(self, task_filter: TaskFilter, today: date, target: Path,
                      language: Language = Language.RU) -> list[TaskRow]:
        """Write the tasks the filter lets through to `target`, a Word report (.docx) or an
        Excel workbook (.xlsx), atomically; returns the tasks written. A Word report of one
        body's tasks is set on its letterhead, font, size and margin. Raises
        DocumentExportFailed (TargetLocked, TemplateRejected) and nothing is written."""
        suffix = target.suffix.lower()
        if suffix not in REPORT_SUFFIXES:
            raise DocumentExportFailed(f"{target.name}: a report is a .docx or an .xlsx file")
        from minutes_app.export.tasks_report import write_tasks_report
        from minutes_app.export.tasks_workbook import write_tasks_workbook

        rows = self.list_tasks(task_filter, today)
        try:
            if suffix == ".xlsx":
                write_tasks_workbook(rows, target, language, today)
            else:
                write_tasks_report(rows, target, language, today, self._settings(rows))
        except TemplateError as error:
            raise TemplateRejected(str(error)) from error
        except TargetLockedError as error:
            raise TargetLocked(str(error)) from error
        except ExportError as error:
            raise DocumentExportFailed(str(error)) from error
        return rows

    def _settings(self, rows: list[TaskRow]) -> "ReportSettings":
        """The body's settings and letterhead when every task is of one body in the
        directory, else the defaults (whose letterhead would several bodies share?)."""
        from minutes_app.export.tasks_report import ReportSettings

        names = {fold(" ".join(row.body.split())) for row in rows}
        if len(names) != 1 or not rows[0].body.strip():
            return ReportSettings()
        with reading(self._session_factory) as session:
            body = directory.get_body(session, rows[0].body)
        if body is None:
            return ReportSettings(body=rows[0].body)
        return ReportSettings(_options(body), _letterhead(body), body.name)

    def mark_done(self, meeting_id: int, task_key: str, done_on: date, note: str) -> TaskRow:
        """Mark the task done on `done_on` with `note` (a letter's number, a short report),
        in its own transaction; allowed on an approved meeting too (control of execution
        goes on after approval, and the approval's fingerprint leaves it out)."""
        return self._set(meeting_id, task_key,
                         lambda a: replace(a, done=True, done_on=done_on, done_note=note))

    def mark_open(self, meeting_id: int, task_key: str) -> TaskRow:
        """Undo `mark_done`: the task is open again, its date and note cleared."""
        return self._set(meeting_id, task_key,
                         lambda a: replace(a, done=False, done_on=None, done_note=""))

    def _set(self, meeting_id: int, task_key: str,
             change: Callable[[ActionItem], ActionItem]) -> TaskRow:
        """Change one task and save its meeting as an edit would (only the task's row changes;
        the search document, which holds the note, is rewritten with it). Not through
        MeetingService.save: that refuses an approved meeting, and this is allowed on one."""
        with writing(self._session_factory) as session:
            meeting = meeting_store.load_meeting(session, meeting_id)
            if meeting is None:
                raise MeetingNotFound(meeting_id)
            changed, row = _changed(meeting, task_key, change)
            meeting_store.save_meeting(session, changed)
        return row
