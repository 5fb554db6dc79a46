"""Use case: write the official document (протокол) of a stored meeting.

CONTRACT: the CLI and the window call `export_docx`; keep the signature stable.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from minutes_app.domain import Language, TextFallback
from minutes_app.export import (
    DocxOptions,
    ExportError,
    TargetLockedError,
    TemplateError,
    write_docx,
)
from minutes_app.services.directory import DirectoryService
from minutes_app.services.errors import DocumentExportFailed, TargetLocked, TemplateRejected
from minutes_app.services.meetings import MeetingService


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """A written document: where, in which language, and the texts that had no version in
    that language and were written in the meeting's own language instead."""

    path: Path
    language: Language
    fallbacks: tuple[TextFallback, ...]


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
        meeting = self._meetings.get(meeting_id)  # raises MeetingNotFound
        body = self._directory.get_body(meeting.body) if meeting.body.strip() else None
        organization = (self._directory.get_organization(meeting.organization)
                        if meeting.organization.strip() else None)
        try:
            options = DocxOptions(
                form=form, language=language, extract=tuple(extract),  # type: ignore[arg-type]
                author=author, long_term_margin=long_term_margin,
                attendee_list_threshold=attendee_list_threshold,
            )
            return write_docx(meeting, Path(target), options, body, organization, template)
        except TemplateError as error:
            raise TemplateRejected(str(error)) from error
        except TargetLockedError as error:
            raise TargetLocked(str(error)) from error
        except ExportError as error:
            raise DocumentExportFailed(str(error)) from error

    # -- issue 8 (CONTRACT; implemented by the export slice) ---------------------------------
    def fallbacks(self, meeting_id: int, language: str) -> list[TextFallback]:
        """The texts of the meeting (and of its body and organisation) that have no version in
        `language`: what a document in that language would write in the meeting's own."""
        raise NotImplementedError

    def export_document(self, meeting_id: int, target: Path, **options: object) -> DocumentResult:
        """`export_docx` (same options), telling which texts fell back."""
        raise NotImplementedError

    def export_pair(self, meeting_id: int, targets: Mapping[str, Path],
                    **options: object) -> list[DocumentResult]:
        """The documents of one meeting in several languages (a хаттама and a протокол: one
        number, date and attendees), from one snapshot; `targets`: language -> file."""
        raise NotImplementedError
