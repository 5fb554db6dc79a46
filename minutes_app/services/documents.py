"""Use case: write the official document (протокол) of a stored meeting.

CONTRACT: the CLI and the window call `export_docx`; keep the signature stable.
"""

from pathlib import Path

from minutes_app.services.directory import DirectoryService
from minutes_app.services.meetings import MeetingService


class DocumentService:
    def __init__(self, meetings: MeetingService, directory: DirectoryService) -> None:
        self._meetings = meetings
        self._directory = directory

    def export_docx(
        self,
        meeting_id: int,
        target: Path,
        *,
        form: str = "full",  # "full" | "short"
        language: str | None = None,  # "ru" | "kk" | "en"; None: the meeting's language
        template: Path | None = None,  # the organisation's letterhead .docx/.dotx
        extract: tuple[int, ...] = (),  # 1-based agenda item numbers: an extract of these
        author: str = "",
        long_term_margin: bool = False,  # 30 mm left margin for long-kept documents
        attendee_list_threshold: int = 15,
    ) -> Path:
        """Write the document atomically to `target`; raises ServiceError subclasses with a
        one-line message (bad template, target held open by another program, ...)."""
        raise NotImplementedError
