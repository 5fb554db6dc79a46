"""One service call, one transaction; a database that fails says why in one line."""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from minutes_app.domain import DomainError
from minutes_app.services.errors import ServiceError
from minutes_app.storage.db import FOR_WRITING

# What SQLite says, and what a person can do about it.
# `kind` lets the window say it in the user's language (ui/error_text.py).
_EXPLANATIONS = (
    ("database or disk is full", "disk_full",
     "the disk is full: nothing was saved; free some space"),
    ("readonly database", "read_only", "the database file is read-only: nothing was saved"),
    ("database is locked", "busy",
     "the database is busy in another program: nothing was saved; try again"),
    ("disk i/o error", "io", "the disk could not be read or written: nothing was saved"),
    ("malformed", "damaged", "the database file is damaged; restore it from a backup"),
)


class StorageFailure(ServiceError):
    """The database could not do what was asked; the transaction was rolled back."""

    def __init__(self, error: OperationalError) -> None:
        detail = str(error.orig or error).strip().splitlines()[0]
        lowered = detail.lower()
        self.kind, text = next(
            ((kind, explained) for cause, kind, explained in _EXPLANATIONS if cause in lowered),
            ("other", f"the database failed: {detail}"),
        )
        self.detail = detail
        super().__init__(text)


@contextmanager
def writing(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session whose work is committed at the end of the block, or rolled back."""
    try:
        with factory.begin() as session:
            session.connection(execution_options=FOR_WRITING)
            yield session
    except OperationalError as error:
        raise StorageFailure(error) from error
    except UnicodeEncodeError as error:  # half of a surrogate pair, from a broken file
        character = error.object[error.start:error.end]
        raise DomainError(f"the text holds {character!r}, which is not a character that can "
                          "be stored") from None


@contextmanager
def reading(factory: sessionmaker[Session]) -> Iterator[Session]:
    try:
        with factory() as session:
            yield session
    except OperationalError as error:
        raise StorageFailure(error) from error
