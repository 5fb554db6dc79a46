"""Use cases on the directory: people, bodies (with rosters) and organisations.

CONTRACT: the UI is written against these signatures; keep them stable.
"""

from dataclasses import fields, replace
from typing import TypeVar

from sqlalchemy.orm import Session, sessionmaker

from minutes_app.domain import Body, DomainError, Organization, Person, PersonName, Translations
from minutes_app.domain.conflicts import EditConflict
from minutes_app.domain.text import normalize_space
from minutes_app.services.errors import PersonNotFound, ServiceError
from minutes_app.services.merging import activity, restore_meetings, rewrite_meetings
from minutes_app.services.transactions import reading, writing
from minutes_app.services.views import MergeReceipt, PersonActivity
from minutes_app.storage import directory as store

Entry = TypeVar("Entry", Person, Body)  # what the directory versions: a person, a body

# The fields a merge fills on the kept entry when they are empty there.
_FILLED = ("given_name", "patronymic", "position", "organization", "degree", "rank")


class DirectoryService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def find_people(self, text: str, limit: int = 20) -> list[Person]:
        """People whose surname, given name, patronymic (any part, from its start) match `text`,
        case- and ё-insensitively in any script; empty text gives the first `limit` by surname."""
        with reading(self._session_factory) as session:
            return store.find_people(session, text, limit)

    def save_person(self, person: Person, *, by: str = "") -> Person:
        """Create (id None) or update a person (id set: a changed name renames the entry);
        returns it with its id and new version. A name another entry has is a DomainError
        naming that entry: a new person is never silently written over an existing one.
        Someone else's save since `person.version` was read: EditConflict, nothing written
        (`keep_mine`, `take_theirs`); version 0 is not checked. `by`: who changes it (else
        the OS user name)."""
        with writing(self._session_factory) as session:
            if person.id is None and normalize_space(person.surname):
                taken = store.find_person(session, _full_name(person))
                if taken is not None:
                    raise DomainError(f"the directory already has {taken.full_name}", "surname")
            saved = store.save_person(session, person, read_version=person.version or None,
                                      by=by)
            if saved is None:
                raise PersonNotFound(person.id if person.id is not None else 0)
        return saved

    def list_bodies(self) -> list[Body]:
        with reading(self._session_factory) as session:
            return store.list_bodies(session)

    def get_body(self, name: str) -> Body | None:
        """The body with this name (case-insensitive), or None."""
        with reading(self._session_factory) as session:
            return store.get_body(session, name)

    def save_body(self, body: Body, *, by: str = "") -> Body:
        """Create or update a body (by id, else by name). DomainError, nothing written: an
        empty name, the name of another body, a person twice in the roster, a membership
        ending before it begins, two chairs or two secretaries on one date. A body whose id
        is no longer stored (deleted: the window's undo saves it again) is created anew.
        Someone else's save since `body.version` was read: EditConflict, nothing written;
        version 0 is not checked."""
        with writing(self._session_factory) as session:
            return store.save_body(session, body, read_version=body.version or None, by=by)

    def keep_mine(self, conflict: EditConflict[Entry], *, by: str = "") -> Entry:
        """After an EditConflict on a person or a body: save ours over theirs (at the version
        it was refused against); a save that came meanwhile gives a new EditConflict."""
        ours = replace(conflict.ours, version=conflict.theirs.version)
        if isinstance(ours, Person):
            return self.save_person(ours, by=by)
        return self.save_body(ours, by=by)

    def take_theirs(self, conflict: EditConflict[Entry]) -> Entry:
        """After an EditConflict on a person or a body: it as stored now. PersonNotFound or
        ServiceError when it was deleted since."""
        theirs = conflict.theirs
        if isinstance(theirs, Person):
            return self.get_person(theirs.id or 0)
        with reading(self._session_factory) as session:
            body = store.get_body_by_id(session, theirs.id or 0)
        if body is None:
            raise ServiceError(f"there is no body with id {theirs.id}")
        return body

    def get_organization(self, name: str) -> Organization | None:
        with reading(self._session_factory) as session:
            return store.get_organization(session, name)

    def save_organization(self, organization: Organization) -> Organization:
        with writing(self._session_factory) as session:
            return store.save_organization(session, organization)

    # -- issue 8 ---------------------------------------------------------------------------
    def list_people(self) -> list[Person]:
        """Every person of the directory, by surname, given name, patronymic."""
        with reading(self._session_factory) as session:
            return store.list_people(session)

    def get_person(self, person_id: int) -> Person:
        """Raises PersonNotFound."""
        with reading(self._session_factory) as session:
            person = store.get_person(session, person_id)
        if person is None:
            raise PersonNotFound(person_id)
        return person

    def find_person(self, full_name: str) -> Person | None:
        """The directory entry of this name (case-, space- and ё-insensitive), or None."""
        with reading(self._session_factory) as session:
            return store.find_person(session, full_name)

    def person_activity(self, person_id: int) -> PersonActivity:
        """The meetings a person is listed at and the tasks they are responsible for, newest
        first. Raises PersonNotFound."""
        with reading(self._session_factory) as session:
            person = store.get_person(session, person_id)
            if person is None:
                raise PersonNotFound(person_id)
            return activity(session, person)

    def correct_name(self, old_full_name: str, new_full_name: str) -> Person | None:
        """The person was misspelt: the directory entry of `old_full_name` gets the new name
        (its meetings stay linked to it). None when no entry has the old name; DomainError
        when another entry already has the new one (merge them instead)."""
        if not new_full_name.strip():
            raise DomainError("a person's name is empty", "name")
        name = PersonName.parse(new_full_name)
        with writing(self._session_factory) as session:
            entry = store.find_person(session, old_full_name)
            if entry is None:
                return None
            renamed = replace(entry, surname=name.surname, given_name=name.given_name,
                              patronymic=name.patronymic)
            return store.save_person(session, renamed)

    def merge_people(self, kept_id: int, dropped_id: int) -> MergeReceipt:
        """Two entries are one person: the dropped one's attendances, statements, proposals,
        presentations, tasks and body memberships move to the kept one (names rewritten to
        the kept one's full name), and the dropped entry is deleted; one transaction.

        Where both attend one meeting, the kept one's line stays (present if either was;
        the chair's or secretary's role when the dropped line had it); where both are
        members of one body, the kept one's membership stays. The kept entry's empty fields
        (given name, patronymic, position, organisation, degree, rank, their translations)
        are filled from the dropped one's."""
        if kept_id == dropped_id:
            raise ServiceError("a person cannot be merged with themselves")
        with writing(self._session_factory) as session:
            kept = store.get_person(session, kept_id)
            dropped = store.get_person(session, dropped_id)
            if kept is None or dropped is None:
                raise PersonNotFound(kept_id if kept is None else dropped_id)
            lines = store.lines_of_person(session, dropped_id)
            bodies_before = tuple(store.bodies_of_person(session, dropped_id))
            meetings_before = rewrite_meetings(session, kept, dropped, lines)
            store.relink_lines(session, dropped_id, kept_id)
            store.move_memberships(session, dropped_id, kept_id)
            store.delete_person(session, dropped_id)
            store.save_person(session, _filled(kept, dropped))
        return MergeReceipt(kept, dropped, meetings_before, bodies_before, tuple(lines))

    def undo_merge(self, receipt: MergeReceipt) -> None:
        """Put back what `merge_people` changed (the window's Undo): the dropped entry, the
        meetings and the bodies as they were before the merge, and the kept entry's fields
        that the merge filled. A field of the kept entry edited after the merge keeps the
        later edit; a meeting or body deleted after the merge stays deleted. ServiceError,
        nothing changed, when the kept entry is gone or the dropped name is in use again."""
        kept, dropped = receipt.kept, receipt.dropped
        with writing(self._session_factory) as session:
            current = store.get_person(session, kept.id) if kept.id is not None else None
            if current is None:
                raise ServiceError(f"{kept.full_name} is no longer in the directory: "
                                   "the merge cannot be undone")
            if store.find_person(session, dropped.full_name) is not None:
                raise ServiceError(f"the directory has {dropped.full_name} again: the merge "
                                   "cannot be undone")
            store.save_person(session, _unfilled(current, kept, dropped))
            restored = store.restore_person(session, dropped)
            assert restored.id is not None
            largest = store.largest_person_id(session)
            restore_meetings(session, receipt.meetings_before)
            store.link_lines(session, receipt.dropped_lines, restored.id)
            for body in receipt.bodies_before:
                if body.id is not None and store.get_body_by_id(session, body.id) is not None:
                    store.save_body(session, body)
            store.delete_unused_people(session, largest)

    def delete_body(self, body_id: int) -> Body:
        """Delete a body (its meetings keep its name); returns it for undo."""
        with writing(self._session_factory) as session:
            body = store.delete_body(session, body_id)
        if body is None:
            raise ServiceError(f"there is no body with id {body_id}")
        return body

    def list_organizations(self) -> list[Organization]:
        with reading(self._session_factory) as session:
            return store.list_organizations(session)

    def delete_organization(self, organization_id: int) -> Organization:
        """Delete an organisation (meetings and bodies keep its name); returns it for undo."""
        with writing(self._session_factory) as session:
            organization = store.delete_organization(session, organization_id)
        if organization is None:
            raise ServiceError(f"there is no organisation with id {organization_id}")
        return organization


def _full_name(person: Person) -> str:
    parts = (normalize_space(p) for p in (person.surname, person.given_name, person.patronymic))
    return PersonName(*parts).full


def _filled(kept: Person, dropped: Person) -> Person:
    """The kept entry with its empty fields (and missing translations) taken from the dropped."""
    changes = {name: getattr(dropped, name) for name in _FILLED
               if not getattr(kept, name).strip() and getattr(dropped, name).strip()}
    entries = {(f, lang): text for f, lang, text in dropped.translations.entries}
    entries.update({(f, lang): text for f, lang, text in kept.translations.entries})
    translations = Translations(tuple((f, lang, t) for (f, lang), t in entries.items()))
    return replace(kept, translations=translations, **changes)


def _unfilled(current: Person, kept: Person, dropped: Person) -> Person:
    """`current` with each field the merge set, and nobody changed since, as it was before."""
    merged = _filled(kept, dropped)
    changes = {f.name: getattr(kept, f.name) for f in fields(Person)
               if f.name != "id" and getattr(current, f.name) == getattr(merged, f.name)}
    return replace(current, **changes)
