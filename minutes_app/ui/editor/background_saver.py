"""Writing meeting snapshots on one worker thread, so that typing never waits for the database.

`BackgroundSaver.request(meeting)` returns at once. One save runs at a time, in the order they
were asked for; a request made while a save runs replaces any earlier waiting one, so only the
newest snapshot is written next (never a queue of stale ones). Each outcome comes back on the
GUI thread as `finished(SaveOutcome)` through a queued connection: nothing here touches a
widget from the worker.

`wait(timeout)` is for the explicit saves (switching meetings, undo/redo, export, closing): it
blocks until the running save ends (or the timeout passes: then it says so and changes nothing),
reports it, and drops the waiting request, because the caller writes the newest snapshot itself
right after. Handing a snapshot to the worker is safe: the
domain snapshots are frozen dataclasses and every service call opens its own database session.
"""

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal

from minutes_app.domain import DomainError, Meeting
from minutes_app.services import ServiceError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SaveOutcome:
    meeting: Meeting  # the snapshot that was (or was not) written
    error: Exception | None = None  # why it was not written; None: written


def save_reporting(save: Callable[[Meeting], object], meeting: Meeting) -> SaveOutcome:
    """Run `save(meeting)`; a failure is returned, not raised; unexpected ones are logged too."""
    try:
        save(meeting)
    except (DomainError, ServiceError) as error:
        return SaveOutcome(meeting, error)
    except Exception as error:  # the window must survive a broken connection or disk
        log.exception("saving meeting %s failed", meeting.id)
        return SaveOutcome(meeting, error)
    return SaveOutcome(meeting)


class BackgroundSaver(QObject):
    """Signals:
    finished(SaveOutcome): a background save ended (emitted on the GUI thread).
    """

    finished = Signal(object)
    _worker_done = Signal(object)  # a save's Future; emitted on the worker thread

    def __init__(self, save: Callable[[Meeting], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._executor: ThreadPoolExecutor | None = None  # created on the first request
        self._running: Future[SaveOutcome] | None = None
        self._running_meeting: Meeting | None = None
        self._waiting: Meeting | None = None
        self._worker_done.connect(self._on_worker_done, Qt.ConnectionType.QueuedConnection)

    def holds(self, meeting: Meeting) -> bool:
        """True when this very snapshot is being written or is the next to be."""
        return meeting is self._running_meeting or meeting is self._waiting

    def request(self, meeting: Meeting) -> None:
        """Write `meeting` on the worker thread; returns at once."""
        if self._running is None:
            self._start(meeting)
        else:
            self._waiting = meeting  # replaces an older waiting snapshot

    def wait(self, timeout: float | None = None) -> bool:
        """Block until no save runs (its outcome is reported first); forget the waiting one.

        False when the running save is still going after `timeout` seconds: nothing changed,
        and its outcome comes later as usual.
        """
        if self._running is not None and not wait_for([self._running], timeout).done:
            return False
        self._waiting = None
        if self._running is not None:
            self._finish(self._running)
        return True

    def shut_down(self) -> None:
        """Wait for the running save, then end the worker thread (a later request starts one)."""
        self.wait()
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    def _start(self, meeting: Meeting) -> None:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1,
                                                thread_name_prefix="minutes-autosave")
        self._running_meeting = meeting
        self._running = self._executor.submit(save_reporting, self._save, meeting)
        self._running.add_done_callback(self._tell_gui_thread)

    def _tell_gui_thread(self, future: Future[SaveOutcome]) -> None:
        # Runs on the worker thread; the queued connection delivers it on the GUI thread.
        try:
            self._worker_done.emit(future)
        except RuntimeError:  # the editor was deleted while the save ran: nobody to tell
            log.warning("a background save ended after its editor was deleted")

    def _on_worker_done(self, future: Future[SaveOutcome]) -> None:
        if future is self._running:  # otherwise wait() has reported it already
            self._finish(future)

    def _finish(self, future: Future[SaveOutcome]) -> None:
        outcome = future.result()  # blocks only inside wait(); save_reporting never raises
        self._running = self._running_meeting = None
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._start(waiting)
        self.finished.emit(outcome)
