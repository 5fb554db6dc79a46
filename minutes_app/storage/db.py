"""Opening the database: where it lives, connection settings, backup and migration.

CONTRACT (app.py and the tests use these names; keep them stable).
"""

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker


class DatabaseError(Exception):
    """The database cannot be opened as asked; the message is one line a person can read
    (created by a newer version, upgrade failed and was rolled back, not a database, ...)."""


def resolve_database_url(path_or_url: str | None) -> str:
    """`--db` value, else $MINUTES_DB, else the default SQLite file in the user's local data
    directory (created on first use). A plain path becomes a sqlite:/// URL."""
    raise NotImplementedError


@dataclass
class Database:
    url: str
    engine: Engine
    session_factory: sessionmaker[Session]

    def close(self) -> None:
        self.engine.dispose()


def open_database(url: str) -> Database:
    """Back up (verified copy), migrate to head, and return a ready database; raises DatabaseError."""
    raise NotImplementedError
