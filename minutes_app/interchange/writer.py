"""Writing meetings as Minutes JSON: documented keys only, in the documented order.

Optional keys whose value is the default are left out only where the example in
INTERCHANGE.md leaves them out (an attendee's details, missing times and dates, an unset
outcome); everything else is written so that a backup reads the same for every meeting.
Database ids and the children's keys are never written.
"""

import json
from collections.abc import Sequence
from typing import Any

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Archive,
    Attendee,
    Decision,
    Meeting,
    Statement,
    Vote,
)
from minutes_app.interchange.schema import FORMAT, UNANIMOUS, VERSION


def dump_document(meetings: Sequence[Meeting]) -> str:
    """The meetings as one Minutes JSON document (UTF-8 text, two-space indent)."""
    document = {"format": FORMAT, "version": VERSION, "meetings": [_meeting(m) for m in meetings]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _meeting(meeting: Meeting) -> dict[str, Any]:
    out: dict[str, Any] = {
        "title": meeting.title,
        "kind": meeting.kind,
        "organization": meeting.organization,
        "body": meeting.body,
        "number": meeting.number,
        "date": meeting.date.isoformat(),
    }
    if meeting.start_time is not None:
        out["start_time"] = f"{meeting.start_time:%H:%M}"
    if meeting.end_time is not None:
        out["end_time"] = f"{meeting.end_time:%H:%M}"
    out |= {
        "place": meeting.place,
        "language": meeting.language.value,
        "status": meeting.status.value,
        "notes": meeting.notes,
        "attendees": [_attendee(a) for a in meeting.attendees],
        "agenda": [_agenda_item(item) for item in meeting.agenda],
    }
    return out


def _attendee(attendee: Attendee) -> dict[str, Any]:
    if attendee.is_group:
        out: dict[str, Any] = {"group": attendee.group, "count": attendee.count}
    else:
        out = {"name": attendee.name}
    if attendee.position:
        out["position"] = attendee.position
    if attendee.organization:
        out["organization"] = attendee.organization
    out["role"] = attendee.role.value
    if not attendee.present:
        out["present"] = False
    if attendee.absence_reason:
        out["absence_reason"] = attendee.absence_reason
    return out


def _agenda_item(item: AgendaItem) -> dict[str, Any]:
    return {
        "title": item.title,
        "presenters": list(item.presenters),
        "heard": [_statement(s) for s in item.heard],
        "discussion": [_statement(s) for s in item.discussion],
        "decisions": [_decision(d) for d in item.decisions],
    }


def _statement(statement: Statement) -> dict[str, Any]:
    out = {"speaker": statement.speaker} if statement.speaker else {}
    out["text"] = statement.text
    return out


def _decision(decision: Decision) -> dict[str, Any]:
    out: dict[str, Any] = {"text": decision.text}
    if decision.vote is not None:
        out["vote"] = _vote(decision.vote)
    if decision.outcome is not None:
        out["outcome"] = decision.outcome.value
    out["actions"] = [_action(a) for a in decision.actions]
    return out


def _vote(vote: Vote) -> dict[str, int] | str:
    if vote.unanimous:
        return UNANIMOUS
    return {"for": vote.for_, "against": vote.against, "abstained": vote.abstained}


def _action(action: ActionItem) -> dict[str, Any]:
    out: dict[str, Any] = {"task": action.task, "responsible": list(action.responsible)}
    if action.due is not None:
        out["due"] = action.due.isoformat()
    out["done"] = action.done
    return out


def dump_archive(archive: Archive) -> str:
    """Version 2 (CONTRACT, issue 8): writes only documented keys; parses back to an equal
    archive."""
    raise NotImplementedError
