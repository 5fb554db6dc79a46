"""BackupService: copies with their JSON, only when changed, restore while running, check."""

import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from minutes_app.domain import Body, Member, Person
from minutes_app.interchange import parse_archive, parse_document
from minutes_app.services import (
    BackupFailed,
    BackupsUnavailable,
    Services,
    StorageFailure,
)
from minutes_app.storage.db import open_database

pytestmark = pytest.mark.sqlite_only("copies of SQLite files, checks of SQLite's FTS5 index")


@pytest.fixture
def services(database) -> Services:
    return Services.build(database.session_factory, database_path=database.path)


def _raw(db_path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(db_path)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()


def test_the_days_first_copy_carries_a_readable_json_export(services, make_meeting):
    created = services.meetings.create(make_meeting())
    first = services.backups.make_backup("start")
    assert first.meetings == 1 and first.reason == "start"
    exported = first.path.with_suffix(".json")
    assert parse_document(exported.read_bytes()) == [replace(created, id=None)]
    second = services.backups.make_backup("manual")
    assert not second.path.with_suffix(".json").exists()  # one readable export a day


def test_the_readable_export_is_written_a_few_meetings_at_a_time(services, make_meeting,
                                                                   tmp_path):
    """At 10,000 meetings the day's JSON export held the whole archive at once: 2.7 GB in the
    window's memory. Written as it is read, the memory it takes stays a small part of the
    file however many meetings there are; the file is the same whole archive."""
    from minutes_app.domain import AgendaItem, Decision

    speech = "Докладчик сообщил о работе участковых инспекторов за отчётный период. " * 40
    for number in range(150):
        items = tuple(AgendaItem(f"Вопрос {n}", decisions=(Decision(speech),))
                      for n in range(6))
        services.meetings.create(make_meeting(number=str(number), agenda=items))
    copy, backup_peak = _with_peak_memory(lambda: services.backups.make_backup("start"))
    exported = copy.path.with_suffix(".json")
    assert exported.stat().st_size > 5_000_000
    assert backup_peak < exported.stat().st_size / 2  # held whole: twice the file and more
    assert len(parse_archive(exported.read_bytes()).meetings) == 150
    # File → Export JSON (and export-json, and a server's JSON copies) write the same way.
    everything = tmp_path / "everything.json"
    _count, export_peak = _with_peak_memory(lambda: services.transfer.export_json_to(everything))
    assert export_peak < exported.stat().st_size / 2
    assert everything.read_bytes() == exported.read_bytes()


def _with_peak_memory(work):
    """What `work()` returns, and the most memory Python held while it ran."""
    import tracemalloc

    tracemalloc.start()
    try:
        result = work()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_backup_stopped_while_its_json_is_written_keeps_its_copy_and_the_next_writes_it(
        services, make_meeting, monkeypatch):
    """The window closes during the day's first backup: the database copy (one step of
    SQLite's) is made; its readable JSON, half a minute at 10,000 meetings, is stopped and
    leaves no file. The next backup of the day writes the JSON the day still lacks."""
    from minutes_app.services import Stopped, archive_json

    for number in range(3):
        services.meetings.create(make_meeting(number=str(number)))
    each_meeting = archive_json.store.each_meeting

    def closed_after_the_first(*args, **kwargs):
        for done, meeting in enumerate(each_meeting(*args, **kwargs)):
            if done == 1:
                services.backups.stop()  # as the window's thread does when it closes
            yield meeting

    monkeypatch.setattr(archive_json.store, "each_meeting", closed_after_the_first)
    with pytest.raises(Stopped):
        services.backups.make_backup("start")
    (copy,) = services.backups.list_backups()
    assert copy.meetings == 3 and services.backups.check().ok
    assert sorted(p.name for p in services.backups.folder.iterdir()) == [copy.path.name]
    monkeypatch.undo()
    services.meetings.create(make_meeting(number="4"))
    newest = services.backups.make_backup("periodic")
    assert len(parse_archive(newest.path.with_suffix(".json").read_bytes()).meetings) == 4
    assert not copy.path.with_suffix(".json").exists()


def test_the_readable_export_holds_the_directory_so_it_restores_the_whole_archive(
        services, make_meeting):
    services.directory.save_person(Person("Букреев", "Виктор", rank="полковник полиции"))
    services.directory.save_body(Body("Общественный совет МВД РК",
                                      members=(Member("Букреев Виктор"),)))
    services.meetings.create(make_meeting())
    exported = services.backups.make_backup("start").path.with_suffix(".json")
    archive = parse_archive(exported.read_bytes())
    assert list(archive.bodies) == services.directory.list_bodies()  # the meeting's body too
    council = next(b for b in archive.bodies if b.name == "Общественный совет МВД РК")
    assert council.members == (Member("Букреев Виктор"),)
    bukreev = next(p for p in archive.people if p.surname == "Букреев")
    assert bukreev.rank == "полковник полиции"
    assert len(archive.meetings) == 1


def test_a_copy_is_made_only_when_the_data_changed(services, make_meeting):
    services.meetings.create(make_meeting())
    first = services.backups.make_backup()
    assert services.backups.backup_if_changed("periodic") is None
    services.meetings.create(make_meeting(number="4"))
    made = services.backups.backup_if_changed("periodic")
    assert made is not None and made.meetings == 2
    assert services.backups.list_backups()[0] == made
    assert first.path.exists()  # the day's first copy, with its JSON, stays


def test_an_import_is_preceded_by_a_copy_of_what_was_there(services, make_meeting):
    services.meetings.create(make_meeting())
    services.meetings.import_meetings([make_meeting(number="7"), make_meeting(number="8")])
    (copy,) = [i for i in services.backups.list_backups() if i.reason == "before-import"]
    assert copy.meetings == 1


def test_backup_change_restore_brings_the_exact_content_back(services, database, make_meeting):
    created = services.meetings.create(make_meeting())
    copy = services.backups.make_backup()
    services.meetings.save(replace(created, title="Изменённое название"))
    services.meetings.create(make_meeting(number="9"))
    kept = services.backups.restore(copy.path)
    # The same services, with no restart, read the restored data.
    assert services.meetings.export_meetings() == [created]
    assert "replaced" in kept.name and kept.parent == database.path.parent
    with closing(sqlite3.connect(kept)) as connection:
        assert connection.execute("SELECT count(*) FROM meeting").fetchone()[0] == 2
    reasons = [i.reason for i in services.backups.list_backups()]
    assert "before-restore" in reasons  # the way back from a wrong restore
    assert services.backups.check().ok


def test_a_damaged_backup_is_not_restored(services, database, make_meeting):
    for number in range(40):
        services.meetings.create(make_meeting(number=str(number)))
    copy = services.backups.make_backup()
    with open(copy.path, "r+b") as file:
        file.seek(4096 * 4)
        file.write(b"\xa5" * 4096)
    with pytest.raises(BackupFailed, match="cannot restore") as error:
        services.backups.restore(copy.path)
    assert "\n" not in str(error.value)
    assert len(services.meetings.list_meetings()) == 40
    assert not list(database.path.parent.glob("*.replaced-*"))


def test_check_finds_a_meeting_missing_from_the_search_index(services, database, make_meeting):
    assert services.backups.check().ok
    created = services.meetings.create(make_meeting())
    _raw(database.path, f"DELETE FROM search_document WHERE meeting_id = {created.id}")
    result = services.backups.check()
    assert not result.ok and "search index is missing 1 meeting" in result.problem


def test_check_finds_a_search_index_out_of_step(services, database, make_meeting):
    services.meetings.create(make_meeting())
    # A row in the index with no document behind it: FTS5's own check sees it.
    _raw(database.path, "INSERT INTO search_fts(rowid, folded) VALUES (999, 'призрак')")
    result = services.backups.check()
    assert not result.ok and result.problem.startswith("the search index is damaged")


def test_a_write_waits_no_longer_than_asked(services, database, make_meeting):
    created = services.meetings.create(make_meeting())
    with closing(sqlite3.connect(database.path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        with pytest.raises(StorageFailure, match=r"busy in another program \(waited 0.05 s\)") \
                as error:
            services.meetings.save(replace(created, title="Новое"), wait_seconds=0.05)
        assert error.value.kind == "busy"
        other.execute("ROLLBACK")
    saved = services.meetings.save(replace(created, title="Новое"))
    assert saved.title == "Новое"
    with database.engine.connect() as connection:  # the pooled connection waits as usual again
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_a_database_without_a_file_has_no_backups():
    database = open_database("sqlite://")
    try:
        backups = Services.build(database.session_factory).backups
        assert not backups.available
        for call in (backups.make_backup, backups.list_backups, backups.check,
                     lambda: backups.restore(Path("copy.sqlite3"))):
            with pytest.raises(BackupsUnavailable, match="not a file on this computer"):
                call()
    finally:
        database.close()


def test_the_check_reads_with_a_small_page_cache_and_gives_the_connection_back_as_it_was(
        services, database, make_meeting, monkeypatch):
    """The check reads every page of the file once: SQLite's 2 MiB cache would only add to the
    window's memory while it runs (issue 11); after it, the pooled connection is as before,
    a failed check too."""
    from sqlalchemy import text

    from minutes_app.storage import integrity

    def cache_size(session) -> int:
        return int(session.execute(text("PRAGMA cache_size")).scalar_one())

    seen: list[int] = []
    quick_check = integrity.quick_check_problem

    def watched_quick_check(session):
        seen.append(cache_size(session))
        return quick_check(session)

    monkeypatch.setattr(integrity, "quick_check_problem", watched_quick_check)
    services.meetings.create(make_meeting())
    with database.session_factory() as session:
        own_size = cache_size(session)
    assert services.backups.check().ok
    _raw(database.path, "INSERT INTO search_fts(rowid, folded) VALUES (999, 'призрак')")
    assert not services.backups.check().ok
    assert seen == [-integrity.CHECK_CACHE_KIB] * 2 and own_size != seen[0]
    with database.session_factory() as session:
        assert cache_size(session) == own_size


def test_a_check_under_way_is_stopped_at_once_and_finds_nothing(services, make_meeting,
                                                                 long_check):
    """The window closes while a big file is being checked: stop (from the window's
    thread) interrupts SQLite's statement, so the program does not wait for it; the check
    reports nothing, neither sound nor damaged, and the next one runs whole."""
    import threading

    from minutes_app.services import Stopped

    services.meetings.create(make_meeting())
    outcome: list[object] = []

    def check() -> None:
        try:
            outcome.append(services.backups.check())
        except Exception as error:
            outcome.append(error)

    worker = threading.Thread(target=check, daemon=True)  # a failed test must not hang
    worker.start()
    assert long_check.started.wait(10)
    for _ in range(600):  # asked again while it runs, as the window does: SQLite stops only
        services.backups.stop()  # a statement under way
        worker.join(0.05)
        if not worker.is_alive():
            break
    assert not worker.is_alive() and not long_check.read_to_the_end
    assert len(outcome) == 1 and isinstance(outcome[0], Stopped)
    long_check.remove()
    services.backups.stop()  # no check under way: nothing to stop, nothing kept
    assert services.backups.check().ok
