"""What the directory's merge and activity views do inside meetings: find the meetings that
name a person (by their line's link, or by any name typed whose folded form is theirs) and
rewrite those names. Helpers of DirectoryService, run inside its transaction."""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from sqlalchemy.orm import Session

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Decision,
    Meeting,
    Person,
    Role,
    Statement,
)
from minutes_app.services.views import PersonActivity, PersonMeeting, PersonTask
from minutes_app.storage import directory as store
from minutes_app.storage import meetings as meeting_store

_LEADING_ROLES = (Role.CHAIR, Role.SECRETARY)
_Test = Callable[[Attendee], bool]
_Rename = Callable[[str], str]
_Names = Callable[[tuple[str, ...]], tuple[str, ...]]


def activity(session: Session, person: Person) -> PersonActivity:
    """The person's meetings (lines linked to them) and tasks (a responsible name typed in
    any form that folds to theirs, or to a name their lines were typed with); newest first."""
    assert person.id is not None
    lines = store.meeting_lines(session, person.id)
    keys = {store.person_key(person.full_name)} | {_key(line.name) for line in lines}
    meetings = [PersonMeeting(line.meeting_id, line.day, line.number, line.title,
                              Role(line.role), line.present) for line in lines]
    meetings.sort(key=lambda m: (m.date, m.meeting_id), reverse=True)
    tasks = [PersonTask(row.meeting_id, row.day, row.number, row.task, row.due, row.done)
             for row in store.tasks_with_responsible(session)
             if keys & {_key(name) for name in row.responsible}]
    tasks.sort(key=lambda t: (t.meeting_date, t.meeting_id), reverse=True)
    return PersonActivity(tuple(meetings), tuple(tasks))


def rewrite_meetings(session: Session, kept: Person, dropped: Person,
                     dropped_lines: Sequence[tuple[int, str]]) -> tuple[Meeting, ...]:
    """Rewrite every name of `dropped` in the meetings to the kept one's full name; returns
    the meetings as they were."""
    assert dropped.id is not None
    linked = set(dropped_lines)
    # A line linked to the person may spell them otherwise (a misspelling corrected in the
    # directory stays in its meetings): those spellings are theirs too.
    typed = {line.name for line in store.meeting_lines(session, dropped.id)}
    keys = {store.person_key(dropped.full_name)} | {_key(name) for name in typed}
    candidates = {meeting_id for meeting_id, _ in dropped_lines} | {
        meeting_id for meeting_id, name in store.names_in_meetings(session)
        if _key(name) in keys}
    before = meeting_store.load_meetings(session, sorted(candidates))
    for meeting in before:
        assert meeting.id is not None
        lines = {key for meeting_id, key in linked if meeting_id == meeting.id}
        changed = _rewritten(meeting, kept, keys, lines)
        if changed != meeting:
            _save(session, changed)
    return tuple(before)


def restore_meetings(session: Session, meetings: Iterable[Meeting]) -> None:
    """Save each meeting back as it was (one deleted since stays deleted)."""
    for meeting in meetings:
        _save(session, meeting)


def _save(session: Session, meeting: Meeting) -> None:
    meeting_store.save_meeting(session, meeting)  # flushed: its records may be let go
    # Keep the session small: hundreds of meetings' records would slow every autoflush.
    session.expunge_all()


@lru_cache(maxsize=8192)  # the same names repeat across a whole archive
def _key(name: str) -> str:
    return store.person_key(name) if name.strip() else ""


def _rewritten(meeting: Meeting, kept: Person, keys: set[str], lines: set[str]) -> Meeting:
    new_name = kept.full_name
    kept_key = store.person_key(new_name)

    def rename(name: str) -> str:
        return new_name if name.strip() and _key(name) in keys else name

    def names(values: tuple[str, ...]) -> tuple[str, ...]:
        renamed = [rename(v) for v in values]
        return tuple(v for i, v in enumerate(renamed)
                     if not v.strip() or _key(v) not in {_key(w) for w in renamed[:i]})

    def is_dropped(a: Attendee) -> bool:
        return not a.is_group and (a.key in lines or _key(a.name) in keys)

    attendees = _merged_lines(meeting.attendees, is_dropped, kept_key, new_name)
    agenda = tuple(_item(item, rename, names) for item in meeting.agenda)
    return replace(meeting, attendees=attendees, agenda=agenda)


def _merged_lines(attendees: tuple[Attendee, ...], is_dropped: _Test, kept_key: str,
                  new_name: str) -> tuple[Attendee, ...]:
    """One line for the kept person: their own line if they have one (else the dropped
    person's first line, renamed), present if any was, with a chair's or secretary's role
    any line had; the dropped person's other lines go."""
    dropped = [a for a in attendees if is_dropped(a)]
    if not dropped:
        return attendees
    own = next((a for a in attendees if not a.is_group and not is_dropped(a)
                and _key(a.name) == kept_key), None)
    kept_line = own if own is not None else dropped[0]
    merged = replace(kept_line, name=new_name) if own is None else kept_line
    for line in dropped:
        if line.present and not merged.present:
            merged = replace(merged, present=True, absence_reason="")
        if line.role in _LEADING_ROLES and merged.role not in _LEADING_ROLES:
            merged = replace(merged, role=line.role)
    gone = {id(a) for a in dropped if a is not kept_line}
    return tuple(merged if a is kept_line else a for a in attendees if id(a) not in gone)


def _item(item: AgendaItem, rename: _Rename, names: _Names) -> AgendaItem:
    def statements(values: tuple[Statement, ...]) -> tuple[Statement, ...]:
        return tuple(replace(s, speaker=rename(s.speaker)) for s in values)

    def decision(d: Decision) -> Decision:
        actions: tuple[ActionItem, ...] = tuple(
            replace(a, responsible=names(a.responsible)) for a in d.actions)
        return replace(d, actions=actions)

    return replace(item, presenters=names(item.presenters), heard=statements(item.heard),
                   discussion=statements(item.discussion),
                   proposals=statements(item.proposals),
                   decisions=tuple(decision(d) for d in item.decisions))
