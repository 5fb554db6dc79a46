"""Backups of a SQLite database file: make, list, rotate, restore, check.

CONTRACT (the window, the command line and the tests are written against these names; the
implementation is issue 7's). A server database (PostgreSQL) has no file: `available` is
False and every other method raises BackupsUnavailable.
"""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from minutes_app.services.errors import ServiceError


class BackupsUnavailable(ServiceError):
    """This database is not a file on this computer (a server), so it has no backups here."""


class BackupFailed(ServiceError):
    """A backup copy could not be made or did not check out; nothing was replaced."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # local time the copy was taken
    size: int  # bytes
    meetings: int  # number of meetings in the copy
    reason: str  # "manual", "start", "periodic", "daily", "before-upgrade", "before-restore",
    #              "before-import", "before-delete", ...


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problem: str | None = None  # one line naming the damage when not ok


class BackupService:
    def __init__(self, session_factory: sessionmaker[Session],
                 database_path: Path | None) -> None:
        self._session_factory = session_factory
        self._path = database_path

    @property
    def available(self) -> bool:
        return self._path is not None

    @property
    def folder(self) -> Path:
        """The `backups` folder beside the database file."""
        raise NotImplementedError

    def make_backup(self, reason: str = "manual") -> BackupInfo:
        """A verified copy now (backup API → temporary name → quick_check → rename), then
        rotation; a daily copy also gets its readable JSON export beside it."""
        raise NotImplementedError

    def backup_if_changed(self, reason: str) -> BackupInfo | None:
        """make_backup when the data changed since the newest backup, else None."""
        raise NotImplementedError

    def list_backups(self) -> list[BackupInfo]:
        """Every backup copy in the folder, newest first."""
        raise NotImplementedError

    def newest_good_backup(self) -> BackupInfo | None:
        raise NotImplementedError

    def restore(self, backup: Path) -> Path:
        """Put `backup` in place of the database while the program runs; the current file is
        first kept aside (never deleted). Returns where it was kept."""
        raise NotImplementedError

    def check(self) -> CheckResult:
        """quick_check plus the search index's own check."""
        raise NotImplementedError
