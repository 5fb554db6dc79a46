"""Fixtures every layer's tests share: a real SQLite file per test and the services on it."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never need a real screen in tests (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from minutes_app.services import Services
from minutes_app.storage.db import Database, open_database, resolve_database_url


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "minutes.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    """A fresh database at the newest revision, opened the way the app opens it."""
    db = open_database(resolve_database_url(str(db_path)))
    yield db
    db.close()


@pytest.fixture
def services(database: Database) -> Services:
    return Services.build(database.session_factory)
