"""Errors from the core, said in the user's language.

The core (services, storage, domain) raises errors whose messages are English sentences for
the command line. The window shows `describe(error)` instead: a translated sentence chosen by
the error's type and kind (context "Errors" in the .ts files). Where the core's own words are
the only account of what happened (a rejected letterhead, an unforeseen database failure),
they follow a translated lead-in, so the user always learns at least what failed.
"""

import errno
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from minutes_app.domain import DomainError
from minutes_app.domain.conflicts import EditConflict
from minutes_app.files import TargetHeldOpen, TargetReadOnly
from minutes_app.interchange import InterchangeError
from minutes_app.services.backups import BackupFailed, BackupsUnavailable
from minutes_app.services.documents import NotAProtocol
from minutes_app.services.errors import (
    DocumentExportFailed,
    MeetingApproved,
    MeetingNotFound,
    ServiceError,
    TargetLocked,
    TemplateRejected,
)
from minutes_app.services.transactions import StorageFailure
from minutes_app.ui.dialogs.conflict_dialog import part_name
from minutes_app.ui.editor.messages import field_message

MAX_LENGTH = 300  # a message box or a banner line, not a report
_LONG_PATH = 120  # longer paths are shown as "…/name"
_STORAGE_ERRORS = "minutes_app.storage.errors"
_PLACEHOLDER = re.compile(r"%(\d)")


def describe(error: BaseException) -> str:
    """One translated line saying what went wrong and, where there is one, what to do."""
    text = " ".join(_sentence(error).split())  # one line, whatever the core's text held
    if not text:
        text = _unexpected(error)
    return text if len(text) <= MAX_LENGTH else text[:MAX_LENGTH - 1].rstrip() + "…"


def _sentence(error: BaseException) -> str:
    """The sentence for `error`; the most specific type first (TargetLocked is also a
    DocumentExportFailed, and every service error a ServiceError)."""
    if isinstance(error, StorageFailure):
        return _storage_failure(error)
    if isinstance(error, MeetingNotFound):
        return QCoreApplication.translate(
            "Errors", "This meeting is no longer in the database (it may have been deleted).")
    if isinstance(error, DocumentExportFailed):
        return _export_failure(error)
    if isinstance(error, BackupsUnavailable):
        return QCoreApplication.translate(
            "Errors", "This database is on a server, so its backups are not kept on this "
                      "computer.")
    if isinstance(error, BackupFailed):
        return _fill(QCoreApplication.translate(
            "Errors", "The backup copy was not made, and nothing was replaced: %1"),
            _detail(error))
    if _is_storage_error(error, "DatabaseDamaged"):
        return _database_damaged(error)
    if _is_storage_error(error, "DatabaseError"):
        return _database_error(error)
    if isinstance(error, EditConflict):
        return _edit_conflict(error)
    if isinstance(error, DomainError):
        return _domain_error(error)
    if isinstance(error, InterchangeError):
        return _fill(QCoreApplication.translate(
            "Errors", "The file is not valid Minutes JSON: %1"), _detail(error))
    if isinstance(error, OSError):
        return _os_error(error)
    if isinstance(error, NotAProtocol):
        return _not_a_protocol(error)
    if isinstance(error, MeetingApproved):
        return QCoreApplication.translate(
            "Errors", "These minutes are approved, so they cannot be changed or deleted. "
                      "Reopen them first (File → Reopen…), giving a reason.")
    if isinstance(error, ServiceError):
        return _fill(QCoreApplication.translate("Errors", "That could not be done: %1"),
                     _detail(error))
    return _unexpected(error)


def _not_a_protocol(error: NotAProtocol) -> str:
    """File → Verify a document… on a file that is not one to verify."""
    translate = QCoreApplication.translate
    if error.kind == "unreadable":
        text = translate("Errors", "%1 cannot be read as a Word document (it may be damaged, "
                                   "or another kind of file).")
    elif error.kind == "no requisite":
        text = translate("Errors", "%1 is not an approved protocol made by this program: it "
                                   "carries no QR-code requisite (a draft's document, or one "
                                   "made before approvals were fingerprinted).")
    else:
        text = translate("Errors", "%1 is not the 16 hex digits printed under the code.")
    return _fill(text, _file_label(error.name))


def _edit_conflict(error: EditConflict) -> str:  # type: ignore[type-arg]
    """Who saved the record first: the conflict dialog offers the choice; elsewhere (a
    directory window) this line says why nothing was saved."""
    translate = QCoreApplication.translate
    who = error.changed_by or translate("Errors", "Someone else")
    if error.kind == "person":
        text = translate("Errors", "%1 saved this person after you opened it here, so nothing "
                                   "was saved. Open it again to see their changes.")
    elif error.kind == "body":
        text = translate("Errors", "%1 saved this council or commission after you opened it "
                                   "here, so nothing was saved. Open it again to see their "
                                   "changes.")
    else:
        text = translate("Errors", "%1 saved this meeting after you opened it here, so your "
                                   "changes are not saved yet.")
    parts = ", ".join(part_name(difference) for difference in error.differences[:5])
    differs = _fill(translate("Errors", "What differs: %1."), parts) if parts else ""
    return " ".join(filter(None, [_fill(text, who), differs]))


def _storage_failure(error: StorageFailure) -> str:
    if error.kind == "disk_full":
        return QCoreApplication.translate(
            "Errors", "The disk is full, so nothing was saved. Free some space on the disk "
                      "and try again.")
    if error.kind == "read_only":
        return QCoreApplication.translate(
            "Errors", "The database file is read-only, so nothing was saved.")
    if error.kind == "busy":
        return QCoreApplication.translate(
            "Errors", "The database is busy in another program, so nothing was saved. Try "
                      "again in a moment.")
    if error.kind == "io":
        return QCoreApplication.translate(
            "Errors", "The disk could not be read or written, so nothing was saved. Check "
                      "the disk (or the network drive) and try again.")
    if error.kind == "damaged":
        return QCoreApplication.translate(
            "Errors", "The database file is damaged. Restore it from a backup copy.")
    if error.kind == "connection":
        return QCoreApplication.translate(
            "Errors", "The connection to the database server is lost, so nothing was saved "
                      "yet. Check the network; your typing stays here.")
    return _fill(QCoreApplication.translate("Errors", "The database failed: %1"),
                 getattr(error, "detail", "") or _detail(error))


def _export_failure(error: DocumentExportFailed) -> str:
    if isinstance(error, TemplateRejected):
        return _fill(QCoreApplication.translate(
            "Errors", "The letterhead cannot be used: %1"), _detail(error))
    if isinstance(error, TargetLocked):
        # The services give only the core's sentence; a path, when one is attached, is named.
        path = getattr(error, "path", None)
        if path:
            return _fill(QCoreApplication.translate(
                "Errors", "%1 is open in another program (usually Word), so it was not "
                          "replaced. Close it there and export again, or choose another "
                          "name."), Path(path).name)
        return QCoreApplication.translate(
            "Errors", "The file is open in another program (usually Word), so it was not "
                      "replaced. Close it there and export again, or choose another name.")
    return _fill(QCoreApplication.translate(
        "Errors", "The Word document was not written: %1"), _detail(error))


def _database_damaged(error: BaseException) -> str:
    path = getattr(error, "path", None)
    if not path:
        return QCoreApplication.translate(
            "Errors", "The database file is damaged or is not a Minutes database.")
    return _fill(QCoreApplication.translate(
        "Errors", "The file %1 is damaged or is not a Minutes database."), _file_label(path))


def _database_error(error: BaseException) -> str:
    """storage.errors.DatabaseError: the database cannot be opened at all (at start-up).
    Its kinds are told apart only by the core's wording (storage/migrate.py)."""
    text = str(error)
    if "newer version" in text:
        return QCoreApplication.translate(
            "Errors", "This database was made by a newer version of Minutes. Install that "
                      "version to open it; the file was not changed.")
    if "is not a Minutes database" in text:
        return _fill(QCoreApplication.translate(
            "Errors", "The file %1 is not a Minutes database."),
            _file_label(text.split(" is not a Minutes database")[0]))
    return _fill(QCoreApplication.translate("Errors", "Cannot open the database: %1"),
                 _detail(error))


def _domain_error(error: DomainError) -> str:
    """The editor's own wording when the field is one it knows, else the rule's sentence."""
    directory = _directory_error(error)
    if directory:
        return directory
    known = field_message(error)
    if error.field and known != error.message:
        return known
    return _fill(QCoreApplication.translate("Errors", "This was not accepted: %1"),
                 _first_line(error.message) or _detail(error))


_MEMBER_FIELD = re.compile(r"^members\[\d+\]\.(\w+)$")


def _directory_error(error: DomainError) -> str:
    """A body's roster, its quorum, or a name the directory already has ("" otherwise).
    The rules (storage.directory, domain.Member) tell their kinds apart by field and words."""
    translate = QCoreApplication.translate
    if error.message.startswith("there is already"):
        return _fill(translate("Errors", "The directory already has «%1». Choose it in the "
                                         "list, or give this one another name."),
                     error.message.split(" named ", 1)[-1])
    if error.field == "quorum.count":
        return translate("Errors", "A quorum by number needs at least 1 member.")
    member = _MEMBER_FIELD.match(error.field)
    if not member:
        return ""
    part = member.group(1)
    if part == "role":
        return translate("Errors", "A body has one chair and one secretary at a time: the "
                                   "dates of these two overlap.")
    if part == "to":
        return translate("Errors", "A membership cannot end before it begins.")
    if part == "person" and "twice" in error.message:
        return translate("Errors", "This person is already in the list of members: change "
                                   "the dates of that row instead.")
    if part == "person":
        return translate("Errors", "Enter the member's name.")
    return ""


def _os_error(error: OSError) -> str:
    name = _file_label(error.filename) if error.filename else ""
    if not name and error.errno == errno.ENOSPC:
        return QCoreApplication.translate(
            "Errors", "The disk is full, so nothing was written. Free some space and try "
                      "again.")
    if not name:
        return _fill(QCoreApplication.translate(
            "Errors", "A file could not be read or written: %1"),
            _first_line(error.strerror or "") or _detail(error))
    if isinstance(error, TargetReadOnly):
        return _fill(QCoreApplication.translate(
            "Errors", "%1 is marked read-only, so it was kept as it is. Choose another name, "
                      "or clear its read-only mark first."), name)
    if isinstance(error, TargetHeldOpen):
        return _fill(QCoreApplication.translate(
            "Errors", "%1 is open in another program (usually Word), so it was not "
                      "replaced. Close it there and export again, or choose another "
                      "name."), name)
    if error.errno == errno.ENOSPC:
        return _fill(QCoreApplication.translate(
            "Errors", "The disk is full, so %1 was not written. Free some space and try "
                      "again."), name)
    if error.errno in (errno.EACCES, errno.EPERM):
        return _fill(QCoreApplication.translate(
            "Errors", "Access to %1 is not allowed. Choose another folder or ask for "
                      "permission."), name)
    if error.errno == errno.EROFS:
        return _fill(QCoreApplication.translate(
            "Errors", "%1 is on a disk that cannot be written. Choose another folder."), name)
    if error.errno == errno.ENOENT:
        return _fill(QCoreApplication.translate(
            "Errors", "There is no file or folder %1."), name)
    if error.errno == errno.ENAMETOOLONG:
        return _fill(QCoreApplication.translate(
            "Errors", "The name %1 is too long. Choose a shorter name or a folder nearer "
                      "the top of the disk."), name)
    return _fill(QCoreApplication.translate("Errors", "%1 could not be read or written: %2"),
                 name, _first_line(error.strerror or "") or _detail(error))


def _unexpected(error: BaseException) -> str:
    what = type(error).__name__
    detail = _first_line(str(error))
    return _fill(QCoreApplication.translate("Errors", "Something unexpected went wrong: %1"),
                 f"{what}: {detail}" if detail else what)


def _is_storage_error(error: BaseException, name: str) -> bool:
    """Whether `error` is a storage.errors.<name> (or a subclass). The window may not import
    the storage layer (the layer contract), so the type is recognised by its name."""
    return any(cls.__module__ == _STORAGE_ERRORS and cls.__name__ == name
               for cls in type(error).__mro__)


def _fill(template: str, *values: object) -> str:
    """%1, %2, ... replaced at once (a value holding "%2" is left alone)."""
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def _detail(error: BaseException) -> str:
    return _first_line(str(error)) or type(error).__name__


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _file_label(filename: object) -> str:
    """The path as given, or "…/name" when it would fill the line."""
    text = (filename.decode(errors="replace") if isinstance(filename, bytes)
            else str(filename or ""))
    if len(text) <= _LONG_PATH:
        return text
    return "…/" + Path(text).name[-_LONG_PATH:]
