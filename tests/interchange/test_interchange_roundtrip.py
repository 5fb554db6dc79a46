"""Export then import gives back the same meetings, whatever text a person typed."""

from datetime import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Decision,
    Language,
    Meeting,
    Outcome,
    Role,
    Statement,
    Status,
    Vote,
)
from minutes_app.interchange import dump_document, parse_document
from minutes_app.interchange.schema import MAX_COUNT

LONG = 100_000

# Pieces hypothesis might rarely reach on its own: emoji sequences, right-to-left scripts and
# marks, combining characters, Kazakh letters, Windows line breaks and pasted control codes.
SPECIAL = st.sampled_from(
    [
        "👩🏽‍💻",
        "🇰🇿",
        "مرحبا",
        "שלום",
        "\u200f",
        "\u202e",
        "e\u0301",
        "й\u0308",
        "Қазақ ғ ү ң ә",
        "ё",
        "\n",
        "\r\n",
        "\t",
        "\x0b",
        "\x00",
        "\u2028",
        " ",
        "\u00a0",
        '"',
        "\\",
    ]
)
SHORT_TEXT = st.lists(st.one_of(st.text(max_size=8), SPECIAL), max_size=5).map("".join)


def _stretch(text: str, roll: int) -> str:
    """Now and then (1 roll in 40) repeat the text to 100,000 characters: cheap to generate,
    still a real long field for the format."""
    if roll or not text:
        return text
    return (text * (LONG // len(text) + 1))[:LONG]


ROLL = st.integers(0, 39)
TEXT = st.builds(_stretch, SHORT_TEXT, ROLL)
# Required text is never blank: some visible character with anything around it.
VISIBLE = st.characters(categories=("L", "M", "N", "P", "S")).filter(str.strip)
REQUIRED_TEXT = st.builds(
    _stretch, st.builds("".join, st.tuples(SHORT_TEXT, VISIBLE, SHORT_TEXT)), ROLL
)
WORD = st.one_of(
    st.text(st.characters(categories=("L", "M")), min_size=1, max_size=10),
    st.sampled_from(["Иванов", "Қайрат", "ұлы", "Петров-Водкин", "Ёлкина", "Müller", "أحمد"]),
)
NAME = st.lists(WORD, min_size=1, max_size=4).map(" ".join)  # normalised: one space between
COUNT = st.integers(0, MAX_COUNT)
CLOCK = st.builds(time, st.integers(0, 23), st.integers(0, 59))


@st.composite
def attendees(draw: st.DrawFn) -> tuple[Attendee, ...]:
    """Members and guests, with at most one chair and one secretary among them."""
    roles = draw(st.lists(st.sampled_from([Role.MEMBER, Role.INVITED]), max_size=4))
    for role in (Role.CHAIR, Role.SECRETARY):
        if draw(st.booleans()):
            roles.insert(draw(st.integers(0, len(roles))), role)
    return tuple(draw(attendee(role)) for role in roles)


@st.composite
def attendee(draw: st.DrawFn, role: Role) -> Attendee:
    present = draw(st.booleans())
    details = {
        "role": role,
        "present": present,
        "absence_reason": "" if present else draw(TEXT),
        "position": draw(TEXT),
        "organization": draw(TEXT),
    }
    if draw(st.booleans()):
        return Attendee(name=draw(NAME), **details)
    return Attendee(group=draw(REQUIRED_TEXT), count=draw(st.integers(1, MAX_COUNT)), **details)


VOTE = st.one_of(
    st.none(),
    st.just(Vote(unanimous=True)),
    st.builds(Vote, for_=COUNT, against=COUNT, abstained=COUNT),
)
ACTION = st.builds(
    ActionItem,
    task=REQUIRED_TEXT,
    responsible=st.lists(NAME, max_size=2).map(tuple),
    due=st.none() | st.dates(),
    done=st.booleans(),
)
DECISION = st.builds(
    Decision,
    text=REQUIRED_TEXT,
    vote=VOTE,
    outcome=st.none() | st.sampled_from(Outcome),
    actions=st.lists(ACTION, max_size=2).map(tuple),
)
STATEMENT = st.builds(Statement, text=REQUIRED_TEXT, speaker=st.just("") | NAME)
AGENDA_ITEM = st.builds(
    AgendaItem,
    title=REQUIRED_TEXT,
    presenters=st.lists(NAME, max_size=2).map(tuple),
    heard=st.lists(STATEMENT, max_size=2).map(tuple),
    discussion=st.lists(STATEMENT, max_size=2).map(tuple),
    decisions=st.lists(DECISION, max_size=2).map(tuple),
)


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    start = draw(st.none() | CLOCK)
    end = draw(st.none() | CLOCK)
    if start and end and end < start:
        start, end = end, start
    return Meeting(
        title=draw(REQUIRED_TEXT),
        date=draw(st.dates()),
        kind=draw(TEXT),
        organization=draw(TEXT),
        body=draw(TEXT),
        number=draw(TEXT),
        start_time=start,
        end_time=end,
        place=draw(TEXT),
        language=draw(st.sampled_from(Language)),
        status=draw(st.sampled_from(Status)),
        notes=draw(TEXT),
        attendees=draw(attendees()),
        agenda=tuple(draw(st.lists(AGENDA_ITEM, max_size=3))),
        id=draw(st.none() | st.integers(1, 10**6)),  # never written, never compared
    )


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(meetings(), max_size=3))
def test_dump_then_parse_gives_back_equal_meetings(generated: list[Meeting]) -> None:
    document = dump_document(generated)
    assert parse_document(document) == generated
    assert parse_document(document.encode("utf-8")) == generated


def test_strategy_reaches_long_fields_and_every_kind_of_text() -> None:
    """Guard the generator itself: the property above is only as good as what it is fed."""
    seen: list[str] = []

    @settings(max_examples=300, database=None, derandomize=True)
    @given(TEXT)
    def collect(text: str) -> None:
        seen.append(text)

    collect()
    assert any(len(text) == LONG for text in seen)
    joined = "".join(t for t in seen if len(t) < LONG)
    for sample in ("\n", "\u0301", "\u200f", "👩🏽‍💻"):
        assert sample in joined
