"""Queries and writes on meetings. Every function takes the caller's Session and never
commits: one service call is one transaction. Only snapshots and plain rows leave."""

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import String, delete, select, type_coerce
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.base import ExecutableOption

from minutes_app.domain import ActionItem, Meeting, Status, fold
from minutes_app.domain.conflicts import EditConflict
from minutes_app.domain.text import normalize_space
from minutes_app.storage.bulk import insert_meetings
from minutes_app.storage.loading import each_meeting, load_meetings, meeting_ids_in_order
from minutes_app.storage.reconcile import update_meeting
from minutes_app.storage.records import (
    ActionItemRecord,
    AgendaItemRecord,
    DecisionRecord,
    MeetingRecord,
)
from minutes_app.storage.rows import Once, action_from, as_date, with_unique_keys
from minutes_app.storage.search import NO_FILTER, SearchFilter, query_words, search_index_for
from minutes_app.storage.versions import Stamp, claim, conflict, stamp

__all__ = [
    "NO_FILTER", "Hit", "OpenAction", "SearchFilter", "Stamp", "Summary", "SummaryRow",
    "current_version", "delete_meeting", "each_meeting", "edit_conflict", "has_meetings",
    "insert", "load_meeting", "load_meetings", "meeting_ids_in_order", "numbers_in_year",
    "open_actions", "save_meeting", "search", "summaries", "summary_rows",
]


@dataclass(frozen=True, slots=True)
class Summary:
    id: int
    date: date
    number: str
    title: str
    body: str
    status: Status


@dataclass(frozen=True, slots=True)
class Hit:
    meeting_id: int
    date: date
    number: str
    title: str
    passage: str
    item: int | None  # 1-based agenda item of the passage; None: the meeting's head
    spans: tuple[tuple[int, int], ...]  # (start, length) of the passage's matched words


@dataclass(frozen=True, slots=True)
class OpenAction:
    """A task not yet done, with where it was decided."""

    meeting_date: date
    meeting_number: str
    item_number: int  # 1-based, as printed in the protocol
    decision_number: int
    action: ActionItem


_MEETING = MeetingRecord.__table__
_LEADING_NUMBER = re.compile(r"\s*(\d+)")


def summaries(session: Session) -> list[Summary]:
    """Newest first: by date, then by protocol number (12 after 9), then by id."""
    rows = [Summary(*row) for row in summary_rows(session)]
    rows.sort(key=lambda s: (s.date, _number_order(s.number), s.id), reverse=True)
    return rows


def has_meetings(session: Session) -> bool:
    return session.execute(select(_MEETING.c.id).limit(1)).first() is not None


_ROWS_AT_ONCE = 1000  # summary_rows reads the meetings in parts of this many

# One line of the meeting list as a plain tuple: id, date, number, title, body, status.
SummaryRow = tuple[int, date, str, str, str, Status]


def summary_rows(session: Session) -> list[SummaryRow]:
    """Every meeting's line of the list, in no order, with as few Python objects as can be
    (issue 11: the window reads all 10,000 at start): one query of the table's columns, no
    ORM entity, and each distinct date, body, number and status made once and shared by
    the rows that repeat it (a decade has a few thousand days, a handful of bodies)."""
    table = _MEETING.c
    # The date as stored (ISO text on SQLite; the driver's date on PostgreSQL), converted
    # once per distinct day below instead of by SQLAlchemy's per-row parser.
    query = select(table.id, type_coerce(table.date, String), table.number, table.title,
                   table.body, table.status)
    days, shared, statuses = Once(as_date), Once(str), Once(Status)
    rows: list[SummaryRow] = []
    # A few thousand at a time: the driver's rows and their repeated strings are let go as
    # they are read, not all held at once beside ours (5 MiB less at the peak at 10,000).
    parts: Iterator[Sequence[Any]] = session.connection().execute(query).partitions(
        _ROWS_AT_ONCE)
    for part in parts:
        rows += [(meeting_id, days[day], shared[number], title, shared[body], statuses[status])
                 for meeting_id, day, number, title, body, status in part]
    return rows


def _number_order(number: str) -> tuple[int, str]:
    match = _LEADING_NUMBER.match(number)
    return (int(match.group(1)) if match else -1, number)


def _with_children() -> tuple[ExecutableOption, ...]:
    # For saving: the stored records with all their children, one SELECT per table.
    items = selectinload(MeetingRecord.agenda_items)
    return (
        selectinload(MeetingRecord.attendance),
        items.selectinload(AgendaItemRecord.statements),
        items.selectinload(AgendaItemRecord.decisions).selectinload(DecisionRecord.actions),
    )


def load_meeting(session: Session, meeting_id: int) -> Meeting | None:
    found = load_meetings(session, [meeting_id])
    return found[0] if found else None


def _record(session: Session, meeting_id: int) -> MeetingRecord | None:
    query = select(MeetingRecord).where(MeetingRecord.id == meeting_id).options(*_with_children())
    return session.scalars(query).first()


def insert(session: Session, meetings: Sequence[Meeting]) -> list[Meeting]:
    """Store new meetings; returns them with their ids (and any repeated key renewed)."""
    stored = [with_unique_keys(meeting) for meeting in meetings]
    ids = insert_meetings(session, stored)
    return [replace(meeting, id=new_id, version=1)  # the column's default
            for meeting, new_id in zip(stored, ids, strict=True)]


def save_meeting(session: Session, meeting: Meeting, *, read_version: int | None = None,
                 by: str | None = None) -> Meeting | None:
    """Write the changes of an existing meeting, counting one more version of it saved by
    `by` (storage.versions.who); returns it with that version, None when it is not stored.

    `read_version`: the version `meeting` was read at; when the stored one is another,
    EditConflict (nothing written, the caller's transaction rolls back). None: no check
    (a change read and written in one transaction: a task marked done, a merge)."""
    if meeting.id is None:
        return None
    version = claim(session, _MEETING, meeting.id, read_version, by)
    if version is None:
        theirs = load_meeting(session, meeting.id)
        if theirs is None:
            return None
        raise conflict(session, _MEETING, meeting, theirs)
    record = _record(session, meeting.id)
    assert record is not None  # claimed above, in this transaction
    meeting = with_unique_keys(meeting)
    update_meeting(session, record, meeting)
    session.flush()
    return replace(meeting, version=version)


def edit_conflict(session: Session, ours: Meeting, theirs: Meeting) -> EditConflict[Meeting]:
    """The error for `ours`, read at a version older than `theirs` (as stored now)."""
    return conflict(session, _MEETING, ours, theirs)


def current_version(session: Session, meeting_id: int) -> Stamp | None:
    """The stored version of the meeting, who saved it and when; None when it is not stored."""
    return stamp(session, _MEETING, meeting_id)


def delete_meeting(session: Session, meeting_id: int) -> Meeting | None:
    """Delete a meeting (its rows and search document go by cascade); its last snapshot."""
    meeting = load_meeting(session, meeting_id)
    if meeting is not None:
        session.execute(delete(MeetingRecord).where(MeetingRecord.id == meeting_id))
        session.expunge_all()
    return meeting


def numbers_in_year(session: Session, body: str, year: int) -> list[str]:
    query = select(MeetingRecord.number).where(
        MeetingRecord.body_fold == fold(normalize_space(body)),
        MeetingRecord.date >= date(year, 1, 1),
        MeetingRecord.date <= date(year, 12, 31),
    )
    return list(session.scalars(query))


def open_actions(session: Session, body: str, until: date, meeting_id: int) -> list[OpenAction]:
    """Tasks not done of the body's meetings dated up to `until`, oldest first; a meeting of
    no body stands alone (only `meeting_id`'s tasks)."""
    query = (
        select(ActionItemRecord, MeetingRecord.date, MeetingRecord.number,
               AgendaItemRecord.ordinal, DecisionRecord.ordinal)
        .join(DecisionRecord, ActionItemRecord.decision_id == DecisionRecord.id)
        .join(AgendaItemRecord, DecisionRecord.agenda_item_id == AgendaItemRecord.id)
        .join(MeetingRecord, AgendaItemRecord.meeting_id == MeetingRecord.id)
        .where(ActionItemRecord.done.is_(False), MeetingRecord.date <= until)
        .order_by(MeetingRecord.date, MeetingRecord.id, AgendaItemRecord.ordinal,
                  DecisionRecord.ordinal, ActionItemRecord.ordinal)
    )
    if body.strip():
        query = query.where(MeetingRecord.body_fold == fold(normalize_space(body)))
    else:
        query = query.where(MeetingRecord.id == meeting_id)
    return [
        OpenAction(day, number, item + 1, decision + 1, action_from(a))
        for a, day, number, item, decision in session.execute(query)
    ]


def search(session: Session, text: str, limit: int,
           filters: SearchFilter = NO_FILTER) -> list[Hit]:
    """Meetings whose text has words starting with every word typed (or another form of it),
    that the filters let through; newest first."""
    words = query_words(text)
    if not words or limit <= 0:
        return []
    matches = search_index_for(session).matches(session, words, limit, filters)
    return [Hit(m.meeting_id, m.date, m.number, m.title, m.passage, m.item, m.spans)
            for m in matches]
