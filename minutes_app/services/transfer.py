"""Minutes JSON in and out: the one import and the one export both the window and the command
line call, so that both warn about the same things and back up the same way.

An import reads the whole file first (interchange), then checks it (warnings, never errors:
a re-import of the same meetings is allowed), backs the database up, then stores the
organisations, people, bodies and meetings in ONE transaction: any error imports nothing.
An entry of the directory that repeats a stored one (same name, case-, space- and
ё-insensitive) updates it with the file's values; a body member, a body or an organisation
the directory lacks is added (a member who is neither in the file's people nor in the
directory is worth a warning: probably a misspelt name).
Warnings carry a kind and its values, so that the window can word them in the user's language;
`str()` of a warning is the English line the command line prints.

An export of every meeting is the whole archive (every organisation, person and body too), so
that the file restores it; an export of some meetings holds the organisations, people and
bodies they name.
"""

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum

from sqlalchemy.orm import Session, sessionmaker

from minutes_app.domain import (
    Archive,
    Body,
    DomainError,
    Meeting,
    fold,
    validate_meeting,
    votes_beyond_present,
)
from minutes_app.domain.text import normalize_space
from minutes_app.interchange import InterchangeError, dump_archive, parse_archive
from minutes_app.services.backups import BackupService
from minutes_app.services.errors import MeetingNotFound
from minutes_app.services.transactions import (
    reading,
    writing,
)
from minutes_app.storage import directory
from minutes_app.storage import meetings as store
from minutes_app.storage.directory import person_key


class WarningKind(Enum):
    """What an import warns about; each kind has its own values (see ImportWarning)."""

    NUMBER_IN_DATABASE = "number_in_database"  # body, number, year, meeting_id
    NUMBER_EARLIER_IN_FILE = "number_earlier_in_file"  # body, number, year, earlier (index)
    VOTES_BEYOND_PRESENT = "votes_beyond_present"  # decision ("1.2"), cast, present
    NO_MEETINGS = "no_meetings"  # file (it holds nothing at all)
    # body, person, body_index, member_index (their positions in the file, from 0)
    MEMBER_NOT_IN_DIRECTORY = "member_not_in_directory"


@dataclass(frozen=True)
class ImportWarning:
    """Something worth a second look in an imported file that is not an error.

    `meeting`: the meeting's position in the file (from 0), None for the whole file or the
    directory.
    `values`: what the warning's words need, by name (see WarningKind).
    """

    kind: WarningKind
    meeting: int | None
    values: Mapping[str, str | int] = field(default_factory=dict)

    @property
    def place(self) -> str:
        """Where, as the command line says it: "meetings[3]", "bodies[0].members[2]", or the
        file's name."""
        if self.meeting is not None:
            return f"meetings[{self.meeting}]"
        if self.kind is WarningKind.MEMBER_NOT_IN_DIRECTORY:
            return f"bodies[{self.values['body_index']}].members[{self.values['member_index']}]"
        return str(self.values["file"])

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
        if self.kind is WarningKind.MEMBER_NOT_IN_DIRECTORY:
            return (f"{self.place}: {v['body']}: the member {v['person']} is neither among the "
                    "people of this file nor in the directory; added to it with the name only")
        return f"{self.place} holds no meetings; nothing imported"


def _numbered(values: Mapping[str, str | int]) -> str:
    return f"{values['body'] or '(no body)'} № {values['number']} of {values['year']}"


@dataclass(frozen=True)
class ImportResult:
    """The new meetings' ids in the file's order, and what is worth a second look."""

    ids: list[int]
    warnings: list[ImportWarning]


class TransferService:
    """Import and export of Minutes JSON (reads versions 1 and 2, writes version 2)."""

    def __init__(self, session_factory: sessionmaker[Session],
                 backups: BackupService | None = None) -> None:
        """`backups`: where a copy is taken before an import (None: no copy)."""
        self._session_factory = session_factory
        self._backups = backups

    def import_file(self, data: bytes, source_name: str) -> ImportResult:
        """Import a Minutes JSON document whole: its organisations, people, bodies and
        meetings, all or nothing.

        `source_name`: how the user knows the file (its path, or "-" for standard input);
        only warnings name it. Raises InterchangeError (a bad file, or a directory entry the
        directory refuses, with its path), DomainError, BackupFailed (the copy before the
        import could not be made) or StorageFailure; in each case nothing was imported.
        """
        archive = parse_archive(data)
        for meeting in archive.meetings:  # the reader checks too; the service does not rely on it
            validate_meeting(meeting)
        if not (archive.meetings or archive.organizations or archive.people or archive.bodies):
            return ImportResult([], [ImportWarning(WarningKind.NO_MEETINGS, None,
                                                   {"file": source_name})])
        with reading(self._session_factory) as session:
            warnings = _member_warnings(archive, session)  # bodies come first in a file
            warnings += _number_warnings(archive.meetings, store.summaries(session))
        for i, meeting in enumerate(archive.meetings):
            warnings += _vote_warnings(i, meeting)
        self._back_up_before("before-import")
        with writing(self._session_factory) as session:
            _store_directory(session, archive)
            directory.add_named(session, [m.body for m in archive.meetings],
                                [m.organization for m in archive.meetings])
            stored = store.insert(session, archive.meetings)
        return ImportResult([m.id for m in stored if m.id is not None], warnings)

    def _back_up_before(self, reason: str) -> None:
        if self._backups is not None:
            self._backups.back_up_before_change(reason)

    def export_json(self, meeting_ids: Sequence[int] | None = None) -> bytes:
        """A version 2 document, UTF-8: every meeting with the whole directory (None), or the
        meetings with these ids, in id order, with the organisations, people and bodies they
        name. Raises MeetingNotFound naming the lowest missing id."""
        ids = list(dict.fromkeys(meeting_ids)) if meeting_ids else None
        with reading(self._session_factory) as session:
            meetings = store.load_meetings(session, ids)
            if ids is not None:
                missing = set(ids) - {m.id for m in meetings}
                if missing:
                    raise MeetingNotFound(min(missing))
            archive = Archive(tuple(directory.list_organizations(session)),
                              tuple(directory.list_people(session)),
                              tuple(directory.list_bodies(session)), tuple(meetings))
        if ids is not None:
            archive = _named_by_meetings(archive)
        return dump_archive(archive).encode("utf-8")


@contextmanager
def _entry_at(path: str) -> Iterator[None]:
    """A directory entry the directory refuses is an error of the file, at its path."""
    try:
        yield
    except DomainError as error:
        where = f"{path}.{error.field}" if error.field else path
        raise InterchangeError(where, error.message) from None


def _store_directory(session: Session, archive: Archive) -> None:
    """Organisations, people, then bodies (whose organisations and members they name)."""
    for i, organization in enumerate(archive.organizations):
        with _entry_at(f"organizations[{i}]"):
            directory.save_organization(session, organization)
    for i, person in enumerate(archive.people):
        with _entry_at(f"people[{i}]"):
            directory.save_person(session, person)
    directory.add_named(session, [], [b.organization for b in archive.bodies])
    for i, body in enumerate(archive.bodies):
        with _entry_at(f"bodies[{i}]"):
            directory.save_body(session, body)


def _member_warnings(archive: Archive, session: Session) -> list[ImportWarning]:
    """A body member neither in the file's people nor in the directory: most likely a
    misspelt name, which would start a new person."""
    known = {person_key(p.full_name) for p in archive.people}
    warnings = []
    for b, body in enumerate(archive.bodies):
        for m, member in enumerate(body.members):
            key = person_key(member.person)
            if key in known:
                continue
            if directory.find_person(session, member.person) is not None:
                known.add(key)
                continue
            warnings.append(ImportWarning(WarningKind.MEMBER_NOT_IN_DIRECTORY, None, {
                "body": _one_line(body.name), "person": _one_line(member.person),
                "body_index": b, "member_index": m}))
    return warnings


def _named_by_meetings(archive: Archive) -> Archive:
    """The archive's directory cut down to what its meetings name: their bodies, the
    organisations of those and of the meetings, and every person the meetings or those
    bodies name."""
    body_names = {_name_key(m.body) for m in archive.meetings}
    bodies = tuple(b for b in archive.bodies if _name_key(b.name) in body_names)
    organization_names = {_name_key(o) for o in
                          [m.organization for m in archive.meetings]
                          + [b.organization for b in bodies]}
    people_names = {person_key(name) for name in _people_named(archive.meetings, bodies)}
    return Archive(
        tuple(o for o in archive.organizations if _name_key(o.name) in organization_names),
        tuple(p for p in archive.people if person_key(p.full_name) in people_names),
        bodies, archive.meetings)


def _people_named(meetings: Sequence[Meeting], bodies: Sequence[Body]) -> Iterator[str]:
    for body in bodies:
        yield from (m.person for m in body.members)
    for meeting in meetings:
        yield from (a.name for a in meeting.attendees if not a.is_group)
        if meeting.approval is not None:
            yield meeting.approval.by
        for item in meeting.agenda:
            yield from item.presenters
            yield from (s.speaker for s in item.heard + item.discussion + item.proposals
                        if s.speaker)
            for decision in item.decisions:
                for action in decision.actions:
                    yield from action.responsible


def _name_key(name: str) -> str:
    return fold(normalize_space(name))


def _number_warnings(meetings: Sequence[Meeting],
                     stored: Sequence[store.Summary]) -> list[ImportWarning]:
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
