import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from legacy_schema import OLD_MEETINGS, build_at_revision_0001
from sqlalchemy import text

from minutes_app.services import Services
from minutes_app.storage import migrate
from minutes_app.storage import search as search_module
from minutes_app.storage.db import DatabaseError, open_database, resolve_database_url
from minutes_app.storage.migrate import head_revision, include_object
from minutes_app.storage.records import Base
from minutes_app.storage.search import search_document

CHILD_TABLES = ("attendance", "agenda_item", "statement", "decision", "action_item", "person")
FTS_TRIGGERS = {"search_fts_after_insert", "search_fts_after_delete", "search_fts_after_update"}


def _open(path: Path):
    return open_database(resolve_database_url(str(path)))


def _dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


def _scalar(path: Path, sql: str):
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchone()[0]


def _counts(path: Path) -> dict[str, int]:
    return {table: _scalar(path, f"SELECT count(*) FROM {table}") for table in CHILD_TABLES}


def _backups(path: Path) -> list[Path]:
    return sorted((path.parent / "backups").glob("*.sqlite3"))


def test_the_models_and_the_migrated_schema_do_not_drift(database):
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": include_object, "compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_a_new_file_gets_the_search_index_and_its_triggers(database, db_path):
    with closing(sqlite3.connect(db_path)) as connection:
        triggers = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        meeting_sql = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'meeting'").fetchone()[0]
    assert triggers == FTS_TRIGGERS
    assert "AUTOINCREMENT" in meeting_sql
    assert _scalar(db_path, "SELECT version_num FROM alembic_version") == head_revision()
    assert _backups(db_path) == []  # nothing to keep from a file that did not exist


def test_an_old_file_with_data_is_upgraded_keeping_every_row(old_database):
    path, ids = old_database
    before = _counts(path)
    assert before["statement"] == 2 and before["action_item"] == 2  # the cascading children
    database = _open(path)
    try:
        assert _counts(path) == before
        meetings = Services.build(database.session_factory).meetings
        assert meetings.export_meetings() == list(OLD_MEETINGS)
        assert [hit.meeting_id for hit in meetings.search("полиции")] == [ids[0]]
        assert [hit.meeting_id for hit in meetings.search("қаулы")] == [ids[0]]
        assert [hit.meeting_id for hit in meetings.search("тұрсынбаев")] == [ids[0]]
        assert [hit.meeting_id for hit in meetings.search("совещ")] == [ids[1]]
        assert meetings.next_number("ОБЩЕСТВЕННЫЙ СОВЕТ МВД", 2025) == "13"  # body_fold filled
        with database.engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
            triggers = set(connection.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
            documents = dict(connection.execute(text(
                "SELECT meeting_id, content FROM search_document")).all())
    finally:
        database.close()
    assert triggers == FTS_TRIGGERS
    # The migration builds the same documents as the program does.
    assert documents == {i: search_document(m)[0] for i, m in zip(ids, OLD_MEETINGS, strict=True)}


def test_the_upgrade_first_keeps_a_verified_copy(old_database):
    path, _ = old_database
    original = _dump(path)
    _open(path).close()
    (backup,) = _backups(path)
    assert "before-upgrade-from-0001" in backup.name
    assert _dump(backup) == original
    assert _scalar(backup, "PRAGMA quick_check") == "ok"
    _open(path).close()
    assert len(_backups(path)) == 1  # an up-to-date file is not copied again


def test_a_file_of_a_newer_version_is_refused_and_left_untouched(db_path):
    _open(db_path).close()
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
        connection.commit()
    content, modified = db_path.read_bytes(), db_path.stat().st_mtime_ns
    with pytest.raises(DatabaseError, match="newer version of Minutes") as error:
        _open(db_path)
    assert "\n" not in str(error.value)
    assert db_path.read_bytes() == content
    assert db_path.stat().st_mtime_ns == modified
    assert _backups(db_path) == []
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["minutes.sqlite3"]


def test_a_failure_inside_the_upgrade_leaves_the_file_as_it_was(old_database, monkeypatch):
    path, _ = old_database
    original = _dump(path)

    def broken(text: str) -> str:
        raise RuntimeError("injected failure")

    def not_needed(*args):
        raise AssertionError("the upgrade is one transaction: its rollback is enough")

    monkeypatch.setattr(search_module, "fold_for_search", broken)  # used by revision 0002
    monkeypatch.setattr(migrate, "restore_backup", not_needed)
    with pytest.raises(DatabaseError, match="injected failure"):
        _open(path)
    assert _dump(path) == original  # the meeting table was rebuilt, and that was undone too
    assert _scalar(path, "SELECT version_num FROM alembic_version") == "0001"
    monkeypatch.undo()
    _open(path).close()  # and the next start upgrades it
    assert _scalar(path, "SELECT version_num FROM alembic_version") == head_revision()


def test_a_failure_after_the_upgrade_restores_the_copy(old_database, monkeypatch):
    path, _ = old_database
    original = _dump(path)

    def damaged(upgraded: Path) -> None:
        raise DatabaseError("injected: the upgraded file is damaged")

    monkeypatch.setattr(migrate, "verify_upgraded", damaged)
    with pytest.raises(DatabaseError, match="left as it was") as error:
        _open(path)
    assert "backups" in str(error.value)
    assert _dump(path) == original
    assert not Path(f"{path}-wal").exists()


def test_links_broken_by_an_upgrade_stop_it(db_path):
    build_at_revision_0001(db_path)
    with closing(sqlite3.connect(db_path)) as connection:  # foreign keys off: an orphan row
        connection.execute("INSERT INTO agenda_item (meeting_id, key, ordinal, title, presenters)"
                           " VALUES (999, 'k', 0, 'сирота', '[]')")
        connection.commit()
    original = _dump(db_path)
    with pytest.raises(DatabaseError, match="broke 1 links"):
        _open(db_path)
    assert _dump(db_path) == original


@pytest.mark.sqlite_only("SQLite's FTS5 table and triggers")
def test_the_search_index_stays_consistent_through_writes(database):
    meetings = Services.build(database.session_factory).meetings
    ids = meetings.import_meetings(list(OLD_MEETINGS))
    meetings.delete(ids[1])
    with database.engine.connect() as connection:
        connection.execute(text(
            "INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)"))
        indexed = connection.execute(text(
            "SELECT count(*) FROM search_fts WHERE search_fts MATCH 'полиции'")).scalar_one()
    assert indexed == 1
