"""Errors the services raise for the edges (CLI, window) to show."""

# A save refused because someone else saved the record since it was read (issue 13): a domain
# error (it carries snapshots and their differences), raised by the services' saves.
from minutes_app.domain.conflicts import Difference, EditConflict

__all__ = ["Difference", "EditConflict"]  # and the classes below


class ServiceError(Exception):
    """Base: its message is one line a person can read."""


class MeetingNotFound(ServiceError):
    def __init__(self, meeting_id: int) -> None:
        super().__init__(f"there is no meeting with id {meeting_id}")
        self.meeting_id = meeting_id


class DocumentExportFailed(ServiceError):
    """The Word document could not be written; the message says why (bad option, ...)."""


class TemplateRejected(DocumentExportFailed):
    """The letterhead file is not a usable Word document."""


class TargetLocked(DocumentExportFailed):
    """The target file is held open by another program (usually Word)."""


class PersonNotFound(ServiceError):
    def __init__(self, person_id: int) -> None:
        super().__init__(f"there is no person with id {person_id} in the directory")
        self.person_id = person_id


class PdfEngineMissing(DocumentExportFailed):
    """No way to make a PDF here: LibreOffice is not installed (and, for the engine asked
    for, no Qt writer was given); the message says what to install."""


class PdfConversionFailed(DocumentExportFailed):
    """LibreOffice did not make the PDF (it failed or did not finish in time)."""


class MeetingApproved(ServiceError):
    """The meeting is approved: its record cannot change until it is reopened (with a reason)."""

    def __init__(self, meeting_id: int, by: str = "") -> None:
        who = f" by {by}" if by else ""
        super().__init__(f"meeting {meeting_id} is approved{who} and cannot be changed: "
                         "reopen it first")
        self.meeting_id = meeting_id


class NotApproved(ServiceError):
    """Reopening a meeting that is not approved."""

    def __init__(self, meeting_id: int) -> None:
        super().__init__(f"meeting {meeting_id} is not approved: there is nothing to reopen")
        self.meeting_id = meeting_id


class ReasonRequired(ServiceError):
    def __init__(self) -> None:
        super().__init__("a reason is required to reopen an approved meeting")
