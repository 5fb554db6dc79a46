"""Hypothesis strategies for whole version 2 archives: every key of the format, texts with
versions in the other languages, and a directory.

`archives()` draws any archive the format can hold. `closed_archives()` draws one whose
meetings name only the file's own organisations, people and bodies, by the names the
database keeps (what an export of a whole database looks like), so that it can go through
the database and come back equal.
"""

from datetime import datetime
from typing import Any

from hypothesis import strategies as st
from test_interchange_roundtrip import CLOCK, NAME, REQUIRED_TEXT, TEXT, VOTE

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Approval,
    Archive,
    Attendee,
    Body,
    Decision,
    DecisionVerb,
    DocumentSettings,
    HistoryEntry,
    Language,
    Meeting,
    Member,
    Numbering,
    Organization,
    Outcome,
    Person,
    PersonName,
    QuorumKind,
    QuorumRule,
    Role,
    Statement,
    Status,
    TextEntry,
    Translations,
    fold,
)
from minutes_app.domain.text import normalize_space
from minutes_app.interchange.schema import HISTORY_EVENTS, MAX_COUNT

LANGUAGES = ("ru", "kk", "en")
VERSION_TEXT = st.one_of(REQUIRED_TEXT, TEXT)  # a blank version is no version


@st.composite
def texts(draw: st.DrawFn, own: str, **fields: Any) -> dict[str, Any]:
    """Values for the entity's text `fields` (name -> strategy of the own text), and its
    `translations`: some of them in some of the other languages."""
    values: dict[str, Any] = {name: draw(strategy) for name, strategy in fields.items()}
    entries = []
    for name in fields:
        for language in LANGUAGES:
            if language != own and draw(st.integers(0, 3)) == 0:
                entries.append((name, language, draw(VERSION_TEXT)))
    values["translations"] = Translations(tuple(entries))
    return values


def entries(own: str) -> st.SearchStrategy[tuple[TextEntry, ...]]:
    entry = texts(own, text=TEXT).map(lambda v: TextEntry(**v))
    return st.lists(entry, max_size=2).map(tuple)


# -- meetings ---------------------------------------------------------------------------------
@st.composite
def attendees(draw: st.DrawFn, own: str, names: st.SearchStrategy[str]) -> tuple[Attendee, ...]:
    roles = draw(st.lists(st.sampled_from([Role.MEMBER, Role.INVITED]), max_size=3))
    for role in (Role.CHAIR, Role.SECRETARY):
        if draw(st.booleans()):
            roles.insert(draw(st.integers(0, len(roles))), role)
    return tuple(draw(attendee(own, role, names)) for role in roles)


@st.composite
def attendee(draw: st.DrawFn, own: str, role: Role, names: st.SearchStrategy[str]) -> Attendee:
    present = draw(st.booleans())
    details = {"position": TEXT, "organization": TEXT, "degree": TEXT, "rank": TEXT}
    if not present:
        details["absence_reason"] = TEXT
    if draw(st.booleans()):
        values = draw(texts(own, **details))
        return Attendee(name=draw(names), role=role, present=present, **values)
    values = draw(texts(own, group=REQUIRED_TEXT, **details))
    return Attendee(count=draw(st.integers(1, MAX_COUNT)), role=role, present=present, **values)


@st.composite
def action(draw: st.DrawFn, own: str, names: st.SearchStrategy[str]) -> ActionItem:
    values = draw(texts(own, task=REQUIRED_TEXT, done_note=TEXT))
    return ActionItem(responsible=tuple(draw(st.lists(names, max_size=2))),
                      due=draw(st.none() | st.dates()), done=draw(st.booleans()),
                      done_on=draw(st.none() | st.dates()), **values)


@st.composite
def decision(draw: st.DrawFn, own: str, names: st.SearchStrategy[str]) -> Decision:
    return Decision(vote=draw(VOTE), outcome=draw(st.none() | st.sampled_from(Outcome)),
                    actions=tuple(draw(st.lists(action(own, names), max_size=2))),
                    **draw(texts(own, text=REQUIRED_TEXT)))


@st.composite
def statement(draw: st.DrawFn, own: str, names: st.SearchStrategy[str]) -> Statement:
    return Statement(speaker=draw(st.just("") | names), **draw(texts(own, text=TEXT)))


@st.composite
def agenda_item(draw: st.DrawFn, own: str, names: st.SearchStrategy[str]) -> AgendaItem:
    def statements() -> st.SearchStrategy[tuple[Statement, ...]]:
        return st.lists(statement(own, names), max_size=2).map(tuple)

    return AgendaItem(
        presenters=tuple(draw(st.lists(names, max_size=2))),
        heard=draw(statements()), discussion=draw(statements()),
        proposals=draw(statements()),
        decisions=tuple(draw(st.lists(decision(own, names), max_size=2))),
        conclusions=draw(entries(own)),
        **draw(texts(own, title=REQUIRED_TEXT)),
    )


MOMENT = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)).map(
    lambda moment: moment.replace(microsecond=0))


@st.composite
def history(draw: st.DrawFn, names: st.SearchStrategy[str]) -> tuple[HistoryEntry, ...]:
    entry = st.builds(HistoryEntry, at=MOMENT, what=st.sampled_from(HISTORY_EVENTS),
                      by=st.just("") | names, detail=TEXT)
    return tuple(draw(st.lists(entry, max_size=3)))


@st.composite
def meetings(draw: st.DrawFn, names: st.SearchStrategy[str] = NAME,
             bodies: st.SearchStrategy[str] = TEXT,
             organizations: st.SearchStrategy[str] = TEXT) -> Meeting:
    language = draw(st.sampled_from(Language))
    own = language.value
    start, end = draw(st.none() | CLOCK), draw(st.none() | CLOCK)
    if start and end and end < start:
        start, end = end, start
    status = draw(st.sampled_from(Status))
    approval = None
    if status is Status.APPROVED and draw(st.booleans()):
        approval = Approval(by=draw(names), on=draw(st.dates()))
    return Meeting(
        date=draw(st.dates()),
        organization=draw(organizations),
        body=draw(bodies),
        number=draw(TEXT),
        start_time=start,
        end_time=end,
        language=language,
        status=status,
        approval=approval,
        organizers=draw(entries(own)),
        attendees=draw(attendees(own, names)),
        agenda=tuple(draw(st.lists(agenda_item(own, names), max_size=2))),
        conclusions=draw(entries(own)),
        history=draw(history(names)),
        id=draw(st.none() | st.integers(1, 10**6)),  # never written, never compared
        **draw(texts(own, title=REQUIRED_TEXT, kind=TEXT, place=TEXT, notes=TEXT)),
    )


# -- the directory -------------------------------------------------------------------------------
@st.composite
def organization(draw: st.DrawFn, name: st.SearchStrategy[str] = REQUIRED_TEXT) -> Organization:
    other = st.just("") | REQUIRED_TEXT
    return Organization(name=draw(name), name_kk=draw(other), name_en=draw(other),
                        address=draw(TEXT))


WORD = st.sampled_from(["Иванов", "Петрова", "Тұрсынбаев", "Когамов", "Ёлкина", "Абенова",
                        "Петров-Водкин", "Құрманғали"])
GIVEN = st.sampled_from(["Иван", "Анна", "Ерлан", "Марат", "Жанар", "Әлия"])
PATRONYMIC = st.sampled_from(["", "Иванович", "Сергеевна", "Қайратұлы", "Болатқызы"])


@st.composite
def person(draw: st.DrawFn) -> Person:
    given = draw(st.just("") | GIVEN)
    return Person(surname=draw(WORD), given_name=given,
                  patronymic=draw(PATRONYMIC) if given else "",
                  **draw(texts("ru", position=TEXT, organization=TEXT, degree=TEXT,
                                rank=TEXT)))


QUORUM = st.one_of(st.just(QuorumRule()), st.just(QuorumRule(QuorumKind.TWO_THIRDS)),
                   st.integers(1, MAX_COUNT).map(lambda n: QuorumRule(QuorumKind.COUNT, n)))


@st.composite
def member(draw: st.DrawFn, name: str) -> Member:
    days = sorted(draw(st.lists(st.dates(), min_size=2, max_size=2)))
    start = days[0] if draw(st.booleans()) else None
    end = days[1] if draw(st.booleans()) else None
    # Chairs and secretaries only ever one at a time: at most one of each (see `body`).
    return Member(person=name, from_=start, to=end)


@st.composite
def body(draw: st.DrawFn, names: list[str], name: st.SearchStrategy[str] = REQUIRED_TEXT,
         organizations: st.SearchStrategy[str] = TEXT) -> Body:
    chosen = draw(st.lists(st.sampled_from(names), unique_by=_person_key, max_size=4)
                  if names else st.just([]))
    members = [draw(member(n)) for n in chosen]
    roles = draw(st.permutations([Role.CHAIR, Role.SECRETARY] + [Role.MEMBER] * len(members)))
    members = [Member(m.person, role, m.from_, m.to)
               for m, role in zip(members, roles[:len(members)], strict=True)]
    return Body(
        members=tuple(members), quorum=draw(QUORUM), numbering=draw(st.sampled_from(Numbering)),
        organization=draw(organizations), letterhead=draw(TEXT),
        document=draw(document_settings()),
        **draw(texts("ru", name=name, place=TEXT, kind=TEXT)),
    )


@st.composite
def document_settings(draw: st.DrawFn) -> DocumentSettings:
    return DocumentSettings(
        font_name=draw(st.sampled_from(["Times New Roman", "Arial", "PT Astra Serif"])),
        font_size=draw(st.integers(20, 32)) / 2, long_term_margin=draw(st.booleans()),
        decision_verb=draw(st.sampled_from(DecisionVerb)))


def _person_key(name: str) -> str:
    return fold(PersonName.parse(name).full)


def _name_key(name: str) -> str:
    return fold(normalize_space(name))


@st.composite
def archives(draw: st.DrawFn) -> Archive:
    """Any archive: names may point anywhere, as in a file a person wrote."""
    people = draw(st.lists(person(), max_size=4, unique_by=lambda p: _person_key(p.full_name)))
    names = [p.full_name for p in people]
    bodies = draw(st.lists(body(names + draw(st.lists(NAME, max_size=2))), max_size=2,
                           unique_by=lambda b: _name_key(b.name)))
    return Archive(
        organizations=tuple(draw(st.lists(organization(), max_size=3,
                                          unique_by=lambda o: _name_key(o.name)))),
        people=tuple(people),
        bodies=tuple(bodies),
        meetings=tuple(draw(st.lists(meetings(), max_size=2))),
    )


ORGANIZATION_NAME = st.sampled_from([
    "Министерство внутренних дел Республики Казахстан", "Акимат Акмолинской области",
    "ОФ «Eurasian Expert Council»", "Қазақстан Республикасы Ішкі істер министрлігі"])
BODY_NAME = st.sampled_from(["Общественный совет МВД РК", "Комиссия по этике",
                             "ҚР ІІМ Қоғамдық кеңесі", "Рабочая группа"])


@st.composite
def closed_archives(draw: st.DrawFn) -> Archive:
    """An archive whose meetings and bodies name only its own organisations, people and
    bodies, by the names the database keeps: what an export of a whole database holds."""
    organizations = draw(st.lists(organization(ORGANIZATION_NAME), max_size=3,
                                  unique_by=lambda o: _name_key(o.name)))
    org_names = st.sampled_from([""] + [o.name for o in organizations])
    people = draw(st.lists(person(), min_size=1, max_size=5,
                           unique_by=lambda p: _person_key(p.full_name)))
    names = [p.full_name for p in people]
    bodies = draw(st.lists(body(names, BODY_NAME, org_names), max_size=2,
                           unique_by=lambda b: _name_key(b.name)))
    body_names = st.sampled_from([""] + [b.name for b in bodies])
    chosen = draw(st.lists(meetings(st.sampled_from(names), body_names, org_names),
                           min_size=1, max_size=2))
    return Archive(tuple(organizations), tuple(people), tuple(bodies), tuple(chosen))


def in_directory_order(archive: Archive) -> Archive:
    """The directory in the order the database lists it (organisations and bodies by name,
    people by surname, given name, patronymic); meetings stay in file order."""
    return Archive(
        tuple(sorted(archive.organizations, key=lambda o: fold(o.name))),
        tuple(sorted(archive.people, key=lambda p: (fold(p.surname), fold(p.given_name),
                                                    fold(p.patronymic)))),
        tuple(sorted(archive.bodies, key=lambda b: fold(b.name))),
        archive.meetings)

