"""Writing the .docx: built in memory, written to a temporary file beside the target, flushed
to disk and moved into place, so that a failure never leaves half a file and never destroys
the previous one (reliability-and-pitfalls §E1)."""

import io
from pathlib import Path
from typing import TYPE_CHECKING

from minutes_app.domain import Body, Meeting, Organization, TextFallback
from minutes_app.export.errors import TargetError, TargetLockedError
from minutes_app.export.options import DocxOptions
from minutes_app.files import TargetHeldOpen, TargetReadOnly, write_atomically

if TYPE_CHECKING:  # python-docx is loaded when a document is written (PDF and the window not)
    from docx.document import Document

_DEFAULT_OPTIONS = DocxOptions()


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
    write_document(meeting, target, options, body, organization, template)
    return Path(target)


def write_document(
    meeting: Meeting,
    target: Path | str,
    options: DocxOptions = _DEFAULT_OPTIONS,
    body: Body | None = None,
    organization: Organization | None = None,
    template: Path | None = None,
) -> list[TextFallback]:
    """`write_docx`, returning the texts written in the meeting's own language (or the
    directory's Russian) because they have no version in the document's language."""
    from minutes_app.export.render import render

    target = Path(target)
    _check_target(target)
    doc, outline = render(meeting, options, body, organization, template)
    save_atomically(doc, target)
    return outline.fallbacks


def save_atomically(doc: "Document", target: Path) -> None:
    buffer = io.BytesIO()
    doc.save(buffer)  # serialisation problems surface here, before the disk is touched
    write_bytes_atomically(target, buffer.getvalue())


def write_bytes_atomically(target: Path, data: bytes) -> None:
    _check_target(target)
    try:
        write_atomically(target, data)
    except TargetReadOnly:
        raise TargetError(f"{target.name} is read-only, so it is kept as it is; choose another "
                          "name, or clear its read-only mark first") from None
    except TargetHeldOpen:
        raise TargetLockedError(
            f"{target.name} is held open by another program (or is read-only); close it "
            "and export again, or choose another name"
        ) from None
    except OSError as error:
        raise TargetError(
            f"could not write {target.name} in {target.parent}: {error.strerror or error}"
        ) from None


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
