"""Saving a changed snapshot over its stored rows: rows are matched by the children's `key`.

A row whose values did not change is not written; new keys are inserted, missing ones deleted
(their own children go by ON DELETE CASCADE). An autosave after one keystroke therefore writes
one row (and the meeting's search document). An attendance line keeps its directory person
unless its name changed.
"""

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from minutes_app.domain import AgendaItem, Attendee, Decision, Meeting
from minutes_app.storage.directory import link_people, person_key
from minutes_app.storage.records import (
    ActionItemRecord,
    AgendaItemRecord,
    AttendanceRecord,
    DecisionRecord,
    MeetingRecord,
    SearchDocumentRecord,
    StatementRecord,
)
from minutes_app.storage.rows import (
    Values,
    action_values,
    agenda_values,
    attendance_values,
    decision_values,
    meeting_values,
    statement_values,
    statements_of,
)
from minutes_app.storage.search import search_document

R = TypeVar("R")


def update_meeting(session: Session, record: MeetingRecord, meeting: Meeting) -> None:
    """Make the stored `record` (loaded with all its children) equal to `meeting`."""
    _assign(record, meeting_values(meeting))
    attendance = [({**attendance_values(a, i), "person_id": person_id}, a)
                  for i, (a, person_id) in enumerate(_person_ids(session, record, meeting))]
    record.attendance = _sync(record.attendance, attendance, AttendanceRecord)
    items = [(agenda_values(item, i), item) for i, item in enumerate(meeting.agenda)]
    record.agenda_items = _sync(record.agenda_items, items, AgendaItemRecord, _sync_item)
    _update_document(session, record.id, meeting)


def _person_ids(session: Session, record: MeetingRecord,
                meeting: Meeting) -> list[tuple[Attendee, int | None]]:
    """Each attendee with the directory person its row links to.

    A stored line whose name did not change keeps its link: a person corrected in the
    directory as misspelt stays linked to the meetings that still show the old spelling.
    Only new lines, lines whose name changed and lines without a link are linked by name."""
    stored = {row.key: row for row in record.attendance}

    def kept_link(attendee: Attendee) -> int | None:
        row = stored.get(attendee.key)
        return row.person_id if row is not None and row.name == attendee.name else None

    kept = {a.key: kept_link(a) for a in meeting.attendees if not a.is_group}
    to_link = [a for a in meeting.attendees if not a.is_group and kept[a.key] is None]
    people = link_people(session, to_link) if to_link else {}

    def person_id(attendee: Attendee) -> int | None:
        if attendee.is_group:
            return None
        return kept[attendee.key] or people[person_key(attendee.name)]

    return [(a, person_id(a)) for a in meeting.attendees]


def _sync_item(record: AgendaItemRecord, item: AgendaItem) -> None:
    statements = [(statement_values(*entry), entry) for entry in statements_of(item)]
    record.statements = _sync(record.statements, statements, StatementRecord)
    decisions = [(decision_values(d, i), d) for i, d in enumerate(item.decisions)]
    record.decisions = _sync(record.decisions, decisions, DecisionRecord, _sync_decision)


def _sync_decision(record: DecisionRecord, decision: Decision) -> None:
    actions = [(action_values(a, i), a) for i, a in enumerate(decision.actions)]
    record.actions = _sync(record.actions, actions, ActionItemRecord)


def _sync(
    records: Sequence[R],
    wanted: Sequence[tuple[Values, Any]],
    factory: Callable[[], R],
    sync_children: Callable[[R, Any], None] | None = None,
) -> list[R]:
    """The records for `wanted` (values, snapshot) in order: stored ones reused by key."""
    by_key = {record.key: record for record in records}  # type: ignore[attr-defined]
    result = []
    for values, snapshot in wanted:
        record = by_key.pop(values["key"], None)
        if record is None:
            record = factory()
        _assign(record, values)
        if sync_children is not None:
            sync_children(record, snapshot)
        result.append(record)
    return result


def _assign(record: object, values: Values) -> None:
    for name, value in values.items():
        if getattr(record, name) != value:
            setattr(record, name, value)


def _update_document(session: Session, meeting_id: int, meeting: Meeting) -> None:
    """Rewrite the search document only when its text changed (it is large: read one column)."""
    content, folded, stemmed = search_document(meeting)
    document = SearchDocumentRecord.__table__
    stored = session.scalar(select(document.c.content).where(document.c.meeting_id == meeting_id))
    if stored is None:
        session.execute(insert(document).values(meeting_id=meeting_id, content=content,
                                                folded=folded, stemmed=stemmed))
    elif stored != content:
        session.execute(update(document).where(document.c.meeting_id == meeting_id)
                        .values(content=content, folded=folded, stemmed=stemmed))
