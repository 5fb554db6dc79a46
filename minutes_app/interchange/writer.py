"""Writing Minutes JSON version 2: documented keys only, in the documented order.

Optional keys whose value is the default are left out where the example of docs/interchange.md
leaves them out (an attendee's details, missing times and dates, an unset outcome, a
directory entry's empty fields); a meeting's own keys are always written so that a backup
reads the same for every meeting. A text with versions in other languages is written as a
map {"ru", "kk", "en"} -> text holding the own text under the owner's language; a text
without is a plain string. Database ids and the children's keys are never written.
"""

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Approval,
    Archive,
    Attendee,
    Body,
    Decision,
    DocumentSettings,
    HistoryEntry,
    Meeting,
    Member,
    Organization,
    Person,
    QuorumKind,
    QuorumRule,
    Statement,
    TextEntry,
    Translations,
    Vote,
)
from minutes_app.interchange.schema import (
    DIRECTORY_LANGUAGE,
    FORMAT,
    LANGUAGE_KEYS,
    UNANIMOUS,
    VERSION,
)


def dump_archive(archive: Archive, written: Callable[[int], None] | None = None) -> str:
    """The archive as one Minutes JSON version 2 document (UTF-8 text, two-space indent);
    it parses back to an equal archive. `written(n)` is called as each meeting is written
    (it may raise to stop)."""
    parts: list[str] = []
    write_archive(parts.append, archive.organizations, archive.people, archive.bodies,
                  archive.meetings, written)
    return "".join(parts)


def write_archive(write: Callable[[str], object], organizations: Sequence[Organization],
                  people: Sequence[Person], bodies: Sequence[Body], meetings: Iterable[Meeting],
                  written: Callable[[int], None] | None = None) -> int:
    """The directory, then `meetings` one at a time as they come, given to `write` piece by
    piece: the text dump_archive makes of them, without ever holding them all (a decade's
    archive takes gigabytes as snapshots, hundreds of megabytes as text). Returns how many
    were written; `written(n)` as in dump_archive."""
    head: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if organizations:
        head["organizations"] = [_organization(o) for o in organizations]
    if people:
        head["people"] = [_person(p) for p in people]
    if bodies:
        head["bodies"] = [_body(b) for b in bodies]
    head["meetings"] = []  # the last key: the meetings go where its "[]" was
    opening = _dumps(head)
    write(opening[:-len(_NO_MEETINGS)])
    count = 0
    for meeting in meetings:
        # A meeting is an element of the list at level 1: each of its lines four spaces in
        # (a JSON string never holds a raw line break, so lines are safe to indent).
        write(",\n    " if count else "[\n    ")
        write(_dumps(_meeting(meeting)).replace("\n", "\n    "))
        count += 1
        if written is not None:
            written(count)
    write("\n  ]\n}\n" if count else _NO_MEETINGS + "\n")
    return count


_NO_MEETINGS = "[]\n}"  # how the document without meetings ends


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def dump_document(meetings: Sequence[Meeting]) -> str:
    """Only meetings, as a version 2 document."""
    return dump_archive(Archive(meetings=tuple(meetings)))


def _text(own_text: str, translations: Translations, field: str, own: str) -> str | dict[str, str]:
    """The text as a string, or as a map of languages when it has versions in others (a
    version in the own language cannot be told from the own text and is not written)."""
    versions = {language: text for language, text in translations.of(field).items()
                if language != own}
    if not versions:
        return own_text
    versions[own] = own_text
    return {language: versions[language] for language in LANGUAGE_KEYS if language in versions}


def _texts(entity: Any, own: str, *names: str, always: bool = False) -> dict[str, Any]:
    """The entity's texts `names`; empty ones (with no versions) only when `always`."""
    out: dict[str, Any] = {}
    for name in names:
        value = _text(getattr(entity, name), entity.translations, name, own)
        if value or always:
            out[name] = value
    return out


# -- the directory -----------------------------------------------------------------------------
def _organization(organization: Organization) -> dict[str, Any]:
    versions = {"kk": organization.name_kk, "en": organization.name_en}
    name: str | dict[str, str] = organization.name
    if any(versions.values()):
        name = {"ru": organization.name} | {k: v for k, v in versions.items() if v}
    out: dict[str, Any] = {"name": name}
    if organization.address:
        out["address"] = organization.address
    return out


def _person(person: Person) -> dict[str, Any]:
    out: dict[str, Any] = {"surname": person.surname}
    if person.given_name:
        out["given_name"] = person.given_name
    if person.patronymic:
        out["patronymic"] = person.patronymic
    out |= _texts(person, DIRECTORY_LANGUAGE, "position", "organization", "degree", "rank")
    return out


def _body(body: Body) -> dict[str, Any]:
    out: dict[str, Any] = {"name": _text(body.name, body.translations, "name",
                                         DIRECTORY_LANGUAGE)}
    if body.organization:
        out["organization"] = body.organization
    out["quorum"] = _quorum(body.quorum)
    out["numbering"] = body.numbering.value
    out |= _texts(body, DIRECTORY_LANGUAGE, "place", "kind")
    if body.letterhead:
        out["letterhead"] = body.letterhead
    if body.document != DocumentSettings():
        out["document"] = _document_settings(body.document)
    out["members"] = [_member(m) for m in body.members]
    return out


def _document_settings(settings: DocumentSettings) -> dict[str, Any]:
    return {"font": settings.font_name, "font_size": settings.font_size,
            "long_term_margin": settings.long_term_margin,
            "decisions": settings.decision_verb.value}


def _quorum(rule: QuorumRule) -> str | dict[str, int]:
    return {"count": rule.count} if rule.kind is QuorumKind.COUNT else rule.kind.value


def _member(member: Member) -> dict[str, Any]:
    out: dict[str, Any] = {"person": member.person, "role": member.role.value}
    if member.from_ is not None:
        out["from"] = member.from_.isoformat()
    if member.to is not None:
        out["to"] = member.to.isoformat()
    return out


# -- meetings ----------------------------------------------------------------------------------
def _meeting(meeting: Meeting) -> dict[str, Any]:
    own = meeting.language.value
    out: dict[str, Any] = _texts(meeting, own, "title", "kind", always=True)
    out |= {
        "organization": meeting.organization,
        "body": meeting.body,
        "number": meeting.number,
        "date": meeting.date.isoformat(),
    }
    if meeting.start_time is not None:
        out["start_time"] = f"{meeting.start_time:%H:%M}"
    if meeting.end_time is not None:
        out["end_time"] = f"{meeting.end_time:%H:%M}"
    out |= _texts(meeting, own, "place", always=True)
    out |= {"language": own, "status": meeting.status.value}
    if meeting.approval is not None:
        out["approval"] = _approval(meeting.approval)
    out |= _texts(meeting, own, "notes", always=True)
    out |= {
        "organizers": [_entry(e, own) for e in meeting.organizers],
        "attendees": [_attendee(a, own) for a in meeting.attendees],
        "agenda": [_agenda_item(item, own) for item in meeting.agenda],
        "conclusions": [_entry(e, own) for e in meeting.conclusions],
        "history": [_history_entry(h) for h in meeting.history],
    }
    return out


def _approval(approval: Approval) -> dict[str, str]:
    out = {"by": approval.by, "on": approval.on.isoformat()}
    if approval.fingerprint:
        out["fingerprint"] = approval.fingerprint
    return out


def _history_entry(entry: HistoryEntry) -> dict[str, str]:
    out = {"at": f"{entry.at:%Y-%m-%dT%H:%M:%S}"}
    if entry.by:
        out["by"] = entry.by
    out["what"] = entry.what
    if entry.detail:
        out["detail"] = entry.detail
    return out


def _entry(entry: TextEntry, own: str) -> str | dict[str, str]:
    return _text(entry.text, entry.translations, "text", own)


def _attendee(attendee: Attendee, own: str) -> dict[str, Any]:
    if attendee.is_group:
        out: dict[str, Any] = _texts(attendee, own, "group", always=True)
        out["count"] = attendee.count
    else:
        out = {"name": attendee.name}
    out |= _texts(attendee, own, "position", "organization", "degree", "rank")
    out["role"] = attendee.role.value
    if not attendee.present:
        out["present"] = False
    out |= _texts(attendee, own, "absence_reason")
    return out


def _agenda_item(item: AgendaItem, own: str) -> dict[str, Any]:
    return _texts(item, own, "title", always=True) | {
        "presenters": list(item.presenters),
        "heard": [_statement(s, own) for s in item.heard],
        "discussion": [_statement(s, own) for s in item.discussion],
        "proposals": [_statement(s, own) for s in item.proposals],
        "decisions": [_decision(d, own) for d in item.decisions],
        "conclusions": [_entry(e, own) for e in item.conclusions],
    }


def _statement(statement: Statement, own: str) -> dict[str, Any]:
    out = {"speaker": statement.speaker} if statement.speaker else {}
    return out | _texts(statement, own, "text", always=True)


def _decision(decision: Decision, own: str) -> dict[str, Any]:
    out: dict[str, Any] = _texts(decision, own, "text", always=True)
    if decision.vote is not None:
        out["vote"] = _vote(decision.vote)
    if decision.outcome is not None:
        out["outcome"] = decision.outcome.value
    out["actions"] = [_action(a, own) for a in decision.actions]
    return out


def _vote(vote: Vote) -> dict[str, int] | str:
    if vote.unanimous:
        return UNANIMOUS
    return {"for": vote.for_, "against": vote.against, "abstained": vote.abstained}


def _action(action: ActionItem, own: str) -> dict[str, Any]:
    out: dict[str, Any] = _texts(action, own, "task", always=True)
    out["responsible"] = list(action.responsible)
    if action.due is not None:
        out["due"] = action.due.isoformat()
    out["done"] = action.done
    if action.done_on is not None:
        out["done_on"] = action.done_on.isoformat()
    return out | _texts(action, own, "done_note")
