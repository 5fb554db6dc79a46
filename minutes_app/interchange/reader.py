"""Reading Minutes JSON into domain snapshots: strict, all or nothing, the first problem named.

The JSON structure is checked here (keys, types, formats); the rules of a meeting are the
domain's: its constructors and `validate_meeting` raise DomainError with a field, which becomes
the path below the meeting (`meetings[1].attendees[2].role`).
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Archive,
    Attendee,
    Decision,
    DomainError,
    Language,
    Meeting,
    Outcome,
    Role,
    Statement,
    Status,
    Vote,
    validate_meeting,
)
from minutes_app.interchange.errors import InterchangeError
from minutes_app.interchange.fields import Fields, child_path, decode, describe, quote
from minutes_app.interchange.schema import (
    ACTION_KEYS,
    AGENDA_KEYS,
    ATTENDEE_KEYS,
    DECISION_KEYS,
    DOCUMENT_KEYS,
    FORMAT,
    MEETING_KEYS,
    STATEMENT_KEYS,
    UNANIMOUS,
    VERSION,
    VOTE_KEYS,
)


def parse_document(data: bytes | str) -> list[Meeting]:
    """The meetings of a Minutes JSON document; raises InterchangeError at the first problem."""
    document = Fields(decode(data), "document", DOCUMENT_KEYS, prefix="")
    fmt = document.get("format")
    if fmt != FORMAT:
        message = f"unsupported format {describe(fmt)}, expected {quote(FORMAT)}"
        raise InterchangeError("format", message)
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version != VERSION:
        message = f"unsupported version {describe(version)}, this program reads version {VERSION}"
        raise InterchangeError("version", message)
    return [_meeting(path, value) for path, value in document.items("meetings", required=True)]


@contextmanager
def _domain_rules(path: str) -> Iterator[None]:
    """Report a broken domain rule at its field below `path`."""
    try:
        yield
    except DomainError as error:
        raise InterchangeError(child_path(path, error.field), error.message) from None


def _meeting(path: str, value: Any) -> Meeting:
    fields = Fields(value, path, MEETING_KEYS)
    with _domain_rules(path):
        meeting = Meeting(
            title=fields.text("title", required=True),
            kind=fields.text("kind"),
            organization=fields.text("organization"),
            body=fields.text("body"),
            number=fields.text("number"),
            date=fields.day("date", required=True),
            start_time=fields.clock("start_time"),
            end_time=fields.clock("end_time"),
            place=fields.text("place"),
            language=fields.choice("language", Language, Language.RU),
            status=fields.choice("status", Status, Status.DRAFT),
            notes=fields.text("notes"),
            attendees=tuple(_attendee(p, v) for p, v in fields.items("attendees")),
            agenda=tuple(_agenda_item(p, v) for p, v in fields.items("agenda")),
        )
        validate_meeting(meeting)
    return meeting


def _attendee(path: str, value: Any) -> Attendee:
    fields = Fields(value, path, ATTENDEE_KEYS)
    if fields.has("name") and fields.has("group"):
        raise InterchangeError(path, 'either "name" (a person) or "group" (with "count"), not both')
    if fields.has("group"):
        group = fields.text("group", required=True)
        if not fields.has("count"):
            raise InterchangeError(path, 'a group needs a head count ("count")')
        name, count = "", fields.count("count", minimum=1)
    elif fields.has("name"):
        if fields.has("count"):
            raise InterchangeError(fields.at("count"), "a head count belongs only to a group")
        group, count, name = "", None, fields.name("name", required=True)
    else:
        raise InterchangeError(path, 'missing key "name" (a person) or "group" (with "count")')
    present = fields.flag("present", True)
    absence_reason = fields.text("absence_reason")
    if present and absence_reason:
        message = "an absence reason is only for someone absent (present: false)"
        raise InterchangeError(fields.at("absence_reason"), message)
    with _domain_rules(path):
        return Attendee(
            name=name,
            group=group,
            count=count,
            position=fields.text("position"),
            organization=fields.text("organization"),
            role=fields.choice("role", Role, Role.MEMBER),
            present=present,
            absence_reason=absence_reason,
        )


def _agenda_item(path: str, value: Any) -> AgendaItem:
    fields = Fields(value, path, AGENDA_KEYS)
    return AgendaItem(
        title=fields.text("title", required=True),
        presenters=fields.names("presenters"),
        heard=tuple(_statement(p, v) for p, v in fields.items("heard")),
        discussion=tuple(_statement(p, v) for p, v in fields.items("discussion")),
        decisions=tuple(_decision(p, v) for p, v in fields.items("decisions")),
    )


def _statement(path: str, value: Any) -> Statement:
    fields = Fields(value, path, STATEMENT_KEYS)
    # The editor stores an entry as soon as its speaker is chosen, before its text is typed;
    # such an entry must survive a backup, so an empty text is accepted here.
    return Statement(speaker=fields.name("speaker"), text=fields.text("text"))


def _decision(path: str, value: Any) -> Decision:
    fields = Fields(value, path, DECISION_KEYS)
    return Decision(
        text=fields.text("text", required=True),
        vote=_vote(fields.at("vote"), fields.get("vote")) if fields.has("vote") else None,
        outcome=fields.choice("outcome", Outcome, None),
        actions=tuple(_action(p, v) for p, v in fields.items("actions")),
    )


def _vote(path: str, value: Any) -> Vote:
    if value == UNANIMOUS:
        return Vote(unanimous=True)
    if not isinstance(value, dict):
        expected = '{"for", "against", "abstained"} or "unanimous"'
        raise InterchangeError(path, f"expected {expected}, not {describe(value)}")
    fields = Fields(value, path, VOTE_KEYS)
    with _domain_rules(path):
        return Vote(
            for_=fields.count("for"),
            against=fields.count("against"),
            abstained=fields.count("abstained"),
        )


def _action(path: str, value: Any) -> ActionItem:
    fields = Fields(value, path, ACTION_KEYS)
    return ActionItem(
        task=fields.text("task", required=True),
        responsible=fields.names("responsible"),
        due=fields.day("due"),
        done=fields.flag("done", False),
    )


def parse_archive(data: bytes | str) -> Archive:
    """A version 1 or 2 document, whole (CONTRACT, issue 8): organisations, people, bodies and
    meetings; all or nothing, like `parse_document`."""
    raise NotImplementedError
