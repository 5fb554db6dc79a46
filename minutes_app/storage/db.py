"""Opening the database: where it lives, connection settings, backup and migration.

CONTRACT (app.py and the tests use these names; keep them stable).
"""

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from minutes_app.storage.errors import DatabaseError
from minutes_app.storage.migrate import sqlite_path, upgrade_engine, upgrade_sqlite_file

__all__ = [
    "FOR_WRITING", "Database", "DatabaseError", "open_database", "resolve_database_url",
]

DEFAULT_FILE_NAME = "minutes.sqlite3"
# A transaction that will write says so: `session.connection(execution_options=FOR_WRITING)`
# before its first statement. SQLite then takes the write lock at BEGIN, so that a transaction
# that reads and then writes waits for another writer (busy_timeout) rather than failing
# halfway with "database is locked". Other databases ignore it.
FOR_WRITING_OPTION = "minutes_for_writing"
FOR_WRITING = {FOR_WRITING_OPTION: True}
BUSY_TIMEOUT_MS = 5000


def resolve_database_url(path_or_url: str | None) -> str:
    """`--db` value, else $MINUTES_DB, else the default SQLite file in the user's local data
    directory (created on first use). A plain path becomes a sqlite:/// URL."""
    value = (path_or_url or os.environ.get("MINUTES_DB") or "").strip()
    if not value:
        # Local, not roaming: a roaming profile must not carry a live SQLite file (and its
        # -wal) between machines.
        folder = platformdirs.user_data_path("Minutes", appauthor=False, roaming=False)
        folder.mkdir(parents=True, exist_ok=True)
        return _file_url(folder / DEFAULT_FILE_NAME)
    if "://" in value:
        return _parse(value).render_as_string(hide_password=False)
    return _file_url(Path(value).expanduser())


def _file_url(path: Path) -> str:
    return URL.create("sqlite", database=str(path.absolute())).render_as_string()


@dataclass
class Database:
    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    path: Path | None = None  # the SQLite file; None for a server or an in-memory database
    read_only: bool = False  # the file cannot be written: it was opened for reading only

    def close(self) -> None:
        self.engine.dispose()


def open_database(url: str) -> Database:
    """Back up (verified copy), migrate to head, and return a ready database; raises
    DatabaseError."""
    parsed = _parse(url)
    path = sqlite_path(parsed)
    if path is not None:
        upgrade_sqlite_file(parsed, path)
    try:
        engine = _create_engine(parsed)
    except (SQLAlchemyError, ImportError) as error:
        raise DatabaseError(f"cannot open {_safe(parsed)}: {_first_line(error)}") from None
    if path is None:
        try:
            upgrade_engine(engine)
        except SQLAlchemyError as error:
            engine.dispose()
            raise DatabaseError(f"cannot open {_safe(parsed)}: {_first_line(error)}") from None
        except DatabaseError:
            engine.dispose()
            raise
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False), path)


def _parse(url: str) -> URL:
    try:
        return make_url(url)
    except (ArgumentError, ValueError):
        raise DatabaseError(f"{url!r} is not a database path or URL") from None


def _create_engine(url: URL) -> Engine:
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    in_memory = url.database in (None, "", ":memory:")
    # An in-memory database lives only as long as its one connection.
    engine = create_engine(url, poolclass=StaticPool) if in_memory else create_engine(url)
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _on_sqlite_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # The driver's own implicit BEGIN comes only before DML, so reads of one service call would
    # not share a snapshot; SQLAlchemy's recipe: switch it off and emit BEGIN in "begin".
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in (
        "foreign_keys=ON",  # off by default, per connection: without it CASCADE is inert
        f"busy_timeout={BUSY_TIMEOUT_MS}",
        "journal_mode=WAL",
        "synchronous=FULL",  # WAL+FULL: a commit survives power loss, not only a crash
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _on_sqlite_begin(connection) -> None:  # type: ignore[no-untyped-def]
    writes = connection.get_execution_options().get(FOR_WRITING_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _safe(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
