"""Use case: the register of tasks (контроль исполнения поручений, issue 10) — every task of
every meeting, filtered and sorted by due date, marked done with a date and a note.

CONTRACT (issue 10): the window's register, the command line's `tasks` and `tasks-report`,
and the reports are built on `TaskFilter`, `TaskRow` and `TaskService`; keep the names.
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session, sessionmaker


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


class TaskService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def list_tasks(self, task_filter: TaskFilter, today: date) -> list[TaskRow]:
        """The tasks the filter lets through, by due date (tasks with none last), then by
        meeting date and place in the meeting."""
        raise NotImplementedError

    def mark_done(self, meeting_id: int, task_key: str, done_on: date, note: str) -> TaskRow:
        """Mark the task done on `done_on` with `note` (a letter's number, a short report),
        in its own transaction; allowed on an approved meeting too (control of execution
        goes on after approval, and the approval's fingerprint leaves it out)."""
        raise NotImplementedError

    def mark_open(self, meeting_id: int, task_key: str) -> TaskRow:
        """Undo `mark_done`: the task is open again, its date and note cleared."""
        raise NotImplementedError
