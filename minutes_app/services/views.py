"""Read models the services hand out besides the domain snapshots."""

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from minutes_app.domain import Body, Meeting, Person, Role, Status
from minutes_app.storage.meetings import SummaryRow
from minutes_app.storage.search import SearchFilter

__all__ = ["MeetingSummary", "MergeReceipt", "PersonActivity", "PersonMeeting", "PersonTask",
           "SearchFilter", "SearchHit", "SummaryRow"]


class MeetingSummary(NamedTuple):
    """One line of the meeting list. A tuple (issue 11): the list keeps the plain tuples it
    reads (storage.meetings.SummaryRow, the same fields in the same order) and makes one of
    these only for a row asked about."""

    id: int
    date: date
    number: str
    title: str
    body: str
    status: Status


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A meeting that matches a search, with the passage that matched: the spans (start,
    length) of its matched words, and the agenda item it is in (1-based; None when it is in
    the meeting's head: title, body, attendees)."""

    meeting_id: int
    date: date
    number: str
    title: str
    passage: str
    item: int | None = None
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class PersonMeeting:
    """A meeting a person attended (or was listed absent from), for the directory window."""

    meeting_id: int
    date: date
    number: str
    title: str
    role: Role
    present: bool


@dataclass(frozen=True, slots=True)
class PersonTask:
    """A task a person is responsible for (their name is among its responsible)."""

    meeting_id: int
    meeting_date: date
    number: str
    task: str
    due: date | None
    done: bool


@dataclass(frozen=True, slots=True)
class PersonActivity:
    meetings: tuple[PersonMeeting, ...]
    tasks: tuple[PersonTask, ...]


@dataclass(frozen=True, slots=True)
class MergeReceipt:
    """What `DirectoryService.merge_people` changed, so that `undo_merge` can put it back:
    the two people as they were, and every meeting and body that named the dropped one, as
    they were before the merge."""

    kept: Person
    dropped: Person
    meetings_before: tuple[Meeting, ...]
    bodies_before: tuple[Body, ...]
    # (meeting id, attendee key) of the lines that were linked to the dropped entry: a line
    # typed with another spelling is linked to it again on undo.
    dropped_lines: tuple[tuple[int, str], ...] = ()
