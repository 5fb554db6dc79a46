"""Speed: the shape of the work (statements per call) exactly, and timings against raw sqlite3
with a wide margin (the targets are 2x for import and about 6x for opening a meeting)."""

import random
import sqlite3
import statistics
import time
from contextlib import closing, contextmanager
from datetime import date, timedelta

import pytest
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


@pytest.mark.slow
def test_import_is_within_reach_of_raw_sqlite(database, db_path, tmp_path):
    rng = random.Random(7)
    batch = [generated(rng) for _ in range(300)]
    start = time.perf_counter()
    Services.build(database.session_factory).meetings.import_meetings(batch)
    service = time.perf_counter() - start
    raw = _raw_import_seconds(db_path, tmp_path / "raw.sqlite3")
    assert service < 3 * raw, f"import {service:.2f} s against raw {raw:.2f} s"


def _raw_import_seconds(source, target) -> float:
    """Insert the same rows again with sqlite3 executemany (FTS triggers included)."""
    with closing(sqlite3.connect(source)) as connection:
        tables = {name: connection.execute(f"SELECT * FROM {name}").fetchall() for name in (
            "person", "meeting", "attendance", "agenda_item", "statement", "decision",
            "action_item", "search_document")}
        schema = [sql for (sql,) in connection.execute(  # FTS5 makes its shadow tables itself
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite%' AND"
            " NOT (type = 'table' AND name GLOB 'search_fts_*') ORDER BY type = 'trigger', rowid")]
    with closing(sqlite3.connect(target, isolation_level=None)) as connection:
        for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
            connection.execute(f"PRAGMA {pragma}")
        for sql in schema:
            connection.execute(sql)
        start = time.perf_counter()
        connection.execute("BEGIN")
        for name, rows in tables.items():
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                connection.executemany(f"INSERT INTO {name} VALUES ({marks})", rows)
        connection.execute("COMMIT")
        elapsed = time.perf_counter() - start
        indexed = connection.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?",
                                     (WORDS[0],)).fetchone()[0]
    assert indexed > 0  # the triggers did index the text
    return elapsed


@pytest.mark.slow
def test_opening_a_large_meeting_is_within_reach_of_raw_sqlite(database, db_path):
    meetings = Services.build(database.session_factory).meetings
    meeting_id = meetings.create(generated(random.Random(3), items=200, attendees=60)).id
    service = _median_ms(lambda: meetings.get(meeting_id))
    raw = _median_ms(lambda: _raw_read(db_path, meeting_id))
    assert service < 10 * raw, f"open {service:.1f} ms against raw {raw:.1f} ms"


def _raw_read(path, meeting_id: int) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("SELECT * FROM meeting WHERE id = ?", (meeting_id,)).fetchall()
        connection.execute("SELECT * FROM attendance WHERE meeting_id = ?",
                           (meeting_id,)).fetchall()
        items = [row[0] for row in connection.execute(
            "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY ordinal", (meeting_id,))]
        marks = ", ".join("?" * len(items))
        connection.execute(f"SELECT * FROM statement WHERE agenda_item_id IN ({marks})",
                           items).fetchall()
        decisions = [row[0] for row in connection.execute(
            f"SELECT id FROM decision WHERE agenda_item_id IN ({marks})", items)]
        connection.execute(
            f"SELECT * FROM action_item WHERE decision_id IN ({', '.join('?' * len(decisions))})",
            decisions).fetchall()


@pytest.mark.slow
def test_search_answers_while_typing(database):
    meetings = Services.build(database.session_factory).meetings
    rng = random.Random(11)
    meetings.import_meetings([generated(rng, items=4) for _ in range(1000)])
    queries = ["п", "по", "пол", "полиция", "қаулы", "жители района", "иванов", "нет такого"]
    timings = sorted(_median_ms(lambda q=q: meetings.search(q), runs=5) for q in queries)
    assert statistics.median(timings) < 10, timings
    assert timings[-1] < 40, timings
