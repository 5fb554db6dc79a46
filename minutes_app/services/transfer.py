"""Minutes JSON in and out: the one import and the one export both the window and the command
line call, so that both warn about the same things and back up the same way.

An import reads the whole file first (interchange), then checks it (warnings, never errors:
a re-import of the same meetings is allowed), then stores every meeting in one transaction
through MeetingService.import_meetings, which backs the database up before it changes it.
Warnings carry a kind and its values, so that the window can word them in the user's language;
`str()` of a warning is the English line the command line prints.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum

from minutes_app.domain import Meeting, fold, votes_beyond_present
from minutes_app.interchange import dump_document, parse_document
from minutes_app.services.meetings import MeetingService
from minutes_app.services.views import MeetingSummary


class WarningKind(Enum):
    """What an import warns about; each kind has its own values (see ImportWarning)."""

    NUMBER_IN_DATABASE = "number_in_database"  # body, number, year, meeting_id
    NUMBER_EARLIER_IN_FILE = "number_earlier_in_file"  # body, number, year, earlier (index)
    VOTES_BEYOND_PRESENT = "votes_beyond_present"  # decision ("1.2"), cast, present
    NO_MEETINGS = "no_meetings"  # file


@dataclass(frozen=True)
class ImportWarning:
    """Something worth a second look in an imported file that is not an error.

    `meeting`: the meeting's position in the file (from 0), None for the whole file.
    `values`: what the warning's words need, by name (see WarningKind).
    """

    kind: WarningKind
    meeting: int | None
    values: Mapping[str, str | int] = field(default_factory=dict)

    @property
    def place(self) -> str:
        """Where, as the command line says it: "meetings[3]", or the file's name."""
        return f"meetings[{self.meeting}]" if self.meeting is not None else str(self.values["file"])

    def __str__(self) -> str:
        v = self.values
        if self.kind is WarningKind.NUMBER_IN_DATABASE:
            return (f"{self.place}: {_numbered(v)} is already meeting {v['meeting_id']} "
                    "in the database")
        if self.kind is WarningKind.NUMBER_EARLIER_IN_FILE:
            return f"{self.place}: {_numbered(v)} is already meetings[{v['earlier']}] of this file"
        if self.kind is WarningKind.VOTES_BEYOND_PRESENT:
            return (f"{self.place}: decision {v['decision']}: {v['cast']} votes cast, "
                    f"but only {v['present']} members are present")
        return f"{self.place} holds no meetings; nothing imported"


def _numbered(values: Mapping[str, str | int]) -> str:
    return f"{values['body'] or '(no body)'} № {values['number']} of {values['year']}"


@dataclass(frozen=True)
class ImportResult:
    """The new meetings' ids in the file's order, and what is worth a second look."""

    ids: list[int]
    warnings: list[ImportWarning]


class TransferService:
    """Import and export of Minutes JSON (version 1)."""

    def __init__(self, meetings: MeetingService) -> None:
        self._meetings = meetings

    def import_file(self, data: bytes, source_name: str) -> ImportResult:
        """Import every meeting of a Minutes JSON document, all or nothing.

        `source_name`: how the user knows the file (its path, or "-" for standard input);
        only warnings name it. Raises InterchangeError (a bad file), DomainError, BackupFailed
        (the copy before the import could not be made) or StorageFailure; in each case
        nothing was imported.
        """
        meetings = parse_document(data)
        warnings = _number_warnings(meetings, self._meetings.list_meetings())
        for i, meeting in enumerate(meetings):
            warnings += _vote_warnings(i, meeting)
        if not meetings:
            warnings.append(ImportWarning(WarningKind.NO_MEETINGS, None, {"file": source_name}))
        return ImportResult(self._meetings.import_meetings(meetings), warnings)

    def export_json(self, meeting_ids: Sequence[int] | None = None) -> bytes:
        """The meetings with these ids (every meeting when None), in id order, as one UTF-8
        document; raises MeetingNotFound naming the lowest missing id."""
        ids = list(dict.fromkeys(meeting_ids)) if meeting_ids else None
        return dump_document(self._meetings.export_meetings(ids)).encode("utf-8")


def _number_warnings(meetings: Sequence[Meeting],
                     stored: Sequence[MeetingSummary]) -> list[ImportWarning]:
    """Two meetings of one body with one number in one year: allowed (re-imports happen), but
    worth a warning, whether the first one is in the database or earlier in the file."""
    first: dict[tuple[str, str, int], tuple[WarningKind, str, int]] = {}
    for summary in stored:
        key = _number_key(summary.body, summary.number, summary.date.year)
        if key:
            first.setdefault(key, (WarningKind.NUMBER_IN_DATABASE, "meeting_id", summary.id))
    warnings = []
    for i, meeting in enumerate(meetings):
        key = _number_key(meeting.body, meeting.number, meeting.date.year)
        if not key:
            continue
        if key in first:
            kind, name, value = first[key]
            values: dict[str, str | int] = {
                "body": _one_line(meeting.body), "number": _one_line(meeting.number),
                "year": meeting.date.year, name: value}
            warnings.append(ImportWarning(kind, i, values))
        else:
            first[key] = (WarningKind.NUMBER_EARLIER_IN_FILE, "earlier", i)
    return warnings


def _number_key(body: str, number: str, year: int) -> tuple[str, str, int] | None:
    return (fold(body.strip()), fold(number.strip()), year) if number.strip() else None


def _vote_warnings(index: int, meeting: Meeting) -> list[ImportWarning]:
    warnings: list[ImportWarning] = []
    for found in votes_beyond_present(meeting):
        values: dict[str, str | int] = {"decision": found.decision, "cast": found.cast,
                                        "present": found.present}
        warnings.append(ImportWarning(WarningKind.VOTES_BEYOND_PRESENT, index, values))
    return warnings


def _one_line(text: str) -> str:
    """A warning is one line whatever the file holds: line breaks and tabs become spaces."""
    return " ".join(text.split())
