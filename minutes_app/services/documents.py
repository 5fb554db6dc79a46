"""Use case: write the official document (протокол) of a stored meeting.

CONTRACT: the CLI and the window call `export_docx`; keep the signature stable.
"""

import re
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from minutes_app.domain import (
    Body,
    DocumentSettings,
    Language,
    Meeting,
    Organization,
    Status,
    TextFallback,
)
from minutes_app.domain.fingerprint import short_fingerprint
from minutes_app.export import DocxOptions, ExportError, TargetLockedError, TemplateError
from minutes_app.services.directory import DirectoryService
from minutes_app.services.errors import (
    DocumentExportFailed,
    PdfConversionFailed,
    PdfEngineMissing,
    ServiceError,
    TargetLocked,
    TemplateRejected,
)
from minutes_app.services.meetings import MeetingService

if TYPE_CHECKING:  # python-docx (beneath these) is loaded by the calls that need it
    from minutes_app.export.html import PagedHtml
    from minutes_app.export.proof import Place
    from minutes_app.export.qr import Requisite

# Fallbacks at these paths are the directory's names, which are kept in Russian.
DIRECTORY_PATHS = ("body.", "organization.")
_OPTION_NAMES = frozenset(f.name for f in fields(DocxOptions)) | {"template"}
PDF_ENGINES = ("auto", "libreoffice", "qt")
_SHORT_CODE = re.compile(r"[0-9a-f]{16}")

# Writes the document laid out by Qt as a PDF (ui.pages.write_pdf, given by app.py: the
# services import no Qt). Raises export's TargetError / TargetLockedError.
PdfWriter = Callable[["PagedHtml", Path], None]


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """A written document: where, in which language, and the texts that had no version in
    that language and were written in the meeting's own language instead."""

    path: Path
    language: Language
    fallbacks: tuple[TextFallback, ...]


def fallback_language(fallback: TextFallback, meeting: Meeting) -> Language:
    """The language a fallen-back text was written in: the meeting's own, or Russian for the
    body's and organisation's names (the directory's language)."""
    return Language.RU if fallback.path.startswith(DIRECTORY_PATHS) else meeting.language


@dataclass(frozen=True, slots=True)
class _Snapshot:
    """What every document of one export is written from, read once."""

    meeting: Meeting
    body: Body | None
    organization: Organization | None


@dataclass(frozen=True, slots=True)
class PdfResult:
    """A written PDF, as DocumentResult, and the engine that made it: "libreoffice" or "qt"."""

    path: Path
    language: Language
    fallbacks: tuple[TextFallback, ...]
    engine: str


# -- issue 10: a protocol that proves itself ---------------------------------------------------
class Verdict(StrEnum):
    MATCHES = "matches"  # the approved record, and the document's text is its
    DIFFERS = "differs"  # the record changed (or was reopened) after the document was made
    EDITED = "edited"  # the record is as approved, but the document's text is not its
    UNKNOWN = "unknown"  # no such protocol in this database


@dataclass(frozen=True, slots=True)
class Verification:
    """The answer about one document: the verdict, the protocol it names, and the stored
    meeting it was checked against (None when unknown). `requisite` is None only for a code
    no approved protocol has (verify_code)."""

    verdict: Verdict
    requisite: "Requisite | None"
    meeting: Meeting | None = None
    # DIFFERS, EDITED: the record's (as stored now) first paragraph the document does not
    # have as it is, or the first paragraph it adds; "" when the text is the record's
    first_difference: str = ""
    # ... and where it stands: item 2, decision 2.1; None when the text is the record's
    # (a record reopened, or changed where the document does not print it)
    place: "Place | None" = None


class NotAProtocol(ServiceError):
    """The file is not a Word document, or carries no requisite of an approved protocol, or
    the digits are not a code. `kind` ("unreadable", "no requisite", "not a code") lets the
    window say it in the user's language; `name` is the file's name or the digits typed."""

    def __init__(self, message: str, kind: str, name: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.name = name


class DocumentService:
    def __init__(self, meetings: MeetingService, directory: DirectoryService,
                 pdf_writer: PdfWriter | None = None) -> None:
        self._meetings = meetings
        self._directory = directory
        self._pdf_writer = pdf_writer

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
        long_term_margin: bool = False,  # 30 mm left margin; True whatever the body's setting
        attendee_list_threshold: int = 15,
    ) -> Path:
        """Write the document atomically to `target`; raises ServiceError subclasses with a
        one-line message (bad template, target held open by another program, ...).

        Without a `template`, the letterhead file of the meeting's body is used, if it has
        one (a missing or unusable one: TemplateRejected naming it)."""
        return self.export_document(
            meeting_id, target, form=form, language=language, template=template,
            extract=extract, author=author, long_term_margin=long_term_margin,
            attendee_list_threshold=attendee_list_threshold,
        ).path

    # -- issue 8 -----------------------------------------------------------------------------
    def fallbacks(self, meeting_id: int, language: str, **options: object) -> list[TextFallback]:
        """The texts of the meeting (and of its body and organisation) that have no version in
        `language`: what a document in that language would write in the meeting's own.

        Only texts the document prints count (not the notes; with `form="short"` not what
        was heard; with `extract` only its items). `options` are those of `export_docx`. A
        letterhead that cannot be used is not an error here (the export will say so)."""
        from minutes_app.export import document_fallbacks

        snapshot = self._snapshot(meeting_id)
        settings = {**options, "language": language}
        template = self._template(settings.pop("template", None), snapshot.body, check=False)
        docx_options = _docx_options(settings, snapshot.body)
        try:
            return document_fallbacks(snapshot.meeting, docx_options, snapshot.body,
                                      snapshot.organization, template)
        except TemplateError:
            return document_fallbacks(snapshot.meeting, docx_options, snapshot.body,
                                      snapshot.organization)
        except ExportError as error:
            raise DocumentExportFailed(str(error)) from error

    def export_document(self, meeting_id: int, target: Path, **options: object) -> DocumentResult:
        """`export_docx` (same options), telling which texts fell back."""
        return self._write(self._snapshot(meeting_id), Path(target), options)

    def export_pair(self, meeting_id: int, targets: Mapping[str, Path],
                    **options: object) -> list[DocumentResult]:
        """The documents of one meeting in several languages (a хаттама and a протокол: one
        number, date and attendees), from one snapshot; `targets`: language -> file.

        Each is written atomically, in the order given. If one fails, those before it stay
        written and the error (of the failed one's kind) names what was written and what
        was not."""
        plan = _checked_targets(targets)
        snapshot = self._snapshot(meeting_id)
        results: list[DocumentResult] = []
        for language, target in plan:
            try:
                results.append(self._write(snapshot, target, {**options, "language": language}))
            except DocumentExportFailed as error:
                failed = f"{target.name} ({language}) was not written"
                if results:
                    written = ", ".join(f"{r.path.name} ({r.language})" for r in results)
                    failed = f"{written} was written, but {target.name} ({language}) was not"
                raise type(error)(f"{failed}: {error}") from error
        return results

    def preview(self, meeting: Meeting, **options: object) -> "PagedHtml":
        """The document of `meeting` as it stands in the editor (saved or not), as HTML laid
        out on its pages; `options` are those of `export_docx` but `template` (the preview
        prints the organisation's name where a letterhead would be)."""
        from minutes_app.export.html import paged_html  # the document modules: not at start

        snapshot = self._snapshot_of(meeting)
        settings = dict(options)
        settings.pop("template", None)
        try:
            return paged_html(meeting, _docx_options(settings, snapshot.body), snapshot.body,
                              snapshot.organization)
        except ExportError as error:
            raise DocumentExportFailed(str(error)) from error

    def export_pdf(self, meeting_id: int, target: Path, *, engine: str = "auto",
                   **options: object) -> PdfResult:
        """The document as a PDF at `target`, written atomically; `options` are those of
        `export_docx`. `engine`: "libreoffice" converts the Word file (exactly what Word
        would print), "qt" lays the same outline out with Qt (no letterhead: the
        organisation's name is printed instead), "auto" the first when LibreOffice is
        installed, else the second. Raises ServiceError subclasses with a one-line message."""
        target = Path(target)
        snapshot = self._snapshot(meeting_id)
        maker = self._pdf_engine(engine)
        _check_pdf_target(target)
        if isinstance(maker, Path):
            return self._pdf_by_libreoffice(snapshot, target, options, maker)
        return self._pdf_by_qt(snapshot, target, options, maker)

    def _pdf_engine(self, engine: str) -> Path | PdfWriter:
        """LibreOffice's program, or the Qt writer."""
        if engine not in PDF_ENGINES:
            raise DocumentExportFailed(f"unknown PDF engine {engine!r}: use "
                                       + ", ".join(PDF_ENGINES[:-1]) + f" or {PDF_ENGINES[-1]}")
        from minutes_app.export.pdf import find_libreoffice

        soffice = find_libreoffice() if engine != "qt" else None
        if soffice is not None:
            return soffice
        if engine == "libreoffice":
            raise PdfEngineMissing("LibreOffice is not installed (no soffice program found): "
                                   "install it from libreoffice.org, or use the qt engine")
        if self._pdf_writer is None:
            raise PdfEngineMissing("no PDF writer here: install LibreOffice (libreoffice.org) "
                                   "to save the protocol as PDF")
        return self._pdf_writer

    def _pdf_by_libreoffice(self, snapshot: _Snapshot, target: Path,
                            options: Mapping[str, object], soffice: Path) -> PdfResult:
        """The Word file, written in a temporary folder, converted there by LibreOffice."""
        from minutes_app.export.pdf import ConversionError, convert_to_pdf

        with tempfile.TemporaryDirectory(prefix="minutes-docx-") as work:
            written = self._write(snapshot, Path(work) / "protocol.docx", options)
            try:
                convert_to_pdf(written.path, target, soffice)
            except TargetLockedError as error:
                raise TargetLocked(str(error)) from error
            except ConversionError as error:
                raise PdfConversionFailed(str(error)) from error
            except ExportError as error:
                raise DocumentExportFailed(str(error)) from error
        return PdfResult(target, written.language, written.fallbacks, "libreoffice")

    @staticmethod
    def _pdf_by_qt(snapshot: _Snapshot, target: Path, options: Mapping[str, object],
                   writer: PdfWriter) -> PdfResult:
        from minutes_app.export import document_fallbacks
        from minutes_app.export.html import paged_html

        settings = dict(options)

        settings.pop("template", None)  # Qt draws no letterhead
        docx_options = _docx_options(settings, snapshot.body)
        meeting, body, organization = snapshot.meeting, snapshot.body, snapshot.organization
        try:
            paged = paged_html(meeting, docx_options, body, organization)
            fallbacks = document_fallbacks(meeting, docx_options, body, organization)
            writer(paged, target)
        except TargetLockedError as error:
            raise TargetLocked(str(error)) from error
        except ExportError as error:
            raise DocumentExportFailed(str(error)) from error
        language = Language(docx_options.language or meeting.language)
        return PdfResult(target, language, tuple(fallbacks), "qt")

    def _snapshot(self, meeting_id: int) -> _Snapshot:
        return self._snapshot_of(self._meetings.get(meeting_id))  # raises MeetingNotFound

    def _snapshot_of(self, meeting: Meeting) -> _Snapshot:
        body = self._directory.get_body(meeting.body) if meeting.body.strip() else None
        organization = (self._directory.get_organization(meeting.organization)
                        if meeting.organization.strip() else None)
        return _Snapshot(meeting, body, organization)

    def _write(self, snapshot: _Snapshot, target: Path,
               options: Mapping[str, object]) -> DocumentResult:
        settings = dict(options)
        given = settings.pop("template", None)
        template = self._template(given, snapshot.body, check=True)
        docx_options = _docx_options(settings, snapshot.body)
        meeting = snapshot.meeting
        from minutes_app.export import write_document

        try:
            fallbacks = write_document(meeting, target, docx_options, snapshot.body,
                                       snapshot.organization, template)
        except TemplateError as error:
            if given is None and snapshot.body is not None and template is not None:
                problem = f"cannot be used: {error}"
                raise TemplateRejected(_body_letterhead(snapshot.body, problem)) from error
            raise TemplateRejected(str(error)) from error
        except TargetLockedError as error:
            raise TargetLocked(str(error)) from error
        except ExportError as error:
            raise DocumentExportFailed(str(error)) from error
        language = Language(docx_options.language or meeting.language)
        return DocumentResult(target, language, tuple(fallbacks))

    @staticmethod
    def _template(given: object, body: Body | None, *, check: bool) -> Path | None:
        """The letterhead to build on: the one given, else the body's letterhead file."""
        if given is not None:
            return Path(str(given))
        if body is None or not body.letterhead.strip():
            return None
        path = Path(body.letterhead)
        if check and not path.is_file():
            reason = "is a folder, not a Word file" if path.is_dir() else "does not exist"
            raise TemplateRejected(_body_letterhead(body, reason))
        return path

    # -- issue 10 -----------------------------------------------------------------------------
    def verify_document(self, path: Path) -> Verification:
        """Check an exported protocol against the database: the meeting of its body, number and
        date, its approval's fingerprint, and the text of a document built now from the stored
        record with the document's own options. Raises NotAProtocol."""
        from minutes_app.export.proof import expected_places, read_back

        path = Path(path)
        try:
            read = read_back(path)
        except ExportError as error:
            raise NotAProtocol(str(error), "unreadable", path.name) from error
        if read.proof is None:
            raise NotAProtocol(f"{path.name} carries no requisite of an approved protocol (a "
                               "draft's document, or one made before this program kept them)",
                               "no requisite", path.name)
        proof = read.proof
        meeting = self._meeting_named(proof.requisite)
        if meeting is None:
            return Verification(Verdict.UNKNOWN, proof.requisite)
        approved = _approved_code(meeting) == proof.requisite.code
        snapshot = self._snapshot_of(meeting)
        try:
            expected = expected_places(meeting, proof, snapshot.body, snapshot.organization)
        except ExportError as error:
            if approved:  # the record as approved no longer builds: a real failure
                raise DocumentExportFailed(str(error)) from error
            expected = []  # changed past building the document's form (an extract's item gone)
        difference = _first_difference(expected, read.text[proof.head:])
        if approved and difference is None:
            return Verification(Verdict.MATCHES, proof.requisite, meeting)
        verdict = Verdict.EDITED if approved else Verdict.DIFFERS
        text, place = difference or ("", None)
        return Verification(verdict, proof.requisite, meeting, text, place)

    def verify_code(self, code: str) -> Verification:
        """The approved protocol whose fingerprint begins with `code`, the 16 hex digits
        printed under a paper copy's QR code (either case, spaces ignored): MATCHES with it,
        or UNKNOWN. Raises NotAProtocol when `code` is not 16 hex digits."""
        from minutes_app.export.qr import requisite_of

        digits = "".join(code.split()).lower()
        if not _SHORT_CODE.fullmatch(digits):
            raise NotAProtocol(f"{code!r} is not the 16 hex digits printed under the code",
                               "not a code", code)
        for summary in self._meetings.list_meetings():
            if summary.status is not Status.APPROVED:
                continue
            meeting = self._meetings.get(summary.id)
            requisite = requisite_of(meeting)
            if requisite is not None and requisite.code == digits:
                return Verification(Verdict.MATCHES, requisite, meeting)
        return Verification(Verdict.UNKNOWN, None)

    def _meeting_named(self, requisite: "Requisite") -> Meeting | None:
        """The stored meeting of the requisite's body, number and date; of several (a copy
        imported twice), the one whose approval has the requisite's code."""
        found = [self._meetings.get(s.id) for s in self._meetings.list_meetings()
                 if (s.body, s.number, s.date) == (requisite.body, requisite.number,
                                                   requisite.date)]
        return next((m for m in found if _approved_code(m) == requisite.code),
                    found[0] if found else None)


def _check_pdf_target(target: Path) -> None:
    """Refused before any work (a LibreOffice conversion takes seconds)."""
    if not target.parent.is_dir():
        raise DocumentExportFailed(f"the folder {target.parent} does not exist")
    if target.is_dir():
        raise DocumentExportFailed(f"{target} is a folder; choose a file name ending in .pdf")


def _body_letterhead(body: Body, problem: str) -> str:
    return f"the letterhead file of {body.name}, {body.letterhead}, {problem}"


def _docx_options(settings: Mapping[str, object], body: Body | None) -> DocxOptions:
    """The caller's options over the body's document settings (font, size, margin, decision
    word; issue 9 point 8). A long-term margin asked for by the caller widens the margin
    whatever the body says; not asking for it leaves the body's choice."""
    unknown = sorted(set(settings) - _OPTION_NAMES)
    if unknown:
        raise TypeError(f"unknown document option {unknown[0]!r}")
    values = _body_settings(body) | dict(settings)
    if body is not None and not values["long_term_margin"]:
        values["long_term_margin"] = body.document.long_term_margin
    extract = values.get("extract")
    if isinstance(extract, list):  # a list from a caller is as good as a tuple
        values["extract"] = tuple(extract)
    try:
        return DocxOptions(**values)  # type: ignore[arg-type]
    except ExportError as error:
        raise DocumentExportFailed(str(error)) from error


def _body_settings(body: Body | None) -> dict[str, object]:
    settings = body.document if body is not None else DocumentSettings()
    return {"font_name": settings.font_name, "font_size": settings.font_size,
            "table_font_size": settings.table_font_size,
            "long_term_margin": settings.long_term_margin,
            "decision_verb": settings.decision_verb}


def _checked_targets(targets: Mapping[str, Path]) -> list[tuple[Language, Path]]:
    """The pair's languages and files, refused in one line before anything is written when a
    language is unknown or two documents would go to one file."""
    if not targets:
        raise DocumentExportFailed("no document to write: give a language and a file for each")
    plan: list[tuple[Language, Path]] = []
    seen: dict[Path, str] = {}
    for language, target in targets.items():
        try:
            code = Language(language)
        except ValueError:
            raise DocumentExportFailed(
                f"unknown document language {language!r}: use ru, kk or en") from None
        path = Path(target)
        key = path.resolve()
        if key in seen:
            raise DocumentExportFailed(
                f"the {seen[key]} and {code} documents would both be written to {path.name}; "
                "give each its own file")
        seen[key] = code
        plan.append((code, path))
    return plan


def _approved_code(meeting: Meeting) -> str | None:
    approval = meeting.approval
    if meeting.status is not Status.APPROVED or approval is None or not approval.fingerprint:
        return None
    return short_fingerprint(approval.fingerprint)


def _first_difference(expected: "list[tuple[str, Place]]",
                      text: list[str]) -> "tuple[str, Place] | None":
    """The first paragraph of `expected` that `text` does not have in its place, or else the
    first paragraph `text` has beyond it (placed where the record's last paragraph stands),
    with its place; None when `text` is `expected`'s."""
    for index, (paragraph, place) in enumerate(expected):
        if index >= len(text) or text[index] != paragraph:
            return paragraph, place
    from minutes_app.export.proof import Part, Place

    if len(text) > len(expected):
        return text[len(expected)], expected[-1][1] if expected else Place(Part.HEADING)
    return None
