"""The meeting record as immutable snapshots.

Every layer passes these around: storage builds them, services return them, the exporters and
the window read them. Child entities carry a `key` (a random id made once, when the thing is
first typed) so that saving a changed snapshot can update exactly the rows that changed; keys
and database ids never take part in equality, so "the same meeting" means the same content.
"""

import os
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from minutes_app.domain.errors import DomainError
from minutes_app.domain.names import PersonName
from minutes_app.domain.texts import Translations


def new_key() -> str:
    # 32 random hexadecimal digits, as uuid4().hex gives (but for its six fixed bits) in a
    # quarter of the time: an import of ten years makes some 700,000 keys.
    return os.urandom(16).hex()


def _key() -> str:
    return field(default_factory=new_key, compare=False, repr=False)


def _version() -> int:
    # The stored version the snapshot was read at (issue 13): a save names it, and is refused
    # (domain.conflicts.EditConflict) when someone saved the record since. 0: not read from
    # the database (new, or from a file), saved without that check. Not content: never
    # compared, fingerprinted or exported.
    return field(default=0, compare=False, repr=False)


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


class Numbering(StrEnum):
    YEARLY = "yearly"  # numbers start at 1 each year
    CONTINUOUS = "continuous"  # numbers go on across years


class DecisionVerb(StrEnum):
    """The word over a body's decisions: councils and collegial bodies «постановляют», others
    (commissions, working groups) «решают»; the body's rules say which (issue 9 point 7)."""

    RESOLVED = "resolved"  # ПОСТАНОВИЛИ / ҚАУЛЫ ЕТТІ / RESOLVED
    DECIDED = "decided"  # РЕШИЛИ / ШЕШТІ / DECIDED


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
    done_on: date | None = None  # when it was done (implies done)
    done_note: str = ""  # how it was done: «письмо № 12»
    key: str = _key()
    translations: Translations = Translations()

    def __post_init__(self) -> None:
        if self.done_on is not None and not self.done:
            object.__setattr__(self, "done", True)


@dataclass(frozen=True, slots=True)
class Decision:
    """One numbered point under ПОСТАНОВИЛИ; `outcome` set by hand overrides the vote."""

    text: str
    vote: Vote | None = None
    outcome: Outcome | None = None
    actions: tuple[ActionItem, ...] = ()
    key: str = _key()
    translations: Translations = Translations()

    @property
    def result(self) -> Outcome:
        if self.outcome is not None:
            return self.outcome
        return self.vote.outcome if self.vote is not None else Outcome.ADOPTED


@dataclass(frozen=True, slots=True)
class Statement:
    """What was heard (СЛУШАЛИ), said in discussion (ВЫСТУПИЛИ) or proposed without a vote
    («Прозвучали предложения»): a speaker and a summary."""

    text: str
    speaker: str = ""
    key: str = _key()
    translations: Translations = Translations()


@dataclass(frozen=True, slots=True)
class TextEntry:
    """One entry of a list of texts: an organiser («Инициаторы»), or a conclusion the
    participants reached without a vote («Участники отметили, что…»)."""

    text: str
    key: str = _key()
    translations: Translations = Translations()


@dataclass(frozen=True, slots=True)
class AgendaItem:
    title: str
    presenters: tuple[str, ...] = ()
    heard: tuple[Statement, ...] = ()
    discussion: tuple[Statement, ...] = ()
    proposals: tuple[Statement, ...] = ()
    decisions: tuple[Decision, ...] = ()
    conclusions: tuple[TextEntry, ...] = ()
    key: str = _key()
    translations: Translations = Translations()


@dataclass(frozen=True, slots=True)
class Attendee:
    """A person (`name`, "Surname Given Patronymic") or a group with a head count.

    `position`, `organization`, `degree` (учёная степень) and `rank` (звание) are this
    meeting's details of the person, printed after the name in that order."""

    name: str = ""
    group: str = ""
    count: int | None = None
    role: Role = Role.MEMBER
    present: bool = True
    absence_reason: str = ""
    position: str = ""
    organization: str = ""
    degree: str = ""
    rank: str = ""
    key: str = _key()
    translations: Translations = Translations()

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
class Approval:
    """Who approved the minutes (a name) and when, and the fingerprint of the record as
    approved (domain.fingerprint; "" for an approval made before fingerprints, issue 10)."""

    by: str
    on: date
    fingerprint: str = ""


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """Something that happened to the record: "approved", "reopened" (detail: the reason),
    "changed after approval" (detail: what)."""

    at: datetime
    what: str
    by: str = ""
    detail: str = ""


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
    organizers: tuple[TextEntry, ...] = ()  # «Инициаторы»
    attendees: tuple[Attendee, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    conclusions: tuple[TextEntry, ...] = ()  # of the whole meeting
    approval: Approval | None = None
    history: tuple[HistoryEntry, ...] = ()
    translations: Translations = Translations()
    id: int | None = field(default=None, compare=False)
    version: int = _version()

    def with_role(self, role: Role) -> Attendee | None:
        return next((a for a in self.attendees if a.role is role), None)

    @property
    def chair(self) -> Attendee | None:
        return self.with_role(Role.CHAIR)

    @property
    def secretary(self) -> Attendee | None:
        return self.with_role(Role.SECRETARY)

    @property
    def present_heads(self) -> int:
        """Everyone present, guests and groups included: «Всего присутствовало: 67 человек»."""
        return sum(a.heads for a in self.attendees if a.present)

    @property
    def has_votes(self) -> bool:
        """Whether anything was voted on: a seminar or a round table votes on nothing, and its
        document has no ПОСТАНОВИЛИ and no vote lines."""
        return any(d.vote is not None for item in self.agenda for d in item.decisions)


@dataclass(frozen=True, slots=True)
class Person:
    """An entry of the person directory, reused across meetings."""

    surname: str
    given_name: str = ""
    patronymic: str = ""
    position: str = ""
    organization: str = ""
    degree: str = ""  # учёная степень: «доктор юридических наук»
    rank: str = ""  # звание: «полковник полиции»
    translations: Translations = Translations()
    id: int | None = field(default=None, compare=False)
    version: int = _version()

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
class Member:
    """A person's membership of a body: the person's full name, their role in the body (chair,
    secretary or member) and the dates it began and ended (None: open-ended)."""

    person: str
    role: Role = Role.MEMBER
    from_: date | None = None
    to: date | None = None

    def __post_init__(self) -> None:
        if self.role is Role.INVITED:
            raise DomainError("a body's member is a chair, a secretary or a member", "role")
        if self.from_ and self.to and self.to < self.from_:
            raise DomainError(f"membership ends ({self.to}) before it begins ({self.from_})",
                              "to")

    def on(self, day: date) -> bool:
        """Whether this membership holds on `day`."""
        return (self.from_ is None or self.from_ <= day) and (self.to is None or day <= self.to)


# GOST R 7.0.97-2025 leaves the font to the organisation and recommends 12–14 pt; a body may
# choose within reach of that, never a size a records office would return.
MIN_FONT_SIZE, MAX_FONT_SIZE = 10.0, 16.0


@dataclass(frozen=True, slots=True)
class DocumentSettings:
    """How a body's documents are set: the font and its size (body text; tables two points
    smaller), the 30 mm left margin of documents kept over 10 years, and the word over the
    decisions."""

    font_name: str = "Times New Roman"
    font_size: float = 14
    long_term_margin: bool = False
    decision_verb: DecisionVerb = DecisionVerb.RESOLVED

    def __post_init__(self) -> None:
        if not self.font_name.strip():
            raise DomainError("the font name is empty", "font_name")
        if isinstance(self.font_size, bool) or not isinstance(self.font_size, int | float):
            raise DomainError(f"{self.font_size!r} is not a font size", "font_size")
        if not MIN_FONT_SIZE <= self.font_size <= MAX_FONT_SIZE or self.font_size * 2 % 1:
            raise DomainError(f"the font size must be {MIN_FONT_SIZE:g} to {MAX_FONT_SIZE:g} pt "
                              f"in whole or half points, not {self.font_size:g}", "font_size")
        object.__setattr__(self, "decision_verb", DecisionVerb(self.decision_verb))

    @property
    def table_font_size(self) -> float:
        return max(MIN_FONT_SIZE, self.font_size - 2)


@dataclass(frozen=True, slots=True)
class Body:
    """A standing council or commission: its name, roster over time, quorum rule, how its
    protocols are numbered, and what its meetings usually share (organisation, place, kind,
    letterhead file)."""

    name: str
    members: tuple[Member, ...] = ()
    quorum: QuorumRule = QuorumRule()
    numbering: Numbering = Numbering.YEARLY
    organization: str = ""
    place: str = ""
    kind: str = ""
    letterhead: str = ""  # path of the organisation's .docx/.dotx letterhead; "" for none
    translations: Translations = Translations()
    document: DocumentSettings = DocumentSettings()
    id: int | None = field(default=None, compare=False)
    version: int = _version()

    def roster_on(self, day: date) -> tuple[Member, ...]:
        """The members on `day`, in roster order."""
        return tuple(m for m in self.members if m.on(day))

    def member_names_on(self, day: date) -> tuple[str, ...]:
        return tuple(m.person for m in self.roster_on(day))

    def name_in(self, language: str) -> str:
        """The name in a document language; the Russian name when there is none."""
        return self.translations.get("name", language) or self.name


@dataclass(frozen=True, slots=True)
class Organization:
    """Letterhead data: the name in each document language and the address."""

    name: str
    name_kk: str = ""
    name_en: str = ""
    address: str = ""
    id: int | None = field(default=None, compare=False)

    def name_in(self, language: str) -> str:
        localized = {"kk": self.name_kk, "en": self.name_en}.get(str(language), "")
        return localized or self.name


@dataclass(frozen=True, slots=True)
class Archive:
    """What one Minutes JSON document holds (INTERCHANGE.md, version 2): the directory
    (organisations, people, bodies) and meetings. A version 1 file gives only meetings."""

    organizations: tuple[Organization, ...] = ()
    people: tuple[Person, ...] = ()
    bodies: tuple[Body, ...] = ()
    meetings: tuple[Meeting, ...] = ()
