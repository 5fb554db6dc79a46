"""The directory: people (one per folded full name), bodies with rosters, organisations.

Functions take the caller's Session and never commit: the service owns the transaction.
"""

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import String, delete, func, insert, or_, select, type_coerce, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import ReturningInsert

from minutes_app.domain import (
    Attendee,
    Body,
    DecisionVerb,
    DocumentSettings,
    DomainError,
    Member,
    Numbering,
    Organization,
    Person,
    PersonName,
    QuorumKind,
    QuorumRule,
    Role,
    Translations,
    fold,
)
from minutes_app.domain.text import normalize_space
from minutes_app.domain.texts import TRANSLATABLE
from minutes_app.storage.records import (
    ActionItemRecord,
    AgendaItemRecord,
    AttendanceRecord,
    BodyMemberRecord,
    BodyRecord,
    DecisionRecord,
    MeetingRecord,
    OrganizationRecord,
    PersonRecord,
    StatementRecord,
)
from minutes_app.storage.rows import stored_json
from minutes_app.storage.versions import claim, conflict

_CHUNK = 500  # names per IN (...) list
_PERSON = PersonRecord.__table__
_BODY = BodyRecord.__table__


def person_key(full_name: str) -> str:
    """The folded full name that makes a person unique ("ИВАНОВ  Иван" is "иванов иван")."""
    return fold(PersonName.parse(full_name).full)


# -- people ----------------------------------------------------------------------------------
def link_people(session: Session, attendees: Iterable[Attendee]) -> dict[str, int]:
    """Directory ids of the people among `attendees`, by `person_key`; adds the missing ones
    with the position, organisation, degree and rank of their first line. Existing entries
    are never changed (the directory is edited in the directory)."""
    first_line: dict[str, Attendee] = {}
    for attendee in attendees:
        if not attendee.is_group:
            first_line.setdefault(person_key(attendee.name), attendee)
    ids = _ids_by_key(session, list(first_line))
    missing = [key for key in first_line if key not in ids]
    if missing:
        rows = [_new_person_values(first_line[key]) for key in missing]
        table = PersonRecord.__table__
        # Matched by the unique name_fold, not by row order (which costs an INSERT per row).
        statement: ReturningInsert[str, int] = insert(table).returning(table.c.name_fold,
                                                                       table.c.id)
        ids.update((key, id_) for key, id_ in session.execute(statement, rows))
    return ids


def _ids_by_key(session: Session, keys: Sequence[str]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start:start + _CHUNK]
        query = select(PersonRecord.name_fold, PersonRecord.id).where(
            PersonRecord.name_fold.in_(chunk)
        )
        ids.update((key, id_) for key, id_ in session.execute(query))
    return ids


def _new_person_values(attendee: Attendee) -> dict[str, object]:
    name = PersonName.parse(attendee.name)
    return {
        "surname": name.surname, "given_name": name.given_name, "patronymic": name.patronymic,
        "position": attendee.position, "organization": attendee.organization,
        "degree": attendee.degree, "rank": attendee.rank, "translations": {},
        "name_fold": fold(name.full),
    }


def list_people(session: Session) -> list[Person]:
    records = session.scalars(select(PersonRecord))
    people = [_person(record) for record in records]
    people.sort(key=lambda p: (fold(p.surname), fold(p.given_name), fold(p.patronymic)))
    return people


def get_person(session: Session, person_id: int) -> Person | None:
    record = session.get(PersonRecord, person_id)
    return _person(record) if record is not None else None


def find_person(session: Session, full_name: str) -> Person | None:
    """The entry of this name (case-, space- and ё-insensitive); None for none or no name."""
    if not full_name.strip():
        return None
    record = _person_record_by_key(session, person_key(full_name))
    return _person(record) if record is not None else None


def _person_record_by_key(session: Session, key: str) -> PersonRecord | None:
    query = select(PersonRecord).where(PersonRecord.name_fold == key)
    return session.scalars(query).first()


def find_people(session: Session, text: str, limit: int) -> list[Person]:
    """Every word of `text` must begin some part of the name (any script, any case)."""
    query = select(PersonRecord).order_by(PersonRecord.name_fold).limit(max(limit, 0))
    for word in fold(text).split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(or_(
            PersonRecord.name_fold.like(f"{escaped}%", escape="\\"),
            PersonRecord.name_fold.like(f"% {escaped}%", escape="\\"),
        ))
    return [_person(record) for record in session.scalars(query)]


def save_person(session: Session, person: Person, *, read_version: int | None = None,
                by: str | None = None) -> Person | None:
    """Update the entry `person.id` (a changed name renames it), or insert a new one (id
    None; an entry of the same name is updated instead: an import repeats the directory).
    None when `person.id` is not in the directory; DomainError when the name is another
    entry's. A stored entry gets one more version, saved by `by` (storage.versions.who);
    `read_version`: the version `person` was read at, else EditConflict (None: no check)."""
    values = _person_values(person)
    record, version = None, None
    same_name = _person_record_by_key(session, str(values["name_fold"]))
    if person.id is not None:
        if session.get(PersonRecord, person.id) is None:
            return None
        # A rule before the versions: a name taken is refused whoever saved last.
        if same_name is not None and same_name.id != person.id:
            raise DomainError(f"the directory already has {_full_name(same_name)}", "surname")
        version = claim(session, _PERSON, person.id, read_version, by)
        record = session.get(PersonRecord, person.id, populate_existing=True)
        if record is None:
            return None
        if version is None:
            raise conflict(session, _PERSON, person, _person(record))
    else:
        record = same_name or PersonRecord()
        session.add(record)
        if same_name is not None:
            version = claim(session, _PERSON, same_name.id, None, by)
    for name, value in values.items():
        setattr(record, name, value)
    session.flush()
    saved = _person(record)
    # The record may have been read before the claim (its version then stale): the claim's.
    return replace(saved, version=version) if version is not None else saved


def _person_values(person: Person) -> dict[str, object]:
    parts = [normalize_space(p) for p in (person.surname, person.given_name, person.patronymic)]
    if not parts[0]:
        raise DomainError("a person's surname is empty", "surname")
    name = PersonName(*parts)
    _check_translations(person.translations, "Person")
    return {
        "surname": name.surname, "given_name": name.given_name, "patronymic": name.patronymic,
        "position": person.position, "organization": person.organization,
        "degree": person.degree, "rank": person.rank,
        "translations": person.translations.as_dict(), "name_fold": fold(name.full),
    }


def restore_person(session: Session, person: Person) -> Person:
    """Put back a deleted entry, with its old id when that id is still free."""
    values = _person_values(person)
    free = person.id is not None and session.get(PersonRecord, person.id) is None
    record = PersonRecord(id=person.id if free else None, **values)
    session.add(record)
    session.flush()
    return _person(record)


def delete_person(session: Session, person_id: int) -> None:
    """Delete an entry; its meetings' lines are unlinked (the database sets NULL)."""
    session.execute(delete(PersonRecord).where(PersonRecord.id == person_id))
    session.expire_all()


def _check_translations(translations: Translations, entity: str) -> None:
    """Only the texts a person writes have versions in other languages (never names)."""
    allowed = TRANSLATABLE[entity]
    for field_name, _language, _text in translations.entries:
        if field_name not in allowed:
            raise DomainError(f"{field_name!r} has no versions in other languages; "
                              f"these do: {', '.join(allowed)}", f"translations.{field_name}")


def _full_name(record: PersonRecord) -> str:
    return PersonName(record.surname, record.given_name, record.patronymic).full


def _person(record: PersonRecord) -> Person:
    return Person(
        surname=record.surname, given_name=record.given_name, patronymic=record.patronymic,
        position=record.position, organization=record.organization, degree=record.degree,
        rank=record.rank, translations=Translations.from_dict(record.translations),
        id=record.id, version=record.version,
    )


def lines_of_person(session: Session, person_id: int) -> list[tuple[int, str]]:
    """(meeting id, attendee key) of every meeting line linked to the person."""
    query = select(AttendanceRecord.meeting_id, AttendanceRecord.key).where(
        AttendanceRecord.person_id == person_id)
    return [(meeting_id, key) for meeting_id, key in session.execute(query)]


def link_lines(session: Session, lines: Iterable[tuple[int, str]], person_id: int) -> None:
    """Link these meeting lines (meeting id, attendee key) to the person."""
    for meeting_id, key in lines:
        session.execute(update(AttendanceRecord).where(
            AttendanceRecord.meeting_id == meeting_id, AttendanceRecord.key == key,
        ).values(person_id=person_id))


def relink_lines(session: Session, from_id: int, to_id: int) -> None:
    session.execute(update(AttendanceRecord).where(AttendanceRecord.person_id == from_id)
                    .values(person_id=to_id))


def delete_unused_people(session: Session, newer_than: int) -> None:
    """Delete people with an id above `newer_than` that no meeting line and no body names
    (the ones a restore made by the way)."""
    used = select(AttendanceRecord.person_id).where(AttendanceRecord.person_id.is_not(None))
    members = select(BodyMemberRecord.person_id)
    session.execute(delete(PersonRecord).where(
        PersonRecord.id > newer_than, PersonRecord.id.not_in(used),
        PersonRecord.id.not_in(members)))


def largest_person_id(session: Session) -> int:
    return session.scalar(select(func.max(PersonRecord.id))) or 0


@dataclass(frozen=True, slots=True)
class LineOfPerson:
    """A meeting line linked to a person, with what the directory window shows of it."""

    meeting_id: int
    day: date
    number: str
    title: str
    name: str  # as typed in that meeting
    role: str
    present: bool


def meeting_lines(session: Session, person_id: int) -> list[LineOfPerson]:
    query = (select(AttendanceRecord.meeting_id, MeetingRecord.date, MeetingRecord.number,
                    MeetingRecord.title, AttendanceRecord.name, AttendanceRecord.role,
                    AttendanceRecord.present)
             .join(MeetingRecord, AttendanceRecord.meeting_id == MeetingRecord.id)
             .where(AttendanceRecord.person_id == person_id))
    return [LineOfPerson(*row) for row in session.execute(query)]


@dataclass(frozen=True, slots=True)
class TaskRow:
    meeting_id: int
    day: date
    number: str
    task: str
    responsible: tuple[str, ...]
    due: date | None
    done: bool


def tasks_with_responsible(session: Session) -> list[TaskRow]:
    """Every task that names someone responsible, with its meeting (only the columns a
    directory window shows: names are compared by the caller, folded in Python)."""
    action, decision = ActionItemRecord.__table__.c, DecisionRecord.__table__.c
    item, meeting = AgendaItemRecord.__table__.c, MeetingRecord.__table__.c
    # The table's columns, not the ORM's, and the names as stored, parsed once per distinct
    # text: at 150,000 tasks a person's activity took 2 s to show, each time one is chosen.
    query = (select(meeting.id, meeting.date, meeting.number, action.task,
                    type_coerce(action.responsible, String), action.due, action.done)
             .select_from(ActionItemRecord.__table__)
             .join(DecisionRecord.__table__, action.decision_id == decision.id)
             .join(AgendaItemRecord.__table__, decision.agenda_item_id == item.id)
             .join(MeetingRecord.__table__, item.meeting_id == meeting.id)
             .order_by(action.id))
    parse = stored_json()
    found: Iterable[Sequence[Any]] = session.connection().execute(query)
    return [TaskRow(m, d, n, task, tuple(names), due, done)
            for m, d, n, task, stored, due, done in found if (names := parse(stored))]


def names_in_meetings(session: Session) -> Iterator[tuple[int, str]]:
    """(meeting id, name) of every person's name typed in a meeting: attendees, speakers,
    presenters, responsible. Only these columns are read, never whole meetings."""
    yield from session.execute(select(AttendanceRecord.meeting_id, AttendanceRecord.name)
                               .where(AttendanceRecord.name != ""))
    yield from session.execute(
        select(AgendaItemRecord.meeting_id, StatementRecord.speaker)
        .join(AgendaItemRecord, StatementRecord.agenda_item_id == AgendaItemRecord.id)
        .where(StatementRecord.speaker != ""))
    for meeting_id, presenters in session.execute(
            select(AgendaItemRecord.meeting_id, AgendaItemRecord.presenters)):
        yield from ((meeting_id, name) for name in presenters or ())
    for meeting_id, responsible in session.execute(
            select(AgendaItemRecord.meeting_id, ActionItemRecord.responsible)
            .join(DecisionRecord, ActionItemRecord.decision_id == DecisionRecord.id)
            .join(AgendaItemRecord, DecisionRecord.agenda_item_id == AgendaItemRecord.id)):
        yield from ((meeting_id, name) for name in responsible or ())


# -- bodies ----------------------------------------------------------------------------------
def list_bodies(session: Session) -> list[Body]:
    return [_body(record) for record in session.scalars(
        select(BodyRecord).order_by(BodyRecord.name_fold)
    ).unique()]


def get_body(session: Session, name: str) -> Body | None:
    record = _body_record(session, name)
    return _body(record) if record else None


def get_body_by_id(session: Session, body_id: int) -> Body | None:
    record = session.get(BodyRecord, body_id)
    return _body(record) if record else None


def _body_record(session: Session, name: str) -> BodyRecord | None:
    query = select(BodyRecord).where(BodyRecord.name_fold == fold(normalize_space(name)))
    return session.scalars(query).unique().first()


def bodies_of_person(session: Session, person_id: int) -> list[Body]:
    query = select(BodyRecord).join(BodyMemberRecord).where(
        BodyMemberRecord.person_id == person_id).order_by(BodyRecord.id)
    return [_body(record) for record in session.scalars(query).unique()]


def save_body(session: Session, body: Body, *, read_version: int | None = None,
              by: str | None = None) -> Body:
    """Create or update the body (`body.id`, else the body of this name, case-insensitive);
    members not in the directory become people. DomainError (nothing written) for an empty
    name, a bad quorum rule, a person twice in the roster, or two chairs (or secretaries)
    on one date. A stored body gets one more version, saved by `by`; `read_version`: the
    version `body` was read at, else EditConflict (None: no check)."""
    name = normalize_space(body.name)
    if not name:
        raise DomainError("the body's name is empty", "name")
    _check_quorum(body.quorum)
    _check_translations(body.translations, "Body")
    members = _checked_members(body.members)
    version = _claim_body(session, body, name, read_version, by)
    record = (session.get(BodyRecord, body.id) if body.id is not None else None) or (
        _body_record(session, name)
    )
    same_name = _body_record(session, name)
    if record is not None and same_name is not None and same_name is not record:
        raise DomainError(f"there is already a body named {same_name.name}", "name")
    ids = link_people(session, [Attendee(name=m.person) for m in members])
    if record is None:
        # A deleted body put back takes its old id again when that is free.
        free = body.id is not None and session.get(BodyRecord, body.id) is None
        record = BodyRecord(id=body.id if free else None)
        session.add(record)
    record.name, record.name_fold = name, fold(name)
    record.quorum_kind, record.quorum_count = body.quorum.kind.value, body.quorum.count
    record.numbering = body.numbering.value
    record.organization = normalize_space(body.organization)
    record.place, record.kind, record.letterhead = body.place, body.kind, body.letterhead
    record.translations = body.translations.as_dict()
    settings = body.document
    record.font_name, record.font_size = settings.font_name.strip(), settings.font_size
    record.long_term_margin = settings.long_term_margin
    record.decision_verb = settings.decision_verb.value
    # Keep the rows of members who stay: a new row for the same person would collide with
    # the old one (the old is deleted only after the new is inserted).
    current = {member.person_id: member for member in record.members}
    roster = []
    for ordinal, member in enumerate(members):
        person_id = ids[person_key(member.person)]
        row = current.pop(person_id, None) or BodyMemberRecord(person_id=person_id)
        row.ordinal, row.role = ordinal, member.role.value
        row.from_date, row.to_date = member.from_, member.to
        roster.append(row)
    record.members = roster
    session.flush()
    session.expire(record, ["members"])
    saved = _body(record)
    return replace(saved, version=version) if version is not None else saved


def _claim_body(session: Session, body: Body, name: str, read_version: int | None,
                by: str | None) -> int | None:
    """The stored body's new version (None: a new body); EditConflict when `read_version`
    is no longer its version. A body of this id deleted meanwhile is made anew (the window's
    undo of a deletion), so only a body still stored can conflict."""
    if body.id is not None:
        version = claim(session, _BODY, body.id, read_version, by)
        stored = session.get(BodyRecord, body.id, populate_existing=True)
        if stored is not None and version is None:
            raise conflict(session, _BODY, body, _body(stored))
        if stored is not None:
            return version
    by_name = _body_record(session, name)
    return claim(session, _BODY, by_name.id, None, by) if by_name is not None else None


def _checked_members(members: Sequence[Member]) -> list[Member]:
    """The members with names tidied, or DomainError naming what is wrong (with its path)."""
    tidied = [Member(normalize_space(m.person), m.role, m.from_, m.to) for m in members]
    seen: dict[str, int] = {}
    for i, member in enumerate(tidied):
        if not member.person:
            raise DomainError("the member's name is empty", f"members[{i}].person")
        key = person_key(member.person)
        if key in seen:
            raise DomainError(f"{member.person} is listed twice: one person holds one "
                              "membership row (change its dates instead)", f"members[{i}].person")
        seen[key] = i
    for role in (Role.CHAIR, Role.SECRETARY):
        holders = [(i, m) for i, m in enumerate(tidied) if m.role is role]
        for n, (_, first) in enumerate(holders):
            for i, second in holders[n + 1:]:
                if _overlap(first, second):
                    raise DomainError(
                        f"{first.person} and {second.person} are both {role.value} on one date",
                        f"members[{i}].role")
    return tidied


def _overlap(a: Member, b: Member) -> bool:
    starts = max(a.from_ or date.min, b.from_ or date.min)
    ends = min(a.to or date.max, b.to or date.max)
    return starts <= ends


def delete_body(session: Session, body_id: int) -> Body | None:
    record = session.get(BodyRecord, body_id)
    if record is None:
        return None
    body = _body(record)
    session.execute(delete(BodyRecord).where(BodyRecord.id == body_id))
    session.expire_all()
    return body


def move_memberships(session: Session, from_id: int, to_id: int) -> None:
    """Give `from_id`'s memberships to `to_id`; where both are members, keep `to_id`'s.
    Each body concerned counts a new version: its roster changed."""
    bodies = select(BodyMemberRecord.body_id).where(BodyMemberRecord.person_id == from_id)
    for body_id in list(session.scalars(bodies)):
        claim(session, _BODY, body_id, None)
    both = select(BodyMemberRecord.body_id).where(BodyMemberRecord.person_id == to_id)
    session.execute(delete(BodyMemberRecord).where(
        BodyMemberRecord.person_id == from_id, BodyMemberRecord.body_id.in_(both)))
    session.execute(update(BodyMemberRecord).where(BodyMemberRecord.person_id == from_id)
                    .values(person_id=to_id))
    session.expire_all()


def _check_quorum(rule: QuorumRule) -> None:
    count = rule.count
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise DomainError(f"{count!r} is not a whole number of 0 or more", "quorum.count")
    if rule.kind is QuorumKind.COUNT and count == 0:
        raise DomainError("a quorum by count needs a count of 1 or more", "quorum.count")


def _body(record: BodyRecord) -> Body:
    return Body(
        name=record.name,
        members=tuple(
            Member(_full_name(m.person), Role(m.role), m.from_date, m.to_date)
            for m in record.members
        ),
        quorum=QuorumRule(QuorumKind(record.quorum_kind), record.quorum_count),
        numbering=Numbering(record.numbering),
        organization=record.organization, place=record.place, kind=record.kind,
        letterhead=record.letterhead, translations=Translations.from_dict(record.translations),
        document=_document_settings(record), id=record.id, version=record.version,
    )


def _document_settings(record: BodyRecord) -> DocumentSettings:
    """The stored settings; a value no longer allowed (a size set by hand in the file) gives
    the defaults rather than a body that cannot be opened."""
    try:
        return DocumentSettings(record.font_name, record.font_size, record.long_term_margin,
                                DecisionVerb(record.decision_verb))
    except (DomainError, ValueError):
        return DocumentSettings()


def numbers_of_body(session: Session, body: str) -> list[str]:
    """Every protocol number of the body's meetings, all years (continuous numbering)."""
    query = select(MeetingRecord.number).where(
        MeetingRecord.body_fold == fold(normalize_space(body)))
    return list(session.scalars(query))


# -- what a meeting names ------------------------------------------------------------------
def add_named(session: Session, bodies: Iterable[str], organizations: Iterable[str]) -> None:
    """Add the bodies and organisations named by meetings that the directory lacks (name
    only), so that the pickers list them and numbering follows one body."""
    for name in dict.fromkeys(normalize_space(n) for n in organizations):
        if name and _organization_record(session, name) is None:
            session.add(OrganizationRecord(name=name, name_fold=fold(name)))
    for name in dict.fromkeys(normalize_space(n) for n in bodies):
        if name and _body_record(session, name) is None:
            session.add(BodyRecord(name=name, name_fold=fold(name),
                                   quorum_kind=QuorumKind.MAJORITY.value))
    session.flush()


def names_of_meeting(session: Session, meeting_id: int) -> tuple[str, str]:
    """The body and organisation a stored meeting names ("" and "" when it is not stored)."""
    row = session.execute(select(MeetingRecord.body, MeetingRecord.organization)
                          .where(MeetingRecord.id == meeting_id)).first()
    return (row[0], row[1]) if row is not None else ("", "")


def drop_if_bare_and_unused(session: Session, body: str, organization: str) -> None:
    """Delete the body and the organisation of these names when nothing was ever filled in
    but the name and no meeting names them any more: a name typed letter by letter into a
    meeting ("Общ", "Обще", …) leaves no trail of bodies behind."""
    if body.strip():
        record = _body_record(session, body)
        in_use = select(MeetingRecord.id).where(MeetingRecord.body_fold == fold(
            normalize_space(body))).limit(1)
        if record is not None and _bare_body(record) and session.scalar(in_use) is None:
            session.delete(record)
    if organization.strip():
        found = _organization_record(session, organization)
        bare = found is not None and not (found.name_kk or found.name_en or found.address)
        if found is not None and bare and not _organization_named(session, found.name_fold):
            session.delete(found)
    session.flush()


def _bare_body(record: BodyRecord) -> bool:
    return (not record.members and record.quorum_kind == QuorumKind.MAJORITY.value
            and record.numbering == Numbering.YEARLY.value
            and not (record.organization or record.place or record.kind or record.letterhead
                     or record.translations)
            and _document_settings(record) == DocumentSettings())


def _organization_named(session: Session, name_fold: str) -> bool:
    """Whether a meeting or a body names the organisation (compared folded, in Python: the
    tables keep no folded copy of it)."""
    for column in (MeetingRecord.organization, BodyRecord.organization):
        names = session.scalars(select(column).where(column != "").distinct())
        if any(fold(normalize_space(name)) == name_fold for name in names):
            return True
    return False


# -- organisations -----------------------------------------------------------------------------
def list_organizations(session: Session) -> list[Organization]:
    query = select(OrganizationRecord).order_by(OrganizationRecord.name_fold)
    return [_organization(record) for record in session.scalars(query)]


def get_organization(session: Session, name: str) -> Organization | None:
    record = _organization_record(session, name)
    return _organization(record) if record else None


def _organization_record(session: Session, name: str) -> OrganizationRecord | None:
    query = select(OrganizationRecord).where(
        OrganizationRecord.name_fold == fold(normalize_space(name))
    )
    return session.scalars(query).first()


def save_organization(session: Session, organization: Organization) -> Organization:
    name = normalize_space(organization.name)
    if not name:
        raise DomainError("the organisation's name is empty", "name")
    record = (
        session.get(OrganizationRecord, organization.id) if organization.id is not None else None
    ) or _organization_record(session, name)
    same_name = _organization_record(session, name)
    if record is not None and same_name is not None and same_name is not record:
        raise DomainError(f"there is already an organisation named {same_name.name}", "name")
    if record is None:
        record = OrganizationRecord()
        session.add(record)
    record.name, record.name_fold = name, fold(name)
    record.name_kk, record.name_en = organization.name_kk, organization.name_en
    record.address = organization.address
    session.flush()
    return _organization(record)


def delete_organization(session: Session, organization_id: int) -> Organization | None:
    record = session.get(OrganizationRecord, organization_id)
    if record is None:
        return None
    organization = _organization(record)
    session.delete(record)
    session.flush()
    return organization


def _organization(record: OrganizationRecord) -> Organization:
    return Organization(name=record.name, name_kk=record.name_kk, name_en=record.name_en,
                        address=record.address, id=record.id)
