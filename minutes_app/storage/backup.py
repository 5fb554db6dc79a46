"""Backup copies of a SQLite database file: make, list, rotate, check, and put back.

Copies live in the `backups` folder beside the database, one self-contained file each, named
`STEM-YYYY-mm-dd_HHMMSS-REASON.sqlite3` in local time (`minutes-2026-11-29_143005-daily.sqlite3`).
A file that is replaced or found damaged is never deleted: it is renamed beside the database
(`NAME.replaced-YYYYmmdd-HHMMSS`, `NAME.damaged-YYYYmmdd-HHMMSS`) with its -wal and -shm.

These functions need no engine: the window calls them at start-up, before the database opens.
"""

import contextlib
import re
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from minutes_app.storage.copies import (
    CopyFailed,
    connect_read_only,
    copy_database,
    copy_file_into_place,
    quick_check_problem,
    remove_database_files,
    rename_with_companions,
)
from minutes_app.storage.errors import DatabaseError

__all__ = [
    "BackupInfo", "CheckResult", "CopyFailed", "backup_folder", "check_copy", "list_backups",
    "make_backup", "move_aside", "newest_good_backup", "put_back", "quick_check",
    "remove_database_files", "restore_file", "rotate",
]

BACKUP_FOLDER = "backups"
SUFFIX = ".sqlite3"
_STAMP = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})(?:_(?P<n>\d+))?-(?P<reason>[\w-]+)"
    + re.escape(SUFFIX) + "$"
)
# Rotation keeps the newest copy of each of the last 7 days, 4 ISO weeks and 12 months that
# have copies (periods, not calendar days: a program unused for a month keeps its history).
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 4, 12
# A copy taken just before a restore is the way back from a wrong restore, and a copy the user
# asked for by name was wanted: both are kept all their day, then rotate like any other.
NEVER_ROTATED_TODAY = ("before-restore", "manual")
UNREADABLE = -1  # BackupInfo.meetings of a copy that cannot be read


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # local time the copy was taken
    size: int  # bytes
    meetings: int  # number of meetings in the copy; -1 when it cannot be read
    reason: str  # "manual", "start", "periodic", "before-upgrade-from-0001", "before-restore", ...


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problem: str | None = None  # one line naming the damage when not ok


def backup_folder(path: Path) -> Path:
    return path.parent / BACKUP_FOLDER


def make_backup(path: Path, reason: str, *, now: datetime | None = None) -> Path:
    """A checked copy of the database at `path` in its backups folder; returns the copy.
    Raises CopyFailed (nothing is left behind)."""
    if not re.fullmatch(r"[\w-]+", reason):
        raise ValueError(f"{reason!r} is not a backup reason")
    folder = backup_folder(path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise CopyFailed(f"cannot make the folder {folder}: {error.strerror or error}") from None
    _remove_leftovers(folder)
    target = _free_name(folder, path.stem, (now or datetime.now()).strftime(_STAMP), reason)
    copy_database(path, target)
    return target


def _remove_leftovers(folder: Path) -> None:
    """A copy killed halfway (power cut, kill -9) leaves its temporary file: gone after an
    hour (a younger one may be another program's copy in progress)."""
    an_hour_ago = datetime.now().timestamp() - 3600
    for leftover in folder.glob(f"*{SUFFIX}.tmp*"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < an_hour_ago:
                leftover.unlink()


def _free_name(folder: Path, stem: str, stamp: str, reason: str) -> Path:
    target = folder / f"{stem}-{stamp}-{reason}{SUFFIX}"
    n = 2
    while target.exists():  # two copies within one second
        target = folder / f"{stem}-{stamp}_{n}-{reason}{SUFFIX}"
        n += 1
    return target


def list_backups(path: Path, *, count_meetings: bool = True) -> list[BackupInfo]:
    """The backup copies of the database at `path`, newest first."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    found = []
    for candidate in folder.iterdir():
        parsed = _parse_name(candidate, path.stem)
        if parsed is None:
            continue
        created, n, reason = parsed
        try:
            status = candidate.stat()
        except OSError:
            continue  # removed meanwhile
        meetings = _count_meetings(candidate) if count_meetings else UNREADABLE
        # Copies of one second: the later one is the one made later.
        order = (created, status.st_mtime_ns, n)
        found.append((order, BackupInfo(candidate, created, status.st_size, meetings, reason)))
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [info for _, info in found]


def _parse_name(candidate: Path, stem: str) -> tuple[datetime, int, str] | None:
    match = _NAME.match(candidate.name)
    if match is None or match["stem"] != stem or not candidate.is_file():
        return None
    try:
        created = datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return created, int(match["n"] or 1), match["reason"]


def _count_meetings(copy: Path) -> int:
    try:
        with closing(connect_read_only(copy)) as connection:
            return int(connection.execute("SELECT count(*) FROM meeting").fetchone()[0])
    except sqlite3.Error:
        return UNREADABLE


def quick_check(path: Path) -> CheckResult:
    """`PRAGMA quick_check` of the file, read-only; a file that is not a database is not ok."""
    if not path.is_file():
        return CheckResult(False, f"{path} does not exist")
    try:
        with closing(connect_read_only(path)) as connection:
            problem = quick_check_problem(connection)
    except sqlite3.Error as error:
        problem = str(error)
    return CheckResult(True) if problem is None else CheckResult(False, problem)


def check_copy(path: Path) -> CheckResult:
    """Whether the file can be put in place of the database: sound, a Minutes database, and
    not made by a newer version (an older one is upgraded when it is opened)."""
    checked = quick_check(path)
    if not checked.ok:
        return checked
    try:
        with closing(connect_read_only(path)) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return CheckResult(False, "it is not a Minutes database")
    if row is None:
        return CheckResult(False, "it is not a Minutes database")
    # Imported here: migrate.py takes its pre-upgrade copies with this module.
    from minutes_app.storage.migrate import known_revisions

    if row[0] not in known_revisions():
        return CheckResult(False, f"it was made by a newer version of Minutes (schema {row[0]})")
    return CheckResult(True)


def newest_good_backup(path: Path) -> BackupInfo | None:
    """The newest copy that passes check_copy; damaged ones are passed over."""
    for info in list_backups(path):
        if check_copy(info.path).ok:
            return info
    return None


def move_aside(path: Path, label: str = "damaged", *, now: datetime | None = None) -> Path:
    """Rename the database with its -wal and -shm to `NAME.LABEL-YYYYmmdd-HHMMSS` beside it
    (never deleted, never overwritten); returns the new name. No connection may be open."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
        n += 1
    rename_with_companions(path, target)
    return target


def put_back(kept: Path, path: Path) -> None:
    """Undo move_aside: the kept file (with its -wal/-shm) returns to `path`."""
    rename_with_companions(kept, path)


def restore_file(backup: Path, path: Path) -> Path | None:
    """Put a copy of `backup` at `path` (no connection to it may be open). A file still at
    `path` is first moved aside as `replaced`; returns where it went (None when there was
    none). Raises DatabaseError naming the problem when the backup is not a good Minutes
    copy, or when the copy in place does not check out (the old file is then put back)."""
    checked = check_copy(backup)
    if not checked.ok:
        raise DatabaseError(f"cannot restore {backup.name}: {checked.problem}")
    kept = move_aside(path, "replaced") if path.exists() else None
    try:
        copy_file_into_place(backup, path)
        placed = quick_check(path)
        if not placed.ok:
            raise DatabaseError(f"the restored copy does not check out: {placed.problem}")
    except (OSError, DatabaseError) as error:
        if kept is not None:
            rename_with_companions(kept, path)
        if isinstance(error, DatabaseError):
            raise
        raise DatabaseError(f"cannot restore {backup.name}: {error.strerror or error}") from None
    return kept


def rotate(path: Path, *, today: date | None = None,
           known_good: Iterable[Path] = ()) -> list[Path]:
    """Delete the copies that rotation no longer keeps (and their JSON exports); returns them.

    Kept: the newest copy; the newest good copy of each of the last 7 days, 4 ISO weeks and
    12 months that have copies; in those 7 days also each day's first copy (the one with a
    JSON export); today's before-restore and manual copies. A damaged copy never stands in
    for a period: the newest copy of the period that passes quick_check does (`known_good`:
    copies just checked, not checked again).
    """
    today = today or date.today()
    copies = list_backups(path, count_meetings=False)  # newest first
    if not copies:
        return []
    sound = dict.fromkeys(known_good, True)

    def is_good(copy: BackupInfo) -> bool:
        if copy.path not in sound:
            sound[copy.path] = quick_check(copy.path).ok
        return sound[copy.path]

    keep = {copies[0].path}
    keep |= {c.path for c in copies
             if c.reason in NEVER_ROTATED_TODAY and c.created.date() == today}
    for day in _newest_periods(copies, _day, KEEP_DAYS):
        # The day's first copy carries the readable JSON export: it stays its 7 days too.
        keep |= {c.path for c in day if c.path.with_suffix(".json").exists()}
    for period, limit in ((_day, KEEP_DAYS), (_week, KEEP_WEEKS), (_month, KEEP_MONTHS)):
        for group in _newest_periods(copies, period, limit):
            # A period with one copy keeps it unchecked: nothing is deleted in its favour.
            keeper = group[0] if len(group) == 1 else next(filter(is_good, group), None)
            if keeper is not None:
                keep.add(keeper.path)
    removed = [c.path for c in copies if c.path not in keep]
    for copy in removed:
        copy.unlink(missing_ok=True)
        copy.with_suffix(".json").unlink(missing_ok=True)
    return removed


def _newest_periods(copies: Iterable[BackupInfo], period, limit: int):  # type: ignore[no-untyped-def]
    """The copies grouped by period (newest first within each), for the `limit` newest."""
    groups: dict[object, list[BackupInfo]] = {}
    for copy in copies:
        groups.setdefault(period(copy.created), []).append(copy)
    return list(groups.values())[:limit]  # dicts keep insertion order: newest period first


def _day(moment: datetime) -> object:
    return moment.date()


def _week(moment: datetime) -> object:
    return moment.isocalendar()[:2]


def _month(moment: datetime) -> object:
    return (moment.year, moment.month)
