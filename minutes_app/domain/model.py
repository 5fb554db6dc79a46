"""The meeting record as immutable snapshots.

Every layer passes these around: storage builds them, services return them, the exporters and
the window read them. Child entities carry a `key` (a random id made once, when the thing is
first typed) so that saving a changed snapshot can update exactly the rows that changed; keys
and database ids never take part in equality, so "the same meeting" means the same content.
"""

from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum
from uuid import uuid4

from minutes_app.domain.errors import DomainError
from minutes_app.domain.names import PersonName


def new_key() -> str:
    return uuid4().hex


def _key() -> str:
    return field(default_factory=new_key, compare=False, repr=False)


class Language(StrEnum):
    RU = "ru"
    KK = "kk"
    EN = "en"


class Status(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"


class Role(StrEnum):
    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"
    INVITED = "invited"


class Outcome(StrEnum):
    ADOPTED = "adopted"
    REJECTED = "rejected"


class QuorumKind(StrEnum):
    MAJORITY = "majority"  # more than half of the roster
    TWO_THIRDS = "two_thirds"  # at least two thirds of the roster
    COUNT = "count"  # at least a fixed number of members


def _check_count(value: object, name: str) -> None:
    # bool is an int in Python, but True is not a vote count.
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DomainError(f"{value!r} is not a whole number of 0 or more", name)


@dataclass(frozen=True, slots=True)
class Vote:
    """How a decision was voted: counts, or unanimous (no counts recorded)."""

    for_: int = 0
    against: int = 0
    abstained: int = 0
    unanimous: bool = False

    def __post_init__(self) -> None:
        _check_count(self.for_, "for")
        _check_count(self.against, "against")
        _check_count(self.abstained, "abstained")
        if self.unanimous and (self.for_ or self.against or self.abstained):
            raise DomainError("a unanimous vote has no separate counts", "vote")

    @property
    def cast(self) -> int:
        return self.for_ + self.against + self.abstained

    @property
    def outcome(self) -> Outcome:
        """More for than against carries the decision; a unanimous vote always does."""
        return Outcome.ADOPTED if self.unanimous or self.for_ > self.against else Outcome.REJECTED


@dataclass(frozen=True, slots=True)
class ActionItem:
    """A task (поручение) with the people responsible and a due date."""

    task: str
    responsible: tuple[str, ...] = ()
    due: date | None = None
    done: bool = False
    key: str = _key()


@dataclass(frozen=True, slots=True)
class Decision:
    """One numbered point under ПОСТАНОВИЛИ; `outcome` set by hand overrides the vote."""

    text: str
    vote: Vote | None = None
    outcome: Outcome | None = None
    actions: tuple[ActionItem, ...] = ()
    key: str = _key()

    @property
    def result(self) -> Outcome:
        if self.outcome is not None:
            return self.outcome
        return self.vote.outcome if self.vote is not None else Outcome.ADOPTED


@dataclass(frozen=True, slots=True)
class Statement:
    """What was heard (СЛУШАЛИ) or said in discussion (ВЫСТУПИЛИ): a speaker and a summary."""

    text: str
    speaker: str = ""
    key: str = _key()


@dataclass(frozen=True, slots=True)
class AgendaItem:
    title: str
    presenters: tuple[str, ...] = ()
    heard: tuple[Statement, ...] = ()
    discussion: tuple[Statement, ...] = ()
    decisions: tuple[Decision, ...] = ()
    key: str = _key()


@dataclass(frozen=True, slots=True)
class Attendee:
    """A person (`name`, "Surname Given Patronymic") or a group with a head count."""

    name: str = ""
    group: str = ""
    count: int | None = None
    role: Role = Role.MEMBER
    present: bool = True
    absence_reason: str = ""
    position: str = ""
    organization: str = ""
    key: str = _key()

    def __post_init__(self) -> None:
        if bool(self.name) == bool(self.group):
            raise DomainError("an attendee is either a person (name) or a group, not both", "name")
        if self.group:
            count = self.count
            if count is None or isinstance(count, bool) or not isinstance(count, int):
                raise DomainError("a group needs a head count", "count")
            if count <= 0:
                raise DomainError(f"a group's head count must be more than 0, not {count}", "count")
        elif self.count is not None:
            raise DomainError("a head count belongs only to a group", "count")
        if self.present and self.absence_reason:
            raise DomainError("an absence reason is only for someone absent", "absence_reason")

    @property
    def is_group(self) -> bool:
        return bool(self.group)

    @property
    def heads(self) -> int:
        """How many people this line stands for."""
        return (self.count or 0) if self.is_group else 1

    @property
    def short_name(self) -> str:
        return self.group if self.is_group else PersonName.parse(self.name).short

    @property
    def signature_name(self) -> str:
        return self.group if self.is_group else PersonName.parse(self.name).signature

    @property
    def votes(self) -> bool:
        """Members, the chair and the secretary vote; invited guests do not."""
        return self.role is not Role.INVITED


@dataclass(frozen=True, slots=True)
class Meeting:
    title: str
    date: date
    kind: str = ""
    organization: str = ""
    body: str = ""
    number: str = ""
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    language: Language = Language.RU
    status: Status = Status.DRAFT
    notes: str = ""
    attendees: tuple[Attendee, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    id: int | None = field(default=None, compare=False)

    def with_role(self, role: Role) -> Attendee | None:
        return next((a for a in self.attendees if a.role is role), None)

    @property
    def chair(self) -> Attendee | None:
        return self.with_role(Role.CHAIR)

    @property
    def secretary(self) -> Attendee | None:
        return self.with_role(Role.SECRETARY)


@dataclass(frozen=True, slots=True)
class Person:
    """An entry of the person directory, reused across meetings."""

    surname: str
    given_name: str = ""
    patronymic: str = ""
    position: str = ""
    organization: str = ""
    degree: str = ""
    id: int | None = field(default=None, compare=False)

    @property
    def name(self) -> PersonName:
        return PersonName(self.surname, self.given_name, self.patronymic)

    @property
    def full_name(self) -> str:
        return self.name.full


@dataclass(frozen=True, slots=True)
class QuorumRule:
    kind: QuorumKind = QuorumKind.MAJORITY
    count: int = 0  # only for QuorumKind.COUNT

    def required(self, members: int) -> int:
        """How many of `members` must be present."""
        if self.kind is QuorumKind.COUNT:
            return self.count
        if self.kind is QuorumKind.TWO_THIRDS:
            return -(-2 * members // 3)
        return members // 2 + 1


@dataclass(frozen=True, slots=True)
class Body:
    """A standing council or commission: its name, members roster and quorum rule."""

    name: str
    members: tuple[str, ...] = ()  # full names
    quorum: QuorumRule = QuorumRule()
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Organization:
    """Letterhead data: the name in each document language and the address."""

    name: str
    name_kk: str = ""
    name_en: str = ""
    address: str = ""
    id: int | None = field(default=None, compare=False)

    def name_in(self, language: Language) -> str:
        localized = {Language.KK: self.name_kk, Language.EN: self.name_en}.get(language, "")
        return localized or self.name
