"""ServerCopies: the JSON copies of a whole (server) database that one computer keeps in a folder.

Real databases, real files; the only stand-ins are a full disk (fsync failing) and a copy
that reads back wrong."""

import errno
import json
import os
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from minutes_app.domain import Organization, Person
from minutes_app.services import BackupFailed, ServerCopies, Services
from minutes_app.services import server_copies as module
from minutes_app.services.transfer import ExportCancelled
from minutes_app.storage.db import open_database, resolve_database_url

MORNING = datetime(2026, 11, 30, 9, 5)


@pytest.fixture
def filled(services: Services, make_meeting) -> Services:
    """Three meetings and a directory entry of each kind."""
    services.directory.save_organization(Organization(name="Комитет по делам архивов"))
    services.directory.save_person(Person(surname="Жумабаев", given_name="Арман"))
    for number in ("1", "2", "3"):
        services.meetings.create(make_meeting(number=number))
    return services


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The chosen folder (beside, never holding, the SQLite database file of the tests)."""
    path = tmp_path / "Minutes backups"
    path.mkdir()
    return path


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def stored_meetings(services: Services) -> list:
    return sorted((replace(m, id=None) for m in services.meetings.export_meetings()),
                  key=lambda m: m.number)


def test_a_copy_holds_every_meeting_and_the_directory_and_is_listed(filled, folder):
    copies = filled.server_copies
    folder = folder / "new"  # made when missing

    made = copies.make_copy(folder, now=MORNING)

    name = f"{copies.database_name}-2026-11-30-0905.json"
    assert made.path == folder / name and names(folder) == [name]
    document = json.loads(made.path.read_text("utf-8"))
    assert sorted(m["number"] for m in document["meetings"]) == ["1", "2", "3"]
    assert "Комитет по делам архивов" in [o["name"] for o in document["organizations"]]
    assert "Жумабаев" in [p["surname"] for p in document["people"]]
    assert made.meetings == 3 and made.size == made.path.stat().st_size
    assert copies.list_copies(folder) == [made]


def test_the_copy_imports_back_into_an_empty_database_with_every_meeting(filled, folder,
                                                                           tmp_path):
    made = filled.server_copies.make_copy(folder)
    empty = open_database(resolve_database_url(str(tmp_path / "restored.sqlite3")))
    try:
        restored = Services.build(empty.session_factory)
        restored.transfer.import_file(made.path, made.path.name)
        assert stored_meetings(restored) == stored_meetings(filled)
        assert restored.directory.list_people() == filled.directory.list_people()
        assert (restored.directory.list_organizations()
                == filled.directory.list_organizations())
    finally:
        empty.close()


def test_the_list_is_newest_first_counts_meetings_and_ignores_other_files(filled, folder,
                                                                           make_meeting):
    copies = filled.server_copies
    older = copies.make_copy(folder, now=MORNING)
    filled.meetings.create(make_meeting(number="4"))
    newer = copies.make_copy(folder, now=MORNING + timedelta(days=1))
    (folder / "other-2026-11-29-0800.json").write_text("{}")  # another database's copy
    (folder / "notes.txt").write_text("kept")
    (folder / f"{copies.database_name}-2026-11-29-0700.json").write_text("not JSON")

    listed = copies.list_copies(folder)

    assert [c.path for c in listed] == [newer.path, older.path,
                                        folder / f"{copies.database_name}-2026-11-29-0700.json"]
    assert [c.meetings for c in listed] == [4, 3, -1]  # a file that is not a copy: unreadable
    assert [c.created for c in listed[:2]] == [MORNING + timedelta(days=1), MORNING]
    assert copies.newest_time(folder) == MORNING + timedelta(days=1)


def test_rotation_keeps_the_newest_and_never_another_databases_files(filled, folder):
    copies = filled.server_copies
    foreign = folder / "other-2020-01-01-0000.json"
    foreign.write_text("{}")
    made = [copies.make_copy(folder, keep=3, now=MORNING + timedelta(days=day))
            for day in range(5)]
    assert [c.path for c in copies.list_copies(folder)] == [c.path for c in made[:1:-1]]
    assert foreign.exists()


def test_a_failed_write_leaves_no_file_and_deletes_no_older_copy(filled, folder, monkeypatch):
    copies = filled.server_copies
    for day in range(2):
        copies.make_copy(folder, keep=2, now=MORNING + timedelta(days=day))
    before = names(folder)

    def disk_full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        copies.make_copy(folder, keep=2, now=MORNING + timedelta(days=2))
    assert names(folder) == before  # no partial copy, no temporary file, nothing rotated


def test_a_copy_that_does_not_read_back_is_deleted_and_rotates_nothing(filled, folder,
                                                                      monkeypatch):
    copies = filled.server_copies
    for day in range(2):
        copies.make_copy(folder, keep=2, now=MORNING + timedelta(days=day))
    before = names(folder)
    monkeypatch.setattr(module, "count_meetings", lambda _open: 2)  # one meeting lost

    with pytest.raises(BackupFailed, match=r"did not read back .*2 meetings instead of 3"):
        copies.make_copy(folder, keep=2, now=MORNING + timedelta(days=2))
    assert names(folder) == before


def test_a_cancelled_copy_writes_nothing(filled, folder):
    with pytest.raises(ExportCancelled):
        filled.server_copies.make_copy(folder, cancelled=lambda: True)
    assert names(folder) == []


def test_a_copy_is_made_only_when_the_newest_is_old_enough(filled, folder):
    copies = filled.server_copies
    first = copies.copy_if_older(folder, timedelta(days=1))  # none yet: made
    assert first is not None
    assert copies.copy_if_older(folder, timedelta(days=1)) is None  # made just now
    first.path.rename(folder / f"{copies.database_name}-2026-01-01-0000.json")
    assert copies.copy_if_older(folder, timedelta(days=1)) is not None  # a day old: due
    assert len(copies.list_copies(folder)) == 2


def test_the_name_and_the_address_never_hold_the_password():
    engine = create_engine("postgresql+psycopg://clerk:s3cret@db.office:5432/minutes office")
    copies = ServerCopies(sessionmaker(bind=engine))
    assert copies.database_name == "minutes_office"
    assert copies.address == "postgresql+psycopg://clerk@db.office:5432/minutes office"
    assert "s3cret" not in copies.address + copies.database_name


@pytest.mark.parametrize("chunk", [module._CHUNK, 5, 17])
def test_another_computer_counts_the_meetings_of_the_copies_it_finds(filled, database, folder,
                                                                     monkeypatch, chunk):
    """Counted by a scan of each file's lines, read a chunk at a time: a meeting's line split
    between two chunks is counted once."""
    made = filled.server_copies.make_copy(folder)
    monkeypatch.setattr(module, "_CHUNK", chunk)
    (found,) = ServerCopies(database.session_factory).list_copies(folder)  # nothing remembered
    assert found == made and found.meetings == 3
