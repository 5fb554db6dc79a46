"""The meeting's history (issue 10): what changed in a save made after a reopening, and how
such saves are written down — one entry per burst of work, not one per autosave."""

from dataclasses import fields
from datetime import datetime, timedelta

from minutes_app.domain import AgendaItem, HistoryEntry, Meeting

APPROVED = "approved"
REOPENED = "reopened"
CHANGED = "changed after approval"

# Saves by the same person this close to the last "changed" entry are written into it: the
# editor saves every few seconds while a secretary types, and one line per burst is enough.
COLLAPSE_WITHIN = timedelta(minutes=10)

# Not content: set by approve and reopen only, or an identity (or the version it was read at).
_NOT_CONTENT = frozenset({"id", "version", "status", "approval", "history"})
_ITEM_NOT_CONTENT = frozenset({"key"})


def changed_parts(old: Meeting, new: Meeting) -> list[str]:
    """The parts that differ, in the record's order: ["title", "agenda item 2 decisions"]."""
    parts: list[str] = []
    for field in fields(Meeting):
        if field.name in _NOT_CONTENT:
            continue
        if field.name == "agenda":
            parts.extend(_agenda_changes(old.agenda, new.agenda))
        elif getattr(old, field.name) != getattr(new, field.name):
            parts.append(field.name.replace("_", " "))
    return parts


def _agenda_changes(old: tuple[AgendaItem, ...], new: tuple[AgendaItem, ...]) -> list[str]:
    parts = []
    for number in range(1, max(len(old), len(new)) + 1):
        if number > len(old):
            parts.append(f"agenda item {number} added")
        elif number > len(new):
            parts.append(f"agenda item {number} removed")
        else:
            changed = [f.name for f in fields(AgendaItem) if f.name not in _ITEM_NOT_CONTENT
                       and getattr(old[number - 1], f.name) != getattr(new[number - 1], f.name)]
            if changed:
                parts.append(f"agenda item {number} {', '.join(changed)}")
    return parts


def reopened(history: tuple[HistoryEntry, ...]) -> bool:
    """Whether the record was approved once and reopened: its changes are then recorded."""
    return any(entry.what == REOPENED for entry in history)


def with_change(history: tuple[HistoryEntry, ...], parts: list[str], by: str,
                at: datetime) -> tuple[HistoryEntry, ...]:
    """The history with a "changed after approval" entry for `parts`: merged into the last
    entry when that is one by the same person a few minutes before."""
    if not parts:
        return history
    last = history[-1] if history else None
    if (last is not None and last.what == CHANGED and last.by == by
            and timedelta(0) <= at - last.at <= COLLAPSE_WITHIN):
        earlier = last.detail.split("; ") if last.detail else []
        merged = earlier + [part for part in parts if part not in earlier]
        return (*history[:-1], HistoryEntry(at, CHANGED, by, "; ".join(merged)))
    return (*history, HistoryEntry(at, CHANGED, by, "; ".join(parts)))
