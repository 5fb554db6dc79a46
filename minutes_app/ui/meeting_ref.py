"""A meeting's database id that undo commands share and that can change.

Undoing "Delete meeting" creates the meeting again, and the database gives it a new id. Every
undo command that names a meeting holds a `MeetingRef` (not a bare int) in an attribute, so the
shell can point all of them at the new id with `rebind_refs` and older edits still undo onto
the right meeting.
"""

from PySide6.QtGui import QUndoStack


class MeetingRef:
    """A mutable holder of one meeting id (compared by identity, never by value)."""

    __slots__ = ("id",)

    def __init__(self, meeting_id: int) -> None:
        self.id = meeting_id

    def __repr__(self) -> str:
        return f"MeetingRef({self.id})"


def rebind_refs(stack: QUndoStack, old_id: int, new_id: int) -> int:
    """Point every MeetingRef held by a command on `stack` from `old_id` to `new_id`.

    Looks at each command's attributes (and its children's); returns how many refs changed.
    """
    seen: set[int] = set()
    changed = 0
    for index in range(stack.count()):
        pending = [stack.command(index)]
        while pending:
            command = pending.pop()
            pending.extend(command.child(i) for i in range(command.childCount()))
            for value in getattr(command, "__dict__", {}).values():
                if isinstance(value, MeetingRef) and id(value) not in seen:
                    seen.add(id(value))
                    if value.id == old_id:
                        value.id = new_id
                        changed += 1
    return changed
