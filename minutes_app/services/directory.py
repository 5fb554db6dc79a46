"""Use cases on the directory: people, bodies (with rosters) and organisations.

CONTRACT: the UI is written against these signatures; keep them stable.
"""

from sqlalchemy.orm import Session, sessionmaker

from minutes_app.domain import Body, Organization, Person
from minutes_app.services.errors import ServiceError
from minutes_app.services.transactions import reading, writing
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
