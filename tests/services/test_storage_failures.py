"""A database that cannot write: one clear line, and nothing half-saved."""

import sqlite3
from contextlib import closing
from dataclasses import replace

import pytest
from sqlalchemy import event

from minutes_app.services import ServiceError


def _on_every_connection(database, *pragmas: str) -> None:
    database.engine.dispose()  # the next connections are new ones, with these settings

    def apply(dbapi_connection, _record):
        for pragma in pragmas:
            dbapi_connection.execute(f"PRAGMA {pragma}")

    event.listen(database.engine, "connect", apply)


def test_a_full_disk_saves_nothing_and_says_so(services, database, db_path, make_meeting):
    created = services.meetings.create(make_meeting())
    with closing(sqlite3.connect(db_path)) as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    _on_every_connection(database, f"max_page_count={pages + 2}")
    batch = [make_meeting(notes="текст " * 20_000) for _ in range(5)]
    with pytest.raises(ServiceError, match="disk is full") as error:
        services.meetings.import_meetings(batch)
    assert "\n" not in str(error.value)
    assert [m.id for m in services.meetings.list_meetings()] == [created.id]
    assert services.meetings.get(created.id) == created


@pytest.mark.sqlite_only("SQLite's query_only pragma makes it read-only")
def test_a_read_only_database_says_so(services, database, make_meeting):
    created = services.meetings.create(make_meeting())
    _on_every_connection(database, "query_only=ON")
    with pytest.raises(ServiceError, match="read-only"):
        services.meetings.save(replace(created, title="Новое"))
    assert services.meetings.get(created.id).title == created.title  # reading still works


def test_a_database_busy_in_another_program_says_so(services, database, db_path, make_meeting):
    _on_every_connection(database, "busy_timeout=50")
    with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(ServiceError, match="busy in another program"):
            services.meetings.create(make_meeting())
        other.execute("ROLLBACK")
    assert services.meetings.create(make_meeting()).id is not None


def test_a_database_error_without_words_is_still_one_line():
    """Some drivers raise with an empty message: the failure still says something."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from minutes_app.services import StorageFailure

    failure = StorageFailure(OperationalError("COMMIT", {}, sqlite3.OperationalError("")))
    assert failure.kind == "other" and str(failure).strip()
