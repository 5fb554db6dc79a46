"""Backups of a SQLite database file: make, list, rotate, restore, check.

CONTRACT (the window, the command line and the tests are written against these names). A
server database (PostgreSQL) has no file: `available` is False and every other method raises
BackupsUnavailable. The copies themselves are made by storage/backup.py; this is the use case
around them: rotation, the readable JSON export of the day's first copy, a restore while the
program runs, and the check.
"""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from minutes_app import files
from minutes_app.services.archive_json import write_whole_archive
from minutes_app.services.errors import ServiceError
from minutes_app.services.transactions import (
    DatabaseReadOnly,
    StorageFailure,
    read_only_reason,
    reading,
)
from minutes_app.storage import backup as copies
from minutes_app.storage import integrity
from minutes_app.storage.backup import BackupInfo, CheckResult
from minutes_app.storage.errors import DatabaseError
from minutes_app.storage.migrate import upgrade_sqlite_file

__all__ = [
    "BackupFailed", "BackupInfo", "BackupService", "BackupsUnavailable", "CheckResult",
    "Stopped",
]


class BackupsUnavailable(ServiceError):
    """This database is not a file on this computer (a server), so it has no backups here."""


class BackupFailed(ServiceError):
    """A backup copy could not be made or did not check out; nothing was replaced."""


class Stopped(ServiceError):
    """`stop` stopped the check (it found nothing either way), or a backup's readable JSON
    copy (the database copy was made; the JSON is written at the next backup)."""


class BackupService:
    def __init__(self, session_factory: sessionmaker[Session],
                 database_path: Path | None) -> None:
        self._session_factory = session_factory
        self._path = database_path
        # Set by `stop` (from the window's thread), cleared as a check or a backup begins.
        self._stop_asked = False
        # While a check runs (on the window's worker thread): what interrupts its statement.
        self._interrupt_check: Callable[[], None] | None = None

    @property
    def available(self) -> bool:
        return self._path is not None

    @property
    def database_path(self) -> Path:
        """The database file itself."""
        return self._file()

    @property
    def folder(self) -> Path:
        """The `backups` folder beside the database file."""
        return copies.backup_folder(self._file())

    def make_backup(self, reason: str = "manual") -> BackupInfo:
        """A verified copy now (backup API → temporary name → quick_check → rename), then
        rotation; the day's first copy also gets its readable JSON export beside it (or the
        first after one whose JSON was not written). Stopped (`stop`) while the JSON is
        written: the copy stays, without its JSON."""
        self._stop_asked = False
        path = self._file()
        today = datetime.now().date()
        json_today = any(info.created.date() == today and info.path.with_suffix(".json").exists()
                         for info in copies.list_backups(path, count_meetings=False))
        self._checkpoint()
        try:
            made = copies.make_backup(path, reason)
        except copies.CopyFailed as error:
            raise BackupFailed(f"no backup was made: {error}") from None
        if not json_today:
            self._write_json_beside(made)
        copies.rotate(path, known_good=[made])
        return self._info(made)

    def _checkpoint(self) -> None:
        """Move committed pages from the -wal into the file before copying it, so that the file
        is not written again afterwards (which would look like a change to backup_if_changed)."""
        integrity.checkpoint(self._session_factory.kw["bind"])

    def _write_json_beside(self, made: Path) -> None:
        """The day's copy as readable JSON: it survives even when every database copy is bad.
        The whole archive, directory too, written a few meetings at a time as they are read
        (at 10,000 meetings, held whole it took 2.7 GB of the window's memory)."""
        target = made.with_suffix(".json")
        try:
            with reading(self._session_factory) as session, \
                    files.written_atomically(target) as out:
                write_whole_archive(session, out, self._stop_if_asked)
        except OSError as error:
            raise BackupFailed(f"the backup {made.name} was made, but its JSON export could "
                               f"not be written: {error.strerror or error}") from None

    def backup_if_changed(self, reason: str) -> BackupInfo | None:
        """make_backup when the data changed since the newest backup, else None (the file's
        and its -wal's modification times against the newest copy's, as Anki does)."""
        path = self._file()
        newest = copies.list_backups(path, count_meetings=False)
        if newest and _modified(path) <= newest[0].path.stat().st_mtime_ns:
            return None
        return self.make_backup(reason)

    def back_up_before_change(self, reason: str) -> BackupInfo | None:
        """The copy taken before a bulk change (an import): none for a server database or
        when nothing changed since the newest copy (None); raises DatabaseReadOnly when the
        file cannot be written, BackupFailed when the copy cannot be made — in both cases the
        change must not go ahead."""
        if not self.available:
            return None
        why = read_only_reason(self._session_factory)
        if why:
            raise DatabaseReadOnly(why)
        try:
            return self.backup_if_changed(reason)
        except BackupFailed as error:
            raise BackupFailed(f"{error}; nothing was changed") from None

    def discard(self, copy: BackupInfo) -> None:
        """Delete a copy taken before a change that did not happen (an import that failed
        halfway), with its JSON export if it has one: it only repeats an older copy."""
        copy.path.unlink(missing_ok=True)
        copy.path.with_suffix(".json").unlink(missing_ok=True)

    def list_backups(self) -> list[BackupInfo]:
        """Every backup copy in the folder, newest first."""
        return copies.list_backups(self._file())

    def newest_good_backup(self) -> BackupInfo | None:
        return copies.newest_good_backup(self._file())

    def restore(self, backup: Path) -> Path:
        """Put `backup` in place of the database while the program runs; the current file is
        first kept aside (never deleted). Returns where it was kept.

        The copy is checked first; a safety copy of the current data is taken ("before-
        restore"); the engine's pooled connections are closed; the current file and its
        -wal/-shm are renamed `NAME.replaced-…`; the copy is put in place, checked, and
        upgraded if an earlier version made it. The next session reads the restored data."""
        path = self._file()
        self._refuse_if_read_only()
        checked = copies.check_copy(backup)
        if not checked.ok:
            raise BackupFailed(f"cannot restore {backup.name}: {checked.problem}")
        try:
            self.make_backup("before-restore")
        except BackupFailed:
            if copies.quick_check(path).ok:
                raise
            # A damaged file cannot be copied and checked; it is kept aside below all the same.
        engine = self._session_factory.kw["bind"]
        engine.dispose()
        try:
            kept = copies.restore_file(backup, path)
        except DatabaseError as error:
            raise BackupFailed(str(error)) from None
        assert kept is not None  # the database file was there: we made a copy of it above
        try:
            upgrade_sqlite_file(engine.url, path)
        except DatabaseError as error:
            copies.move_aside(path, "failed-restore")  # an old copy that would not upgrade
            copies.put_back(kept, path)
            raise BackupFailed(f"{error}; the current data was left in place") from None
        return kept

    def check(self) -> CheckResult:
        """quick_check plus the search index's own check. Stopped when `stop` stopped it."""
        self._file()
        self._stop_asked = False
        try:
            with reading(self._session_factory) as session, integrity.small_page_cache(session):
                self._interrupt_check = integrity.interrupter(session)
                try:
                    problem = integrity.quick_check_problem(session)
                    if problem is None and not self._stop_asked:
                        problem = integrity.search_index_problem(
                            session, can_write=read_only_reason(self._session_factory) is None)
                finally:
                    self._interrupt_check = None
        except StorageFailure as failure:
            self._stop_if_asked()
            if failure.kind != "damaged":  # busy, unreadable disk: not a finding about the data
                raise
            problem = failure.detail  # so damaged that the check itself could not finish
        self._stop_if_asked()  # the search index's check says "damaged: interrupted"
        return CheckResult(problem is None, problem)

    def stop(self) -> None:
        """Stop the check, or the readable JSON of a backup, under way (from another thread):
        the window closes and does not wait for a big file to be read through (at 10,000
        meetings the check reads for ~8 s, the JSON for ~30 s); the next start takes them up
        again. SQLite stops only a statement under way, and the copy of the database itself
        is one step that cannot be stopped: the window asks again until the job has ended."""
        self._stop_asked = True
        interrupt = self._interrupt_check
        if interrupt is not None:
            interrupt()

    def _stop_if_asked(self, *_progress: object) -> None:
        if self._stop_asked:
            raise Stopped("stopped: the window was closed")

    def _info(self, made: Path) -> BackupInfo:
        return next(info for info in copies.list_backups(self._file()) if info.path == made)

    def _file(self) -> Path:
        if self._path is None:
            raise BackupsUnavailable(
                "this database is not a file on this computer: it has no backups")
        return self._path

    def _refuse_if_read_only(self) -> None:
        why = read_only_reason(self._session_factory)
        if why:
            raise BackupFailed(f"{why}; nothing was restored")


def _modified(path: Path) -> int:
    """The newest modification time of the database file and its -wal (nanoseconds)."""
    times = [path.stat().st_mtime_ns]
    wal = Path(f"{path}-wal")
    # An empty -wal is made afresh by every connection that opens the file: not a change.
    if wal.exists() and wal.stat().st_size > 0:
        times.append(wal.stat().st_mtime_ns)
    return max(times)
