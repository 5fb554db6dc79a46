"""Errors of the storage layer."""

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # backup.py imports this module
    from minutes_app.storage.backup import BackupInfo


class DatabaseError(Exception):
    """The database cannot be opened as asked; the message is one line a person can read
    (created by a newer version, upgrade failed and was rolled back, not a database, ...)."""


class DatabaseDamaged(DatabaseError):
    """The file is damaged or is not a Minutes database.

    `path`: the database file asked for; `moved_to`: where the damaged file was renamed aside
    (None when it was left where it is); `newest_backup`: the newest good backup copy (a
    storage.backup.BackupInfo), None when there is none.
    """

    def __init__(self, message: str, *, path: Path, moved_to: Path | None = None,
                 newest_backup: "BackupInfo | None" = None) -> None:
        super().__init__(message)
        self.path = path
        self.moved_to = moved_to
        self.newest_backup = newest_backup


class PasswordRequired(DatabaseError):
    """A database server asks for a password: none was given (`refused` False), or the one
    given was refused (`refused` True). `server`: its address, without any password."""

    def __init__(self, server: str, *, refused: bool) -> None:
        super().__init__(f"{server}: the password was refused" if refused
                         else f"{server} asks for a password")
        self.server = server
        self.refused = refused
