"""Checks of a database's soundness that take SQL: SQLite's quick_check, the search index's own
check, and the checkpoint a backup takes first. The backup use case (services/backups.py) calls
them; this is where the SQL lives."""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session


def checkpoint(engine: Engine) -> None:
    """Move committed pages from the -wal into the file (PASSIVE: never waits for a reader).
    Best effort: a busy or read-only database is left as it is."""
    try:
        connection = engine.raw_connection()
    except DBAPIError:
        return
    try:
        driver = connection.driver_connection
        if driver is not None:
            driver.execute("PRAGMA wal_checkpoint(PASSIVE)")
    except sqlite3.Error:
        pass
    finally:
        connection.close()


# The checks read every page once: a big page cache would only hold on to memory (SQLite's 2 MiB
# default, its peak at the window's start: issue 11). 256 KiB reads the file as fast.
CHECK_CACHE_KIB = 256


@contextmanager
def small_page_cache(session: Session) -> Iterator[None]:
    """The session's connection with a small page cache while a check reads the whole file;
    its own size again after (the connection goes back to the pool)."""
    own_size = int(session.execute(text("PRAGMA cache_size")).scalar_one())
    session.execute(text(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}"))
    try:
        yield
    finally:
        with suppress(DBAPIError):  # too damaged even for that: the check's own error counts
            session.execute(text(f"PRAGMA cache_size = {own_size}"))


def interrupter(session: Session) -> Callable[[], None]:
    """What stops the statement the session's connection runs, called from another thread
    (sqlite3's `interrupt`; the statement raises "interrupted"): a check of a big file takes
    seconds, and a window that closes does not wait for it."""
    driver = session.connection().connection.driver_connection
    if not isinstance(driver, sqlite3.Connection):
        return lambda: None  # a server's check is the server's own
    return driver.interrupt


def quick_check_problem(session: Session) -> str | None:
    """None when SQLite's quick_check finds the file sound, else its finding on one line."""
    rows = session.execute(text("PRAGMA quick_check")).all()
    if [tuple(row) for row in rows] == [("ok",)]:
        return None
    words = str(rows[0][0]).replace("*** in database main ***", "").split()
    return " ".join(words) or "quick_check failed"


def search_index_problem(session: Session, *, can_write: bool) -> str | None:
    """FTS5's own integrity check (it is a command written as an INSERT, so a read-only file
    skips it), and every meeting has its search row."""
    if can_write:
        try:
            # rank = 1: also compare the index with its content table (search_document).
            session.execute(text(
                "INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)"))
        except DBAPIError as error:  # any failure of the check is its finding
            return f"the search index is damaged: {_first_line(error)}"
        finally:
            session.rollback()
    missing: int = session.execute(text(
        "SELECT count(*) FROM meeting WHERE id NOT IN (SELECT meeting_id FROM search_document)"
    )).scalar_one()
    if missing:
        return f"the search index is missing {missing} meeting(s)"
    return None


def _first_line(error: BaseException) -> str:
    orig = getattr(error, "orig", None) or error
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]

