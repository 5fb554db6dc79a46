"""Snapshots to column values, and rows (Core rows or records) back to snapshots.

Texts in other languages go into each row's JSON `translations` column as
`Translations.as_dict()`. Organisers and conclusions are JSON lists of
{"key", "text", "translations"} on their meeting or agenda item (the key is kept, so a snapshot
read back equals the one saved); history is a JSON list of {"at", "what", "by", "detail"}.
"""

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Approval,
    Attendee,
    Decision,
    HistoryEntry,
    Language,
    Meeting,
    Outcome,
    Role,
    Statement,
    Status,
    TextEntry,
    Translations,
    Vote,
    fold,
    new_key,
)
from minutes_app.domain.text import normalize_space

HEARD, DISCUSSION, PROPOSAL = "heard", "discussion", "proposal"
Values = dict[str, Any]


def meeting_values(meeting: Meeting) -> Values:
    return {
        "title": meeting.title, "date": meeting.date, "kind": meeting.kind,
        "organization": meeting.organization, "body": meeting.body,
        "body_fold": fold(normalize_space(meeting.body)), "number": meeting.number,
        "start_time": meeting.start_time, "end_time": meeting.end_time, "place": meeting.place,
        "language": meeting.language.value, "status": meeting.status.value,
        "notes": meeting.notes, "organizers": text_entries_value(meeting.organizers),
        "conclusions": text_entries_value(meeting.conclusions),
        "approved_by": meeting.approval.by if meeting.approval else "",
        "approved_on": meeting.approval.on if meeting.approval else None,
        "approved_fingerprint": meeting.approval.fingerprint if meeting.approval else "",
        "history": [_history_value(entry) for entry in meeting.history],
        "translations": meeting.translations.as_dict(),
    }


def text_entries_value(entries: Iterable[TextEntry]) -> list[dict[str, object]]:
    """Organisers or conclusions as their JSON column holds them."""
    return [{"key": e.key, "text": e.text, "translations": e.translations.as_dict()}
            for e in entries]


def _history_value(entry: HistoryEntry) -> dict[str, str]:
    # isoformat() gives whole seconds ("2019-11-25T10:02:00") unless the time has a fraction
    # or a zone, which it then keeps: what is read back equals what was saved.
    return {"at": entry.at.isoformat(), "what": entry.what, "by": entry.by,
            "detail": entry.detail}


def attendance_values(attendee: Attendee, ordinal: int) -> Values:
    """Without `person_id`: the caller links the directory entry."""
    return {
        "key": attendee.key, "ordinal": ordinal, "name": attendee.name,
        "group_name": attendee.group, "head_count": attendee.count,
        "role": attendee.role.value, "present": attendee.present,
        "absence_reason": attendee.absence_reason, "position": attendee.position,
        "organization": attendee.organization, "degree": attendee.degree,
        "rank": attendee.rank, "translations": attendee.translations.as_dict(),
    }


def agenda_values(item: AgendaItem, ordinal: int) -> Values:
    return {"key": item.key, "ordinal": ordinal, "title": item.title,
            "presenters": list(item.presenters),
            "conclusions": text_entries_value(item.conclusions),
            "translations": item.translations.as_dict()}


def statements_of(item: AgendaItem) -> list[tuple[Statement, str, int]]:
    """Every kind of statement of an item (heard, discussion, proposals), as (statement, kind,
    ordinal within the kind)."""
    kinds = ((HEARD, item.heard), (DISCUSSION, item.discussion), (PROPOSAL, item.proposals))
    return [(s, kind, i) for kind, statements in kinds for i, s in enumerate(statements)]


def statement_values(statement: Statement, kind: str, ordinal: int) -> Values:
    return {"key": statement.key, "kind": kind, "ordinal": ordinal,
            "speaker": statement.speaker, "text": statement.text,
            "translations": statement.translations.as_dict()}


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
        "translations": decision.translations.as_dict(),
    }


def action_values(action: ActionItem, ordinal: int) -> Values:
    return {"key": action.key, "ordinal": ordinal, "task": action.task,
            "responsible": list(action.responsible), "due": action.due, "done": action.done,
            "done_on": action.done_on, "done_note": action.done_note,
            "translations": action.translations.as_dict()}


def meeting_from(row: Any, attendees: Sequence[Attendee], agenda: Sequence[AgendaItem]) -> Meeting:
    """A snapshot from a `meeting` row (a record or a Core row: the names are the columns')."""
    approval = (Approval(row.approved_by, row.approved_on, row.approved_fingerprint)
                if row.approved_on is not None else None)
    return Meeting(
        id=row.id, title=row.title, date=row.date, kind=row.kind,
        organization=row.organization, body=row.body, number=row.number,
        start_time=row.start_time, end_time=row.end_time, place=row.place,
        language=Language(row.language), status=Status(row.status), notes=row.notes,
        organizers=text_entries_from(row.organizers), attendees=tuple(attendees),
        agenda=tuple(agenda), conclusions=text_entries_from(row.conclusions),
        approval=approval, history=tuple(_history_from(entry) for entry in row.history),
        translations=_translations(row.translations), version=row.version,
    )


_NO_TRANSLATIONS = Translations()


def _translations(value: Any) -> Translations:
    # Most rows have none: one shared empty value spares building one per row (opening a
    # 200-item, 500-attendee meeting would build some 2,000).
    return Translations.from_dict(value) if value else _NO_TRANSLATIONS


def text_entries_from(value: Sequence[Any]) -> tuple[TextEntry, ...]:
    return tuple(TextEntry(text=e["text"], key=e["key"],
                           translations=_translations(e.get("translations")))
                 for e in value)


def _history_from(value: Any) -> HistoryEntry:
    return HistoryEntry(at=datetime.fromisoformat(value["at"]), what=value["what"],
                        by=value.get("by", ""), detail=value.get("detail", ""))


def attendee_from(row: Any) -> Attendee:
    return Attendee(
        name=row.name, group=row.group_name, count=row.head_count, role=Role(row.role),
        present=row.present, absence_reason=row.absence_reason, position=row.position,
        organization=row.organization, degree=row.degree, rank=row.rank, key=row.key,
        translations=_translations(row.translations),
    )


def agenda_item_from(row: Any, statements: dict[str, list[Statement]],
                     decisions: Sequence[Decision]) -> AgendaItem:
    """`statements`: the item's statements by kind (HEARD, DISCUSSION, PROPOSAL)."""
    return AgendaItem(
        title=row.title, presenters=tuple(row.presenters),
        heard=tuple(statements.get(HEARD, ())), discussion=tuple(statements.get(DISCUSSION, ())),
        proposals=tuple(statements.get(PROPOSAL, ())), decisions=tuple(decisions),
        conclusions=text_entries_from(row.conclusions), key=row.key,
        translations=_translations(row.translations),
    )


def statement_from(row: Any) -> Statement:
    return Statement(text=row.text, speaker=row.speaker, key=row.key,
                     translations=_translations(row.translations))


def decision_from(row: Any, actions: Sequence[ActionItem]) -> Decision:
    if row.vote_kind == "none":
        vote = None
    elif row.vote_kind == "unanimous":
        vote = Vote(unanimous=True)
    else:
        vote = Vote(row.vote_for, row.vote_against, row.vote_abstained)
    return Decision(text=row.text, vote=vote,
                    outcome=Outcome(row.outcome) if row.outcome else None,
                    actions=tuple(actions), key=row.key,
                    translations=_translations(row.translations))


def action_from(row: Any, parse: Callable[[Any], Any] = lambda value: value) -> ActionItem:
    """`parse`: what makes the JSON columns' values of what `row` holds (by default they come
    parsed by SQLAlchemy's JSON type; read as stored text, stored_json parses them)."""
    return ActionItem(task=row.task, responsible=tuple(parse(row.responsible)), due=row.due,
                      done=row.done, done_on=row.done_on, done_note=row.done_note, key=row.key,
                      translations=_translations(parse(row.translations)))


class Once(dict[Any, Any]):
    """Made from each key once: `make(key)` the first time, the same object after (the
    registers of a decade repeat the same dates, bodies and names thousands of times)."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: Any) -> Any:
        made = self[key] = self._make(key)
        return made


def as_date(stored: str | date) -> date:
    """A date column read as stored (type_coerce(column, String)): ISO text on SQLite, the
    driver's date on PostgreSQL."""
    return stored if isinstance(stored, date) else date.fromisoformat(stored)


def stored_json() -> Callable[[Any], Any]:
    """A JSON column read as stored (type_coerce(column, String)), parsed once per distinct
    text: the 150,000 tasks of a busy decade name the same few hundred people, and json.loads
    for each took a third of the task register's time. PostgreSQL's driver gives jsonb
    parsed already. (The values made are shared: snapshots copy what they keep.)"""
    parsed = Once(json.loads)
    return lambda stored: parsed[stored] if isinstance(stored, str) else stored


def with_unique_keys(meeting: Meeting) -> Meeting:
    """The meeting with a fresh key for any child whose key repeats under the same parent
    (a copied snapshot); the database keeps keys unique there."""
    if not _repeats_keys(meeting):
        return meeting
    agenda = tuple(
        replace(
            item,
            # The statements of every kind share one table: one set of keys.
            heard=_unique(item.heard, seen := set[str]()),
            discussion=_unique(item.discussion, seen),
            proposals=_unique(item.proposals, seen),
            decisions=tuple(replace(d, actions=_unique(d.actions, set()))
                            for d in _unique(item.decisions, set())),
            conclusions=_unique(item.conclusions, set()),
        )
        for item in _unique(meeting.agenda, set())
    )
    return replace(meeting, attendees=_unique(meeting.attendees, set()), agenda=agenda,
                   organizers=_unique(meeting.organizers, set()),
                   conclusions=_unique(meeting.conclusions, set()))


def _unique(children: tuple[Any, ...], seen: set[str]) -> tuple[Any, ...]:
    result = []
    for child in children:
        if child.key in seen or not child.key:
            child = replace(child, key=new_key())
        seen.add(child.key)
        result.append(child)
    return tuple(result)


def _repeats_keys(meeting: Meeting) -> bool:
    groups: list[list[str]] = [[a.key for a in meeting.attendees], [i.key for i in meeting.agenda],
                               [e.key for e in meeting.organizers],
                               [e.key for e in meeting.conclusions]]
    for item in meeting.agenda:
        groups.append([s.key for s in (*item.heard, *item.discussion, *item.proposals)])
        groups.append([d.key for d in item.decisions])
        groups.append([e.key for e in item.conclusions])
        groups += [[a.key for a in d.actions] for d in item.decisions]
    return any(len(set(keys)) != len(keys) or "" in keys for keys in groups)
