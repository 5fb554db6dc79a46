"""The open meeting: its current snapshot, undoable changes and debounced saving.

Typing never waits for the database: a change only replaces the snapshot in memory and pushes
an undo command; the snapshot is written one second after the last change, when a field loses
focus and on `save_now()`. The snapshot held here is always valid (validate_meeting passes),
so it can always be saved; a change that breaks a rule is refused and its error returned for
the field to show.
"""

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from minutes_app.domain import DomainError, Meeting, validate_meeting
from minutes_app.services import ServiceError, Services
from minutes_app.ui.editor.undo import EditMeetingCommand
from minutes_app.ui.meeting_ref import MeetingRef

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1000


class EditSession(QObject):
    """Signals:
    replaced(Meeting | None): a whole new snapshot to display (opened, undo, redo).
    edited(Meeting): the user changed the snapshot (widgets refresh what depends on it).
    saved(Meeting): the snapshot was written.
    save_failed(str): one line saying why it was not written.
    switched(int): undo/redo brought another meeting into the editor.
    """

    replaced = Signal(object)
    edited = Signal(object)
    saved = Signal(object)
    save_failed = Signal(str)
    switched = Signal(int)

    def __init__(self, services: Services, undo_stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        self._services = services
        self._undo_stack = undo_stack
        self._meeting: Meeting | None = None
        self._saved: Meeting | None = None
        self._ref: MeetingRef | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    @property
    def meeting(self) -> Meeting | None:
        return self._meeting

    @property
    def dirty(self) -> bool:
        return self._meeting is not None and self._meeting is not self._saved

    def open(self, meeting: Meeting | None) -> None:
        """Show a stored snapshot (None: nothing open); pending changes are saved first."""
        self.save_now()
        self._meeting = self._saved = meeting
        self._ref = MeetingRef(meeting.id) if meeting is not None and meeting.id else None
        self.replaced.emit(meeting)

    def change(
        self, text: str, change: Callable[[Meeting], Meeting], merge_key: str = ""
    ) -> DomainError | None:
        """Apply a user's change as one undoable step; a broken rule is returned, not applied.

        `merge_key` names the field being typed into: consecutive changes with the same key
        become one undo step.
        """
        if self._meeting is None or self._ref is None:
            return None
        try:
            after = change(self._meeting)
            validate_meeting(after)
        except DomainError as error:
            return error
        if after != self._meeting:
            command = EditMeetingCommand(self, self._ref, self._meeting, after, text, merge_key)
            self._undo_stack.push(command)
        return None

    def accept_edit(self, meeting: Meeting) -> None:
        self._meeting = meeting
        self._timer.start()
        self.edited.emit(meeting)

    def show_snapshot(self, meeting: Meeting) -> None:
        """Display `meeting` (switching to it if another one is open) and save it now."""
        switching = self._meeting is None or meeting.id != self._meeting.id
        if switching:
            self.save_now()
            self._ref = MeetingRef(meeting.id) if meeting.id else None
        self._meeting = meeting
        self.replaced.emit(meeting)
        self.save_now()
        if switching and meeting.id:
            self.switched.emit(meeting.id)

    def save_now(self) -> bool:
        """Write the snapshot if it changed since the last save; False when that failed."""
        self._timer.stop()
        meeting = self._meeting
        if meeting is None or not self.dirty:
            return True
        try:
            self._services.meetings.save(meeting)
        except (DomainError, ServiceError) as error:
            self.save_failed.emit(str(error))
            return False
        except Exception as error:  # the window must survive a broken connection or disk
            log.exception("saving meeting %s failed", meeting.id)
            self.save_failed.emit(f"{type(error).__name__}: {error}".splitlines()[0])
            return False
        # Our snapshot (not the returned copy) stays current: the widgets show it already.
        self._saved = meeting
        self.saved.emit(meeting)
        return True
