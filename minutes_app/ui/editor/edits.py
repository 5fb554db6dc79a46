"""Structural changes of a meeting snapshot, addressed by the children's keys.

Pure functions over the immutable domain snapshots (no Qt, no rules): the editor builds each
user change as "old meeting -> new meeting" with these, so a change made on one agenda item
still lands on that item after the list was reordered.
"""

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Decision,
    Meeting,
    Role,
    Statement,
    TextEntry,
)


class _Keyed(Protocol):
    @property
    def key(self) -> str: ...


K = TypeVar("K", bound=_Keyed)
MeetingChange = Callable[[Meeting], Meeting]
STATEMENT_KINDS = ("heard", "discussion", "proposals")
TextEntries = tuple[TextEntry, ...]
TextsChange = Callable[[TextEntries], TextEntries]
# Where a list of texts lives in the meeting: applies a change of that list to the meeting.
TextsPlace = Callable[[Meeting, TextsChange], Meeting]


def index_of(items: Sequence[K], key: str) -> int:
    """Position of the child with `key`, or -1."""
    return next((i for i, item in enumerate(items) if item.key == key), -1)


def find(items: Sequence[K], key: str | None) -> K | None:
    return next((item for item in items if item.key == key), None) if key else None


def replace_keyed(items: tuple[K, ...], key: str, change: Callable[[K], K]) -> tuple[K, ...]:
    return tuple(change(item) if item.key == key else item for item in items)


def remove_keyed(items: tuple[K, ...], key: str) -> tuple[K, ...]:
    return tuple(item for item in items if item.key != key)


def insert_at(items: tuple[K, ...], index: int, new: K) -> tuple[K, ...]:
    index = max(0, min(index, len(items)))
    return (*items[:index], new, *items[index:])


def move_keyed(items: tuple[K, ...], key: str, target: int) -> tuple[K, ...]:
    """Move the child with `key` so that it ends up at position `target`."""
    source = index_of(items, key)
    if source < 0:
        return items
    rest = items[:source] + items[source + 1 :]
    return insert_at(rest, target, items[source])


def edit_attendee(meeting: Meeting, key: str, change: Callable[[Attendee], Attendee]) -> Meeting:
    return replace(meeting, attendees=replace_keyed(meeting.attendees, key, change))


def edit_item(meeting: Meeting, key: str, change: Callable[[AgendaItem], AgendaItem]) -> Meeting:
    return replace(meeting, agenda=replace_keyed(meeting.agenda, key, change))


def edit_statement(
    meeting: Meeting, item_key: str, kind: str, key: str, change: Callable[[Statement], Statement]
) -> Meeting:
    def on_item(item: AgendaItem) -> AgendaItem:
        return replace(item, **{kind: replace_keyed(getattr(item, kind), key, change)})

    return edit_item(meeting, item_key, on_item)


def edit_decision(
    meeting: Meeting, item_key: str, key: str, change: Callable[[Decision], Decision]
) -> Meeting:
    def on_item(item: AgendaItem) -> AgendaItem:
        return replace(item, decisions=replace_keyed(item.decisions, key, change))

    return edit_item(meeting, item_key, on_item)


def edit_action(
    meeting: Meeting,
    item_key: str,
    decision_key: str,
    key: str,
    change: Callable[[ActionItem], ActionItem],
) -> Meeting:
    def on_decision(decision: Decision) -> Decision:
        return replace(decision, actions=replace_keyed(decision.actions, key, change))

    return edit_decision(meeting, item_key, decision_key, on_decision)


def meeting_texts(field: str) -> TextsPlace:
    """The meeting's own list of texts `field`: "organizers" or "conclusions"."""

    def place(meeting: Meeting, change: TextsChange) -> Meeting:
        return replace(meeting, **{field: change(getattr(meeting, field))})

    return place


def item_conclusions(item_key: str) -> TextsPlace:
    """The conclusions of the agenda item with `item_key`."""

    def place(meeting: Meeting, change: TextsChange) -> Meeting:
        return edit_item(meeting, item_key, lambda i: replace(i, conclusions=change(i.conclusions)))

    return place


def appoint(meeting: Meeting, role: Role, key: str | None) -> Meeting:
    """Give `role` (chair or secretary) to the attendee with `key`, or to nobody.

    The one who held it before becomes a member: the choice is made in one place (the chair
    and secretary pickers), so at most one of each exists by construction.
    """

    def reassign(attendee: Attendee) -> Attendee:
        if attendee.key == key:
            return replace(attendee, role=role)
        if attendee.role is role:
            return replace(attendee, role=Role.MEMBER)
        return attendee

    return replace(meeting, attendees=tuple(reassign(a) for a in meeting.attendees))
