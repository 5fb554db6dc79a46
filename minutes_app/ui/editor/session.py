"""The open meeting: its current snapshot, undoable changes and debounced saving.

Typing never waits for the database: a change only replaces the snapshot in memory and pushes
an undo command. Saving comes in two kinds:
- automatic, `save_in_background()`: one second after the last change, at least every five
  seconds while changes keep coming (a steady typist never pauses for a second), and when a
  field loses focus; the snapshot goes to a worker thread (BackgroundSaver) and the call
  returns at once. The worker waits the database's full busy timeout;
- explicit, `save_now()`: before switching meetings, on undo/redo, before export and on close;
  it waits for a background save still running, then writes the newest snapshot, so nothing
  typed is lost and the writes stay in order. It runs on the GUI thread, so it waits only a
  moment for the database (GUI_WAIT_SECONDS) and for the worker (WORKER_WAIT_SECONDS): a busy
  database makes it fail at once instead of freezing the window.
A failed save keeps the snapshot (the session stays dirty), reports the error and is tried
again in the background after 2 s, 5 s and then every 15 s, and on the next change.
The snapshot held here is always valid (validate_meeting passes), so it can always be saved; a
change that breaks a rule is refused and its error returned for the field to show. In
read-only mode every change is refused.
"""

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from minutes_app.domain import DomainError, Meeting, validate_meeting
from minutes_app.services import MeetingNotFound, ServiceError, Services
from minutes_app.services.errors import MeetingApproved
from minutes_app.services.transactions import StorageFailure
from minutes_app.ui.editor.background_saver import BackgroundSaver, SaveOutcome, save_reporting
from minutes_app.ui.editor.undo import EditMeetingCommand
from minutes_app.ui.meeting_ref import MeetingRef

AUTOSAVE_DELAY_MS = 1000  # a pause this long saves
AUTOSAVE_MAX_WAIT_MS = 5000  # changes that keep coming are saved at least this often
RETRY_DELAYS_MS = (2000, 5000, 15000)  # after a failed save; the last one repeats
GUI_WAIT_SECONDS = 0.3  # how long an explicit save waits for another program's write lock
WORKER_WAIT_SECONDS = 1.0  # how long it waits for a background save still running


class StillSaving(StorageFailure):
    """An explicit save could not start: the background save before it is still waiting for
    the database (another program holds its write lock). A "busy" failure: nothing is lost,
    and it is tried again."""

    def __init__(self) -> None:
        ServiceError.__init__(self, "the previous save is still waiting for the database, "
                                    "which is busy in another program: nothing was saved")
        self.kind = "busy"
        self.detail = "a background save is still running"


def _single_shot(milliseconds: int, parent: QObject, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(milliseconds)
    timer.timeout.connect(slot)
    return timer


class EditSession(QObject):
    """Signals:
    replaced(Meeting | None): a whole new snapshot to display (opened, undo, redo).
    edited(Meeting): the user changed the snapshot (widgets refresh what depends on it).
    saved(Meeting): the snapshot was written (in the background or by save_now).
    save_failed(Exception): why it was not written (ui.error_text.describe says it).
    switched(int): undo/redo brought another meeting into the editor.
    """

    replaced = Signal(object)
    edited = Signal(object)
    saved = Signal(object)
    save_failed = Signal(object)
    switched = Signal(int)

    def __init__(self, services: Services, undo_stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        self._services = services
        self._undo_stack = undo_stack
        self._meeting: Meeting | None = None
        self._saved: Meeting | None = None
        self._ref: MeetingRef | None = None
        # The stored version of each meeting as this window last read or wrote it (issue 13):
        # a save names it, so that another client's save in between is an EditConflict, not a
        # lost update. The snapshots (and the undo stack's) keep the version they were read
        # at; our own saves move it on here.
        self._versions: dict[int, int] = {}
        self._read_only = False
        self.author = ""  # who changes the minutes: the history names them after a reopening
        self._held = False  # saving paused while the database file is being replaced
        self._timer = _single_shot(AUTOSAVE_DELAY_MS, self, self.save_in_background)
        self._max_wait = _single_shot(AUTOSAVE_MAX_WAIT_MS, self, self.save_in_background)
        self._retry = _single_shot(RETRY_DELAYS_MS[0], self, self.save_in_background)
        self._failures = 0  # failed saves in a row: the retry waits longer each time
        # The worker keeps the connection's full busy timeout: it never holds up the window.
        self._saver = BackgroundSaver(self._save, self)
        self._saver.finished.connect(self._report)

    @property
    def meeting(self) -> Meeting | None:
        return self._meeting

    @property
    def dirty(self) -> bool:
        return self._meeting is not None and self._meeting is not self._saved

    @property
    def retrying(self) -> bool:
        """A failed save will be tried again by itself."""
        return self._retry.isActive()

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """Refuse (True) or accept again (False) every change."""
        self._read_only = read_only

    def hold(self) -> bool:
        """Pause every save (the database file is about to be replaced): the changes stay here
        unsaved until `release`. False, holding nothing, while a background save still runs."""
        if not self.settle():
            return False
        self._held = True
        self._stop_saving()
        return True

    def release(self) -> None:
        """Saving goes on: changes held back are written to the database as it is now."""
        self._held = False
        if self.dirty:
            self._retry.start(0)

    def open(self, meeting: Meeting | None, *, discard: bool = False) -> bool:
        """Show a stored snapshot (None: nothing open); pending changes are saved first.

        False, changing nothing, when they could not be saved. `discard`: drop them unsaved
        (still False while a background save runs: its outcome must come first).
        """
        if discard:
            if not self.settle():
                return False
            self._stop_saving()
        elif not self.save_now():
            return False
        self._failures = 0
        self._meeting = self._saved = meeting
        if meeting is not None and meeting.id is not None:
            self._versions[meeting.id] = meeting.version
        self._ref = MeetingRef(meeting.id) if meeting is not None and meeting.id else None
        self.replaced.emit(meeting)
        return True

    def settle(self) -> bool:
        """Wait (a moment at most) for a background save to end and report it; False when
        it is still running (save_failed says so). Before reading what is stored."""
        if self._saver.wait(WORKER_WAIT_SECONDS):
            return True
        self._failed(StillSaving())
        return False

    def change(
        self, text: str, change: Callable[[Meeting], Meeting], merge_key: str = "",
        wrap: Callable[[EditMeetingCommand], QUndoCommand] | None = None,
    ) -> DomainError | None:
        """Apply a user's change as one undoable step; a broken rule is returned, not applied.

        `merge_key` names the field being typed into: consecutive changes with the same key
        become one undo step. `wrap` puts the edit inside a larger command (one that also
        changes the directory) before it is pushed.
        """
        if self._meeting is None or self._ref is None or self._read_only:
            return None
        try:
            after = change(self._meeting)
            validate_meeting(after)
        except DomainError as error:
            return error
        if after != self._meeting:
            command = EditMeetingCommand(self, self._ref, self._meeting, after, text, merge_key)
            self._undo_stack.push(wrap(command) if wrap is not None else command)
        return None

    def accept_edit(self, meeting: Meeting) -> None:
        self._meeting = meeting
        self._timer.start()  # restarts: the save waits for a pause ...
        if not self._max_wait.isActive():
            self._max_wait.start()  # ... but not longer than this while changes keep coming
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
        self._stop_saving()
        meeting = self._meeting
        if self._held:
            return
        if meeting is not None and self.dirty and not self._saver.holds(meeting):
            self._saver.request(meeting)

    def save_now(self) -> bool:
        """Wait for a background save, then write the snapshot if it is still unsaved.

        False when that failed (`save_failed` said why; it is retried in the background).
        Used wherever the database must hold what is on screen. Waits a moment at most.
        """
        self._stop_saving()
        if self._held:
            return not self.dirty
        if not self.settle():
            return False  # the worker's own outcome comes later
        meeting = self._meeting
        if meeting is None or not self.dirty:
            return True
        return self._report(save_reporting(self._save_on_gui_thread, meeting))

    def shut_down(self) -> None:
        """Save what is pending, then end the worker thread (on closing the editor)."""
        self.save_now()
        self._stop_saving()  # no retry after this
        self._saver.shut_down()

    def _save_on_gui_thread(self, meeting: Meeting) -> object:
        return self._save(meeting, GUI_WAIT_SECONDS)

    def _save(self, meeting: Meeting, wait_seconds: float | None = None) -> Meeting:
        """The service's save; `by` (for the history) when the settings name the document's
        author, `wait_seconds` when given (else the connection's busy timeout)."""
        options: dict[str, Any] = {}
        if wait_seconds is not None:
            options["wait_seconds"] = wait_seconds
        if self.author:
            options["by"] = self.author
        stored = self._services.meetings.save(self.as_read(meeting), **options)
        if stored.id is not None:  # saves run one at a time: no other thread writes this
            self._versions[stored.id] = stored.version
        return stored

    def adopt_version(self, meeting_id: int, version: int) -> None:
        """Save over the stored `version` from now on (keep mine, after a conflict: the next
        save writes what is on screen over their version)."""
        self._versions[meeting_id] = version

    def known_version(self, meeting_id: int) -> int:
        """The newest version of the meeting this window read or wrote; 0: none."""
        return self._versions.get(meeting_id, 0)

    def as_read(self, meeting: Meeting) -> Meeting:
        """`meeting` with the version this window last read or wrote of it."""
        known = self._versions.get(meeting.id) if meeting.id is not None else None
        return replace(meeting, version=known) if known is not None else meeting

    def _failed(self, error: Exception) -> None:
        # Still dirty: the typing stays on screen, and the save is tried again (unless it
        # cannot succeed: a broken rule, the meeting deleted or approved elsewhere).
        if self.dirty and not isinstance(error, (DomainError, MeetingNotFound, MeetingApproved)):
            delay = RETRY_DELAYS_MS[min(self._failures, len(RETRY_DELAYS_MS) - 1)]
            self._failures += 1
            self._retry.start(delay)
        self.save_failed.emit(error)

    def _stop_saving(self) -> None:
        """A save is starting (or the changes were dropped): no timer needs to start one."""
        self._timer.stop()
        self._max_wait.stop()
        self._retry.stop()

    def _report(self, outcome: SaveOutcome) -> bool:
        if outcome.error is not None:
            self._failed(outcome.error)
            return False
        self._failures = 0
        self._retry.stop()
        # The written snapshot (not the stored copy) counts: the widgets show it already. If
        # an edit came meanwhile, the session stays dirty and the restarted timer saves again.
        if self._meeting is not None and outcome.meeting.id == self._meeting.id:
            self._saved = outcome.meeting
        self.saved.emit(outcome.meeting)
        return True
