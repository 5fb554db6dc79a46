"""The register of tasks (issue 10): every task of every meeting with where it was given, read
in one query (not meeting by meeting: a register of 10,000 meetings opens at once). Takes the
caller's Session and never commits."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, String, select, type_coerce
from sqlalchemy.orm import Session

from minutes_app.domain import ActionItem, fold
from minutes_app.domain.text import normalize_space
from minutes_app.storage.meetings import OpenAction
from minutes_app.storage.records import (
    ActionItemRecord,
    AgendaItemRecord,
    DecisionRecord,
    MeetingRecord,
)
from minutes_app.storage.rows import action_from, stored_json

# The tables' columns: the register reads rows straight into snapshots, no ORM records (at
# 150,000 tasks, making the records took two thirds of the 9 s the register took).
_ACTION = ActionItemRecord.__table__.c
_DECISION = DecisionRecord.__table__.c
_ITEM = AgendaItemRecord.__table__.c
_MEETING = MeetingRecord.__table__.c
# What action_from reads, then the task's meeting (id, date, number, title, body) and its
# item's and decision's 0-based ordinals.
_Rows = Select[tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class TaskQuery:
    """What SQL filters: `done` None for all; `due_before` strict (overdue), `due_until`
    inclusive; `body` is a part of the body's name."""

    done: bool | None = None
    due_before: date | None = None
    due_until: date | None = None
    due_from: date | None = None
    body: str = ""
    meeting_id: int | None = None


@dataclass(frozen=True, slots=True)
class StoredTask:
    meeting_id: int
    meeting_date: date
    meeting_number: str
    meeting_title: str
    body: str
    item_number: int  # 1-based, as printed in the protocol
    decision_number: int
    action: ActionItem


def tasks(session: Session, query: TaskQuery) -> list[StoredTask]:
    """The tasks `query` lets through: by due date (none last), then meeting date and id, then
    their place in the meeting."""
    rows = session.connection().execute(_filtered(_select_tasks(), query))
    parse = stored_json()
    return [StoredTask(row.meeting_id, row.meeting_date, row.meeting_number, row.meeting_title,
                       row.meeting_body, row.item_ordinal + 1, row.decision_ordinal + 1,
                       action_from(row, parse))
            for row in rows]


def _select_tasks() -> _Rows:
    return (
        select(_ACTION.task, _as_stored(_ACTION.responsible), _ACTION.due, _ACTION.done,
               _ACTION.done_on, _ACTION.done_note, _ACTION.key,
               _as_stored(_ACTION.translations),
               _MEETING.id.label("meeting_id"), _MEETING.date.label("meeting_date"),
               _MEETING.number.label("meeting_number"), _MEETING.title.label("meeting_title"),
               _MEETING.body.label("meeting_body"), _ITEM.ordinal.label("item_ordinal"),
               _DECISION.ordinal.label("decision_ordinal"))
        .select_from(ActionItemRecord.__table__)
        .join(DecisionRecord.__table__, _ACTION.decision_id == _DECISION.id)
        .join(AgendaItemRecord.__table__, _DECISION.agenda_item_id == _ITEM.id)
        .join(MeetingRecord.__table__, _ITEM.meeting_id == _MEETING.id)
        # `IS NULL` first puts tasks without a due date last on every database.
        .order_by(_ACTION.due.is_(None), _ACTION.due, _MEETING.date, _MEETING.id,
                  _ITEM.ordinal, _DECISION.ordinal, _ACTION.ordinal)
    )


def _as_stored(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """A JSON column as it is stored (parsed by rows.stored_json, once per distinct text)."""
    return type_coerce(column, String).label(column.key)


def _filtered(statement: _Rows, query: TaskQuery) -> _Rows:
    due = _ACTION.due
    conditions = [
        _ACTION.done.is_(query.done) if query.done is not None else None,
        due < query.due_before if query.due_before is not None else None,
        due <= query.due_until if query.due_until is not None else None,
        due >= query.due_from if query.due_from is not None else None,
        _MEETING.id == query.meeting_id if query.meeting_id is not None else None,
        # body_fold is the folded name: a folded part of it matches without case, and
        # autoescape keeps a typed % or _ literal.
        _MEETING.body_fold.contains(fold(normalize_space(query.body)), autoescape=True)
        if query.body.strip() else None,
    ]
    return statement.where(*(c for c in conditions if c is not None))


def done_since(session: Session, body: str, since: date, until: date,
               meeting_id: int) -> list[OpenAction]:
    """Tasks of the body's meetings dated up to `until` that were done from `since` to
    `until` (a task done without a date is left out: when it was done is unknown), by the day
    they were done; a meeting of no body stands alone (only `meeting_id`'s tasks), as in
    `storage.meetings.open_actions`."""
    done_on = _ACTION.done_on
    query = (
        _select_tasks()
        .where(_ACTION.done.is_(True), done_on >= since, done_on <= until,
               _MEETING.date <= until)
        .order_by(None)
        .order_by(done_on, _MEETING.date, _MEETING.id, _ITEM.ordinal, _DECISION.ordinal,
                  _ACTION.ordinal)
    )
    if body.strip():
        query = query.where(_MEETING.body_fold == fold(normalize_space(body)))
    else:
        query = query.where(_MEETING.id == meeting_id)
    parse = stored_json()
    return [OpenAction(row.meeting_date, row.meeting_number, row.item_ordinal + 1,
                       row.decision_ordinal + 1, action_from(row, parse))
            for row in session.connection().execute(query)]
