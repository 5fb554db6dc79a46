"""The open meeting: its current snapshot, undoable changes and debounced saving.

Typing never waits for the database: a change only replaces the snapshot in memory and pushes
an undo command. Saving comes in two kinds:
- automatic, `save_in_background()`: one second after the last change and when a field loses
  focus; the snapshot goes to a worker thread (BackgroundSaver) and the call returns at once;
- explicit, `save_now()`: before switching meetings, on undo/redo, before export and on close;
  it waits for a background save still running, then writes the newest snapshot, so nothing
  typed is lost and the writes stay in order.
The snapshot held here is always valid (validate_meeting passes), so it can always be saved; a
change that breaks a rule is refused and its error returned for the field to show.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from minutes_app.domain import DomainError, Meeting, validate_meeting
from minutes_app.services import Services
from minutes_app.ui.editor.background_saver import BackgroundSaver, SaveOutcome, save_reporting
from minutes_app.ui.editor.undo import EditMeetingCommand
from minutes_app.ui.meeting_ref import MeetingRef

AUTOSAVE_DELAY_MS = 1000


class EditSession(QObject):
    """Signals:
    replaced(Meeting | None): a whole new snapshot to display (opened, undo, redo).
    edited(Meeting): the user changed the snapshot (widgets refresh what depends on it).
    saved(Meeting): the snapshot was written (in the background or by save_now).
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
        self._timer.timeout.connect(self.save_in_background)
        self._saver = BackgroundSaver(lambda meeting: services.meetings.save(meeting), self)
        self._saver.finished.connect(self._report)

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

    def save_in_background(self) -> None:
        """The automatic save: hand the snapshot to the worker thread and return at once;
        `saved` or `save_failed` follows. A snapshot already being written is not sent again."""
        self._timer.stop()
        meeting = self._meeting
        if meeting is not None and self.dirty and not self._saver.holds(meeting):
            self._saver.request(meeting)

    def save_now(self) -> bool:
        """Wait for a background save, then write the snapshot if it is still unsaved.

        False when that failed. Used wherever the database must hold what is on screen.
        """
        self._timer.stop()
        self._saver.wait()
        meeting = self._meeting
        if meeting is None or not self.dirty:
            return True
        return self._report(save_reporting(self._services.meetings.save, meeting))

    def shut_down(self) -> None:
        """Save what is pending, then end the worker thread (on closing the editor)."""
        self.save_now()
        self._saver.shut_down()

    def _report(self, outcome: SaveOutcome) -> bool:
        if outcome.error is not None:
            self.save_failed.emit(outcome.error)  # still dirty: the next change or flush retries
            return False
        # The written snapshot (not the stored copy) counts: the widgets show it already. If
        # an edit came meanwhile, the session stays dirty and the restarted timer saves again.
        self._saved = outcome.meeting
        self.saved.emit(outcome.meeting)
        return True
