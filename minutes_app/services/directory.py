"""Use cases on the directory: people, bodies (with rosters) and organisations.

CONTRACT: the UI is written against these signatures; keep them stable.
"""

from sqlalchemy.orm import Session, sessionmaker

from minutes_app.domain import Body, Organization, Person
from minutes_app.services.errors import ServiceError
from minutes_app.services.transactions import reading, writing
from minutes_app.services.views import MergeReceipt, PersonActivity
from minutes_app.storage import directory as store


class DirectoryService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def find_people(self, text: str, limit: int = 20) -> list[Person]:
        """People whose surname, given name, patronymic (any part, from its start) match `text`,
        case- and ё-insensitively in any script; empty text gives the first `limit` by surname."""
        with reading(self._session_factory) as session:
            return store.find_people(session, text, limit)

    def save_person(self, person: Person) -> Person:
        """Create (id None) or update a person; returns it with its id."""
        with writing(self._session_factory) as session:
            saved = store.save_person(session, person)
            if saved is None:
                raise ServiceError(f"there is no person with id {person.id} in the directory")
        return saved

    def list_bodies(self) -> list[Body]:
        with reading(self._session_factory) as session:
            return store.list_bodies(session)

    def get_body(self, name: str) -> Body | None:
        """The body with this name (case-insensitive), or None."""
        with reading(self._session_factory) as session:
            return store.get_body(session, name)

    def save_body(self, body: Body) -> Body:
        with writing(self._session_factory) as session:
            return store.save_body(session, body)

    def get_organization(self, name: str) -> Organization | None:
        with reading(self._session_factory) as session:
            return store.get_organization(session, name)

    def save_organization(self, organization: Organization) -> Organization:
        with writing(self._session_factory) as session:
            return store.save_organization(session, organization)

    # -- issue 8 (CONTRACT; implemented by the directory slice) ------------------------------
    def list_people(self) -> list[Person]:
        """Every person of the directory, by surname, given name, patronymic."""
        raise NotImplementedError

    def get_person(self, person_id: int) -> Person:
        """Raises PersonNotFound."""
        raise NotImplementedError

    def find_person(self, full_name: str) -> Person | None:
        """The directory entry of this name (case-, space- and ё-insensitive), or None."""
        raise NotImplementedError

    def person_activity(self, person_id: int) -> PersonActivity:
        """The meetings a person is listed at and the tasks they are responsible for, newest
        first. Raises PersonNotFound."""
        raise NotImplementedError

    def correct_name(self, old_full_name: str, new_full_name: str) -> Person | None:
        """The person was misspelt: the directory entry of `old_full_name` gets the new name
        (its meetings stay linked to it). None when no entry has the old name; DomainError
        when another entry already has the new one (merge them instead)."""
        raise NotImplementedError

    def merge_people(self, kept_id: int, dropped_id: int) -> MergeReceipt:
        """Two entries are one person: the dropped one's attendances, statements, proposals,
        presentations, tasks and body memberships move to the kept one (names rewritten to
        the kept one's full name), and the dropped entry is deleted; one transaction."""
        raise NotImplementedError

    def undo_merge(self, receipt: MergeReceipt) -> None:
        """Put back what `merge_people` changed (the window's Undo)."""
        raise NotImplementedError

    def delete_body(self, body_id: int) -> Body:
        """Delete a body (its meetings keep its name); returns it for undo."""
        raise NotImplementedError

    def list_organizations(self) -> list[Organization]:
        raise NotImplementedError

    def delete_organization(self, organization_id: int) -> Organization:
        raise NotImplementedError
