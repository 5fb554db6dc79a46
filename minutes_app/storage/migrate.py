"""Bringing a database to the schema of this version, without ever losing the old file.

SQLite needs care (see research C3): batch migrations rebuild tables, and with foreign keys on,
dropping the old parent table silently cascades into its children; the driver's transaction
handling leaves DDL outside any transaction. So an existing file is first copied with the backup
API and the copy checked; the upgrade then runs on its own connection with foreign keys off
(set outside a transaction) inside one explicit BEGIN IMMEDIATE...COMMIT, and checks the
foreign keys before committing. A failure inside rolls the whole upgrade back; if the file is
not sound and at its old revision afterwards (say, the check after COMMIT failed), the copy is
put back.

Alembic takes a tenth of a second to load: a database already at HEAD_REVISION is recognised
by one query without it, and Alembic is loaded only to upgrade (or to name a revision).
"""

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from minutes_app.storage import backup
from minutes_app.storage.copies import (
    CopyFailed,
    connect_read_only,
    copy_file_into_place,
    quick_check_problem,
    remove_database_files,
)
from minutes_app.storage.errors import DatabaseDamaged, DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in MIGRATIONS (tests/storage/test_schema_check.py holds the two together):
# a new migration changes it too.
HEAD_REVISION = "0010"
VERSION_TABLE = "alembic_version"
FTS_PREFIX = "search_fts"  # the FTS5 table and its shadow tables, made by SQL in revision 0002
# PostgreSQL's column of the search documents' words and its index, made by SQL in 0007.
SEARCH_INDEXES = frozenset({"ix_search_document_words"})
SEARCH_COLUMNS = frozenset({("search_document", "words")})


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    """Leave the search indexes out of autogenerate (FTS5 tables, PostgreSQL's index of
    words): they are not in the ORM metadata."""
    if type_ == "index":
        return name not in SEARCH_INDEXES
    if type_ == "column":
        return (obj.table.name, name) not in SEARCH_COLUMNS
    return not (type_ == "table" and name is not None and name.startswith(FTS_PREFIX))


def alembic_config(connection: Connection | None = None) -> "Config":
    """A Config built in code: the scripts ship inside the package, no alembic.ini needed."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return {script.revision for script in scripts.walk_revisions()}


def head_revision() -> str:
    return HEAD_REVISION


def sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite URL; None for other databases and for in-memory SQLite."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def upgrade_sqlite_file(url: URL, path: Path) -> None:
    """Create or upgrade the file at `path` to head (see the module docstring)."""
    current = read_revision(path)
    head = head_revision()
    if current == head:
        return
    if current is not None:
        refuse_unknown(current, path.name)
    elif not path.parent.is_dir():
        raise DatabaseError(f"the folder {path.parent} does not exist")
    backup = make_verified_backup(path, current) if current is not None else None
    try:
        _run_sqlite_upgrade(url)
        verify_upgraded(path)
    except Exception as error:
        if backup is None:
            remove_database_files(path)  # a new file that never got its schema
            raise DatabaseError(f"cannot create the database {path}: {error}") from error
        if not _as_it_was(path, current):
            restore_backup(backup, path)
        raise DatabaseError(
            f"upgrading {path.name} failed and it was left as it was ({error}); "
            f"a copy is in {backup}"
        ) from error


def _as_it_was(path: Path, revision: str | None) -> bool:
    """Whether a failed upgrade was rolled back whole (the usual case: it is one transaction),
    so that the file need not be replaced under any other program that has it open."""
    try:
        with closing(sqlite3.connect(path)) as connection:
            check_sound(connection, str(path))
        return read_revision(path) == revision
    except (sqlite3.Error, DatabaseError):
        return False


def upgrade_engine(engine: Engine) -> None:
    """Upgrade a server database (or in-memory SQLite); DDL there is transactional."""
    with engine.connect() as connection:
        current = _current_revision(connection)
        connection.rollback()
        if current == head_revision():
            return
        if current is not None:
            refuse_unknown(current, engine.url.render_as_string(hide_password=True))
        from alembic import command

        with connection.begin():
            command.upgrade(alembic_config(connection), "head")


def _current_revision(connection: Connection) -> str | None:
    """The database's revision, read by one query; None when it has no version table yet."""
    try:
        row = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
    except DBAPIError:
        connection.rollback()  # a failed statement ends a server's transaction
        if inspect(connection).has_table(VERSION_TABLE):
            raise
        return None
    return str(row[0]) if row else None


def refuse_unknown(revision: str, name: str) -> None:
    if revision not in known_revisions():
        raise DatabaseError(
            f"{name} was made by a newer version of Minutes (schema {revision}); "
            "install that version to open it"
        )


def read_revision(path: Path, *, read_only: bool = False,
                  immutable: bool = False) -> str | None:
    """The schema revision of the file, None for a missing or empty one; reads only.
    `read_only`/`immutable`: a file that cannot be written (copies.connect_read_only)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        opened = connect_read_only(path, immutable=immutable) if read_only \
            else sqlite3.connect(path)
        with closing(opened) as connection:
            return _stored_revision(connection, path)
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error):
            raise DatabaseDamaged(f"{path} is not a Minutes database or is damaged ({error})",
                                  path=path) from None
        if not isinstance(error, sqlite3.OperationalError) or "malformed" in str(error):
            raise DatabaseDamaged(f"{path} is damaged ({error})", path=path) from None
        raise DatabaseError(f"cannot open {path}: {error}") from None


def _stored_revision(connection: sqlite3.Connection, path: Path) -> str | None:
    """The version table's revision ("" when the table is empty) in one query; None for a
    file without tables. Only without the version table are the tables listed, to tell an
    empty file from one that is not a Minutes database."""
    try:
        row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
        return str(row[0]) if row else ""
    except sqlite3.OperationalError as error:
        if "no such table" not in str(error):
            raise
    if connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'").fetchone():
        raise DatabaseDamaged(f"{path} is not a Minutes database", path=path)
    return None


def _run_sqlite_upgrade(url: URL) -> None:
    engine = create_engine(url, poolclass=NullPool)
    event.listen(engine, "connect", _migration_connection_settings)
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN IMMEDIATE"))
    from alembic import command

    try:
        with engine.connect() as connection, connection.begin():
            command.upgrade(alembic_config(connection), "head")
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise DatabaseError(f"the upgrade broke {len(broken)} links, e.g. {broken[0]}")
    finally:
        engine.dispose()


def _migration_connection_settings(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # No implicit transactions from the driver: we BEGIN ourselves, so that the PRAGMA below
    # runs outside a transaction (inside one it is silently ignored) and all DDL runs inside.
    dbapi_connection.isolation_level = None
    for pragma in ("foreign_keys=OFF", "busy_timeout=5000", "journal_mode=WAL", "synchronous=FULL"):
        dbapi_connection.execute(f"PRAGMA {pragma}")


def verify_upgraded(path: Path) -> None:
    """The upgraded file is sound and at head, or raise."""
    with closing(sqlite3.connect(path)) as connection:
        check_sound(connection, str(path))
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision != head_revision():
        raise DatabaseError(f"the upgrade ended at {revision}, not {head_revision()}")


def check_sound(connection: sqlite3.Connection, name: str) -> None:
    problem = quick_check_problem(connection)
    if problem is not None:
        raise DatabaseError(f"{name} is damaged: {problem}")


def make_verified_backup(path: Path, revision: str) -> Path:
    """A checked copy in the `backups` folder beside the file, listed with the other backups
    (storage/backup.py: backup API, temporary name, quick_check, fsync, rename)."""
    try:
        return backup.make_backup(path, f"before-upgrade-from-{revision or 'base'}")
    except CopyFailed as error:
        raise DatabaseError(f"cannot back up {path.name} before upgrading it: {error}") from None


def restore_backup(copy: Path, path: Path) -> None:
    """Put the backup copy back in place of `path` (no connection to `path` may be open)."""
    copy_file_into_place(copy, path)
