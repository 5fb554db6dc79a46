"""Use cases on meetings. One public method is one user action and one transaction.

CONTRACT (the UI and the CLI are written against these signatures; keep them stable):
every method takes and returns domain snapshots or `views` read models, never ORM records.
"""

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from minutes_app.domain import Meeting
from minutes_app.services.views import MeetingSummary, SearchHit


class MeetingService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def list_meetings(self) -> list[MeetingSummary]:
        """All meetings, newest first (date, then number)."""
        raise NotImplementedError

    def get(self, meeting_id: int) -> Meeting:
        """The whole meeting with all its parts; raises MeetingNotFound."""
        raise NotImplementedError

    def create(self, meeting: Meeting) -> Meeting:
        """Store a new meeting (validate_meeting first); returns it with its id."""
        raise NotImplementedError

    def save(self, meeting: Meeting) -> Meeting:
        """Store the changed snapshot of an existing meeting (meeting.id set).

        Rows are matched by the children's `key`: changed rows are updated, new ones inserted,
        missing ones deleted, so an autosave after one keystroke touches one row. Validates
        with validate_meeting; raises DomainError (nothing written) or MeetingNotFound.
        """
        raise NotImplementedError

    def delete(self, meeting_id: int) -> Meeting:
        """Delete a meeting; returns its last snapshot so that the window can undo (create it again)."""
        raise NotImplementedError

    def import_meetings(self, meetings: Sequence[Meeting]) -> list[int]:
        """Store all the meetings in one transaction (all or nothing); returns the new ids in order."""
        raise NotImplementedError

    def export_meetings(self, meeting_ids: Sequence[int] | None = None) -> list[Meeting]:
        """The meetings with these ids (all meetings when None), in id order."""
        raise NotImplementedError

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Meetings matching any text a person types; never raises on odd input."""
        raise NotImplementedError

    def next_number(self, body: str, year: int) -> str:
        """The next protocol number of `body` in `year`."""
        raise NotImplementedError

    def draft_next_meeting(self, meeting_id: int, today: date) -> Meeting:
        """An unsaved draft of the next meeting of the same body (see issue 4)."""
        raise NotImplementedError
