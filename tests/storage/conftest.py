"""A database file left at revision 0001 with data (fresh ones: tests/conftest.py)."""

from pathlib import Path

import pytest
from legacy_schema import build_at_revision_0001


@pytest.fixture
def old_database(db_path) -> tuple[Path, list[int]]:
    """A file of revision 0001 holding OLD_MEETINGS, as an earlier version left it."""
    return db_path, build_at_revision_0001(db_path)
