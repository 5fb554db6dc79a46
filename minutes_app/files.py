"""Writing a file so that a crash or a full disk leaves the old file or the new one, never half.

Every file the program writes for the user (the Word document, a JSON export) goes through
`write_atomically`; callers turn the OSError it raises into their own one-line message.

The temporary file is ".~mn-<8 hex>.tmp" beside the target: short, so that a target name of
the longest legal length (255 bytes) still works, and hidden. One left behind by a killed
export is removed by the next write into that folder once it is a minute old (only names of
exactly this pattern: never another program's file).
"""

import contextlib
import errno
import os
import re
import secrets
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

# OneDrive, antivirus and indexers hold a fresh file for a moment; Word holds it for good.
RETRY_DELAYS: tuple[float, ...] = (0.05, 0.1, 0.2, 0.4)
_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


STALE_AFTER_SECONDS = 60  # an export takes seconds; older ones were killed
_TEMPORARY = re.compile(r"\.~mn-[0-9a-f]{8}\.tmp")


class TargetHeldOpen(PermissionError):
    """The target cannot be replaced: another program (Word, most often) holds it open."""


class TargetReadOnly(PermissionError):
    """The target exists and is marked read-only: the user protected it, so it stays."""


def free_name(target: Path) -> Path:
    """The first of "name (2).docx", "name (3).docx", ... that does not exist yet."""
    number = 2
    while True:
        candidate = target.with_name(f"{target.stem} ({number}){target.suffix}")
        if not candidate.exists():
            return candidate
        number += 1


def is_read_only(target: Path) -> bool:
    """True when the file exists and nobody may write it by its mode bits. (Not os.access:
    for root, and on some shares, that says yes to a file its owner marked read-only.)"""
    try:
        return stat.S_IMODE(target.stat().st_mode) & 0o222 == 0
    except OSError:
        return False


def temporary_name() -> str:
    return f".~mn-{secrets.token_hex(4)}.tmp"


def remove_stale_temporaries(folder: Path) -> None:
    """Delete our own temporary files older than a minute, left by a killed export."""
    limit = time.time() - STALE_AFTER_SECONDS
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if _TEMPORARY.fullmatch(entry.name):
                with contextlib.suppress(OSError):
                    if entry.stat(follow_symlinks=False).st_mtime < limit:
                        os.unlink(entry.path)


def write_atomically(target: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `target`, fsync it, and rename it over `target`.

    Raises OSError with the previous file intact and no temporary file left behind;
    TargetReadOnly when the existing target is marked read-only; TargetHeldOpen when the file
    was written but another program keeps the target.
    """
    with written_atomically(target) as stream:
        stream.write(data)


@contextlib.contextmanager
def written_atomically(target: Path) -> Iterator[BinaryIO]:
    """write_atomically for a file written piece by piece (too big to hold at once): the
    stream writes a temporary file beside `target`, which replaces `target` only when the
    block ends; an error in the block leaves the previous file and no temporary one."""
    if is_read_only(target):
        raise TargetReadOnly(errno.EACCES, f"{target.name} is read-only", str(target))
    remove_stale_temporaries(target.parent)
    temporary = target.with_name(temporary_name())
    # Not mkstemp: its 0600 mode would hide the file from colleagues on a shared folder.
    handle = os.open(temporary, _CREATE_FLAGS, _mode_for(target))
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        _replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _mode_for(target: Path) -> int:
    """An existing file keeps its permissions; a new one gets what any program would give it."""
    with contextlib.suppress(OSError):
        return target.stat().st_mode & 0o777
    return 0o666  # os.open applies the umask


def _replace(temporary: Path, target: Path) -> None:
    for delay in (*RETRY_DELAYS, None):
        try:
            os.replace(temporary, target)
            return
        except PermissionError as error:
            if delay is None:
                raise TargetHeldOpen(*error.args) from error
            time.sleep(delay)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder handles for this)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
