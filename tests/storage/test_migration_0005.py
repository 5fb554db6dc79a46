"""A file at revision 0004 upgrades to 0005 (search by word forms): every search document
gets the stems its words need, the FTS5 index covers them with its three triggers, is sound,
and finds old meetings by other forms of their words; changes after the upgrade are indexed."""

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from legacy_schema import build_at_revision
from sqlalchemy import create_engine

from minutes_app.domain import AgendaItem, Meeting
from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url
from minutes_app.storage.migrate import alembic_config, head_revision

FTS_TRIGGERS = {"search_fts_after_insert", "search_fts_after_delete", "search_fts_after_update"}
OLD = (
    Meeting(title="заседания совета", date=date(2024, 5, 1),
            agenda=(AgendaItem("О взаимодействии с полицией"),)),
    Meeting(title="Board meeting", date=date(2024, 6, 1),
            agenda=(AgendaItem("The policy on grants was approved"),)),
)


def _upgrade(path: Path, revision: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    engine.dispose()


@pytest.fixture
def file_at_0004(db_path: Path) -> tuple[Path, list[int]]:
    ids = build_at_revision(db_path, "0002", OLD)
    _upgrade(db_path, "0004")
    return db_path, ids


def _sound(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
        return {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}


def test_old_meetings_are_found_by_other_forms_after_the_upgrade(file_at_0004) -> None:
    path, ids = file_at_0004
    database = open_database(resolve_database_url(str(path)))
    try:
        meetings = Services.build(database.session_factory).meetings
        assert [h.meeting_id for h in meetings.search("полиция")] == [ids[0]]
        assert [h.meeting_id for h in meetings.search("policies")] == [ids[1]]
        assert meetings.export_meetings() == list(OLD)
    finally:
        database.close()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),)
        stemmed = dict(connection.execute("SELECT meeting_id, stemmed FROM search_document"))
    assert stemmed == {ids[0]: "", ids[1]: " polici"}  # only stems not beginning their words
    assert _sound(path) == FTS_TRIGGERS


def test_changes_after_the_upgrade_are_indexed(file_at_0004) -> None:
    path, ids = file_at_0004
    database = open_database(resolve_database_url(str(path)))
    try:
        meetings = Services.build(database.session_factory).meetings
        board = meetings.get(ids[1])
        meetings.save(replace(board, agenda=(AgendaItem("Two studies were commissioned"),)))
        assert [h.meeting_id for h in meetings.search("study")] == [ids[1]]
        assert meetings.search("policies") == []
        meetings.delete(ids[0])
        assert meetings.search("полиции") == []
    finally:
        database.close()
    assert _sound(path) == FTS_TRIGGERS


def test_a_downgrade_gives_back_the_index_of_revision_0004(file_at_0004) -> None:
    path, _ = file_at_0004
    open_database(resolve_database_url(str(path))).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0004")
    engine.dispose()
    assert _sound(path) == FTS_TRIGGERS
    with closing(sqlite3.connect(path)) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(search_document)")]
        found = connection.execute(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH '\"полиц\"*'").fetchall()
    assert columns == ["meeting_id", "content", "folded"] and len(found) == 1
