"""Database files in tmp_path: a fresh one at head, and one left at revision 0001 with data."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from legacy_schema import build_at_revision_0001

from minutes_app.storage.db import Database, open_database, resolve_database_url


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "minutes.sqlite3"


@pytest.fixture
def database(db_path) -> Iterator[Database]:
    db = open_database(resolve_database_url(str(db_path)))
    yield db
    db.close()


@pytest.fixture
def old_database(db_path) -> tuple[Path, list[int]]:
    """A file of revision 0001 holding OLD_MEETINGS, as an earlier version left it."""
    return db_path, build_at_revision_0001(db_path)
