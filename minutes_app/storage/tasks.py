"""The register of tasks (issue 10): every task of every meeting with where it was given, read
in one query (not meeting by meeting: a register of 10,000 meetings opens at once). Takes the
caller's Session and never commits."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, select
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
from minutes_app.storage.rows import action_from

# The task's row, its meeting's id, date, number, title and body, its item's and decision's
# 0-based ordinals.
_Rows = Select[ActionItemRecord, int, date, str, str, str, int, int]


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
    rows = session.execute(_filtered(_select_tasks(), query))
    return [StoredTask(meeting_id, day, number, title, body, item + 1, decision + 1,
                       action_from(action))
            for action, meeting_id, day, number, title, body, item, decision in rows]


def _select_tasks() -> _Rows:
    return (
        select(ActionItemRecord, MeetingRecord.id, MeetingRecord.date, MeetingRecord.number,
               MeetingRecord.title, MeetingRecord.body, AgendaItemRecord.ordinal,
               DecisionRecord.ordinal)
        .join(DecisionRecord, ActionItemRecord.decision_id == DecisionRecord.id)
        .join(AgendaItemRecord, DecisionRecord.agenda_item_id == AgendaItemRecord.id)
        .join(MeetingRecord, AgendaItemRecord.meeting_id == MeetingRecord.id)
        # `IS NULL` first puts tasks without a due date last on every database.
        .order_by(ActionItemRecord.due.is_(None), ActionItemRecord.due, MeetingRecord.date,
                  MeetingRecord.id, AgendaItemRecord.ordinal, DecisionRecord.ordinal,
                  ActionItemRecord.ordinal)
    )


def _filtered(statement: _Rows, query: TaskQuery) -> _Rows:
    due = ActionItemRecord.due
    conditions = [
        ActionItemRecord.done.is_(query.done) if query.done is not None else None,
        due < query.due_before if query.due_before is not None else None,
        due <= query.due_until if query.due_until is not None else None,
        due >= query.due_from if query.due_from is not None else None,
        MeetingRecord.id == query.meeting_id if query.meeting_id is not None else None,
        # body_fold is the folded name: a folded part of it matches without case, and
        # autoescape keeps a typed % or _ literal.
        MeetingRecord.body_fold.contains(fold(normalize_space(query.body)), autoescape=True)
        if query.body.strip() else None,
    ]
    return statement.where(*(c for c in conditions if c is not None))


def done_since(session: Session, body: str, since: date, until: date,
               meeting_id: int) -> list[OpenAction]:
    """Tasks of the body's meetings dated up to `until` that were done from `since` to
    `until` (a task done without a date is left out: when it was done is unknown), by the day
    they were done; a meeting of no body stands alone (only `meeting_id`'s tasks), as in
    `storage.meetings.open_actions`."""
    done_on = ActionItemRecord.done_on
    query = (
        _select_tasks()
        .where(ActionItemRecord.done.is_(True), done_on >= since, done_on <= until,
               MeetingRecord.date <= until)
        .order_by(None)
        .order_by(done_on, MeetingRecord.date, MeetingRecord.id, AgendaItemRecord.ordinal,
                  DecisionRecord.ordinal, ActionItemRecord.ordinal)
    )
    if body.strip():
        query = query.where(MeetingRecord.body_fold == fold(normalize_space(body)))
    else:
        query = query.where(MeetingRecord.id == meeting_id)
    return [OpenAction(day, number, item + 1, decision + 1, action_from(action))
            for action, _, day, number, _, _, item, decision in session.execute(query)]
