"""JSON copies of a whole database, written by this computer into a folder of its own choice.

A server database (PostgreSQL) has no file to copy: its own backup is the administrator's. What
an office can still keep is the readable archive of File → Export JSON — every meeting with the
whole directory — made on demand or on a schedule by the one computer the office chooses. Each
copy is `<database name>-YYYY-MM-DD-HHMM.json` (local time); it is written atomically, read back
and counted, and only then are the copies beyond the newest `KEPT` deleted, so a failed copy
never costs an older one. It works on any database, SQLite too.
"""

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from minutes_app.interchange import InterchangeError
from minutes_app.interchange.stream import count_meetings
from minutes_app.services.backups import BackupFailed
from minutes_app.services.transfer import Cancelled, Progress, TransferService

KEPT = 30
_STAMP = "%Y-%m-%d-%H%M"
# What dump_archive writes for each meeting of the list (two-space indent, the list at level 1,
# so a meeting opens at level 2): counting these lines counts the meetings without parsing.
_LIST_START = b'\n  "meetings": ['
_MEETING_START = b"\n    {\n"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class ServerCopy:
    path: Path
    created: datetime  # local time, to the minute, from the file's name
    size: int  # bytes
    meetings: int  # -1 when the file cannot be read as one of our copies


class ServerCopies:
    """Make, list and rotate the JSON copies of the database in a folder."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._transfer = TransferService(session_factory)  # no copy is taken before a copy
        url: URL = session_factory.kw["bind"].url
        self.address = _address(url)
        self.database_name = _file_name_part(url)
        self._pattern = re.compile(re.escape(self.database_name)
                                   + r"-(\d{4}-\d\d-\d\d-\d{4})\.json")
        self._counted: dict[tuple[Path, int, int], int] = {}  # (path, size, mtime): meetings

    def make_copy(self, folder: Path, *, keep: int = KEPT, progress: Progress | None = None,
                  cancelled: Cancelled | None = None, now: datetime | None = None) -> ServerCopy:
        """Write the copy, check it, then delete the copies beyond the newest `keep`.
        Raises OSError (the folder cannot be written: no file is left), BackupFailed (the
        written file did not read back: it is deleted), StorageFailure, ExportCancelled."""
        created = (now or datetime.now()).replace(second=0, microsecond=0)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{self.database_name}-{created.strftime(_STAMP)}.json"
        written = self._transfer.export_json_to(target, progress=progress, cancelled=cancelled)
        meetings = self._verify(target, written)
        copy = ServerCopy(target, created, target.stat().st_size, meetings)
        self._remember(copy)
        self.rotate(folder, keep)
        return copy

    def copy_if_older(self, folder: Path, age: timedelta) -> ServerCopy | None:
        """make_copy when the newest copy in `folder` is at least `age` old (or there is
        none); None otherwise."""
        newest = self.newest_time(folder)
        if newest is not None and datetime.now() - newest < age:
            return None
        return self.make_copy(folder)

    def list_copies(self, folder: Path) -> list[ServerCopy]:
        """This database's copies in `folder`, newest first, each with its meetings counted
        (a scan of the file, remembered while it stays the same)."""
        return [self._described(path, created) for path, created in self._files(folder)]

    def newest_time(self, folder: Path) -> datetime | None:
        """When the newest copy was made (from the names alone: nothing is read)."""
        found = self._files(folder)
        return found[0][1] if found else None

    def rotate(self, folder: Path, keep: int = KEPT) -> list[Path]:
        """Delete this database's copies beyond the newest `keep`; returns what was deleted."""
        old = [path for path, _created in self._files(folder)[keep:]]
        for path in old:
            path.unlink(missing_ok=True)
        return old

    def _files(self, folder: Path) -> list[tuple[Path, datetime]]:
        """(path, time in its name) of this database's copies, newest first; other files,
        other databases' copies included, are never listed (and so never deleted)."""
        if not folder.is_dir():
            return []
        found = []
        for path in folder.iterdir():
            match = self._pattern.fullmatch(path.name)
            if match and path.is_file():
                try:
                    found.append((path, datetime.strptime(match.group(1), _STAMP)))
                except ValueError:  # a month 13: a name of the pattern we did not write
                    continue
        return sorted(found, key=lambda pair: (pair[1], pair[0].name), reverse=True)

    def _verify(self, target: Path, expected: int) -> int:
        """Parse the written file back and count its meetings: a copy nobody could import is
        no copy, and must not make the rotation delete a good one."""
        try:
            counted = count_meetings(lambda: target.open("rb"))
        except (InterchangeError, OSError) as error:
            counted, why = -1, str(error)
        else:
            why = f"it holds {counted} meetings instead of {expected}"
        if counted != expected:
            target.unlink(missing_ok=True)
            raise BackupFailed(f"the copy {target.name} did not read back ({why}); it was "
                               "deleted, and no older copy was")
        return counted

    def _described(self, path: Path, created: datetime) -> ServerCopy:
        try:
            stat = path.stat()
        except OSError:
            return ServerCopy(path, created, 0, -1)
        key = (path, stat.st_size, stat.st_mtime_ns)
        if key not in self._counted:
            self._counted[key] = _scan_meetings(path)
        return ServerCopy(path, created, stat.st_size, self._counted[key])

    def _remember(self, copy: ServerCopy) -> None:
        stat = copy.path.stat()
        self._counted[(copy.path, stat.st_size, stat.st_mtime_ns)] = copy.meetings


def _address(url: URL) -> str:
    """The database's URL without its password (URL.set cannot remove one): what tells this
    server database from another in the settings of every computer sharing it."""
    bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database,
                      url.query)
    return bare.render_as_string(hide_password=False)


def _file_name_part(url: URL) -> str:
    """The database's name, fit for a file name: PostgreSQL's database name, or the SQLite
    file's name without its suffix. Never the user, host or password."""
    name = url.database or "database"
    if url.get_backend_name() == "sqlite":
        name = Path(name).stem or "database"
    return re.sub(r"[^\w.-]+", "_", name).strip("._") or "database"


def _scan_meetings(path: Path) -> int:
    """The meetings of a copy on disk, by a scan of its lines a chunk at a time (a 90 MB copy
    in a tenth of a second, where parsing it takes seconds); -1 when it is not one of ours."""
    count, start_found, tail = 0, False, b""
    try:
        with path.open("rb") as file:
            while chunk := file.read(_CHUNK):
                text = tail + chunk
                if not start_found:
                    at = text.find(_LIST_START)
                    if at < 0:
                        tail = text[-(len(_LIST_START) - 1):]
                        continue
                    start_found, text = True, text[at:]
                count += text.count(_MEETING_START)
                # Shorter than a line's start, so no line is counted twice, and a line split
                # between two chunks is counted with the second.
                tail = text[-(len(_MEETING_START) - 1):]
    except OSError:
        return -1
    return count if start_found else -1
