"""Use cases on the directory: people, bodies (with rosters) and organisations.

CONTRACT: the UI is written against these signatures; keep them stable.
"""

from sqlalchemy.orm import Session, sessionmaker

from minutes_app.domain import Body, Organization, Person


class DirectoryService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def find_people(self, text: str, limit: int = 20) -> list[Person]:
        """People whose surname, given name, patronymic (any part, from its start) match `text`,
        case- and ё-insensitively in any script; empty text gives the first `limit` by surname."""
        raise NotImplementedError

    def save_person(self, person: Person) -> Person:
        """Create (id None) or update a person; returns it with its id."""
        raise NotImplementedError

    def list_bodies(self) -> list[Body]:
        raise NotImplementedError

    def get_body(self, name: str) -> Body | None:
        """The body with this name (case-insensitive), or None."""
        raise NotImplementedError

    def save_body(self, body: Body) -> Body:
        raise NotImplementedError

    def get_organization(self, name: str) -> Organization | None:
        raise NotImplementedError

    def save_organization(self, organization: Organization) -> Organization:
        raise NotImplementedError
