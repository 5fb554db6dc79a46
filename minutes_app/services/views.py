"""Read models the services hand out besides the domain snapshots."""

from dataclasses import dataclass
from datetime import date

from minutes_app.domain import Status


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    """One line of the meeting list."""

    id: int
    date: date
    number: str
    title: str
    body: str
    status: Status


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A meeting that matches a search, with the passage that matched."""

    meeting_id: int
    date: date
    number: str
    title: str
    passage: str
