"""Writing a file so that a crash or a full disk leaves the old file or the new one, never half.

Every file the program writes for the user (the Word document, a JSON export) goes through
`write_atomically`; callers turn the OSError it raises into their own one-line message.
"""

import contextlib
import os
import secrets
import time
from pathlib import Path

# OneDrive, antivirus and indexers hold a fresh file for a moment; Word holds it for good.
RETRY_DELAYS: tuple[float, ...] = (0.05, 0.1, 0.2, 0.4)
_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


class TargetHeldOpen(PermissionError):
    """The target cannot be replaced: another program (Word, most often) holds it open."""


def write_atomically(target: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `target`, fsync it, and rename it over `target`.

    Raises OSError with the previous file intact and no temporary file left behind;
    TargetHeldOpen when the file was written but another program keeps the target.
    """
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    # Not mkstemp: its 0600 mode would hide the file from colleagues on a shared folder.
    handle = os.open(temporary, _CREATE_FLAGS, _mode_for(target))
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
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
