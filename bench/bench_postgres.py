"""PostgreSQL benchmark (issue 13): the same program on a PostgreSQL server beside SQLite.

    python bench/bench_postgres.py [--meetings 10000]

Imports a decade of generated meetings (bench/generate.py) and one 200-item, 500-attendee
meeting into a SQLite file and into a database of a throwaway PostgreSQL cluster started by
the benchmark itself (tests/pg_cluster.py: a unix socket in a temporary folder, no TCP,
removed at the end), then measures on both in the same run: search (bench_storage's queries,
plain and with filters; median and 90th percentile), opening the big meeting and an ordinary
one, and saving an ordinary one (a changed title: the meeting's rows and its search document).
Each PostgreSQL figure stands beside SQLite's, as a ratio. Targets: search within the
project's targets on both (median under 5 ms, 90th percentile under 20 ms), opening and saving
within 3x of SQLite (a server round trip per statement, where SQLite reads its own file).
The PostgreSQL server runs on this machine with fsync off, like the tests' cluster: a real
server adds its network and its disk to each save.
"""

import argparse
import atexit
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import event, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # pg_cluster

import generate
from bench_storage import FILTERS, QUERIES, percentile, timings_ms
from pg_cluster import start_cluster

from minutes_app.domain import Meeting
from minutes_app.services import MeetingService, Services
from minutes_app.storage.db import Database, open_database, resolve_database_url


@dataclass
class Figures:
    import_s: float
    search: list[float]
    filtered: list[float]
    open_big: list[float]
    open_one: list[float]
    save: list[float]


def measure(database: Database, meetings: list[Meeting], big: Meeting) -> Figures:
    service = Services.build(database.session_factory).meetings
    start = time.perf_counter()
    ids = service.import_meetings(meetings)
    import_s = time.perf_counter() - start
    big_id = service.create(big).id
    assert big_id is not None
    if database.engine.dialect.name == "postgresql":
        _vacuum(database)  # as autovacuum soon does after a bulk import
    one_id = ids[len(ids) // 2]
    return Figures(
        import_s=import_s,
        search=[t for q in QUERIES for t in timings_ms(lambda q=q: service.search(q), 5)],
        filtered=[t for q in QUERIES for f in FILTERS
                  for t in timings_ms(lambda q=q, f=f: service.search(q, filters=f), 3)],
        open_big=timings_ms(lambda: service.get(big_id), 9),
        open_one=timings_ms(lambda: service.get(one_id), 15),
        save=timings_ms(_saver(service, one_id), 15),
    )


def _vacuum(database: Database) -> None:
    """VACUUM ANALYZE: the planner's statistics, and the GIN index's pending list of words
    merged into it; then a CHECKPOINT, which writes the import's hundreds of MB out now.
    Left to the server, both would run in the middle of the timings (measured: every search
    half as fast again for a minute after the import)."""
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE"))
        connection.execute(text("CHECKPOINT"))


def _saver(service: MeetingService, meeting_id: int) -> Callable[[], object]:
    """Each call saves the meeting with a new title (a real change, as a person's save is),
    going on from what the last save returned."""
    saved = [service.get(meeting_id)]

    def save() -> object:
        title = f"Заседание №{len(saved)}"
        saved.append(service.save(replace(saved[-1], title=title)))
        return saved[-1]

    return save


def words_index_used(database: Database) -> bool:
    """Whether the searches that ask revision 0007's index of words read it: one for a word
    no recent meeting has («қаулы»: its few meetings are found first) and one for a word a few
    of the newest have («Тұрсынбаев»: the meetings are read newest first, each looked up in a
    hash of the index's answer). Their statements are caught as the searches run, then
    explained in a transaction set up as the search's."""
    caught: list[tuple[str, object]] = []

    def catch(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        caught.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", catch)
    try:
        for word in ("қаулы", "Тұрсынбаев"):
            Services.build(database.session_factory).meetings.search(word)
    finally:
        event.remove(database.engine, "before_cursor_execute", catch)
    few = [(sql, parameters) for sql, parameters in caught if "WITH hits" in sql]
    many = [(sql, parameters) for sql, parameters in caught if "IS true" in sql]
    with database.engine.connect() as connection:
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        cursor.execute("SET LOCAL enable_seqscan = off")

        def plan(sql: str, parameters: object) -> str:
            return "\n".join(row[0] for row in cursor.execute("EXPLAIN " + sql, parameters))

        few_plans = [plan(*statement) for statement in few]
        many_plans = [plan(*statement) for statement in many]
    return (len(few_plans) == 1 and len(many_plans) == 1
            and all("ix_search_document_words" in text for text in few_plans + many_plans)
            and "hashed SubPlan" in many_plans[0])


def row(label: str, ours: float, base: float, unit: str, target: str) -> None:
    ratio = ours / base
    print(f"{label:<34} {ours:>10.2f} {unit:<3} {base:>10.2f} {unit:<3} {ratio:>7.2f}x  {target}")


def report(pg: Figures, lite: Figures, meetings: int) -> None:
    print(f"\n{'':<34} {'PostgreSQL':>14} {'SQLite':>14} {'ratio':>8}  target")
    row(f"import {meetings} meetings", pg.import_s, lite.import_s, "s", "")
    median, p90 = statistics.median, percentile
    row("search, median", median(pg.search), median(lite.search), "ms", "< 5 ms")
    row("search, 90th percentile", p90(pg.search, 0.9), p90(lite.search, 0.9), "ms", "< 20 ms")
    row("search with filters, median", median(pg.filtered), median(lite.filtered), "ms",
        "< 5 ms")
    row("search with filters, 90th pct", p90(pg.filtered, 0.9), p90(lite.filtered, 0.9), "ms",
        "< 20 ms")
    row("open 200 items, 500 attendees", median(pg.open_big), median(lite.open_big), "ms",
        "<= 3x")
    row("open an ordinary meeting", median(pg.open_one), median(lite.open_one), "ms", "<= 3x")
    row("save an ordinary meeting", median(pg.save), median(lite.save), "ms", "<= 3x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="keep the SQLite database in this folder")
    args = parser.parse_args()
    print(f"generating {args.meetings} meetings ...", flush=True)
    meetings, big = generate.decade(args.meetings), generate.big_meeting()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="minutes-bench-pg-"))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "app.sqlite3").unlink(missing_ok=True)
    if args.keep is None:  # 1.4 GB at 10,000 meetings: gone at the end, unless kept
        atexit.register(shutil.rmtree, folder, True)
    lite_db = open_database(resolve_database_url(str(folder / "app.sqlite3")))
    print("SQLite ...", flush=True)
    lite = measure(lite_db, meetings, big)
    lite_db.close()

    print("PostgreSQL: starting a throwaway cluster ...", flush=True)
    cluster = start_cluster()
    try:
        cluster.run_sql("CREATE DATABASE minutes_bench")
        pg_db = open_database(cluster.url("minutes_bench"))
        pg = measure(pg_db, meetings, big)
        used = words_index_used(pg_db)
        pg_db.close()
    finally:
        cluster.stop()
    report(pg, lite, args.meetings)
    print(f"\nPostgreSQL's searches past the newest meetings read the index of words: {used}")
    if args.keep:
        print(f"SQLite file in {folder}")


if __name__ == "__main__":
    main()
