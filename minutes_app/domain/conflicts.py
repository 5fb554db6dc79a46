"""Two people edited the same record (issue 13, "No lost updates"): the error a save raises
when the record changed after it was read, and what differs between the two versions.

Every edited record (a meeting with all its parts, a person, a body) carries the `version` it
was read at. A save names that version; when the stored one is newer, nothing is written and
`EditConflict` says whose change came first, when, and which parts differ, so that the window
can offer "keep mine", "take theirs" and a comparison. The parts are named by codes and
numbers ("decision", agenda item 2, number 1), never by sentences: the window words them in
the user's language; `Difference.where` is the English for logs and the command line.
"""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime, time
from enum import Enum
from typing import Any, Generic, TypeVar

from minutes_app.domain.errors import DomainError
from minutes_app.domain.model import (
    ActionItem,
    AgendaItem,
    Attendee,
    Body,
    Decision,
    Meeting,
    Member,
    Person,
    Statement,
    TextEntry,
    Vote,
)
from minutes_app.domain.texts import Translations

T = TypeVar("T", Meeting, Person, Body)

# Not what a person edits: identities, the version itself, and what only approve and reopen
# set (a save keeps the stored status, approval and history whatever the snapshot says).
_NOT_EDITED = frozenset({"id", "version", "key", "status", "approval", "history"})


@dataclass(frozen=True, slots=True)
class Difference:
    """One part that differs between our version and theirs.

    `part`: a field of the record ("title", "date", "attendees", "surname", "members") or of
    an agenda item ("item", "presenters", "heard", "discussion", "proposal", "decision",
    "conclusion"); "item" is a whole agenda item, its title or one only one side has.
    `item`: the agenda item's number (1-based, ours when we have it); None: the record's head.
    `number`: the entry's number among its kind in the item (decision 2); None for a field.
    `fields`: for an entry, which of its fields differ ("text", "vote", "actions", ...).
    `ours`, `theirs`: the values as text; "" where that side has none (added or removed).
    """

    part: str
    ours: str
    theirs: str
    item: int | None = None
    number: int | None = None
    fields: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        """In English: "title", "agenda item 2 decision 1"."""
        words = [f"agenda item {self.item}"] if self.item is not None else []
        if self.part != "item" or self.item is None:
            words.append(self.part)
        if self.number is not None:
            words.append(str(self.number))
        return " ".join(words)


class EditConflict(DomainError, Generic[T]):
    """The record was saved by someone else after `ours` was read: nothing was written.

    `ours`: what we tried to save; `theirs`: the record as stored now, read fresh (its
    `version` is the one "keep mine" saves over); `changed_by`, `changed_at` (UTC; None when
    not known): who stored theirs and when; `differences`: what differs, in the record's order
    (empty when the two differ only in what nobody edits, such as the status).
    """

    def __init__(self, ours: T, theirs: T, changed_by: str, changed_at: datetime | None,
                 differences: Sequence[Difference]) -> None:
        self.ours: T = ours
        self.theirs: T = theirs
        self.changed_by, self.changed_at = changed_by, changed_at
        self.differences = tuple(differences)
        who = changed_by or "someone else"
        when = f" at {changed_at:%Y-%m-%d %H:%M} UTC" if changed_at is not None else ""
        parts = ", ".join(d.where for d in self.differences[:5]) or "no part you edit"
        super().__init__(f"this {self.kind} was changed by {who}{when} after it was opened "
                         f"here ({parts}): nothing was saved")

    @property
    def kind(self) -> str:
        """"meeting", "person" or "body"."""
        return type(self.theirs).__name__.lower()


def differences(ours: T, theirs: T) -> tuple[Difference, ...]:
    """What differs between two versions of one record (a meeting, a person or a body)."""
    if isinstance(ours, Meeting) and isinstance(theirs, Meeting):
        return tuple(_meeting_differences(ours, theirs))
    return tuple(_field_differences(ours, theirs))


def _field_differences(ours: Any, theirs: Any, item: int | None = None) -> Iterator[Difference]:
    for f in fields(ours):
        if f.name in _NOT_EDITED or f.name == "agenda":
            continue
        mine, other = getattr(ours, f.name), getattr(theirs, f.name)
        if mine != other:
            yield Difference(f.name, as_text(mine), as_text(other), item)


def _meeting_differences(ours: Meeting, theirs: Meeting) -> Iterator[Difference]:
    yield from _field_differences(ours, theirs)
    their_items = {item.key: (n, item) for n, item in enumerate(theirs.agenda, 1)}
    for number, item in enumerate(ours.agenda, 1):
        found = their_items.pop(item.key, None)
        if found is None:
            yield Difference("item", item.title, "", number)
        else:
            yield from _item_differences(item, found[1], number)
    for number, item in their_items.values():
        yield Difference("item", "", item.title, number)


def _item_differences(ours: AgendaItem, theirs: AgendaItem, number: int) -> Iterator[Difference]:
    if ours.title != theirs.title:
        yield Difference("item", ours.title, theirs.title, number)
    for name in ("presenters", "translations"):
        if getattr(ours, name) != getattr(theirs, name):
            yield Difference(name, as_text(getattr(ours, name)),
                             as_text(getattr(theirs, name)), number)
    kinds: tuple[tuple[str, Callable[[AgendaItem], Sequence[Any]]], ...] = (
        ("heard", lambda i: i.heard), ("discussion", lambda i: i.discussion),
        ("proposal", lambda i: i.proposals), ("decision", lambda i: i.decisions),
        ("conclusion", lambda i: i.conclusions))
    for part, entries in kinds:
        yield from _entry_differences(part, entries(ours), entries(theirs), number)


def _entry_differences(part: str, ours: Sequence[Any], theirs: Sequence[Any],
                       item: int) -> Iterator[Difference]:
    """Entries matched by key: one changed on either side, or found on one side only."""
    their_entries = {entry.key: (n, entry) for n, entry in enumerate(theirs, 1)}
    for number, entry in enumerate(ours, 1):
        found = their_entries.pop(entry.key, None)
        if found is None:
            yield Difference(part, as_text(entry), "", item, number)
        elif found[1] != entry:
            changed = tuple(f.name for f in fields(entry) if f.name not in _NOT_EDITED
                            and getattr(entry, f.name) != getattr(found[1], f.name))
            yield Difference(part, as_text(entry), as_text(found[1]), item, number, changed)
    for number, entry in their_entries.values():
        yield Difference(part, "", as_text(entry), item, number)


def as_text(value: object) -> str:
    """A value as a person reads it: names, texts, ISO dates, vote counts."""
    match value:
        case None:
            return ""
        case str():
            return value
        case bool():
            return "yes" if value else "no"
        case Enum():
            return str(value.value)
        case datetime() | date() | time():
            return value.isoformat()
        case tuple() | list():
            return "; ".join(text for text in map(as_text, value) if text)
        case Translations():
            return "; ".join(f"{field} [{language}]: {text}"
                             for field, language, text in value.entries)
    if isinstance(value, Attendee):
        return value.name or f"{value.group} ({value.count})"
    if isinstance(value, Statement):
        return f"{value.speaker}: {value.text}" if value.speaker else value.text
    if isinstance(value, Decision):
        tasks = as_text(value.actions)
        return " ".join(filter(None, (value.text, as_text(value.vote),
                                      f"[{tasks}]" if tasks else "")))
    if isinstance(value, Vote):
        return "(unanimous)" if value.unanimous else (
            f"({value.for_} for, {value.against} against, {value.abstained} abstained)")
    if isinstance(value, ActionItem):
        details = [", ".join(value.responsible), as_text(value.due), as_text(value.done_on)]
        return " — ".join([value.task, *filter(None, details)])
    if isinstance(value, TextEntry):
        return value.text
    if isinstance(value, Member):
        dates = "–".join(as_text(d) for d in (value.from_, value.to)) if (
            value.from_ or value.to) else ""
        return " ".join(filter(None, (value.person, f"({value.role.value})", dates)))
    if is_dataclass(value) and not isinstance(value, type):
        return ", ".join(text for f in fields(value) if (text := as_text(getattr(value, f.name))))
    return str(value)
