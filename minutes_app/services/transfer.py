"""Minutes JSON in and out: the one import and the one export both the window and the command
line call, so that both warn about the same things and back up the same way.

An import reads the file meeting by meeting (interchange.stream), so that memory stays flat
whatever its size, and once: it checks each meeting as it is read (errors, and warnings, which
are never errors: a re-import of the same meetings is allowed) and stores the organisations,
people, bodies and meetings in ONE transaction, a batch of meetings at a time. The database is
backed up at the first meeting, once the file's top and directory are checked, so that a file
bad from its start makes no copy; any error after it, or a cancel, rolls the transaction back
and deletes that copy: nothing is imported. When someone watches the progress, the meetings
are first counted (a quick reading that decodes each and drops it) for the total; progress is
reported after each meeting counted and each batch stored. A file whose directory cannot be
stored before its meetings (keys after the meetings list, or "format" and "version" after
them) is read twice instead: checked whole, then stored.
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

import io
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session, sessionmaker

from minutes_app import files
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
from minutes_app.interchange import InterchangeError
from minutes_app.interchange.stream import ArchiveFile, Head, Opener, TwoReadings, count_meetings
from minutes_app.services.archive_json import write_document, write_whole_archive
from minutes_app.services.backups import BackupInfo, BackupService
from minutes_app.services.errors import MeetingNotFound, ServiceError
from minutes_app.services.transactions import (
    reading,
    writing,
)
from minutes_app.storage import directory
from minutes_app.storage import meetings as store
from minutes_app.storage.bulk import indexed_at_the_end, inserter_for
from minutes_app.storage.directory import person_key
from minutes_app.storage.rows import with_unique_keys


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


class TransferStage(Enum):
    """What an import or an export is doing when it reports progress."""

    CHECKING = "checking"  # done: meetings read (counted or checked); total: 0 (not known yet)
    IMPORTING = "importing"  # done: meetings stored; total: the file's meetings
    EXPORTING = "exporting"  # done: meetings written; total: the meetings exported


# progress(stage, done, total); cancelled() -> True stops the import.
Progress = Callable[[TransferStage, int, int], None]
Cancelled = Callable[[], bool]

BATCH = 100  # meetings stored at a time: flushed and let go of before the next ones are read


class TransferCancelled(ServiceError):
    """An import or an export was stopped on request: nothing was imported or written."""


class ImportCancelled(TransferCancelled):
    def __init__(self) -> None:
        super().__init__("the import was cancelled; nothing was imported")


class ExportCancelled(TransferCancelled):
    def __init__(self) -> None:
        super().__init__("the export was cancelled; nothing was written")


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

    def import_file(self, source: bytes | Path, source_name: str, *,
                    progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> ImportResult:
        """Import a Minutes JSON document whole: its organisations, people, bodies and
        meetings, all or nothing.

        `source`: the file, or its bytes. `source_name`: how the user knows the file (its
        path, or "-" for standard input); only warnings name it. `progress` is told how far
        the import is; `cancelled` is asked as often, and True stops it (ImportCancelled).
        Raises InterchangeError (a bad file, or a directory entry the directory refuses, with
        its path), DomainError, OSError (the file cannot be read), BackupFailed (the copy
        before the import could not be made), StorageFailure or ImportCancelled; in each case
        nothing was imported.
        """
        report: Progress = progress or (lambda _stage, _done, _total: None)
        stop: Cancelled = cancelled or (lambda: False)
        opener = _opener(source)
        total = 0
        if progress is not None:  # the total is for someone watching: a terminal, a window

            def counted(done: int) -> None:
                _stop_if(stop)
                report(TransferStage.CHECKING, done, 0)

            total = count_meetings(opener, counted)
        one_reading = _OneReading(self._session_factory, self._backups, report, stop, total)
        try:
            return one_reading.run(ArchiveFile(opener), source_name)
        except TwoReadings:
            return self._import_twice(ArchiveFile(opener), source_name, report, stop)

    def _import_twice(self, archive: ArchiveFile, source_name: str, report: Progress,
                      stop: Cancelled) -> ImportResult:
        """A file read twice: checked whole, then backed up and stored."""
        with reading(self._session_factory) as session:
            checks = _Checks(store.summaries(session))

        def check(index: int, meeting: Meeting) -> None:
            checks.add(index, meeting)
            _stop_if(stop)
            report(TransferStage.CHECKING, index + 1, 0)

        head = archive.check(check)
        if not (head.meetings or head.organizations or head.people or head.bodies):
            return _nothing_in(source_name)
        with reading(self._session_factory) as session:
            warnings = _member_warnings(head, session)  # bodies come first in a file
        warnings += checks.numbers + checks.votes
        _stop_if(stop)
        self._back_up_before("before-import")
        with writing(self._session_factory) as session:
            _store_directory(session, head)
            directory.add_named(session, checks.bodies, checks.organizations)
            with closing(archive.meetings()) as meetings:  # the file closed on any error
                ids = _store_meetings(session, meetings, head.meetings, report, stop)
        return ImportResult(ids, warnings)

    def _back_up_before(self, reason: str) -> None:
        if self._backups is not None:
            self._backups.back_up_before_change(reason)

    def export_json(self, meeting_ids: Sequence[int] | None = None, *,
                    progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> bytes:
        """write_json into bytes: for a few meetings (a decade's archive: export_json_to)."""
        out = io.BytesIO()
        self.write_json(out, meeting_ids, progress=progress, cancelled=cancelled)
        return out.getvalue()

    def export_json_to(self, target: Path, meeting_ids: Sequence[int] | None = None, *,
                       progress: Progress | None = None,
                       cancelled: Cancelled | None = None) -> int:
        """write_json into the file `target`, atomically: a failure or a cancel leaves the
        file that was there (files.written_atomically). Returns the meetings written."""
        with files.written_atomically(target) as out:
            return self.write_json(out, meeting_ids, progress=progress, cancelled=cancelled)

    def write_json(self, out: BinaryIO, meeting_ids: Sequence[int] | None = None, *,
                   progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> int:
        """A version 2 document, UTF-8, into `out`: every meeting with the whole directory
        (None), or the meetings with these ids, in id order, with the organisations, people
        and bodies they name. Every meeting is read and written a few at a time: a decade's
        archive (2.7 GB as snapshots at 10,000 meetings) is never held whole. Raises
        MeetingNotFound naming the lowest missing id. `progress` is told of each meeting
        written; `cancelled` is asked as often, and True stops the export (ExportCancelled:
        what `out` got is no document). Returns the meetings written."""
        ids = list(dict.fromkeys(meeting_ids)) if meeting_ids else None
        report: Progress = progress or (lambda _stage, _done, _total: None)
        stop: Cancelled = cancelled or (lambda: False)

        def written(done: int, total: int) -> None:
            _stop_if(stop, ExportCancelled)
            report(TransferStage.EXPORTING, done, total)

        _stop_if(stop, ExportCancelled)
        with reading(self._session_factory) as session:
            if ids is None:
                return write_whole_archive(session, out, written)
            chosen = self._chosen(session, ids)  # a few: held, as their directory is written
            return write_document(out, chosen.organizations, chosen.people, chosen.bodies,
                                  chosen.meetings,
                                  lambda done: written(done, len(chosen.meetings)))

    def _chosen(self, session: Session, ids: list[int]) -> Archive:
        meetings = store.load_meetings(session, ids)
        missing = set(ids) - {m.id for m in meetings}
        if missing:
            raise MeetingNotFound(min(missing))
        return _named_by_meetings(Archive(tuple(directory.list_organizations(session)),
                                          tuple(directory.list_people(session)),
                                          tuple(directory.list_bodies(session)),
                                          tuple(meetings)))


class _OneReading:
    """An import stored as the file is read. The copy and the transaction begin at the first
    meeting (or at the end, for a directory without meetings), once the file's top and
    directory are checked; a failure after that rolls back and deletes the copy."""

    def __init__(self, factory: sessionmaker[Session], backups: BackupService | None,
                 report: Progress, stop: Cancelled, total: int) -> None:
        self._factory, self._backups = factory, backups
        self._report, self._stop, self._total = report, stop, total
        self._transaction = ExitStack()
        self._head: Head | None = None  # None: the directory is bad; the meetings only checked
        self._session: Session | None = None
        self._copy: BackupInfo | None = None
        # A directory entry the directory refuses: raised after the meetings are checked, so
        # that a bad meeting is named first, as when the file was checked whole first.
        self._refused: InterchangeError | None = None
        self._checks = _Checks([])
        self._warnings: list[ImportWarning] = []
        self._batch: list[Meeting] = []
        self._ids: list[int] = []

    def run(self, archive: ArchiveFile, source_name: str) -> ImportResult:
        try:
            with self._transaction:
                head = archive.read(self._start, self._add)
                if self._session is None and (head.organizations or head.people or head.bodies):
                    self._begin(head)
                if self._session is None:
                    return _nothing_in(source_name)
                self._store()
                if self._refused is not None:
                    raise self._refused
                _stop_if(self._stop)
        except BaseException:
            if self._copy is not None and self._backups is not None:
                self._backups.discard(self._copy)
            raise
        return ImportResult(self._ids, self._warnings + self._checks.numbers + self._checks.votes)

    def _start(self, head: Head) -> None:
        self._head = head

    def _add(self, index: int, meeting: Meeting) -> None:
        _stop_if(self._stop)
        if self._head is None:
            return  # the file's own problem is raised after its meetings are checked
        if self._session is None:
            self._begin(self._head)
        if self._refused is not None:
            return
        self._checks.add(index, meeting)
        self._batch.append(meeting)
        if len(self._batch) == BATCH:
            self._store()

    def _begin(self, head: Head) -> None:
        """The copy, then the transaction, the warnings about the directory and the directory
        itself (bodies come first in a file)."""
        self._copy = self._backups.back_up_before_change("before-import") if self._backups else None
        session = self._transaction.enter_context(writing(self._factory))
        self._transaction.enter_context(indexed_at_the_end(session))
        self._checks = _Checks(store.summaries(session))
        self._warnings = _member_warnings(head, session)
        try:
            _store_directory(session, head)
        except InterchangeError as refused:
            self._refused = refused
        self._session = session
        self._report(TransferStage.IMPORTING, 0, self._total)

    def _store(self) -> None:
        """The batch read so far, with the bodies and organisations it names that the
        directory lacks; the session lets go of it once it is written."""
        if not self._batch or self._session is None:
            return
        directory.add_named(self._session, [m.body for m in self._batch],
                            [m.organization for m in self._batch])
        self._ids += _insert(self._session, self._batch)
        self._batch = []
        self._report(TransferStage.IMPORTING, len(self._ids), self._total)


def _nothing_in(source_name: str) -> ImportResult:
    return ImportResult([], [ImportWarning(WarningKind.NO_MEETINGS, None, {"file": source_name})])


def _opener(source: bytes | Path) -> Opener:
    if isinstance(source, bytes):
        return lambda: io.BytesIO(source)
    return lambda: source.open("rb")


def _stop_if(cancelled: Cancelled, error: type[TransferCancelled] = ImportCancelled) -> None:
    if cancelled():
        raise error


class _Checks:
    """What the first reading of a file gathers, meeting by meeting: the warnings about
    numbers and votes, the bodies and organisations named."""

    def __init__(self, stored: Sequence[store.Summary]) -> None:
        self._first: dict[tuple[str, str, int], tuple[WarningKind, str, int]] = {}
        for summary in stored:
            key = _number_key(summary.body, summary.number, summary.date.year)
            if key:
                self._first.setdefault(key, (WarningKind.NUMBER_IN_DATABASE, "meeting_id",
                                             summary.id))
        self.numbers: list[ImportWarning] = []
        self.votes: list[ImportWarning] = []
        self.bodies: dict[str, None] = {}  # in the file's order, once each
        self.organizations: dict[str, None] = {}

    def add(self, index: int, meeting: Meeting) -> None:
        self.numbers += _number_warnings(index, meeting, self._first)
        self.votes += _vote_warnings(index, meeting)
        self.bodies.setdefault(meeting.body)
        self.organizations.setdefault(meeting.organization)


def _store_meetings(session: Session, meetings: Iterable[Meeting], total: int,
                    report: Progress, stop: Cancelled) -> list[int]:
    """Insert the meetings a batch at a time; the session lets go of each batch once it is
    written, so that memory does not grow with the file."""
    ids: list[int] = []
    batch: list[Meeting] = []
    report(TransferStage.IMPORTING, 0, total)
    for meeting in meetings:
        _stop_if(stop)
        validate_meeting(meeting)  # the reader checked it once; the service does not rely on it
        batch.append(meeting)
        if len(batch) == BATCH:
            ids += _insert(session, batch)
            batch = []
            report(TransferStage.IMPORTING, len(ids), total)
    if batch:
        ids += _insert(session, batch)
        report(TransferStage.IMPORTING, len(ids), total)
    _stop_if(stop)
    return ids


def _insert(session: Session, meetings: Sequence[Meeting]) -> list[int]:
    # The batches of one import share one inserter: what it remembers holds in its transaction.
    ids = inserter_for(session).insert([with_unique_keys(meeting) for meeting in meetings])
    session.flush()
    session.expunge_all()
    return ids


@contextmanager
def _entry_at(path: str) -> Iterator[None]:
    """A directory entry the directory refuses is an error of the file, at its path."""
    try:
        yield
    except DomainError as error:
        where = f"{path}.{error.field}" if error.field else path
        raise InterchangeError(where, error.message) from None


def _store_directory(session: Session, archive: Head) -> None:
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


def _member_warnings(archive: Head, session: Session) -> list[ImportWarning]:
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


def _number_warnings(index: int, meeting: Meeting,
                     first: dict[tuple[str, str, int], tuple[WarningKind, str, int]]
                     ) -> list[ImportWarning]:
    """Two meetings of one body with one number in one year: allowed (re-imports happen), but
    worth a warning, whether the first one is in the database or earlier in the file.
    `first`: where each number was first seen, added to as the file is read."""
    key = _number_key(meeting.body, meeting.number, meeting.date.year)
    if not key:
        return []
    if key not in first:
        first[key] = (WarningKind.NUMBER_EARLIER_IN_FILE, "earlier", index)
        return []
    kind, name, value = first[key]
    values: dict[str, str | int] = {
        "body": _one_line(meeting.body), "number": _one_line(meeting.number),
        "year": meeting.date.year, name: value}
    return [ImportWarning(kind, index, values)]


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
