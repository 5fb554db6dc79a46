"""Several secretaries at once on one PostgreSQL server (issue 13): imports made at the same
moment by different computers all land, whole, naming the same people; a connection the server
kills in the middle of a save loses nothing that was acknowledged, and that save is refused,
not half made. Against the tests' own throwaway cluster; each "computer" has its own engine,
as a separate program has."""

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, text

from minutes_app.domain import Meeting
from minutes_app.services import Services, StorageFailure
from minutes_app.services.transactions import writing
from minutes_app.storage.db import open_database, resolve_database_url

COMPUTERS = 4
MEETINGS_EACH = 3


def backup_of(folder: Path, computer: int, sample_meeting: Callable[..., Meeting]) -> bytes:
    """A JSON backup made on one computer: its meetings name the same council's people."""
    database = open_database(resolve_database_url(str(folder / f"computer-{computer}.sqlite3")))
    services = Services.build(database.session_factory)
    for number in range(MEETINGS_EACH):
        services.meetings.create(sample_meeting(
            title=f"заседание {computer}.{number}", number=f"{computer}{number}",
            date=date(2026, 1 + computer, 1 + number)))
    exported = services.transfer.export_json()
    database.close()
    return exported


def test_imports_made_at_once_by_several_computers_all_land(postgres_database_url, tmp_path,
                                                            make_meeting):
    backups = [backup_of(tmp_path, computer, make_meeting) for computer in range(COMPUTERS)]
    computers = [open_database(postgres_database_url) for _ in range(COMPUTERS)]
    start_together = threading.Barrier(COMPUTERS)
    failures: list[BaseException] = []

    def import_on(computer: int) -> None:
        services = Services.build(computers[computer].session_factory)
        start_together.wait()
        try:
            services.transfer.import_file(backups[computer], f"computer-{computer}.json")
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=import_on, args=(c,)) for c in range(COMPUTERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    try:
        assert failures == []
        services = Services.build(computers[0].session_factory)
        titles = sorted(s.title for s in services.meetings.list_meetings())
        assert titles == sorted(f"заседание {c}.{n}" for c in range(COMPUTERS)
                                for n in range(MEETINGS_EACH))
        chairs = [p for p in services.directory.list_people()
                  if p.surname == "Когамов"]
        assert len(chairs) == 1  # one person, however many imports named him at once
        assert len(services.meetings.search("заседание")) == COMPUTERS * MEETINGS_EACH
    finally:
        for database in computers:
            database.close()


def test_a_connection_killed_in_a_save_loses_nothing_acknowledged(postgres_database_url,
                                                                  make_meeting):
    database = open_database(postgres_database_url)
    services = Services.build(database.session_factory)
    created = services.meetings.create(make_meeting(title="заседание совета"))
    acknowledged = services.meetings.save(replace(created, place="г. Астана"))
    administrator = open_database(postgres_database_url)
    killed: list[str] = []

    def kill_in_the_middle(connection, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        # Once the save has begun writing (its first UPDATE), the server ends the connection.
        if not killed and statement.lstrip().upper().startswith("UPDATE"):
            pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            with administrator.engine.connect() as admin:
                admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            killed.append(statement)

    event.listen(database.engine, "before_cursor_execute", kill_in_the_middle)
    try:
        with pytest.raises(StorageFailure) as refused:
            services.meetings.save(replace(acknowledged, place="г. Алматы",
                                           title="заседание правления"))
        assert killed and refused.value.kind == "connection"
    finally:
        event.remove(database.engine, "before_cursor_execute", kill_in_the_middle)
    stored = services.meetings.get(created.id)  # a new connection: the pool drops the dead one
    assert (stored.title, stored.place, stored.version) == (
        "заседание совета", "г. Астана", acknowledged.version)
    again = services.meetings.save(replace(acknowledged, place="г. Алматы"))
    assert services.meetings.get(created.id).place == "г. Алматы"
    assert again.version == acknowledged.version + 1
    administrator.close()
    database.close()


def test_a_write_waits_for_another_computers_write_then_says_busy(postgres_database_url,
                                                                  make_meeting):
    """One writer at a time, as on a database file: the second waits for the lock as long as
    it was told, then is refused as "busy" with nothing written."""
    first, second = open_database(postgres_database_url), open_database(postgres_database_url)
    mine, theirs = Services.build(first.session_factory), Services.build(second.session_factory)
    created = mine.meetings.create(make_meeting(title="заседание совета"))
    try:
        with writing(second.session_factory):  # their long write (an import) holds the lock
            with pytest.raises(StorageFailure) as busy:
                mine.meetings.save(replace(created, place="г. Астана"), wait_seconds=0.3)
            assert busy.value.kind == "busy"
        saved = mine.meetings.save(replace(created, place="г. Астана"), wait_seconds=0.3)
        assert theirs.meetings.get(created.id).place == "г. Астана" == saved.place
    finally:
        first.close()
        second.close()
