"""Use cases. Each public method owns its transaction; only snapshots go in and out."""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from minutes_app.services.backups import (
    BackupFailed,
    BackupInfo,
    BackupService,
    BackupsUnavailable,
    CheckResult,
    Stopped,
)
from minutes_app.services.changes import ChangeFeed
from minutes_app.services.directory import DirectoryService
from minutes_app.services.documents import DocumentService, PdfResult, PdfWriter
from minutes_app.services.errors import MeetingNotFound, ServiceError
from minutes_app.services.meetings import MeetingService
from minutes_app.services.server_copies import ServerCopies, ServerCopy
from minutes_app.services.tasks import TaskService
from minutes_app.services.transactions import DatabaseReadOnly, StorageFailure
from minutes_app.services.transfer import (
    ImportResult,
    ImportWarning,
    TransferService,
    WarningKind,
)
from minutes_app.services.views import MeetingSummary, SearchHit


@dataclass(frozen=True)
class Services:
    """Everything the window and the command line may call, built once in app.py."""

    meetings: MeetingService
    directory: DirectoryService
    documents: DocumentService
    backups: BackupService
    transfer: TransferService
    tasks: TaskService
    server_copies: ServerCopies  # JSON copies of the whole database (for a server database)
    changes: ChangeFeed  # others' saves on a server database, as they happen
    read_only: bool = False  # the database file cannot be written: writes are refused

    @classmethod
    def build(cls, session_factory: sessionmaker[Session], *,
              database_path: Path | None = None, read_only: bool = False,
              pdf_writer: PdfWriter | None = None) -> "Services":
        """`database_path`: the SQLite file (None for a server database): its backups.
        `pdf_writer`: Qt's PDF writer (app.py gives it), used without LibreOffice."""
        backups = BackupService(session_factory, database_path)
        meetings = MeetingService(session_factory, backups)
        directory = DirectoryService(session_factory)
        documents = DocumentService(meetings, directory, pdf_writer)
        return cls(meetings, directory, documents, backups,
                   TransferService(session_factory, backups), TaskService(session_factory),
                   ServerCopies(session_factory), ChangeFeed(session_factory), read_only)


__all__ = [
    "BackupFailed", "BackupInfo", "BackupService", "BackupsUnavailable", "ChangeFeed",
    "CheckResult",
    "DatabaseReadOnly", "DirectoryService", "DocumentService", "ImportResult", "ImportWarning",
    "MeetingNotFound", "MeetingService", "MeetingSummary", "PdfResult", "PdfWriter",
    "SearchHit", "ServerCopies", "ServerCopy", "ServiceError", "Services", "Stopped",
    "StorageFailure",
    "TaskService", "TransferService", "WarningKind",
]
