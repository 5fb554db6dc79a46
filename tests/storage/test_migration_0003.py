"""A file left at revision 0002 with data in every table upgrades to the whole record (0003)
keeping every row and value; the new columns take their defaults."""

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from legacy_schema import OLD_MEETINGS, build_at_revision

from minutes_app.domain import Meeting, Statement, TextEntry, Translations
from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url
from minutes_app.storage.migrate import head_revision

FTS_TRIGGERS = {"search_fts_after_insert", "search_fts_after_delete", "search_fts_after_update"}

# What revision 0003 adds, with the value every earlier row must get (as SQLite holds it).
NEW_COLUMNS = {
    "organization": {},
    "person": {"rank": "", "translations": "{}"},
    "body": {"numbering": "yearly", "organization": "", "place": "", "kind": "",
             "letterhead": "", "translations": "{}"},
    "body_member": {"role": "member", "from_date": None, "to_date": None},
    "meeting": {"organizers": "[]", "conclusions": "[]", "approved_by": "", "approved_on": None,
                "history": "[]", "translations": "{}"},
    "attendance": {"degree": "", "rank": "", "translations": "{}"},
    "agenda_item": {"conclusions": "[]", "translations": "{}"},
    "statement": {"translations": "{}"},
    "decision": {"translations": "{}"},
    "action_item": {"done_on": None, "done_note": "", "translations": "{}"},
    "search_document": {},
}
# What later revisions add: a file at 0002 opened today gets them as well (0004: the body's
# document settings, the ones its documents had before; 0005: the search stems; 0006: the
# approval's fingerprint; 0008: the edit version, 1, saved by nobody known).
EDIT_VERSION = {"version": 1, "changed_at": None, "changed_by": ""}
LATER_COLUMNS = {"body": {"font_name": "Times New Roman", "font_size": 14.0,
                          "long_term_margin": 0, "decision_verb": "resolved", **EDIT_VERSION},
                 # 0005: the old meetings' stems all begin their words
                 "search_document": {"stemmed": ""},
                 "meeting": {"approved_fingerprint": "", **EDIT_VERSION},  # 0006
                 "person": EDIT_VERSION}
DELETED = Meeting(title="Удалённое заседание", date=date(2025, 12, 1))


def _connect(path: Path) -> closing[sqlite3.Connection]:
    return closing(sqlite3.connect(path))


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def _rows(connection: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple]:
    names = ", ".join(f'"{c}"' for c in columns)
    return connection.execute(f"SELECT {names} FROM {table} ORDER BY rowid").fetchall()


def _add_directory(path: Path) -> None:
    """An organisation and a body whose roster links people of the meetings, as 0002 kept them."""
    with _connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute(
            "INSERT INTO organization (name, name_fold, name_kk, name_en, address) VALUES "
            "('Департамент полиции', 'департамент полиции', 'Полиция департаменті', "
            "'Police Department', 'г. Кокшетау, ул. Абая, 1')")
        body_id = connection.execute(
            "INSERT INTO body (name, name_fold, quorum_kind, quorum_count) VALUES "
            "('Общественный совет МВД', 'общественный совет мвд', 'two_thirds', 0)").lastrowid
        people = [row[0] for row in connection.execute("SELECT id FROM person ORDER BY id")]
        for ordinal, person_id in enumerate(people[:2]):
            connection.execute("INSERT INTO body_member (body_id, person_id, ordinal) "
                               "VALUES (?, ?, ?)", (body_id, person_id, ordinal))
        connection.commit()


def _delete_meeting(path: Path, meeting_id: int) -> None:
    with _connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("DELETE FROM meeting WHERE id = ?", (meeting_id,))
        connection.commit()


@pytest.fixture
def file_at_0002(db_path: Path) -> tuple[Path, list[int]]:
    """OLD_MEETINGS, a deleted third meeting, an organisation and a body with members."""
    ids = build_at_revision(db_path, "0002", (*OLD_MEETINGS, DELETED))
    _delete_meeting(db_path, ids[-1])
    _add_directory(db_path)
    return db_path, ids


def _snapshot(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    with _connect(path) as connection:
        return {table: (columns := _columns(connection, table), _rows(connection, table, columns))
                for table in NEW_COLUMNS}


def test_the_fixture_fills_every_table_at_revision_0002(file_at_0002):
    path, _ = file_at_0002
    with _connect(path) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == "0002"
    assert all(rows for _, rows in _snapshot(path).values())


def test_every_row_and_value_is_kept_and_the_new_columns_hold_their_defaults(file_at_0002):
    path, _ = file_at_0002
    before = _snapshot(path)
    open_database(resolve_database_url(str(path))).close()
    with _connect(path) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        for table, (old_columns, old_rows) in before.items():
            columns = _columns(connection, table)
            added = [c for c in columns if c not in old_columns]
            assert set(old_columns) <= set(columns), table
            expected = NEW_COLUMNS[table] | LATER_COLUMNS.get(table, {})
            assert added == list(expected), table
            assert _rows(connection, table, old_columns) == old_rows, table
            if added:
                defaults = tuple(expected.values())
                assert set(_rows(connection, table, added)) == {defaults}, table
    assert revision == head_revision()


def test_the_upgraded_file_is_sound_indexed_and_keeps_autoincrement(file_at_0002):
    path, ids = file_at_0002
    database = open_database(resolve_database_url(str(path)))
    try:
        with _connect(path) as connection:
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            triggers = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            (meeting_sql,) = connection.execute(
                "SELECT sql FROM sqlite_master WHERE name = 'meeting'").fetchone()
            # FTS5 checks its index against search_document, row by row.
            connection.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
        assert triggers == FTS_TRIGGERS
        assert "AUTOINCREMENT" in meeting_sql
        meetings = Services.build(database.session_factory).meetings
        assert meetings.export_meetings() == list(OLD_MEETINGS)
        assert [h.meeting_id for h in meetings.search("тұрсынбаев")] == [ids[0]]
        assert meetings.search("удалённое") == []
        # The id of the meeting deleted before the upgrade is never given again.
        assert meetings.create(DELETED).id == ids[-1] + 1
    finally:
        database.close()
    backups = sorted((path.parent / "backups").glob("*.sqlite3"))
    assert len(backups) == 1 and "before-upgrade-from-0002" in backups[0].name


def test_an_upgraded_meeting_takes_the_new_parts_and_keeps_its_people(file_at_0002):
    path, ids = file_at_0002
    with _connect(path) as connection:
        links_before = connection.execute(
            "SELECT name, person_id FROM attendance ORDER BY id").fetchall()
        people_before = connection.execute("SELECT count(*) FROM person").fetchone()
    database = open_database(resolve_database_url(str(path)))
    try:
        meetings = Services.build(database.session_factory).meetings
        old = meetings.get(ids[0])
        item = old.agenda[0]
        whole = replace(
            old, organizers=(TextEntry("Общественный совет"),),
            conclusions=(TextEntry("Итоги подведены", translations=Translations(
                (("text", "kk", "Қорытынды шығарылды"),))),),
            agenda=(replace(item, proposals=(Statement("Продлить работу базаров"),)),
                    *old.agenda[1:]),
        )
        meetings.save(whole)
        assert meetings.get(ids[0]) == whole
        assert [h.meeting_id for h in meetings.search("қорытынды")] == [ids[0]]
    finally:
        database.close()
    with _connect(path) as connection:
        assert connection.execute(
            "SELECT name, person_id FROM attendance ORDER BY id").fetchall() == links_before
        assert connection.execute("SELECT count(*) FROM person").fetchone() == people_before
