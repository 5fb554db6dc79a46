"""Undo commands that create and delete whole meetings.

Deleting keeps the last snapshot; undoing creates the meeting again (with a new database id)
and re-points every MeetingRef on the stack, so older edits of that meeting still undo.
"""

from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from minutes_app.domain import DomainError, Meeting
from minutes_app.services import ServiceError, Services
from minutes_app.ui.error_text import describe
from minutes_app.ui.meeting_ref import MeetingRef, rebind_refs


class MeetingHost(Protocol):
    """What the commands need from the main window."""

    services: Services
    undo_stack: QUndoStack

    def meeting_removing(self, meeting_id: int) -> None: ...  # save pending typing, close it
    def meeting_kept(self, meeting_id: int) -> None: ...  # not removed after all: show it
    def meeting_removed(self, meeting_id: int) -> None: ...
    def meeting_restored(self, meeting: Meeting) -> None: ...  # list it and select it
    def report_error(self, message: str) -> None: ...


class _MeetingLifeCommand(QUndoCommand):
    """Shared halves: take the meeting out of the database, or put its snapshot back."""

    def __init__(self, host: MeetingHost, text: str) -> None:
        super().__init__(text)
        self._host = host
        self.meeting_ref: MeetingRef | None = None
        self._snapshot: Meeting | None = None

    def _remove(self) -> None:
        if self.meeting_ref is None:
            return
        meeting_id = self.meeting_ref.id
        self._host.meeting_removing(meeting_id)
        try:
            self._snapshot = self._host.services.meetings.delete(meeting_id)
        except ServiceError as error:
            self._host.meeting_kept(meeting_id)
            self._fail(describe(error))
            return
        self._host.meeting_removed(meeting_id)

    def _restore(self) -> None:
        if self._snapshot is None:
            return
        try:
            created = self._host.services.meetings.create(replace(self._snapshot, id=None))
        except (ServiceError, DomainError) as error:
            self._fail(describe(error))
            return
        assert created.id is not None
        if self.meeting_ref is None:
            self.meeting_ref = MeetingRef(created.id)
        elif self.meeting_ref.id != created.id:
            rebind_refs(self._host.undo_stack, self.meeting_ref.id, created.id)
            self.meeting_ref.id = created.id
        self._host.meeting_restored(created)

    def _fail(self, message: str) -> None:
        # An obsolete command is dropped by the stack, so a failed step cannot be replayed.
        self.setObsolete(True)
        self._host.report_error(message)


class CreateMeetingCommand(_MeetingLifeCommand):
    """Create `draft` (a new or next meeting); undo deletes it again."""

    def __init__(self, host: MeetingHost, draft: Meeting) -> None:
        super().__init__(host, QCoreApplication.translate("MeetingCommands", "create meeting"))
        self._snapshot = draft

    def redo(self) -> None:
        self._restore()

    def undo(self) -> None:
        self._remove()


class DeleteMeetingCommand(_MeetingLifeCommand):
    """Delete a stored meeting; undo creates it again from its last snapshot."""

    def __init__(self, host: MeetingHost, meeting_id: int) -> None:
        super().__init__(host, QCoreApplication.translate("MeetingCommands", "delete meeting"))
        self.meeting_ref = MeetingRef(meeting_id)

    def redo(self) -> None:
        self._remove()

    def undo(self) -> None:
        self._restore()
