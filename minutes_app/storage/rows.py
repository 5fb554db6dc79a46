"""Snapshots to column values and records back to snapshots (one place for both directions)."""

from dataclasses import replace
from typing import Any

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Decision,
    Language,
    Meeting,
    Outcome,
    Role,
    Statement,
    Status,
    Vote,
    fold,
    new_key,
)
from minutes_app.storage.records import (
    ActionItemRecord,
    AgendaItemRecord,
    AttendanceRecord,
    DecisionRecord,
    MeetingRecord,
    StatementRecord,
)

HEARD, DISCUSSION = "heard", "discussion"
Values = dict[str, Any]


def meeting_values(meeting: Meeting) -> Values:
    return {
        "title": meeting.title, "date": meeting.date, "kind": meeting.kind,
        "organization": meeting.organization, "body": meeting.body,
        "body_fold": fold(meeting.body), "number": meeting.number,
        "start_time": meeting.start_time, "end_time": meeting.end_time, "place": meeting.place,
        "language": meeting.language.value, "status": meeting.status.value,
        "notes": meeting.notes,
    }


def attendance_values(attendee: Attendee, ordinal: int) -> Values:
    """Without `person_id`: the caller links the directory entry."""
    return {
        "key": attendee.key, "ordinal": ordinal, "name": attendee.name,
        "group_name": attendee.group, "head_count": attendee.count,
        "role": attendee.role.value, "present": attendee.present,
        "absence_reason": attendee.absence_reason, "position": attendee.position,
        "organization": attendee.organization,
    }


def agenda_values(item: AgendaItem, ordinal: int) -> Values:
    return {"key": item.key, "ordinal": ordinal, "title": item.title,
            "presenters": list(item.presenters)}


def statements_of(item: AgendaItem) -> list[tuple[Statement, str, int]]:
    """Both kinds of statement of an item, as (statement, kind, ordinal within the kind)."""
    return [(s, HEARD, i) for i, s in enumerate(item.heard)] + [
        (s, DISCUSSION, i) for i, s in enumerate(item.discussion)
    ]


def statement_values(statement: Statement, kind: str, ordinal: int) -> Values:
    return {"key": statement.key, "kind": kind, "ordinal": ordinal,
            "speaker": statement.speaker, "text": statement.text}


def decision_values(decision: Decision, ordinal: int) -> Values:
    vote = decision.vote
    if vote is None:
        vote_kind, counts = "none", (0, 0, 0)
    else:
        vote_kind = "unanimous" if vote.unanimous else "counts"
        counts = (vote.for_, vote.against, vote.abstained)
    return {
        "key": decision.key, "ordinal": ordinal, "text": decision.text, "vote_kind": vote_kind,
        "vote_for": counts[0], "vote_against": counts[1], "vote_abstained": counts[2],
        "outcome": decision.outcome.value if decision.outcome else None,
    }


def action_values(action: ActionItem, ordinal: int) -> Values:
    return {"key": action.key, "ordinal": ordinal, "task": action.task,
            "responsible": list(action.responsible), "due": action.due, "done": action.done}


def meeting_snapshot(record: MeetingRecord) -> Meeting:
    return Meeting(
        id=record.id, title=record.title, date=record.date, kind=record.kind,
        organization=record.organization, body=record.body, number=record.number,
        start_time=record.start_time, end_time=record.end_time, place=record.place,
        language=Language(record.language), status=Status(record.status), notes=record.notes,
        attendees=tuple(_attendee(a) for a in record.attendance),
        agenda=tuple(_agenda_item(item) for item in record.agenda_items),
    )


def _attendee(record: AttendanceRecord) -> Attendee:
    return Attendee(
        name=record.name, group=record.group_name, count=record.head_count,
        role=Role(record.role), present=record.present, absence_reason=record.absence_reason,
        position=record.position, organization=record.organization, key=record.key,
    )


def _agenda_item(record: AgendaItemRecord) -> AgendaItem:
    statements = sorted(record.statements, key=lambda s: s.ordinal)
    return AgendaItem(
        title=record.title, presenters=tuple(record.presenters),
        heard=tuple(_statement(s) for s in statements if s.kind == HEARD),
        discussion=tuple(_statement(s) for s in statements if s.kind == DISCUSSION),
        decisions=tuple(_decision(d) for d in record.decisions), key=record.key,
    )


def _statement(record: StatementRecord) -> Statement:
    return Statement(text=record.text, speaker=record.speaker, key=record.key)


def _decision(record: DecisionRecord) -> Decision:
    if record.vote_kind == "none":
        vote = None
    elif record.vote_kind == "unanimous":
        vote = Vote(unanimous=True)
    else:
        vote = Vote(record.vote_for, record.vote_against, record.vote_abstained)
    return Decision(
        text=record.text, vote=vote,
        outcome=Outcome(record.outcome) if record.outcome else None,
        actions=tuple(_action(a) for a in record.actions), key=record.key,
    )


def _action(record: ActionItemRecord) -> ActionItem:
    return ActionItem(task=record.task, responsible=tuple(record.responsible), due=record.due,
                      done=record.done, key=record.key)


def with_unique_keys(meeting: Meeting) -> Meeting:
    """The meeting with a fresh key for any child whose key repeats under the same parent
    (a copied snapshot); the database keeps keys unique there."""
    if not _repeats_keys(meeting):
        return meeting
    agenda = tuple(
        replace(
            item,
            heard=_unique(item.heard, seen := set()),
            discussion=_unique(item.discussion, seen),
            decisions=tuple(replace(d, actions=_unique(d.actions, set()))
                            for d in _unique(item.decisions, set())),
        )
        for item in _unique(meeting.agenda, set())
    )
    return replace(meeting, attendees=_unique(meeting.attendees, set()), agenda=agenda)


def _unique(children: tuple[Any, ...], seen: set[str]) -> tuple[Any, ...]:
    result = []
    for child in children:
        if child.key in seen or not child.key:
            child = replace(child, key=new_key())
        seen.add(child.key)
        result.append(child)
    return tuple(result)


def _repeats_keys(meeting: Meeting) -> bool:
    groups: list[list[str]] = [[a.key for a in meeting.attendees], [i.key for i in meeting.agenda]]
    for item in meeting.agenda:
        groups.append([s.key for s in (*item.heard, *item.discussion)])
        groups.append([d.key for d in item.decisions])
        groups += [[a.key for a in d.actions] for d in item.decisions]
    return any(len(set(keys)) != len(keys) or "" in keys for keys in groups)
