"""The undo command of every edit made in the meeting editor.

A command holds the meeting's snapshot before and after the edit and a `MeetingRef` (in an
attribute, so the shell's `rebind_refs` can re-point it when a deleted meeting comes back with
a new id). Typing in one field is one command: consecutive commands with the same merge key
merge, and a burst that ends where it started drops out of the stack.
"""

from dataclasses import replace
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from minutes_app.domain import Meeting
from minutes_app.ui.meeting_ref import MeetingRef

_MERGEABLE = 0x6D65  # any fixed number: Qt only tries to merge commands with equal id()


class SnapshotTarget(Protocol):
    def accept_edit(self, meeting: Meeting) -> None: ...  # the user's edit, already on screen
    def show_snapshot(self, meeting: Meeting) -> None: ...  # undo/redo: display and save


class EditMeetingCommand(QUndoCommand):
    def __init__(
        self,
        target: SnapshotTarget,
        meeting_ref: MeetingRef,
        before: Meeting,
        after: Meeting,
        text: str,
        merge_key: str = "",
    ) -> None:
        super().__init__(text)
        self.meeting_ref = meeting_ref
        self._target = target
        self._before = before
        self._after = after
        self._merge_key = merge_key
        self._done_once = False

    def id(self) -> int:
        return _MERGEABLE if self._merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, EditMeetingCommand)
            and other._merge_key == self._merge_key
            and other.meeting_ref.id == self.meeting_ref.id
        ):
            return False
        self._after = other._after
        self.setObsolete(self._after == self._before)
        return True

    def redo(self) -> None:
        if not self._done_once:
            # QUndoStack.push() calls redo(): the first time, the edit is already on screen.
            self._done_once = True
            self._target.accept_edit(self._after)
            return
        self._target.show_snapshot(self._for_current_id(self._after))

    def undo(self) -> None:
        self._target.show_snapshot(self._for_current_id(self._before))

    def _for_current_id(self, meeting: Meeting) -> Meeting:
        return replace(meeting, id=self.meeting_ref.id)
