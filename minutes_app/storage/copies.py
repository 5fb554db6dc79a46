"""Copies of a SQLite file made safely: with the backup API, checked, fsynced, then renamed.

The low level shared by the upgrade (migrate.py) and the backups (backup.py): nothing here
knows about revisions or the schema.
"""

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from urllib.parse import quote

# A SQLite database is the file plus these companions; they travel together or not at all.
COMPANIONS = ("-wal", "-shm", "-journal")


class CopyFailed(Exception):
    """The copy could not be made or did not check out; the message is one line."""


def connect_read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A connection that cannot write to `path` (nor create it). `immutable`: for a file no
    one can change (a read-only folder or filesystem), so that SQLite needs no -shm."""
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    return sqlite3.connect(f"file:{quote(str(path.absolute()))}?{flags}", uri=True,
                           check_same_thread=False)


def quick_check_problem(connection: sqlite3.Connection) -> str | None:
    """None when `PRAGMA quick_check` says ok, else its first complaint."""
    rows = connection.execute("PRAGMA quick_check").fetchall()
    if rows == [("ok",)]:
        return None
    # SQLite's first complaint may start with "*** in database main ***" and a line break.
    words = str(rows[0][0]).replace("*** in database main ***", "").split()
    return " ".join(words) or "quick_check failed"


def copy_database(source: Path, target: Path) -> None:
    """A checked, durable, self-contained copy of `source` at `target` (which must not exist).

    The backup API copies a consistent snapshot even while others write; the copy goes to a
    temporary name, is switched to a plain rollback journal (one file, no -wal to lose), is
    checked with quick_check and fsynced, and only then is renamed to `target`.
    """
    temporary = target.with_name(target.name + ".tmp")
    try:
        with closing(connect_read_only(source)) as original, \
                closing(sqlite3.connect(temporary)) as copy:
            original.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
            problem = quick_check_problem(copy)
        if problem is not None:
            raise CopyFailed(f"the copy of {source.name} is damaged: {problem}")
        fsync(temporary)
        os.replace(temporary, target)
        fsync(target.parent)
    except (OSError, sqlite3.Error) as error:
        raise CopyFailed(f"cannot copy {source.name}: {error}") from None
    finally:
        remove_database_files(temporary)


def copy_file_into_place(source: Path, path: Path) -> None:
    """Copy `source` byte for byte to `path` through a temporary name; no connection to `path`
    may be open, and its old -wal/-shm go first (SQLite would replay them onto the copy)."""
    temporary = path.with_name(path.name + ".restoring")
    try:
        with open(source, "rb") as original, open(temporary, "wb") as copy:
            while chunk := original.read(1 << 20):
                copy.write(chunk)
            copy.flush()
            os.fsync(copy.fileno())
        for suffix in COMPANIONS:
            Path(str(path) + suffix).unlink(missing_ok=True)
        os.replace(temporary, path)
        fsync(path.parent)
    finally:
        temporary.unlink(missing_ok=True)


def rename_with_companions(path: Path, target: Path) -> None:
    """Rename the database and its -wal/-shm together, so that the renamed set still opens
    with the same content (a -wal separated from its file would be lost)."""
    os.replace(path, target)
    for suffix in COMPANIONS:
        companion = Path(str(path) + suffix)
        if companion.exists():
            os.replace(companion, Path(str(target) + suffix))
    fsync(target.parent)


def remove_database_files(path: Path) -> None:
    for suffix in ("", *COMPANIONS):
        Path(str(path) + suffix).unlink(missing_ok=True)


def fsync(path: Path) -> None:
    if path.is_dir() and os.name == "nt":
        return  # Windows cannot open a folder to flush it; its renames are journaled
    with _opened(path) as descriptor:
        os.fsync(descriptor)


@contextmanager
def _opened(path: Path) -> Iterator[int]:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        yield descriptor
    finally:
        os.close(descriptor)
