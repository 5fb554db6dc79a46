"""The directory: people (one per folded full name), bodies with rosters, organisations.

Functions take the caller's Session and never commit: the service owns the transaction.
"""

from collections.abc import Iterable, Sequence

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import ReturningInsert

from minutes_app.domain import (
    Attendee,
    Body,
    DomainError,
    Member,
    Organization,
    Person,
    PersonName,
    QuorumKind,
    QuorumRule,
    fold,
)
from minutes_app.domain.text import normalize_space
from minutes_app.storage.records import (
    BodyMemberRecord,
    BodyRecord,
    OrganizationRecord,
    PersonRecord,
)

_CHUNK = 500  # names per IN (...) list


def person_key(full_name: str) -> str:
    """The folded full name that makes a person unique ("ИВАНОВ  Иван" is "иванов иван")."""
    return fold(PersonName.parse(full_name).full)


def link_people(session: Session, attendees: Iterable[Attendee]) -> dict[str, int]:
    """Directory ids of the people among `attendees`, by `person_key`; adds the missing ones
    with the position and organisation of their first line. Existing entries are left as
    they are (the directory is edited in the directory)."""
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


def _new_person_values(attendee: Attendee) -> dict[str, str]:
    name = PersonName.parse(attendee.name)
    return {
        "surname": name.surname, "given_name": name.given_name, "patronymic": name.patronymic,
        "position": attendee.position, "organization": attendee.organization, "degree": "",
        "name_fold": fold(name.full),
    }


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


def save_person(session: Session, person: Person) -> Person | None:
    """Insert (id None; an existing entry of the same name is updated instead) or update;
    None when `person.id` is not in the directory."""
    values = _person_values(person)
    record = None
    if person.id is not None:
        record = session.get(PersonRecord, person.id)
        if record is None:
            return None
    same_name = session.scalars(
        select(PersonRecord).where(PersonRecord.name_fold == values["name_fold"])
    ).first()
    if record is None:
        record = same_name or PersonRecord()
        session.add(record)
    elif same_name is not None and same_name is not record:
        raise DomainError(f"the directory already has {same_name.surname} "
                          f"{same_name.given_name} {same_name.patronymic}".strip(), "surname")
    for name, value in values.items():
        setattr(record, name, value)
    session.flush()
    return _person(record)


def _person_values(person: Person) -> dict[str, str]:
    parts = [normalize_space(p) for p in (person.surname, person.given_name, person.patronymic)]
    if not parts[0]:
        raise DomainError("a person's surname is empty", "surname")
    name = PersonName(*parts)
    return {
        "surname": name.surname, "given_name": name.given_name, "patronymic": name.patronymic,
        "position": person.position, "organization": person.organization,
        "degree": person.degree, "name_fold": fold(name.full),
    }


def _person(record: PersonRecord) -> Person:
    return Person(
        surname=record.surname, given_name=record.given_name, patronymic=record.patronymic,
        position=record.position, organization=record.organization, degree=record.degree,
        id=record.id,
    )


def list_bodies(session: Session) -> list[Body]:
    return [_body(record) for record in session.scalars(
        select(BodyRecord).order_by(BodyRecord.name_fold)
    ).unique()]


def get_body(session: Session, name: str) -> Body | None:
    record = _body_record(session, name)
    return _body(record) if record else None


def _body_record(session: Session, name: str) -> BodyRecord | None:
    query = select(BodyRecord).where(BodyRecord.name_fold == fold(normalize_space(name)))
    return session.scalars(query).unique().first()


def save_body(session: Session, body: Body) -> Body:
    """Create or replace the body of this name (case-insensitive); members become people."""
    name = normalize_space(body.name)
    if not name:
        raise DomainError("the body's name is empty", "name")
    _check_quorum(body.quorum)
    members = [normalize_space(m.person) for m in body.members if m.person.strip()]
    ids = link_people(session, [Attendee(name=member) for member in members])
    record = (session.get(BodyRecord, body.id) if body.id is not None else None) or (
        _body_record(session, name)
    )
    if record is None:
        record = BodyRecord()
        session.add(record)
    record.name, record.name_fold = name, fold(name)
    record.quorum_kind, record.quorum_count = body.quorum.kind.value, body.quorum.count
    # Keep the rows of members who stay: a new row for the same person would collide with
    # the old one (the old is deleted only after the new is inserted).
    current = {member.person_id: member for member in record.members}
    roster = []
    for ordinal, person_id in enumerate(dict.fromkeys(ids[person_key(m)] for m in members)):
        member = current.pop(person_id, None) or BodyMemberRecord(person_id=person_id)
        member.ordinal = ordinal
        roster.append(member)
    record.members = roster
    session.flush()
    session.expire(record, ["members"])
    return _body(record)


def _check_quorum(rule: QuorumRule) -> None:
    count = rule.count
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise DomainError(f"{count!r} is not a whole number of 0 or more", "quorum.count")
    if rule.kind is QuorumKind.COUNT and count == 0:
        raise DomainError("a quorum by count needs a count of 1 or more", "quorum.count")


def _body(record: BodyRecord) -> Body:
    return Body(
        name=record.name,
        members=tuple(Member(PersonName(m.person.surname, m.person.given_name,
                                        m.person.patronymic).full) for m in record.members),
        quorum=QuorumRule(QuorumKind(record.quorum_kind), record.quorum_count),
        id=record.id,
    )


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
    if record is None:
        record = OrganizationRecord()
        session.add(record)
    record.name, record.name_fold = name, fold(name)
    record.name_kk, record.name_en = organization.name_kk, organization.name_en
    record.address = organization.address
    session.flush()
    return _organization(record)


def _organization(record: OrganizationRecord) -> Organization:
    return Organization(name=record.name, name_kk=record.name_kk, name_en=record.name_en,
                        address=record.address, id=record.id)
