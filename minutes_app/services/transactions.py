"""One service call, one transaction; a database that fails says why in one line."""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from minutes_app.domain import DomainError
from minutes_app.services.errors import ServiceError
from minutes_app.storage import db as storage_db
from minutes_app.storage.db import READ_ONLY_INFO, for_writing

# What the database says, and what a person can do about it.
# `kind` lets the window say it in the user's language (ui/error_text.py).
_CONNECTION_LOST = ("the connection to the database server is lost: nothing was saved; "
                    "try again when the server is back")
_EXPLANATIONS = (
    ("database or disk is full", "disk_full",
     "the disk is full: nothing was saved; free some space"),
    ("readonly database", "read_only", "the database file is read-only: nothing was saved"),
    ("database is locked", "busy",
     "the database is busy in another program: nothing was saved; try again"),
    ("lock timeout", "busy",  # PostgreSQL: another client's write held the write lock
     "the database is busy in another program: nothing was saved; try again"),
    ("disk i/o error", "io", "the disk could not be read or written: nothing was saved"),
    ("malformed", "damaged", "the database file is damaged; restore it from a backup"),
    ("not a database", "damaged", "the database file is damaged; restore it from a backup"),
    # A server's database (PostgreSQL, through libpq): down, restarted, or the network gone.
    ("could not connect", "connection", _CONNECTION_LOST),
    ("connection refused", "connection", _CONNECTION_LOST),
    ("server closed the connection", "connection", _CONNECTION_LOST),
    ("terminating connection", "connection", _CONNECTION_LOST),
    ("connection is closed", "connection", _CONNECTION_LOST),
    ("connection is lost", "connection", _CONNECTION_LOST),
    ("no connection to the server", "connection", _CONNECTION_LOST),
    ("consuming input failed", "connection", _CONNECTION_LOST),
    ("timeout expired", "connection", _CONNECTION_LOST),
)


class StorageFailure(ServiceError):
    """The database could not do what was asked; the transaction was rolled back.

    `kind`: "disk_full", "read_only", "busy", "io", "damaged", "connection" (a server that
    cannot be reached) or "other"; `detail`: what the database said."""

    def __init__(self, error: DBAPIError, *, waited_seconds: float | None = None) -> None:
        detail = (str(error.orig or error).strip().splitlines() or [type(error).__name__])[0]
        lowered = detail.lower()
        self.kind, text = next(
            ((kind, explained) for cause, kind, explained in _EXPLANATIONS if cause in lowered),
            ("other", f"the database failed: {detail}"),
        )
        if self.kind == "busy" and waited_seconds is not None:
            text = text.replace("another program", f"another program (waited {waited_seconds:g} s)")
        self.detail = detail
        super().__init__(text)


class DatabaseReadOnly(StorageFailure):
    """A write asked of a database that was opened read-only; nothing was tried."""

    def __init__(self, text: str) -> None:
        ServiceError.__init__(self, f"{text}; nothing was saved")
        self.kind = "read_only"
        self.detail = text


@contextmanager
def writing(factory: sessionmaker[Session], *,
            wait_seconds: float | None = None) -> Iterator[Session]:
    """A session whose work is committed at the end of the block, or rolled back.

    `wait_seconds`: how long to wait for another program's write lock (None: the usual busy
    timeout); then StorageFailure(kind="busy")."""
    waited = wait_seconds if wait_seconds is not None else storage_db.BUSY_TIMEOUT_MS / 1000
    try:
        with factory.begin() as session:
            refuse_if_read_only(session)
            session.connection(execution_options=for_writing(wait_seconds))
            yield session
    except (OperationalError, DatabaseError) as error:
        if not is_storage_fault(error):
            raise
        raise StorageFailure(error, waited_seconds=waited) from error
    except UnicodeEncodeError as error:  # half of a surrogate pair, from a broken file
        character = error.object[error.start:error.end]
        raise DomainError(f"the text holds {character!r}, which is not a character that can "
                          "be stored") from None


@contextmanager
def reading(factory: sessionmaker[Session]) -> Iterator[Session]:
    try:
        with factory() as session:
            yield session
    except (OperationalError, DatabaseError) as error:
        if not is_storage_fault(error):
            raise
        raise StorageFailure(error) from error


def is_storage_fault(error: DBAPIError) -> bool:
    """The database itself failed (full, locked, damaged, unreadable), as opposed to a
    statement that broke a rule (IntegrityError), which is a bug and propagates."""
    return isinstance(error, OperationalError) or type(error) is DatabaseError


def refuse_if_read_only(session: Session) -> None:
    why = session.info.get(READ_ONLY_INFO)
    if why:
        raise DatabaseReadOnly(why)


def read_only_reason(factory: sessionmaker[Session]) -> str | None:
    """Why the database of `factory` cannot be written; None when it can."""
    with factory() as session:
        return session.info.get(READ_ONLY_INFO)
