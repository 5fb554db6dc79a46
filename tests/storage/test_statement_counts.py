"""The shape of the work: how many statements a call takes, whatever the size of the meeting.

Timings against raw sqlite3 are in bench/bench_storage.py, not here: a test does not time."""

import random
import statistics
import time
from contextlib import contextmanager
from datetime import date, timedelta

from sqlalchemy import event

from minutes_app.domain import ActionItem, AgendaItem, Attendee, Decision, Meeting, Role, Statement
from minutes_app.services import Services

VOCABULARY = ("заседание совет полиция профилактика правонарушений жители района встреча отчёт "
              "исполнение поручений бюджет образование транспорт қаулы тапсырма кеңес хаттама "
              "жоба ұсыныс рассмотреть подготовить направить обеспечить контроль информация")
WORDS = VOCABULARY.split()
NAMES = [f"{s} {g} {p}" for s in ("Иванов", "Петров", "Тұрсынбаев", "Ким", "Абаев", "Смагулов")
         for g in ("Иван", "Ерлан", "Марат", "Асхат") for p in ("Иванович", "Қайратұлы", "")]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choices(WORDS, k=words)).capitalize() + "."


def generated(rng: random.Random, items: int = 8, attendees: int = 12) -> Meeting:
    people = rng.sample(NAMES, attendees)
    day = date(2016, 1, 1) + timedelta(days=rng.randrange(3650))
    return Meeting(
        title=_text(rng, 8), date=day, body=rng.choice(["Общественный совет", "Комиссия"]),
        number=str(rng.randrange(1, 40)),
        attendees=tuple(Attendee(name=name, role=Role.CHAIR if i == 0 else Role.MEMBER)
                        for i, name in enumerate(people)),
        agenda=tuple(AgendaItem(
            _text(rng, 8), presenters=(people[-1],),
            heard=(Statement(_text(rng, 80), people[-1]),),
            discussion=(Statement(_text(rng, 40), people[0]), Statement(_text(rng, 40))),
            decisions=(Decision(_text(rng, 25)), Decision(_text(rng, 25), actions=(
                ActionItem(_text(rng, 15), (people[-1],), day + timedelta(days=30)),))),
        ) for _ in range(items)),
    )


@contextmanager
def _statements(database):
    seen: list[str] = []

    def listener(conn, cursor, statement, *rest):
        seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", listener)
    try:
        yield seen
    finally:
        event.remove(database.engine, "before_cursor_execute", listener)


def _median_ms(action, runs: int = 15) -> float:
    action()
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def test_opening_a_meeting_takes_the_same_statements_whatever_its_size(database):
    meetings = Services.build(database.session_factory).meetings
    rng = random.Random(1)
    small = meetings.create(generated(rng, items=2, attendees=3)).id
    large = meetings.create(generated(rng, items=40, attendees=30)).id
    with _statements(database) as for_small:
        meetings.get(small)
    with _statements(database) as for_large:
        meetings.get(large)
    assert len(for_small) == len(for_large) <= 7  # BEGIN + one SELECT per table: no N+1


def test_importing_more_agenda_does_not_mean_more_statements(database):
    meetings = Services.build(database.session_factory).meetings
    meetings.import_meetings([generated(random.Random(n), items=1) for n in range(5)])  # people
    with _statements(database) as short:
        meetings.import_meetings([generated(random.Random(n), items=1) for n in range(5)])
    with _statements(database) as long:
        meetings.import_meetings([generated(random.Random(n), items=30) for n in range(5)])
    assert len(long) == len(short)
