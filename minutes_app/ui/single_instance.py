"""One window at a time on one database: a QLockFile beside the database file.

Two windows on the same file would each save their own copy of a meeting over the other's, so
the second one is refused and told who holds the file. The lock is `<database file>.lock`
(for a server database: a lock named after its address in this user's data folder). A lock
left by a window that crashed (`kill -9`, power cut) names a process that no longer runs on
this computer, and QLockFile takes it over.

The command line takes no lock: SQLite's own locking and busy timeout serve it.
"""

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QStandardPaths

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LockHolder:
    """The program that holds the lock (from QLockFile.getLockInfo)."""

    pid: int
    host: str
    application: str


def lock_path_for(database_path: Path | None, url: str) -> Path:
    """`<database file>.lock`, or for a server database a file in this user's data folder."""
    if database_path is not None:
        return database_path.with_name(database_path.name + ".lock")
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
    path = Path(folder or Path.home()) / f"server-{digest}.lock"
    path.parent.mkdir(parents=True, exist_ok=True)  # the first start on this computer
    return path


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = QLockFile(str(path))
        # 0: never call a lock stale for its age alone. A window kept open all day holds the
        # lock for hours; only a holder that no longer runs makes it stale.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> LockHolder | None:
        """Take the lock. Returns None when taken, else who holds it.

        A folder where no lock can be written (read-only) is not a refusal: the database in it
        opens read-only, so neither window can overwrite the other.
        """
        if self._lock.tryLock(0):
            return None
        error = self._lock.error()
        if error != QLockFile.LockError.LockFailedError:
            log.warning("no lock on %s (%s): going on without one", self.path, error)
            return None
        # (0, "", "") when the holder is still writing its details
        pid, host, application = self._lock.getLockInfo()
        return LockHolder(int(pid), str(host), str(application))

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
