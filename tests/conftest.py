"""Fixtures every layer's tests share: a real SQLite file per test and the services on it."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never need a real screen in tests (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The window's log goes to a folder of the test run, never the user's own (minutes_app/logs.py).
if "MINUTES_LOG_DIR" not in os.environ:
    import tempfile

    os.environ["MINUTES_LOG_DIR"] = tempfile.mkdtemp(prefix="minutes-test-logs-")

from minutes_app.services import Services
from minutes_app.storage.db import Database, open_database, resolve_database_url

# Fixtures of pytest-qt that create or drive Qt widgets: a test using one is a GUI test.
_QT_FIXTURES = frozenset({"qtbot", "qapp", "qtmodeltester"})
_GUI_FOLDER = Path(__file__).parent / "gui"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that drives Qt, or lives in tests/gui, with `gui`, so that
    `pytest -m "not gui"` runs the core alone (no QApplication, no widgets)."""
    for item in items:
        if _drives_qt(item):
            item.add_marker(pytest.mark.gui)


def _drives_qt(item: pytest.Item) -> bool:
    fixtures = set(getattr(item, "fixturenames", ()))
    return bool(fixtures & _QT_FIXTURES) or _GUI_FOLDER in item.path.parents


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
