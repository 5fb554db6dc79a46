"""Storage benchmark: the project's figures beside plain sqlite3 doing the same work.

    python bench/bench_storage.py [--meetings 10000] [--keep DIR]

Prints, for a decade of generated meetings (bench/generate.py): importing them, listing all
meetings, opening one 200-item, 500-attendee meeting with all its parts, and search latency
(plain and with issue 10's filters).
Each figure stands beside a baseline measured in the same run on the same rows, as a ratio.
Targets (issue 2): import within 2x of raw inserts plus index build; opening within 6x of the
raw reads; search median under 5 ms and 90th percentile under 20 ms. The search's baseline is
the same query written by hand for sqlite3 (the newest 50 hits with their passages' text); the
FTS5 index alone, without passages, is printed beneath it.
"""

import argparse
import atexit
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate

from minutes_app.domain import Status
from minutes_app.services import Services
from minutes_app.services.views import SearchFilter
from minutes_app.storage.db import open_database, resolve_database_url

TABLES = ("person", "meeting", "attendance", "agenda_item", "statement", "decision",
          "action_item", "search_document")
QUERIES = ("полиция", "ПОЛИЦИЯ", "засед", "профилактика правонарушений", "п", "бюджет района",
           "Иванов", "қаулы", "Тұрсынбаев", "нет такого слова", "e-mail", '"(AND*')

# Issue 10's filters: a year, a body, a person (attendee or responsible), a status, and all.
COUNCIL = "Общественный совет при акимате области"
FILTERS = (
    SearchFilter(date_from=date(2019, 1, 1), date_to=date(2019, 12, 31)),
    SearchFilter(body=COUNCIL),
    SearchFilter(person="Иванов"),
    SearchFilter(status=Status.APPROVED),
    SearchFilter(date(2018, 1, 1), date(2022, 12, 31), COUNCIL, "Иванов", Status.DRAFT),
)


def median_ms(action: Callable[[], object], runs: int) -> float:
    return statistics.median(timings_ms(action, runs))


def timings_ms(action: Callable[[], object], runs: int) -> list[float]:
    action()  # warm the caches, as a person's second look would
    result = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        result.append((time.perf_counter() - start) * 1000)
    return result


def raw_import_seconds(source: Path, target: Path) -> float:
    """Insert the rows the app stored, with sqlite3 executemany into the same schema (the FTS
    triggers build the index as they go), with the app's pragmas: the floor for an import."""
    with closing(sqlite3.connect(source)) as connection:
        rows = {name: connection.execute(f"SELECT * FROM {name}").fetchall() for name in TABLES}
        schema = [sql for (sql,) in connection.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite%'"
            " AND NOT (type = 'table' AND name GLOB 'search_fts_*')"
            " ORDER BY type = 'trigger', rowid")]
    with closing(sqlite3.connect(target, isolation_level=None)) as connection:
        for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
            connection.execute(f"PRAGMA {pragma}")
        for sql in schema:
            connection.execute(sql)
        start = time.perf_counter()
        connection.execute("BEGIN")
        for name, table_rows in rows.items():
            if table_rows:
                marks = ", ".join("?" * len(table_rows[0]))
                connection.executemany(f"INSERT INTO {name} VALUES ({marks})", table_rows)
        connection.execute("COMMIT")
        return time.perf_counter() - start


def raw_open(connection: sqlite3.Connection, meeting_id: int) -> None:
    """The reads that fetch one meeting with all its parts, into tuples."""
    connection.execute("SELECT * FROM meeting WHERE id = ?", (meeting_id,)).fetchall()
    connection.execute("SELECT * FROM attendance WHERE meeting_id = ? ORDER BY ordinal",
                       (meeting_id,)).fetchall()
    items = connection.execute("SELECT * FROM agenda_item WHERE meeting_id = ? ORDER BY ordinal",
                               (meeting_id,)).fetchall()
    connection.execute(
        "SELECT s.* FROM statement s JOIN agenda_item a ON a.id = s.agenda_item_id"
        " WHERE a.meeting_id = ? ORDER BY s.ordinal", (meeting_id,)).fetchall()
    connection.execute(
        "SELECT d.* FROM decision d JOIN agenda_item a ON a.id = d.agenda_item_id"
        " WHERE a.meeting_id = ? ORDER BY d.ordinal", (meeting_id,)).fetchall()
    connection.execute(
        "SELECT t.* FROM action_item t JOIN decision d ON d.id = t.decision_id"
        " JOIN agenda_item a ON a.id = d.agenda_item_id WHERE a.meeting_id = ?"
        " ORDER BY t.ordinal", (meeting_id,)).fetchall()
    assert items


def raw_index_hits(connection: sqlite3.Connection, word: str) -> list[tuple[object, ...]]:
    """The newest 50 meetings whose text has a word starting with `word`: the FTS5 index alone,
    without a passage (the floor of any search here)."""
    return connection.execute(
        "SELECT id, date, number, title FROM meeting WHERE id + 0 IN"
        " (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)"
        " ORDER BY date DESC, id DESC LIMIT 50", (f'"{word.lower()}"*',)).fetchall()


def raw_search(connection: sqlite3.Connection, word: str) -> list[tuple[object, ...]]:
    """What a search hands over, written by hand for plain sqlite3: the newest 50 meetings
    whose text has a word starting with `word`, each with where it first matches and the text
    up to a little after it."""
    return connection.execute(
        "SELECT h.*, substr(d.content, 1, h.place + 300) FROM"
        " (SELECT m.id, m.date, m.number, m.title, instr(d.folded, ?) AS place"
        "  FROM meeting m JOIN search_document d ON d.meeting_id = m.id"
        "  WHERE m.id + 0 IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)"
        "  ORDER BY m.date DESC, m.id DESC LIMIT 50) h"
        " JOIN search_document d ON d.meeting_id = h.id ORDER BY h.date DESC, h.id DESC",
        (" " + word.lower(), f'"{word.lower()}"*')).fetchall()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def row(label: str, ours: float, base: float, unit: str, target: str) -> None:
    ratio = ours / base
    print(f"{label:<34} {ours:>10.2f} {unit:<3} {base:>10.2f} {unit:<3} {ratio:>7.2f}x  {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="keep the databases in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="minutes-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    if args.keep is None:  # some 3 GB at 10,000 meetings: gone at the end, unless kept
        atexit.register(shutil.rmtree, folder, True)
    app_db, raw_db = folder / "app.sqlite3", folder / "raw.sqlite3"
    for path in (app_db, raw_db):
        path.unlink(missing_ok=True)

    print(f"generating {args.meetings} meetings ...", flush=True)
    meetings = generate.decade(args.meetings)
    big = generate.big_meeting()
    database = open_database(resolve_database_url(str(app_db)))
    service = Services.build(database.session_factory).meetings

    start = time.perf_counter()
    service.import_meetings(meetings)
    import_s = time.perf_counter() - start
    raw_import_s = raw_import_seconds(app_db, raw_db)
    big_id = service.create(big).id
    assert big_id is not None

    print(f"\n{'':<34} {'Minutes':>14} {'sqlite3':>14} {'ratio':>8}  target")
    row(f"import {args.meetings} meetings", import_s, raw_import_s, "s", "<= 2x")
    with closing(sqlite3.connect(app_db)) as raw:
        list_ms = median_ms(service.list_meetings, 9)
        raw_list_ms = median_ms(lambda: raw.execute(
            "SELECT id, date, number, title, body, status FROM meeting"
            " ORDER BY date DESC, number DESC").fetchall(), 9)
        row("list all meetings", list_ms, raw_list_ms, "ms", "")
        open_ms = median_ms(lambda: service.get(big_id), 15)
        raw_open_ms = median_ms(lambda: raw_open(raw, big_id), 15)
        row("open 200 items, 500 attendees", open_ms, raw_open_ms, "ms", "<= 6x")

        ours = [t for q in QUERIES for t in timings_ms(lambda q=q: service.search(q), 5)]
        words = [q for q in QUERIES if q.replace(" ", "").isalpha()]
        base = [t for q in words for t in timings_ms(lambda q=q: raw_search(raw, q.split()[0]), 5)]
        index = [t for q in words
                 for t in timings_ms(lambda q=q: raw_index_hits(raw, q.split()[0]), 5)]
        row("search, median", statistics.median(ours), statistics.median(base), "ms", "< 5 ms")
        row("search, 90th percentile", percentile(ours, 0.9), percentile(base, 0.9), "ms",
            "< 20 ms")
        row("  the index alone, median", statistics.median(ours), statistics.median(index), "ms",
            "")
        filtered = [t for q in QUERIES for f in FILTERS
                    for t in timings_ms(lambda q=q, f=f: service.search(q, filters=f), 3)]
        row("search with filters, median", statistics.median(filtered), statistics.median(base),
            "ms", "< 5 ms")
        row("search with filters, 90th pct", percentile(filtered, 0.9), percentile(base, 0.9),
            "ms", "< 20 ms")
    database.close()
    print(f"\ndatabase: {app_db.stat().st_size / 2**20:.0f} MiB (raw copy "
          f"{raw_db.stat().st_size / 2**20:.0f} MiB)" + (f" in {folder}" if args.keep else ""))


if __name__ == "__main__":
    main()
