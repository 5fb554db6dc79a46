"""Real faults in real files: a zeroed header, a damaged page, a read-only file or disk, a full
disk, a failing upgrade. Each either opens to whole data or says so in one line, and the file
is never lost."""

import os
import random
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from legacy_schema import build_at_revision_0001
from sqlalchemy import event

from minutes_app.domain import Meeting
from minutes_app.services import Services, StorageFailure
from minutes_app.storage import backup, migrate
from minutes_app.storage.db import (
    DatabaseDamaged,
    DatabaseError,
    open_database,
    resolve_database_url,
)


def _open(path: Path):
    return open_database(resolve_database_url(str(path)))


def _fill(path: Path, count: int) -> list[int]:
    database = _open(path)
    try:
        meetings = Services.build(database.session_factory).meetings
        return meetings.import_meetings([
            Meeting(title=f"Заседание {n}", date=date(2026, 1, 1 + n % 28), number=str(n),
                    notes="Слушали и постановили. " * 40)
            for n in range(count)])
    finally:
        database.close()


def _page_size(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("PRAGMA page_size").fetchone()[0]


def _state(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_a_zeroed_header_is_damage_named_with_the_newest_good_backup(db_path):
    _fill(db_path, 3)
    copy = backup.make_backup(db_path, "manual")
    with open(db_path, "r+b") as file:
        file.write(bytes(16))  # "SQLite format 3\0" gone
    before = _state(db_path)
    with pytest.raises(DatabaseDamaged) as error:
        _open(db_path)
    assert "\n" not in str(error.value)
    assert error.value.path == db_path
    assert error.value.newest_backup.path == copy
    assert error.value.newest_backup.meetings == 3
    assert _state(db_path) == before  # opening leaves it where and as it is
    assert not backup.quick_check(db_path).ok


def test_a_damaged_page_in_the_middle_is_invisible_to_queries_but_not_to_the_check(db_path):
    _fill(db_path, 300)
    page = _page_size(db_path)
    pages = db_path.stat().st_size // page
    with open(db_path, "r+b") as file:
        file.seek(page * (pages // 2))
        file.write(os.urandom(page))
    with closing(sqlite3.connect(db_path)) as connection:
        # An ordinary count still answers: only a check finds the damage.
        assert connection.execute("SELECT count(*) FROM meeting").fetchone()[0] == 300
    assert not backup.quick_check(db_path).ok
    database = _open(db_path)  # opening does not read every page (the window checks later)
    try:
        result = Services.build(database.session_factory, database_path=db_path).backups.check()
    finally:
        database.close()
    assert not result.ok and "\n" not in result.problem


def test_a_file_of_another_program_is_damage_too(db_path):
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(DatabaseDamaged, match="is not a Minutes database") as error:
        _open(db_path)
    assert error.value.newest_backup is None


@pytest.fixture
def read_only_file(db_path: Path) -> Iterator[Path]:
    _fill(db_path, 2)
    db_path.chmod(0o444)  # decided by the mode bits: root may write anyway
    yield db_path
    db_path.chmod(0o644)


def test_a_read_only_file_opens_for_reading_and_refuses_every_write(read_only_file):
    before = _state(read_only_file)
    database = _open(read_only_file)
    try:
        assert database.read_only
        services = Services.build(database.session_factory, database_path=database.path,
                                  read_only=database.read_only)
        stored = services.meetings.list_meetings()
        assert len(stored) == 2
        assert services.meetings.search("заседание")
        first = services.meetings.get(stored[0].id)
        for write in (lambda: services.meetings.save(replace(first, title="Новое")),
                      lambda: services.meetings.create(Meeting(title="Новое", date=date.today())),
                      lambda: services.meetings.delete(first.id),
                      lambda: services.meetings.import_meetings([first])):
            with pytest.raises(StorageFailure, match=f"the database {read_only_file} is "
                               "read-only: the file cannot be written") as error:
                write()
            assert error.value.kind == "read_only"
        assert services.backups.check().ok
    finally:
        database.close()
    assert _state(read_only_file) == before


def test_a_read_only_file_of_an_earlier_version_is_not_upgraded(db_path):
    build_at_revision_0001(db_path)
    db_path.chmod(0o444)
    before = _state(db_path)
    try:
        with pytest.raises(DatabaseError, match="needs an upgrade") as error:
            _open(db_path)
    finally:
        db_path.chmod(0o644)
    assert "\n" not in str(error.value)
    assert _state(db_path) == before
    assert not (db_path.parent / "backups").exists()


def _mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True)
    return done.returncode == 0


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MB filesystem (tmpfs; needs root, as in CI's container)."""
    folder = tmp_path / "tiny"
    if not _mount_tmpfs(folder, "1m"):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=True)


def test_a_really_full_disk_saves_nothing_partial_and_keeps_what_was_there(tiny_disk):
    path = tiny_disk / "minutes.sqlite3"
    database = _open(path)
    try:
        meetings = Services.build(database.session_factory).meetings
        kept = meetings.create(Meeting(title="До переполнения", date=date(2026, 1, 1)))
        batch = [Meeting(title=f"Большое {n}", date=date(2026, 1, 2), notes="ж" * 200_000)
                 for n in range(10)]
        with pytest.raises(StorageFailure) as error:
            meetings.import_meetings(batch)  # about 4 MB of text on a 1 MB disk
        assert error.value.kind == "disk_full"
        assert "\n" not in str(error.value)
        assert [m.id for m in meetings.list_meetings()] == [kept.id]
    finally:
        database.close()
    assert backup.quick_check(path).ok
    reopened = _open(path)
    try:
        assert [m.title for m in Services.build(reopened.session_factory).meetings
                .export_meetings()] == ["До переполнения"]
    finally:
        reopened.close()


def test_a_database_on_a_read_only_disk_opens_read_only(tmp_path):
    folder = tmp_path / "ro"
    if not _mount_tmpfs(folder, "4m"):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        _fill(folder / "minutes.sqlite3", 2)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        database = _open(folder / "minutes.sqlite3")
        try:
            assert database.read_only
            services = Services.build(database.session_factory)
            assert len(services.meetings.list_meetings()) == 2
            with pytest.raises(StorageFailure, match="on a disk that cannot be written"):
                services.meetings.create(Meeting(title="Новое", date=date.today()))
        finally:
            database.close()
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


FAILING_REVISION = '''"""A revision that fails halfway (a test's injected fault)."""
import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("UPDATE meeting SET title = 'испорчено'")
    raise RuntimeError("injected failure in revision 0099")


def downgrade() -> None:
    pass
'''


def test_a_failing_revision_leaves_the_file_as_it_was_with_a_copy(db_path, tmp_path,
                                                                   monkeypatch):
    _fill(db_path, 5)
    head = migrate.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0099_failing.py").write_text(FAILING_REVISION.format(head=head))
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "0099")  # as a version with 0099 would say
    with closing(sqlite3.connect(db_path)) as connection:
        before = connection.execute("SELECT id, title FROM meeting ORDER BY id").fetchall()
    with pytest.raises(DatabaseError, match="injected failure in revision 0099") as error:
        _open(db_path)
    assert "\n" not in str(error.value)
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("SELECT id, title FROM meeting ORDER BY id").fetchall() == before
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        assert not connection.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchall()
    (copy,) = backup.list_backups(db_path)
    assert copy.reason == f"before-upgrade-from-{head}" and copy.meetings == 5
    monkeypatch.undo()
    _open(db_path).close()  # this version still opens it


def test_a_wal_cut_anywhere_opens_to_whole_transactions(db_path, tmp_path):
    """Copies of the file and its -wal as a power cut could leave them: the -wal cut at 40
    random offsets. Each opens, checks ok and holds a prefix of whole imports."""
    database = _open(db_path)
    try:
        meetings = Services.build(database.session_factory).meetings
        for batch in range(12):  # 12 transactions of 3 meetings, left in the -wal
            meetings.import_meetings([Meeting(title=f"Пакет {batch}", date=date(2026, 1, 1),
                                              number=f"{batch}.{n}") for n in range(3)])
        source, wal = db_path.read_bytes(), Path(f"{db_path}-wal").read_bytes()
    finally:
        database.close()
    assert len(wal) > 32  # the imports really are in the -wal
    generator = random.Random(7)
    found = set()
    for cut in sorted(generator.sample(range(len(wal) + 1), 40)):
        copy = tmp_path / f"cut-{cut}.sqlite3"
        copy.write_bytes(source)
        Path(f"{copy}-wal").write_bytes(wal[:cut])
        opened = _open(copy)
        try:
            numbers = [m.number for m in Services.build(opened.session_factory)
                       .meetings.export_meetings()]
        finally:
            opened.close()
        assert backup.quick_check(copy).ok
        whole = len(numbers) // 3
        assert numbers == [f"{b}.{n}" for b in range(whole) for n in range(3)], cut
        found.add(whole)
    assert len(found) > 3  # the cuts did land in different transactions


def test_a_damaged_schema_page_is_damage_named_with_the_backup(db_path):
    _fill(db_path, 3)
    copy = backup.make_backup(db_path, "manual")
    with open(db_path, "r+b") as file:
        file.seek(100)  # page 1 after the file header: the table of tables
        file.write(bytes(range(256)) * 4)
    with pytest.raises(DatabaseDamaged, match="damaged") as error:
        _open(db_path)
    assert "\n" not in str(error.value)
    assert error.value.newest_backup.path == copy


def test_a_folder_that_cannot_be_written_opens_the_file_read_only(db_path):
    _fill(db_path, 2)
    folder = db_path.parent
    folder.chmod(0o555)  # no room for a -wal or -shm beside the file
    try:
        database = _open(db_path)
        try:
            assert database.read_only
            services = Services.build(database.session_factory)
            assert len(services.meetings.list_meetings()) == 2
            with pytest.raises(StorageFailure, match="its folder cannot be written"):
                services.meetings.create(Meeting(title="Новое", date=date.today()))
        finally:
            database.close()
    finally:
        folder.chmod(0o755)
    assert sorted(p.name for p in folder.iterdir()) == ["minutes.sqlite3"]


def test_a_full_disk_is_a_storage_failure_of_kind_disk_full(db_path):
    _fill(db_path, 1)
    database = _open(db_path)
    try:
        with closing(sqlite3.connect(db_path)) as connection:
            pages = connection.execute("PRAGMA page_count").fetchone()[0]

        def limit(dbapi_connection, _record):
            dbapi_connection.execute(f"PRAGMA max_page_count={pages + 2}")

        database.engine.dispose()
        event.listen(database.engine, "connect", limit)
        meetings = Services.build(database.session_factory).meetings
        batch = [Meeting(title=f"Большое {n}", date=date(2026, 1, 2), notes="ж" * 50_000)
                 for n in range(5)]
        with pytest.raises(StorageFailure) as error:
            meetings.import_meetings(batch)
        assert error.value.kind == "disk_full"
        assert len(meetings.list_meetings()) == 1
    finally:
        database.close()
    assert backup.quick_check(db_path).ok
