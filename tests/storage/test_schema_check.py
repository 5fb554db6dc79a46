"""Opening a database already at the newest revision costs one query and no Alembic (issue
11); Alembic is loaded only when a file must be created or upgraded."""

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event
from sqlalchemy.pool import StaticPool

from minutes_app.storage import migrate
from minutes_app.storage.db import DatabaseDamaged, open_database, resolve_database_url
from minutes_app.storage.migrate import HEAD_REVISION, read_revision, upgrade_engine

ROOT = Path(__file__).resolve().parents[2]
# Opens the database named by argv[1] as the window and the commands do, then says which
# revision it is at and whether Alembic was loaded to find out.
OPEN_AND_TELL = """
import sys
from minutes_app.storage.db import open_database, resolve_database_url
from minutes_app.storage.migrate import read_revision
from pathlib import Path
open_database(resolve_database_url(sys.argv[1])).close()
print(read_revision(Path(sys.argv[1])), "alembic" in sys.modules)
"""


def open_in_a_new_process(path: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", OPEN_AND_TELL, str(path)], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_the_head_constant_is_the_newest_migration_in_the_folder():
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert scripts.get_current_head() == HEAD_REVISION == migrate.head_revision()


def test_a_new_file_is_made_with_alembic_and_then_opens_without_it(db_path):
    assert open_in_a_new_process(db_path) == [HEAD_REVISION, "True"]
    assert open_in_a_new_process(db_path) == [HEAD_REVISION, "False"]


def test_an_old_file_is_upgraded_with_alembic(old_database):
    path, _ids = old_database
    assert read_revision(path) == "0001"
    assert open_in_a_new_process(path) == [HEAD_REVISION, "True"]


def test_a_current_file_is_recognised_by_one_query(database, db_path, monkeypatch):
    statements: list[str] = []
    real_connect = sqlite3.connect

    def traced(*args, **kwargs):  # type: ignore[no-untyped-def]
        connection = real_connect(*args, **kwargs)
        connection.set_trace_callback(statements.append)
        return connection

    monkeypatch.setattr(sqlite3, "connect", traced)
    assert read_revision(db_path) == HEAD_REVISION
    assert statements == ["SELECT version_num FROM alembic_version"]


def test_an_empty_file_has_no_revision_and_a_foreign_one_is_refused(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    with closing(sqlite3.connect(empty)) as connection:
        connection.execute("PRAGMA user_version = 1")  # a file with a header and no tables
    assert read_revision(empty) is None
    foreign = tmp_path / "foreign.sqlite3"
    with closing(sqlite3.connect(foreign)) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    with pytest.raises(DatabaseDamaged, match="not a Minutes database"):
        read_revision(foreign)
    with pytest.raises(DatabaseDamaged, match="not a Minutes database"):
        open_database(resolve_database_url(str(foreign)))


def test_an_emptied_version_table_reads_as_an_unknown_revision(database, db_path):
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("DELETE FROM alembic_version")
    assert read_revision(db_path) == ""


def test_a_server_database_at_head_is_checked_by_one_query():
    engine = create_engine("sqlite://", poolclass=StaticPool)
    upgrade_engine(engine)  # a new database: Alembic makes the schema
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_: statements.append(statement))
    upgrade_engine(engine)
    assert statements == ["SELECT version_num FROM alembic_version"]
    with engine.connect() as connection:
        tables = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name = 'meeting'").fetchall()
    assert tables == [("meeting",)]
    engine.dispose()
