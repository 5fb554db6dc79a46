"""Snapshots to column values, and rows (Core rows or records) back to snapshots."""

from collections.abc import Sequence
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


def meeting_from(row: Any, attendees: Sequence[Attendee], agenda: Sequence[AgendaItem]) -> Meeting:
    """A snapshot from a `meeting` row (a record or a Core row: the names are the columns')."""
    return Meeting(
        id=row.id, title=row.title, date=row.date, kind=row.kind,
        organization=row.organization, body=row.body, number=row.number,
        start_time=row.start_time, end_time=row.end_time, place=row.place,
        language=Language(row.language), status=Status(row.status), notes=row.notes,
        attendees=tuple(attendees), agenda=tuple(agenda),
    )


def attendee_from(row: Any) -> Attendee:
    return Attendee(
        name=row.name, group=row.group_name, count=row.head_count, role=Role(row.role),
        present=row.present, absence_reason=row.absence_reason, position=row.position,
        organization=row.organization, key=row.key,
    )


def agenda_item_from(row: Any, heard: Sequence[Statement], discussion: Sequence[Statement],
                     decisions: Sequence[Decision]) -> AgendaItem:
    return AgendaItem(title=row.title, presenters=tuple(row.presenters), heard=tuple(heard),
                      discussion=tuple(discussion), decisions=tuple(decisions), key=row.key)


def statement_from(row: Any) -> Statement:
    return Statement(text=row.text, speaker=row.speaker, key=row.key)


def decision_from(row: Any, actions: Sequence[ActionItem]) -> Decision:
    if row.vote_kind == "none":
        vote = None
    elif row.vote_kind == "unanimous":
        vote = Vote(unanimous=True)
    else:
        vote = Vote(row.vote_for, row.vote_against, row.vote_abstained)
    return Decision(text=row.text, vote=vote,
                    outcome=Outcome(row.outcome) if row.outcome else None,
                    actions=tuple(actions), key=row.key)


def action_from(row: Any) -> ActionItem:
    return ActionItem(task=row.task, responsible=tuple(row.responsible), due=row.due,
                      done=row.done, key=row.key)


def with_unique_keys(meeting: Meeting) -> Meeting:
    """The meeting with a fresh key for any child whose key repeats under the same parent
    (a copied snapshot); the database keeps keys unique there."""
    if not _repeats_keys(meeting):
        return meeting
    agenda = tuple(
        replace(
            item,
            heard=_unique(item.heard, seen := set[str]()),
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
