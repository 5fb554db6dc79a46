"""backup, backups, restore, check; damaged, read-only and busy databases: one line each."""

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from cli_helpers import document, meeting, write

from minutes_app.storage import db as storage_db


@pytest.fixture
def filled(run, db, tmp_path: Path) -> str:
    """A database holding 200 meetings (enough pages to damage one in the middle)."""
    many = document(*(meeting(number=str(n), notes="Слушали. " * 60) for n in range(200)))
    assert run("--db", db, "import", write(tmp_path / "many.json", many)).code == 0
    return db


def _titles(db: str) -> list[str]:
    with closing(sqlite3.connect(db)) as connection:
        return [row[0] for row in connection.execute("SELECT number FROM meeting ORDER BY id")]


def _damage_a_middle_page(db: str) -> None:
    """Random bytes over a page in the middle of the meetings themselves (SQLite's dbstat
    table says which pages hold them), so that reading every meeting meets it."""
    with closing(sqlite3.connect(db)) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = [row[0] for row in connection.execute(
            "SELECT pageno FROM dbstat WHERE name = 'meeting' AND pagetype = 'leaf' "
            "ORDER BY pageno")]
    with open(db, "r+b") as file:
        file.seek(size * (pages[len(pages) // 2] - 1))
        file.write(os.urandom(size))


def test_backup_prints_the_copy_and_backups_lists_it(run, filled):
    made = run("--db", filled, "backup")
    assert made.code == 0 and made.err == ""
    copy = Path(made.out.strip())
    assert copy.is_file() and copy.parent == Path(filled).parent / "backups"
    listed = run("--db", filled, "backups")
    rows = [line.split("\t") for line in listed.out.splitlines()]
    assert rows[0] == [str(copy), rows[0][1], str(copy.stat().st_size), "200"]
    assert rows[0][1][:4].isdigit() and rows[0][1][10] == " "  # 2026-11-29 14:30:05


def test_restore_brings_the_copy_back_and_names_where_the_current_file_went(run, filled, tmp_path):
    copy = run("--db", filled, "backup").out.strip()
    extra = write(tmp_path / "extra.json", document(meeting(number="после копии")))
    run("--db", filled, "import", extra)
    restored = run("--db", filled, "restore", copy)
    assert restored.code == 0, restored.err
    kept = Path(restored.out.strip())
    assert ".replaced-" in kept.name and kept.is_file()
    assert "после копии" not in _titles(filled) and len(_titles(filled)) == 200
    assert "после копии" in _titles(str(kept))


def test_restore_of_a_missing_file_is_one_line(run, filled):
    result = run("--db", filled, "restore", "no-such-copy.sqlite3")
    assert result.code == 1
    assert result.err == ("minutes-app: error: cannot restore no-such-copy.sqlite3: "
                          "there is no such file\n")


def test_check_says_ok(run, filled):
    assert (run("--db", filled, "check").code, run("--db", filled, "check").out) == (0, "ok\n")


def test_a_damaged_page_is_found_by_check_and_by_export_with_the_way_back(run, filled, tmp_path):
    copy = run("--db", filled, "backup").out.strip()
    _damage_a_middle_page(filled)
    checked = run("--db", filled, "check")
    assert checked.code == 1 and checked.out == ""
    assert len(checked.err.splitlines()) == 1
    assert f"{filled} is damaged (" in checked.err
    assert f"the newest good backup is {copy} of " in checked.err
    assert f"`minutes-app restore {copy}`" in checked.err
    exported = run("--db", filled, "export-json", "-o", str(tmp_path / "all.json"))
    assert exported.code == 1 and len(exported.err.splitlines()) == 1
    assert "unexpected" not in exported.err and "Traceback" not in exported.err
    assert "is damaged" in exported.err and copy in exported.err
    assert not (tmp_path / "all.json").exists()


def test_a_zeroed_header_names_the_backup_and_restore_gets_out_of_it(run, filled):
    copy = run("--db", filled, "backup").out.strip()
    with open(filled, "r+b") as file:
        file.write(bytes(16))
    listed = run("--db", filled, "list")
    assert listed.code == 1 and listed.out == ""
    assert len(listed.err.splitlines()) == 1
    assert "is not a Minutes database or is damaged" in listed.err and copy in listed.err
    restored = run("--db", filled, "restore", copy)
    assert restored.code == 0, restored.err
    damaged = Path(restored.out.strip())
    assert ".damaged-" in damaged.name and damaged.read_bytes()[:16] == bytes(16)
    assert len(run("--db", filled, "list").out.splitlines()) == 200


def test_a_read_only_file_lists_searches_and_exports_but_refuses_an_import(run, filled,
                                                                            tmp_path):
    Path(filled).chmod(0o444)
    try:
        assert len(run("--db", filled, "list").out.splitlines()) == 200
        assert run("--db", filled, "search", "слушали").code == 0
        exported = run("--db", filled, "export-json", "-o", str(tmp_path / "all.json"))
        assert exported.code == 0 and (tmp_path / "all.json").exists()
        imported = run("--db", filled, "import",
                       write(tmp_path / "one.json", document(meeting(number="новый"))))
        assert imported.code == 1 and imported.out == ""
        assert imported.err == (f"minutes-app: error: the database {filled} is read-only: "
                                "the file cannot be written; nothing was saved\n")
    finally:
        Path(filled).chmod(0o644)
    assert len(_titles(filled)) == 200


def test_a_write_that_waited_the_whole_busy_timeout_says_so(run, filled, tmp_path,
                                                             monkeypatch):
    monkeypatch.setattr(storage_db, "BUSY_TIMEOUT_MS", 100)
    one = write(tmp_path / "one.json", document(meeting(number="новый")))
    with closing(sqlite3.connect(filled, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # a long import in another program
        result = run("--db", filled, "import", one)
        other.execute("ROLLBACK")
    assert result.code == 1 and result.out == ""
    assert len(result.err.splitlines()) == 1
    assert "the database is busy in another program (waited" in result.err
    assert "nothing was saved" in result.err
    assert len(_titles(filled)) == 200


def test_backups_of_an_in_memory_database_are_refused_in_one_line(run):
    result = run("--db", "sqlite://", "backup")
    assert result.code == 1
    assert result.err == ("minutes-app: error: this database is not a file on this "
                          "computer: it has no backups\n")
