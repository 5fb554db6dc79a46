"""The window's side of keeping the data safe.

`DataSafety` is created by the main window. After the window shows (`start()`):
- a read-only database file locks the editor, with a banner saying why;
- the database is checked on a worker thread (quick_check: 0.1-0.5 s on a big file); damage
  locks the editor too (nothing more is written into a damaged file) and a banner offers the
  newest good backup;
- a backup is taken when the data changed since the newest one ("start"), and then every
  30 minutes if the editor saved something meanwhile ("periodic").
Every backup, check and restore runs on one worker thread (`JobRunner`), one at a time, so
typing never waits for them; a failure shows in a banner, never in the way.
File → Backups… opens the Backups window (dialogs/backups_dialog.py), whose restore comes back
here: the editor is saved and closed first, the file swapped on the worker thread, then the
list and the editor read the restored data.
A server database (PostgreSQL) has no file to copy: its own backup is the administrator's.
`ServerCopying` keeps JSON copies of it in a folder of this computer instead, on demand and,
when the office chose this computer for it, daily (issue 13).
"""

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction

from minutes_app.services import BackupInfo, CheckResult, ServerCopy, ServiceError
from minutes_app.ui.error_text import describe
from minutes_app.ui.models.backup_table_model import backup_time

if TYPE_CHECKING:  # the window imports this module
    from minutes_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

PERIODIC_BACKUP_MS = 30 * 60 * 1000
STOP_AGAIN_S = 0.05  # JobRunner.shut_down
# Hourly, the scheduled JSON copy of a server database asks whether the newest copy is a day
# old: a copy a day however long the window stays open, after a sleep too, and a failed copy
# (which leaves no newer file) is tried again at the next hour.
SERVER_COPY_CHECK_MS = 60 * 60 * 1000
# Banner keys (MainWindow.show_banner / hide_banner).
DAMAGED_BANNER = "database-damaged"
BACKUP_BANNER = "backup-failed"
SERVER_COPY_BANNER = "server-copy-failed"

# on_done(result, error): exactly one of them is None (unless the job returned None).
Done = Callable[[Any, BaseException | None], None]


class NothingRestored(Exception):
    """A restore was not started; the message (already translated) says why."""


def explain(error: BaseException) -> str:
    """One line for the user: our own refusals are said already; the core's go through
    error_text.describe."""
    return str(error) if isinstance(error, NothingRestored) else describe(error)


class JobRunner(QObject):
    """Runs jobs one at a time on a worker thread; each outcome comes back on the GUI thread.

    Signals:
        idle(): the last pending job has been reported.
    """

    idle = Signal()
    _worker_done = Signal(object, object)  # (Future, on_done), emitted on the worker thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor: ThreadPoolExecutor | None = None
        self._pending: list[Future[Any]] = []
        self._worker_done.connect(self._report, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(self, work: Callable[[], Any], on_done: Done) -> None:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="minutes-safety")
        future = self._executor.submit(work)
        self._pending.append(future)
        future.add_done_callback(lambda done: self._tell_gui_thread(done, on_done))

    def _tell_gui_thread(self, future: Future[Any], on_done: Done) -> None:
        try:
            self._worker_done.emit(future, on_done)
        except RuntimeError:  # the window was deleted while the job ran
            log.warning("a background job ended after its window was deleted")

    def _report(self, future: Future[Any], on_done: Done) -> None:
        if future not in self._pending:
            return  # shut_down reported nothing, but the window is going anyway
        self._pending.remove(future)
        error = future.exception()
        # ValueError: a file or a meeting the rules refuse (DomainError, InterchangeError, of
        # a JSON import), said to the user like a ServiceError; anything else is a bug.
        if error is not None and not isinstance(error, ServiceError | OSError | ValueError):
            log.error("background job failed", exc_info=error)
        on_done(None if error else future.result(), error)
        if not self._pending:
            self.idle.emit()

    def shut_down(self, stop_running: Callable[[], None] = lambda: None) -> None:
        """Wait for the running job (a backup half written helps nobody), asking
        `stop_running` to stop it if it can be stopped (the check), again every 50 ms while it
        runs: the first asking may fall between two of its statements. Drop the jobs still
        queued (a start backup behind a long check is taken at the next start)."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            running = set(self._pending)
            while running:
                stop_running()
                _ended, running = wait(running, timeout=STOP_AGAIN_S)
            self._executor.shutdown(wait=True)
            self._executor = None
        self._pending.clear()


class DataSafety(QObject):
    """Banners, background check, automatic backups and restore for one MainWindow."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self._window = window
        self.backups = window.services.backups
        self.jobs = JobRunner(self)
        self.read_only = bool(window.services.read_only)  # the file cannot be written
        self.damaged = False  # the check found damage: the editor stays locked
        self._saved_since_backup = False
        self.backups_action = QAction(self.tr("&Backups…"), window)
        self.backups_action.setObjectName("actionBackups")
        self.backups_action.triggered.connect(lambda: self.open_backups())
        self.periodic_timer = QTimer(self)
        self.periodic_timer.setObjectName("periodicBackupTimer")
        self.periodic_timer.setInterval(PERIODIC_BACKUP_MS)
        self.periodic_timer.timeout.connect(self.periodic_backup)
        window.editor.meeting_saved.connect(self._on_meeting_saved)
        self.server_copies = ServerCopying(self.jobs, window)

    # --- start ------------------------------------------------------------------------------
    def start(self) -> None:
        """Called once the window shows."""
        if self.read_only:
            self._window.set_read_only(self.tr(
                "This database file is read-only: you can read, search and export the "
                "minutes, but not change them."))
        if not self.backups.available:
            # A server database: its checks and backups are the server's business; JSON
            # copies of it are made here when this computer was chosen for them.
            self.server_copies.start()
            return
        self.jobs.run(self.backups.check, self._on_checked)

    def _on_checked(self, result: CheckResult | None, error: BaseException | None) -> None:
        if getattr(error, "kind", None) == "damaged":  # too damaged even to be checked
            self.report_damage(getattr(error, "detail", None) or str(error))
            return
        if error is not None:
            self._window.show_banner(BACKUP_BANNER, self.tr(
                "The database could not be checked: %1").replace("%1", describe(error)))
            return
        assert result is not None
        if not result.ok:
            self.report_damage(result.problem or "")
            return
        if not self.read_only:
            self._back_up(lambda: self.backups.backup_if_changed("start"))
            self.periodic_timer.start()

    # --- damage -----------------------------------------------------------------------------
    def report_damage(self, problem: str) -> None:
        """Lock the editor and offer the newest good backup (looked up on the worker)."""
        self.damaged = True
        self._window.set_read_only(self.tr(
            "The database file is damaged, so nothing more is written into it."))
        # Typing not yet saved stays on screen, held back until a backup is restored.
        self._window.editor.hold_saving()
        self.jobs.run(self.backups.newest_good_backup,
                      lambda backup, _error: self._offer_restore(problem, backup))

    def _offer_restore(self, problem: str, backup: BackupInfo | None) -> None:
        text = self.tr("The database file is damaged (%1).").replace("%1", _one_line(problem))
        if backup is None:
            text += " " + self.tr("There is no good backup of it. Export what you can "
                                  "(File → Export JSON…) and keep the file.")
            self._window.show_banner(DAMAGED_BANNER, text, [])
            return
        when = backup_time(backup.created)
        text += " " + self.tr("The newest good backup is of %1.").replace("%1", when)
        action = self.tr("Restore the backup of %1…").replace("%1", when)
        self._window.show_banner(DAMAGED_BANNER, text,
                                 [(action, lambda: self.open_backups(restore=backup))])

    # --- automatic backups ------------------------------------------------------------------
    def _on_meeting_saved(self, *_args: object) -> None:
        self._saved_since_backup = True

    def periodic_backup(self) -> None:
        """Every 30 minutes: a backup if the editor saved something since the last one."""
        if not self._saved_since_backup or self.damaged or self.read_only:
            return
        self._saved_since_backup = False
        self._back_up(lambda: self.backups.backup_if_changed("periodic"))

    def _back_up(self, make: Callable[[], BackupInfo | None]) -> None:
        self.jobs.run(make, self._on_backed_up)

    def _on_backed_up(self, _backup: BackupInfo | None, error: BaseException | None) -> None:
        if error is None:
            self._window.hide_banner(BACKUP_BANNER)
            return
        self._saved_since_backup = True  # so that the next period tries again
        self._window.show_banner(BACKUP_BANNER, self.tr(
            "The automatic backup failed: %1. Your minutes are saved in the database; the "
            "backup will be tried again.").replace("%1", describe(error).rstrip(".")),
            [(self.tr("Try again"), lambda: self._back_up(
                lambda: self.backups.make_backup("periodic")))])

    # --- the Backups window -----------------------------------------------------------------
    def open_backups(self, restore: BackupInfo | None = None) -> None:
        """File → Backups…; with `restore`, that copy is selected and its restore asked."""
        from minutes_app.ui.dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if restore is not None:
            dialog.ask_restore(restore)

    def back_up_now(self, on_done: Done) -> None:
        def done(backup: BackupInfo | None, error: BaseException | None) -> None:
            if error is None:
                self._window.hide_banner(BACKUP_BANNER)
            on_done(backup, error)

        self.jobs.run(lambda: self.backups.make_backup("manual"), done)

    def restore(self, backup: BackupInfo, on_done: Done) -> None:
        """Put `backup` in place of the database; on_done(kept_as: Path, error) afterwards."""
        editor = self._window.editor
        if editor.flush():
            editor.open_meeting(None)  # nothing may write while the file is swapped
        elif not self.damaged:
            on_done(None, NothingRestored(self.tr(
                "the changes to the open meeting could not be saved, and a restore would "
                "lose them; they are still in the editor")))
            return
        elif not editor.hold_saving():
            on_done(None, NothingRestored(self.tr(
                "a save of the open meeting is still running; try again in a moment")))
            return
        # On a damaged file the unsaved typing stays on screen, held back, and is saved into
        # the restored file afterwards: a damaged file must not cost what was typed.
        self._window.undo_stack.clear()  # its steps belong to the data being replaced
        self.jobs.run(lambda: self.backups.restore(backup.path),
                      lambda kept, error: self._after_restore(kept, error, on_done))

    def _after_restore(self, kept: Path | None, error: BaseException | None,
                       on_done: Done) -> None:
        self._window.editor.resume_saving()
        if error is None and self.damaged:
            self.damaged = False
            self._window.hide_banner(DAMAGED_BANNER)
            if not self.read_only:
                self._window.set_read_only(None)
                self.periodic_timer.start()  # not started while the file was damaged
        self._reload_window()
        on_done(kept, error)

    def _reload_window(self) -> None:
        """Show what the database holds now (after a restore)."""
        try:
            self._window.list_panel.reload()
            self._window.editor.open_meeting(self._window.list_panel.current_meeting_id())
        except ServiceError as error:
            self._window.report_error(describe(error))

    def shut_down(self) -> None:
        """The window closes: a check under way is stopped, and so is the readable JSON of a
        backup (at 10,000 meetings they take ~8 s and ~30 s, and the program, holding the
        database's lock, would wait for them); the copy of the database and an import under
        way are waited for."""
        self.periodic_timer.stop()
        self.server_copies.timer.stop()
        self.jobs.shut_down(stop_running=self.backups.stop)


class ServerCopying(QObject):
    """JSON copies of a server database made by this computer: "Make a JSON copy now" in the
    Backups window, and the scheduled copy when the settings say this computer makes them.
    Each runs on the window's worker thread (`jobs`), one at a time with backups and imports.

    Signals:
        progressed(done, total): meetings written into the copy being made (GUI thread).
        finished(copy, error): a copy ended, made (ServerCopy, None) or not (None, error);
            (None, None) when a scheduled copy was not due.
    """

    progressed = Signal(int, int)
    finished = Signal(object, object)
    _advanced = Signal(object, int, int)  # the service's progress, from the worker thread

    def __init__(self, jobs: JobRunner, window: "MainWindow") -> None:
        super().__init__(window)
        self._jobs = jobs
        self._window = window
        self.copies = window.services.server_copies
        self._settings = window.settings
        self.timer = QTimer(self)
        self.timer.setObjectName("serverCopyTimer")
        self.timer.setInterval(SERVER_COPY_CHECK_MS)
        self.timer.timeout.connect(self.scheduled_copy)
        self._advanced.connect(lambda _stage, done, total: self.progressed.emit(done, total),
                               Qt.ConnectionType.QueuedConnection)

    # --- settings (keyed by the server's address, without password) --------------------------
    @property
    def scheduled(self) -> bool:
        return self._settings.makes_server_copies(self.copies.address)

    def set_scheduled(self, on: bool) -> None:
        """Choose (or stop choosing) this computer to make the daily copies; when chosen, a
        copy is made at once if the newest is a day old."""
        self._settings.set_makes_server_copies(self.copies.address, on)
        if on:
            self.start()
        else:
            self.timer.stop()
            self._window.hide_banner(SERVER_COPY_BANNER)

    @property
    def folder(self) -> Path:
        return Path(self._settings.server_copies_folder(self.copies.address))

    def set_folder(self, folder: Path) -> None:
        self._settings.set_server_copies_folder(self.copies.address, str(folder))

    # --- copies -----------------------------------------------------------------------------
    def start(self) -> None:
        """At start (and when chosen): a copy if due, then the hourly question."""
        if self.scheduled:
            self.scheduled_copy()
            self.timer.start()

    def scheduled_copy(self) -> None:
        """A copy when the newest in the folder is at least a day (the interval) old."""
        if not self.scheduled:
            return
        folder = self.folder
        age = timedelta(hours=self._settings.server_copies_interval_hours(self.copies.address))
        self._jobs.run(lambda: self.copies.copy_if_older(folder, age), self._on_copied)

    def copy_now(self, on_done: Done | None = None) -> None:
        """"Make a JSON copy now"; `progressed` tells how far it is, on_done(copy, error) the
        end (after `finished`)."""
        folder = self.folder

        def done(copy: ServerCopy | None, error: BaseException | None) -> None:
            self._on_copied(copy, error)
            if on_done is not None:
                on_done(copy, error)

        self._jobs.run(lambda: self.copies.make_copy(folder, progress=self._advanced.emit),
                       done)

    def _on_copied(self, copy: ServerCopy | None, error: BaseException | None) -> None:
        if error is None:
            self._window.hide_banner(SERVER_COPY_BANNER)
        elif self.scheduled:  # else only "Make a JSON copy now" failed: its window says so
            self._window.show_banner(SERVER_COPY_BANNER, self.tr(
                "The JSON copy of the server database was not made: %1. The database itself "
                "is not affected; the copy will be tried again.").replace(
                    "%1", describe(error).rstrip(".")),
                [(self.tr("Try again"), lambda: self.copy_now())])
        self.finished.emit(copy, error)

    def list_copies(self, on_done: Done) -> None:
        """The copies in the folder, newest first (on the worker: each is scanned)."""
        folder = self.folder
        self._jobs.run(lambda: self.copies.list_copies(folder), on_done)


def _one_line(text: str, limit: int = 200) -> str:
    """SQLite's check lists each damaged page on a line of its own: the start of it, on one."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"
