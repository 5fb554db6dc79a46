"""Writing the .docx: built in memory, written to a temporary file beside the target, flushed
to disk and moved into place, so that a failure never leaves half a file and never destroys
the previous one (reliability-and-pitfalls §E1)."""

import contextlib
import io
import os
import secrets
import time
from pathlib import Path

from docx.document import Document

from minutes_app.domain import Body, Meeting, Organization
from minutes_app.export.errors import TargetError, TargetLockedError
from minutes_app.export.options import DocxOptions
from minutes_app.export.render import build_document

# OneDrive, antivirus and indexers hold a fresh file for a moment; Word holds it for good.
_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4)
_DEFAULT_OPTIONS = DocxOptions()
_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def write_docx(
    meeting: Meeting,
    target: Path | str,
    options: DocxOptions = _DEFAULT_OPTIONS,
    body: Body | None = None,
    organization: Organization | None = None,
    template: Path | None = None,
) -> Path:
    """Export `meeting` to `target` atomically and return the target's path.

    Raises ExportError subclasses: OptionsError, TemplateError, TargetLockedError, TargetError.
    """
    target = Path(target)
    _check_target(target)
    doc = build_document(meeting, options, body, organization, template)
    save_atomically(doc, target)
    return target


def save_atomically(doc: Document, target: Path) -> None:
    buffer = io.BytesIO()
    doc.save(buffer)  # serialisation problems surface here, before the disk is touched
    write_bytes_atomically(target, buffer.getvalue())


def write_bytes_atomically(target: Path, data: bytes) -> None:
    _check_target(target)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        # Not mkstemp: its 0600 mode would make the protocol unreadable to colleagues on a
        # shared folder; 0666 minus the umask is what any other program would create.
        handle = os.open(temporary, _CREATE_FLAGS, 0o666)
    except OSError as error:
        raise TargetError(f"cannot write in the folder {target.parent}: {error.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        _replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise TargetError(f"could not write {target.name}: {error.strerror or error}") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _check_target(target: Path) -> None:
    if not target.parent.is_dir():
        raise TargetError(f"the folder {target.parent} does not exist")
    if target.is_dir():
        raise TargetError(f"{target} is a folder; choose a file name ending in .docx")
    owner = _owner_file(target)
    if owner is not None:
        raise TargetLockedError(
            f"{target.name} is open in another program ({owner.name} is next to it); close it "
            f"there or choose another name (if nothing has it open, delete {owner.name})"
        )


def _owner_file(target: Path) -> Path | None:
    """Word's owner file "~$name.docx" (long names lose their first one or two letters:
    "~$ficeReport.docx") or LibreOffice's ".~lock.name.docx#" next to the target."""
    name = target.name
    candidates = [f"~${name}", f"~${name[1:]}", f"~${name[2:]}", f".~lock.{name}#"]
    return next((target.with_name(c) for c in candidates if target.with_name(c).exists()), None)


def _replace(temporary: Path, target: Path) -> None:
    for delay in (*_RETRY_DELAYS, None):
        try:
            os.replace(temporary, target)
            return
        except PermissionError:
            if delay is None:
                temporary.unlink(missing_ok=True)
                raise TargetLockedError(
                    f"{target.name} is held open by another program (or is read-only); close it "
                    "and export again, or choose another name"
                ) from None
            time.sleep(delay)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
