import sqlite3
from contextlib import closing
from datetime import date

import platformdirs
import pytest
from sqlalchemy import text

from minutes_app.domain import Meeting
from minutes_app.services import Services
from minutes_app.storage.db import DatabaseError, open_database, resolve_database_url


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """Where platformdirs says the user's data goes, with the arguments it was asked with."""
    calls = []

    def user_data_path(*args, **kwargs):
        calls.append((args, kwargs))
        return tmp_path / "local" / "Minutes"

    monkeypatch.setattr(platformdirs, "user_data_path", user_data_path)
    monkeypatch.delenv("MINUTES_DB", raising=False)
    return tmp_path / "local" / "Minutes", calls


def test_the_default_is_a_file_in_the_local_data_folder(data_dir):
    folder, calls = data_dir
    url = resolve_database_url(None)
    assert url == f"sqlite:///{folder / 'minutes.sqlite3'}"
    assert folder.is_dir()  # created on first use
    ((args, kwargs),) = calls
    assert args == ("Minutes",) and kwargs == {"appauthor": False, "roaming": False}


def test_the_environment_and_then_the_option_choose_another(data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("MINUTES_DB", str(tmp_path / "from env.db"))
    assert resolve_database_url(None) == f"sqlite:///{tmp_path / 'from env.db'}"
    assert resolve_database_url(str(tmp_path / "given.db")) == f"sqlite:///{tmp_path / 'given.db'}"
    monkeypatch.chdir(tmp_path)
    assert resolve_database_url("relative.db") == f"sqlite:///{tmp_path / 'relative.db'}"


def test_urls_pass_through(data_dir):
    url = "postgresql+psycopg://minutes:secret@db.office.local:5432/minutes"
    assert resolve_database_url(url) == url
    assert resolve_database_url("sqlite:///data/m.db") == "sqlite:///data/m.db"
    with pytest.raises(DatabaseError, match="not a database"):
        resolve_database_url("postgresql://host:port/db")


@pytest.mark.sqlite_only("SQLite's per-connection pragmas")
def test_connections_have_the_safety_settings_in_force(database):
    with database.engine.connect() as connection:
        def pragma(name):
            return connection.execute(text(f"PRAGMA {name}")).scalar_one()

        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == 5000


def test_a_committed_meeting_is_in_the_file_for_any_other_reader(database, db_path):
    Services.build(database.session_factory).meetings.create(
        Meeting(title="Заседание", date=date(2026, 1, 1)))
    with closing(sqlite3.connect(db_path)) as other:
        assert other.execute("SELECT title FROM meeting").fetchall() == [("Заседание",)]


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"This is a letter, not a database.\n" * 200)
    with pytest.raises(DatabaseError, match="is not a Minutes database") as error:
        open_database(resolve_database_url(str(path)))
    assert "\n" not in str(error.value)
    assert path.read_bytes() == b"This is a letter, not a database.\n" * 200


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(DatabaseError, match="is not a Minutes database"):
        open_database(resolve_database_url(str(path)))


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(resolve_database_url(str(tmp_path / "no such folder" / "m.sqlite3")))


@pytest.mark.parametrize("url", ["://nothing", "nosuchdb://host/db",
                                 "postgresql+nosuchdriver://host/db"])
def test_a_bad_url_is_one_clear_line(url):
    with pytest.raises(DatabaseError) as error:
        open_database(url)
    assert "\n" not in str(error.value)


def test_an_in_memory_database_works(tmp_path):
    database = open_database("sqlite://")
    try:
        meetings = Services.build(database.session_factory).meetings
        created = meetings.create(Meeting(title="Проба", date=date(2026, 1, 1)))
        assert meetings.get(created.id) == created
        assert [hit.meeting_id for hit in meetings.search("проб")] == [created.id]
    finally:
        database.close()
