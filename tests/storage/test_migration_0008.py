"""A file at revision 0007 upgrades to 0008 (edit versions, issue 13) keeping every record:
each meeting, person and body starts at version 1, saved by nobody known; the first save
after the upgrade makes version 2 and says who; a downgrade gives back revision 0007's
tables with every row."""

import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from legacy_schema import OLD_MEETINGS, build_at_revision
from sqlalchemy import create_engine

from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url
from minutes_app.storage.migrate import alembic_config, head_revision

EDITED_AS_ONE = ("meeting", "person", "body")


@pytest.fixture
def file_at_0007(db_path: Path) -> tuple[Path, list[int]]:
    ids = build_at_revision(db_path, "0002", OLD_MEETINGS)  # plain SQL, then Alembic
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0007")
    engine.dispose()
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        body_id = connection.execute(
            "INSERT INTO body (name, name_fold, quorum_kind, quorum_count, place) VALUES "
            "('Общественный совет МВД', 'общественный совет мвд', 'two_thirds', 0, "
            "'г. Кокшетау')").lastrowid
        people = [row[0] for row in connection.execute("SELECT id FROM person ORDER BY id")]
        for ordinal, person_id in enumerate(people[:2]):
            connection.execute("INSERT INTO body_member (body_id, person_id, ordinal) "
                               "VALUES (?, ?, ?)", (body_id, person_id, ordinal))
        connection.commit()
    return db_path, ids


def _table(path: Path, table: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def _stamps(path: Path, table: str) -> set[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return set(connection.execute(f"SELECT version, changed_at, changed_by FROM {table}"))


def test_every_record_is_kept_at_version_1(file_at_0007) -> None:
    path, ids = file_at_0007
    before = {table: _table(path, table) for table in EDITED_AS_ONE}
    database = open_database(resolve_database_url(str(path)))
    try:
        services = Services.build(database.session_factory)
        assert services.meetings.export_meetings() == list(OLD_MEETINGS)
        assert [services.meetings.get(i).version for i in ids] == [1] * len(ids)
        people = services.directory.list_people()
        assert len(people) == len(before["person"]) and {p.version for p in people} == {1}
        (body,) = services.directory.list_bodies()
        assert (body.place, len(body.members), body.version) == ("г. Кокшетау", 2, 1)
    finally:
        database.close()
    for table in EDITED_AS_ONE:
        # the old columns' values as they were, then the three new ones
        assert [row[:-3] for row in _table(path, table)] == before[table], table
        assert _stamps(path, table) == {(1, None, "")}, table
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),)


def test_the_first_save_after_the_upgrade_is_version_2_and_says_who(file_at_0007) -> None:
    path, ids = file_at_0007
    database = open_database(resolve_database_url(str(path)))
    try:
        meetings = Services.build(database.session_factory).meetings
        old = meetings.get(ids[0])
        saved = meetings.save(replace(old, title="заседания совета"), by="Айгуль Сәрсенова")
        assert saved.version == meetings.get(ids[0]).version == 2
    finally:
        database.close()
    with closing(sqlite3.connect(path)) as connection:
        version, at, by = connection.execute(
            "SELECT version, changed_at, changed_by FROM meeting WHERE id = ?",
            (ids[0],)).fetchone()
    assert (version, by) == (2, "Айгуль Сәрсенова") and at is not None


def test_a_downgrade_gives_back_revision_0007_with_every_row(file_at_0007) -> None:
    path, _ = file_at_0007
    open_database(resolve_database_url(str(path))).close()
    upgraded = {table: _table(path, table) for table in EDITED_AS_ONE}
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0007")
    engine.dispose()
    for table in EDITED_AS_ONE:
        assert _table(path, table) == [row[:-3] for row in upgraded[table]], table
    with closing(sqlite3.connect(path)) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(meeting)")]
        autoincrement = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'meeting'").fetchone()[0]
    assert "version" not in columns and "changed_by" not in columns
    assert "AUTOINCREMENT" in autoincrement  # a deleted meeting's id is still never reused
