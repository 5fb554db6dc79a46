"""Inserting whole meetings with Core executemany: one statement per table, not per row.

Import of a decade of records is one transaction of a few dozen statements; ids of parents
come back from INSERT ... RETURNING in the order of the rows given.
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from minutes_app.domain import Meeting
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


def insert_meetings(session: Session, meetings: Sequence[Meeting]) -> list[int]:
    """Insert the meetings (keys already unique) and their search documents; new ids in order."""
    if not meetings:
        return []
    people = link_people(session, (a for m in meetings for a in m.attendees))
    meeting_ids = _insert_returning(session, MeetingRecord, [meeting_values(m) for m in meetings])
    attendance, items, owners = [], [], []
    for meeting, meeting_id in zip(meetings, meeting_ids, strict=True):
        for ordinal, attendee in enumerate(meeting.attendees):
            person_id = None if attendee.is_group else people[person_key(attendee.name)]
            attendance.append({**attendance_values(attendee, ordinal),
                               "meeting_id": meeting_id, "person_id": person_id})
        for ordinal, item in enumerate(meeting.agenda):
            items.append({**agenda_values(item, ordinal), "meeting_id": meeting_id})
            owners.append(item)
    _insert(session, AttendanceRecord, attendance)
    item_ids = _insert_returning(session, AgendaItemRecord, items)
    _insert_item_children(session, owners, item_ids)
    documents = []
    for meeting, meeting_id in zip(meetings, meeting_ids, strict=True):
        content, folded = search_document(meeting)
        documents.append({"meeting_id": meeting_id, "content": content, "folded": folded})
    _insert(session, SearchDocumentRecord, documents)
    return meeting_ids


def _insert_item_children(session: Session, items: Sequence[Any], item_ids: list[int]) -> None:
    statements, decisions, owners = [], [], []
    for item, item_id in zip(items, item_ids, strict=True):
        for statement, kind, ordinal in statements_of(item):
            statements.append({**statement_values(statement, kind, ordinal),
                               "agenda_item_id": item_id})
        for ordinal, decision in enumerate(item.decisions):
            decisions.append({**decision_values(decision, ordinal), "agenda_item_id": item_id})
            owners.append(decision)
    _insert(session, StatementRecord, statements)
    decision_ids = _insert_returning(session, DecisionRecord, decisions)
    actions = [
        {**action_values(action, ordinal), "decision_id": decision_id}
        for decision, decision_id in zip(owners, decision_ids, strict=True)
        for ordinal, action in enumerate(decision.actions)
    ]
    _insert(session, ActionItemRecord, actions)


def _insert(session: Session, record: type[Any], rows: list[Values]) -> None:
    if rows:
        session.execute(insert(record.__table__), rows)


def _insert_returning(session: Session, record: type[Any], rows: list[Values]) -> list[int]:
    if not rows:
        return []
    table = record.__table__
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.execute(statement, rows).scalars())
