"""Opening the database: where it lives, connection settings, backup and migration.

CONTRACT (app.py and the tests use these names; keep them stable).
"""

import os
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool, StaticPool

from minutes_app.storage.backup import newest_good_backup
from minutes_app.storage.copies import connect_read_only
from minutes_app.storage.errors import DatabaseDamaged, DatabaseError, PasswordRequired
from minutes_app.storage.migrate import (
    head_revision,
    read_revision,
    refuse_unknown,
    sqlite_path,
    upgrade_engine,
    upgrade_sqlite_file,
)

__all__ = [
    "FOR_WRITING", "READ_ONLY_INFO", "Database", "DatabaseDamaged", "DatabaseError",
    "for_writing", "open_database", "resolve_database_url",
]

DEFAULT_FILE_NAME = "minutes.sqlite3"
# A transaction that will write says so: `session.connection(execution_options=FOR_WRITING)`
# before its first statement. SQLite then takes the write lock at BEGIN, so that a transaction
# that reads and then writes waits for another writer (busy_timeout) rather than failing
# halfway with "database is locked". Other databases ignore it.
FOR_WRITING_OPTION = "minutes_for_writing"
FOR_WRITING = {FOR_WRITING_OPTION: True}
BUSY_TIMEOUT_MS = 5000
# How long this one transaction waits for another program's write lock (milliseconds).
BUSY_WAIT_OPTION = "minutes_busy_timeout_ms"
# Session.info key of a read-only database: why it cannot be written (services refuse writes).
READ_ONLY_INFO = "minutes_read_only"


def for_writing(wait_seconds: float | None = None) -> dict[str, object]:
    """Execution options of a writing transaction; `wait_seconds` limits its wait for the
    write lock (None: the connection's busy timeout)."""
    if wait_seconds is None:
        return dict(FOR_WRITING)
    return {**FOR_WRITING, BUSY_WAIT_OPTION: max(0, round(wait_seconds * 1000))}


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
    DatabaseError, and DatabaseDamaged for a file that is damaged or not a Minutes database
    (left where it is; the exception names the newest good backup). A file that cannot be
    written opens read-only and is never migrated."""
    parsed = _parse(url)
    path = sqlite_path(parsed)
    why_read_only = _why_read_only(path) if path is not None else None
    if path is not None:
        try:
            if why_read_only is None:
                upgrade_sqlite_file(parsed, path)
            else:
                _refuse_outdated(path, why_read_only)
        except DatabaseDamaged as damaged:
            raise DatabaseDamaged(str(damaged), path=path,
                                  newest_backup=newest_good_backup(path)) from None
    try:
        engine = _create_engine(parsed, path if why_read_only else None)
    except (SQLAlchemyError, ImportError) as error:
        raise DatabaseError(f"cannot open {_safe(parsed)}: {_first_line(error)}") from None
    if path is None:
        try:
            upgrade_engine(engine)
        except SQLAlchemyError as error:
            engine.dispose()
            _refuse_without_password(parsed, error)
            raise DatabaseError(f"cannot open {_safe(parsed)}: {_first_line(error)}") from None
        except DatabaseError:
            engine.dispose()
            raise
    info = {READ_ONLY_INFO: f"the database {path} is read-only: {why_read_only}"} \
        if why_read_only else {}
    factory = sessionmaker(engine, expire_on_commit=False, info=info)
    return Database(url, engine, factory, path, read_only=why_read_only is not None)


def _why_read_only(path: Path) -> str | None:
    """Why an existing database file cannot be written, or None. Decided by the write bits and
    the filesystem's flags, not by trying (root can write a file whose write bits are off,
    and a trial write is a write)."""
    if not path.exists():
        return None
    if _on_read_only_filesystem(path):
        return "it is on a disk that cannot be written"
    if not _writable(path):
        return "the file cannot be written"
    if not _folder_writable(path.parent) and not Path(f"{path}-shm").exists():
        return "its folder cannot be written"
    return None


def _folder_writable(folder: Path) -> bool:
    # Windows marks folders such as Documents read-only and still lets anyone write in them.
    return os.name == "nt" or _writable(folder)


def _writable(path: Path) -> bool:
    return path.stat().st_mode & 0o222 != 0 and os.access(path, os.W_OK)


def _on_read_only_filesystem(path: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)  # not on Windows
    return statvfs is not None and bool(statvfs(path).f_flag & os.ST_RDONLY)


def _immutable(path: Path) -> bool:
    """A folder or disk that cannot be written has no room for a -shm: SQLite may then read
    the file as immutable (nobody can change it there either). Not with a -wal left by a
    crash: its commits would be ignored (SQLite then says it cannot open the file)."""
    return not any(Path(f"{path}{suffix}").exists() for suffix in ("-shm", "-wal")) and (
        _on_read_only_filesystem(path) or not _folder_writable(path.parent))


def _refuse_outdated(path: Path, why: str) -> None:
    """A read-only file is opened as it is: it must already be at this version's schema."""
    revision = read_revision(path, read_only=True, immutable=_immutable(path))
    if revision == head_revision():
        return
    if revision is not None:
        refuse_unknown(revision, path.name)
    raise DatabaseError(
        f"{path} needs an upgrade to this version of Minutes, but {why}; "
        "make it writable (or copy it) and open it again"
    )


def _parse(url: str) -> URL:
    try:
        return make_url(url)
    except (ArgumentError, ValueError):
        raise DatabaseError(f"{url!r} is not a database path or URL") from None


def _create_engine(url: URL, read_only_path: Path | None = None) -> Engine:
    if url.get_backend_name() != "sqlite":
        engine = create_engine(url, pool_pre_ping=True)
        if url.get_driver_name() == "psycopg":
            event.listen(engine, "connect", _on_psycopg_connect)
        if url.get_backend_name() == "postgresql":
            event.listen(engine, "begin", _on_postgresql_begin)
        return engine
    in_memory = url.database in (None, "", ":memory:")
    if read_only_path is not None:
        engine = create_engine("sqlite://", poolclass=QueuePool, creator=partial(
            connect_read_only, read_only_path, immutable=_immutable(read_only_path)))
    elif in_memory:  # an in-memory database lives only as long as its one connection
        engine = create_engine(url, poolclass=StaticPool)
    else:
        engine = create_engine(url)
    event.listen(engine, "connect", partial(_on_sqlite_connect,
                                            read_only=read_only_path is not None))
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _on_sqlite_connect(dbapi_connection, _record, *, read_only: bool = False) -> None:  # type: ignore[no-untyped-def]
    # The driver's own implicit BEGIN comes only before DML, so reads of one service call would
    # not share a snapshot; SQLAlchemy's recipe: switch it off and emit BEGIN in "begin".
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    pragmas = [
        "foreign_keys=ON",  # off by default, per connection: without it CASCADE is inert
        f"busy_timeout={BUSY_TIMEOUT_MS}",
    ]
    if not read_only:  # a read-only connection cannot change the journal; nothing to sync
        pragmas += [
            "journal_mode=WAL",
            "synchronous=FULL",  # WAL+FULL: a commit survives power loss, not only a crash
        ]
    for pragma in pragmas:
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _on_psycopg_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # PostgreSQL's text cannot hold NUL, and the driver refuses the whole statement: a NUL in
    # an imported text is stored as U+FFFD (it shows in no document), and one typed into a
    # search matches nothing, instead of failing. JSON columns keep theirs (as \u0000).
    from psycopg.abc import Buffer
    from psycopg.types.string import StrDumperUnknown

    class TextWithoutNul(StrDumperUnknown):
        def dump(self, obj: str) -> Buffer | None:
            return super().dump(obj.replace("\x00", "\ufffd"))

    dbapi_connection.adapters.register_dumper(str, TextWithoutNul)


def _on_sqlite_begin(connection) -> None:  # type: ignore[no-untyped-def]
    options = connection.get_execution_options()
    _set_busy_timeout(connection, options.get(BUSY_WAIT_OPTION))
    writes = options.get(FOR_WRITING_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


# One writer at a time on a server too, as SQLite's BEGIN IMMEDIATE gives a file: two
# secretaries' writes that both add the same person or organisation (an import, a save naming
# someone new) would otherwise break a unique key between them. Every writing transaction takes
# this lock first and holds it to its commit; writes are short, and the other waits as long as
# it would for SQLite's write lock, then gets the same "busy" failure.
WRITE_LOCK_KEY = 0x4D696E75  # "Minu": the database's own advisory lock for writing


def _on_postgresql_begin(connection) -> None:  # type: ignore[no-untyped-def]
    options = connection.get_execution_options()
    if not options.get(FOR_WRITING_OPTION, False):
        return
    wait_ms = options.get(BUSY_WAIT_OPTION, BUSY_TIMEOUT_MS)
    connection.exec_driver_sql(f"SET LOCAL lock_timeout = {int(wait_ms)}")
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def _set_busy_timeout(connection, milliseconds: int | None) -> None:  # type: ignore[no-untyped-def]
    """A transaction may wait less than the usual busy timeout for the write lock; the
    pooled connection gets the usual one back at its next transaction."""
    changed = connection.info.get(BUSY_WAIT_OPTION)
    if milliseconds is not None and milliseconds != changed:
        connection.exec_driver_sql(f"PRAGMA busy_timeout={int(milliseconds)}")
        connection.info[BUSY_WAIT_OPTION] = milliseconds
    elif milliseconds is None and changed is not None:
        connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        del connection.info[BUSY_WAIT_OPTION]


def _refuse_without_password(url: URL, error: SQLAlchemyError) -> None:
    """PasswordRequired when the server asked for a password (libpq's words)."""
    said = str(error).lower()
    if "no password supplied" in said:
        raise PasswordRequired(_safe(url), refused=False) from None
    if "password authentication failed" in said:
        raise PasswordRequired(_safe(url), refused=True) from None


def with_password(url: str, password: str) -> str:
    """`url` with `password`, for connecting only: never shown, logged or stored."""
    return _parse(url).set(password=password).render_as_string(hide_password=False)


def _safe(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
