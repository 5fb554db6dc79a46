"""Use cases on meetings. One public method is one user action and one transaction.

CONTRACT (the UI and the CLI are written against these signatures; keep them stable):
every method takes and returns domain snapshots or `views` read models, never ORM records.
"""

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy.orm import Session, sessionmaker

from minutes_app.domain import (
    Approval,
    Body,
    HistoryEntry,
    Meeting,
    Numbering,
    Person,
    Status,
    fold,
    validate_meeting,
)
from minutes_app.domain import next_number as next_free_number
from minutes_app.domain.conflicts import EditConflict
from minutes_app.domain.fingerprint import fingerprint
from minutes_app.services.backups import BackupService
from minutes_app.services.drafts import draft_from, new_meeting_draft, roster_lines
from minutes_app.services.errors import (
    MeetingApproved,
    MeetingNotFound,
    NotApproved,
    ReasonRequired,
    ServiceError,
)
from minutes_app.services.history import (
    APPROVED,
    REOPENED,
    changed_parts,
    reopened,
    with_change,
)
from minutes_app.services.transactions import (
    reading,
    writing,
)
from minutes_app.services.views import MeetingSummary, SearchHit, SummaryRow
from minutes_app.storage import directory
from minutes_app.storage import meetings as store
from minutes_app.storage import tasks as task_store


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class MeetingService:
    def __init__(self, session_factory: sessionmaker[Session],
                 backups: BackupService | None = None,
                 clock: Callable[[], datetime] = _now) -> None:
        """`backups`: where a copy is taken before a bulk change (an import). `clock`: the
        local time written into the history (tests give a fixed one)."""
        self._session_factory = session_factory
        self._backups = backups
        self._clock = clock

    def list_meetings(self) -> list[MeetingSummary]:
        """All meetings, newest first (date, then number)."""
        with reading(self._session_factory) as session:
            return [MeetingSummary(s.id, s.date, s.number, s.title, s.body, s.status)
                    for s in store.summaries(session)]

    def has_meetings(self) -> bool:
        """Whether any meeting is stored (one row read, not the list)."""
        with reading(self._session_factory) as session:
            return store.has_meetings(session)

    def list_rows(self) -> list[SummaryRow]:
        """All meetings' lines as plain tuples in MeetingSummary's field order, in no order:
        for the window's list, which sorts itself and keeps them as they are (issue 11: the
        cheapest read of 10,000 meetings)."""
        with reading(self._session_factory) as session:
            return store.summary_rows(session)

    def get(self, meeting_id: int) -> Meeting:
        """The whole meeting with all its parts; raises MeetingNotFound."""
        with reading(self._session_factory) as session:
            meeting = store.load_meeting(session, meeting_id)
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        return meeting

    def create(self, meeting: Meeting) -> Meeting:
        """Store a new meeting (validate_meeting first); returns it with its id."""
        validate_meeting(meeting)
        with writing(self._session_factory) as session:
            directory.add_named(session, [meeting.body], [meeting.organization])
            (stored,) = store.insert(session, [meeting])
        return stored

    def save(self, meeting: Meeting, *, by: str = "",
             wait_seconds: float | None = None) -> Meeting:
        """Store the changed snapshot of an existing meeting (meeting.id set); returns what
        was stored.

        `wait_seconds`: how long to wait for another program's write lock before giving up
        with StorageFailure(kind="busy"); None waits the connection's busy timeout. The
        window's own saves on the GUI thread pass a short one so that it never freezes.

        Rows are matched by the children's `key`: changed rows are updated, new ones inserted,
        missing ones deleted, so an autosave after one keystroke touches one row. Validates
        with validate_meeting; raises DomainError (nothing written) or MeetingNotFound.

        Approval (issue 10): the stored status, approval and history are kept whatever the
        snapshot says (only approve and reopen change them), so a snapshot read before an
        approval cannot undo it. An approved meeting is refused (MeetingApproved, nothing
        written); a meeting reopened after an approval gets a "changed after approval" entry
        by `by` naming what changed. (The task register marks tasks done through its own
        service, which this refusal does not block.)

        No lost updates (issue 13): `meeting.version` is the version it was read at (0: not
        read from the database, saved without this check). When someone saved the meeting
        since, EditConflict (domain.conflicts: ours, theirs as stored now, who and when,
        the differences) and nothing is written; `keep_mine` or `take_theirs` then. The
        meeting returned carries its new version (one more), the one to name next time;
        `by` (else the OS user name) is stored as who changed it. A snapshot equal to the
        stored meeting writes nothing and gets the stored version.
        """
        validate_meeting(meeting)
        with writing(self._session_factory, wait_seconds=wait_seconds) as session:
            old = store.load_meeting(session, meeting.id) if meeting.id is not None else None
            if old is None:
                raise MeetingNotFound(meeting.id if meeting.id is not None else 0)
            if old.status is Status.APPROVED:
                raise MeetingApproved(old.id or 0, old.approval.by if old.approval else "")
            history = old.history
            if reopened(history):
                history = with_change(history, changed_parts(old, meeting), by, self._clock())
            meeting = replace(meeting, status=old.status, approval=old.approval,
                              history=history)
            before = directory.names_of_meeting(session, meeting.id) if meeting.id else ("", "")
            directory.add_named(session, [meeting.body], [meeting.organization])
            if meeting == old:
                # Nothing to write, and nothing to lose whoever saved last: the stored
                # version is as good as the one read (no new version, no conflict).
                return replace(meeting, version=old.version)
            stored = store.save_meeting(session, meeting, read_version=meeting.version or None,
                                        by=by)
            if stored is None:
                raise MeetingNotFound(meeting.id if meeting.id is not None else 0)
            if before != (meeting.body, meeting.organization):
                directory.drop_if_bare_and_unused(session, *before)
        return stored

    def approve(self, meeting_id: int, by: str, today: date, *,
                seen: Meeting | None = None) -> Meeting:
        """Draft → approved by `by` on `today`, with the fingerprint of the record as stored;
        the history says who and when. An approved meeting raises MeetingApproved.

        Atomic (issue 13): the version approved is the one fingerprinted, and `seen` (the
        meeting as the approver saw it) must be that version: when someone saved it since,
        EditConflict and nothing is approved. Two people can never approve different
        versions: the second finds it approved (MeetingApproved) or changed (EditConflict)."""
        if not by.strip():
            raise ServiceError("who approves the minutes must be named")
        with writing(self._session_factory) as session:
            meeting = self._load_seen(session, meeting_id, seen)
            if meeting.status is Status.APPROVED:
                raise MeetingApproved(meeting_id, meeting.approval.by if meeting.approval else "")
            entry = HistoryEntry(self._clock(), APPROVED, by.strip())
            approved = replace(meeting, status=Status.APPROVED,
                               approval=Approval(by.strip(), today, fingerprint(meeting)),
                               history=(*meeting.history, entry))
            return self._write(session, approved, by)

    def reopen(self, meeting_id: int, reason: str, by: str, *,
               seen: Meeting | None = None) -> Meeting:
        """Approved → draft again, the approval cleared; the history keeps the reason.
        A blank reason raises ReasonRequired; a draft, NotApproved; a meeting saved by
        someone after `seen` was read, EditConflict (nothing reopened)."""
        if not reason.strip():
            raise ReasonRequired()
        with writing(self._session_factory) as session:
            meeting = self._load_seen(session, meeting_id, seen)
            if meeting.status is not Status.APPROVED:
                raise NotApproved(meeting_id)
            entry = HistoryEntry(self._clock(), REOPENED, by.strip(), reason.strip())
            draft = replace(meeting, status=Status.DRAFT, approval=None,
                            history=(*meeting.history, entry))
            return self._write(session, draft, by)

    def keep_mine(self, conflict: EditConflict[Meeting], *, by: str = "") -> Meeting:
        """After an EditConflict: save our meeting over theirs (the version it was refused
        against). Another save that came meanwhile gives a new EditConflict."""
        return self.save(replace(conflict.ours, version=conflict.theirs.version), by=by)

    def take_theirs(self, conflict: EditConflict[Meeting]) -> Meeting:
        """After an EditConflict: the meeting as stored now (ours is dropped); raises
        MeetingNotFound when it was deleted since."""
        return self.get(conflict.theirs.id or 0)

    def history(self, meeting_id: int) -> tuple[HistoryEntry, ...]:
        """What happened to the record, oldest first."""
        with reading(self._session_factory) as session:
            return self._load(session, meeting_id).history

    @staticmethod
    def _load(session: Session, meeting_id: int) -> Meeting:
        meeting = store.load_meeting(session, meeting_id)
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        return meeting

    @staticmethod
    def _load_seen(session: Session, meeting_id: int, seen: Meeting | None) -> Meeting:
        """The stored meeting, provided it is still the version of `seen` (when given and
        read from the database); else EditConflict."""
        meeting = MeetingService._load(session, meeting_id)
        if seen is not None and seen.version and seen.version != meeting.version:
            raise store.edit_conflict(session, seen, meeting)
        return meeting

    @staticmethod
    def _write(session: Session, meeting: Meeting, by: str) -> Meeting:
        # At the version loaded in this transaction: a save slipped in between (another
        # client, on a server database) makes this an EditConflict, not a lost update.
        stored = store.save_meeting(session, meeting, read_version=meeting.version, by=by)
        assert stored is not None  # loaded in the same transaction
        return stored

    def delete(self, meeting_id: int) -> Meeting:
        """Delete a meeting; returns its last snapshot so that the window can undo (create it
        again). An approved meeting is refused (MeetingApproved, nothing deleted): an approved
        protocol leaves the record only after a reopening, which the history keeps."""
        with writing(self._session_factory) as session:
            meeting = store.delete_meeting(session, meeting_id)
            if meeting is None:
                raise MeetingNotFound(meeting_id)
            if meeting.status is Status.APPROVED:  # the transaction rolls the deletion back
                raise MeetingApproved(meeting_id, meeting.approval.by if meeting.approval else "")
        return meeting

    def import_meetings(self, meetings: Sequence[Meeting]) -> list[int]:
        """Store all the meetings in one transaction (all or nothing); returns the new ids in
        order. A file database is first backed up (when it changed since its last copy);
        raises BackupFailed, importing nothing, when that copy cannot be made."""
        for meeting in meetings:
            validate_meeting(meeting)
        if meetings:
            self._back_up_before("before-import")
        with writing(self._session_factory) as session:
            directory.add_named(session, [m.body for m in meetings],
                                [m.organization for m in meetings])
            return [stored.id for stored in store.insert(session, meetings)]  # type: ignore[misc]

    def _back_up_before(self, reason: str) -> None:
        if self._backups is not None:
            self._backups.back_up_before_change(reason)

    def export_meetings(self, meeting_ids: Sequence[int] | None = None) -> list[Meeting]:
        """The meetings with these ids (all meetings when None), in id order."""
        with reading(self._session_factory) as session:
            meetings = store.load_meetings(session, meeting_ids)
        if meeting_ids is not None:
            missing = set(meeting_ids) - {m.id for m in meetings}
            if missing:
                raise MeetingNotFound(min(missing))
        return meetings

    def search(self, text: str, limit: int = 50,
               filters: store.SearchFilter = store.NO_FILTER) -> list[SearchHit]:
        """Meetings matching any text a person types, that the filters (views.SearchFilter)
        let through, newest first; each with its passage, the spans of its matched words and
        its agenda item. Never raises on odd input."""
        with reading(self._session_factory) as session:
            return [SearchHit(h.meeting_id, h.date, h.number, h.title, h.passage, h.item, h.spans)
                    for h in store.search(session, text, limit, filters)]

    def next_number(self, body: str, year: int) -> str:
        """The next protocol number of `body` in `year`: one past the largest of that year,
        or of all years when the body's numbering is continuous."""
        with reading(self._session_factory) as session:
            return _next_number(session, body, year)

    def new_meeting(self, body: str, day: date) -> Meeting:
        """An unsaved draft of a new meeting of `body` on `day` (CONTRACT, issue 8): the body's
        members on that day, all present (its chair and secretary in their roles), its next
        number (yearly or continuous numbering), and its organisation, place and kind. An
        unknown body gives a draft with only the body's name and the date (and the number
        its name would get)."""
        with reading(self._session_factory) as session:
            stored = directory.get_body(session, body) if body.strip() else None
            number = _next_number(session, body, day.year) if body.strip() else ""
            people = _people_of(session, stored)
        return new_meeting_draft(body, day, number, stored, people)

    def draft_next_meeting(self, meeting_id: int, today: date) -> Meeting:
        """An unsaved draft of the next meeting of the same body (see issue 4); when the body
        is in the directory with a roster, its members on `today` are the attendees."""
        with reading(self._session_factory) as session:
            source = store.load_meeting(session, meeting_id)
            if source is None:
                raise MeetingNotFound(meeting_id)
            number = _next_number(session, source.body, today.year)
            tasks = store.open_actions(session, source.body, today, meeting_id)
            # done since the last meeting (the one drafted from), reported at the next
            done = task_store.done_since(session, source.body, source.date, today, meeting_id)
            body = directory.get_body(session, source.body) if source.body.strip() else None
            roster = roster_lines(body, today, _people_of(session, body)) if body else ()
        return draft_from(source, today, number, tasks, roster, done)


def _next_number(session: Session, body: str, year: int) -> str:
    stored = directory.get_body(session, body) if body.strip() else None
    if stored is not None and stored.numbering is Numbering.CONTINUOUS:
        return next_free_number(directory.numbers_of_body(session, body))
    return next_free_number(store.numbers_in_year(session, body, year))


def _people_of(session: Session, body: Body | None) -> dict[str, Person]:
    """The directory entries of the body's members, by folded full name."""
    if body is None:
        return {}
    found = (directory.find_person(session, m.person) for m in body.members)
    return {fold(p.full_name): p for p in found if p is not None}
