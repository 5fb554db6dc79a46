"""Use cases. Each public method owns its transaction; only snapshots go in and out."""

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from minutes_app.services.directory import DirectoryService
from minutes_app.services.documents import DocumentService
from minutes_app.services.errors import MeetingNotFound, ServiceError
from minutes_app.services.meetings import MeetingService
from minutes_app.services.views import MeetingSummary, SearchHit


@dataclass(frozen=True)
class Services:
    """Everything the window and the command line may call, built once in app.py."""

    meetings: MeetingService
    directory: DirectoryService
    documents: DocumentService

    @classmethod
    def build(cls, session_factory: sessionmaker[Session]) -> "Services":
        meetings = MeetingService(session_factory)
        directory = DirectoryService(session_factory)
        return cls(meetings, directory, DocumentService(meetings, directory))


__all__ = [
    "DirectoryService", "DocumentService", "MeetingNotFound", "MeetingService",
    "MeetingSummary", "SearchHit", "ServiceError", "Services",
]
