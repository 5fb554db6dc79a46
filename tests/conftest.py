"""Fixtures every layer's tests share: a fresh database per test and the services on it.

In tests/storage, tests/services and tests/interchange the `database` fixture is a SQLite file
and, once more, a database on a throwaway PostgreSQL cluster (tests/pg_cluster.py), started
only when the first such test runs; a test about SQLite files by nature is marked
`sqlite_only("why")`. Everywhere else it is SQLite only."""

import itertools
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Qt must never need a real screen in tests (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The window's log goes to a folder of the test run, never the user's own (minutes_app/logs.py).
if "MINUTES_LOG_DIR" not in os.environ:
    import tempfile

    os.environ["MINUTES_LOG_DIR"] = tempfile.mkdtemp(prefix="minutes-test-logs-")

from pg_cluster import Cluster, ClusterError, start_cluster

from minutes_app.services import Services
from minutes_app.storage.db import Database, open_database, resolve_database_url

# Fixtures of pytest-qt that create or drive Qt widgets: a test using one is a GUI test.
_QT_FIXTURES = frozenset({"qtbot", "qapp", "qtmodeltester"})
_GUI_FOLDER = Path(__file__).parent / "gui"
# Where `database` is each of these (records, search, imports: the same answers on both).
_BOTH_DATABASES = tuple(Path(__file__).parent / name
                        for name in ("storage", "services", "interchange"))
DATABASE_KINDS = ("sqlite", "postgresql")
# The search indexes of each database: SQLite's FTS5 table and its any-database fallback, the
# folded text; PostgreSQL's index of words (revision 0007).
SEARCH_INDEXES = {"sqlite": ("fts5", "folded text"), "postgresql": ("tsvector",)}
TEMPLATE = "minutes_template"  # migrated once; each test's database is a copy of it


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): about SQLite files by nature; `database` is SQLite only")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run each test of the three folders that uses `database` on SQLite and on PostgreSQL,
    and a search test (`index`, tests/services/conftest.py) with each index of each."""
    if "database_kind" not in metafunc.fixturenames:
        return
    kinds = _database_kinds(metafunc)
    if "index" in metafunc.fixturenames:
        pairs = [(kind, index) for kind in kinds for index in SEARCH_INDEXES[kind]]
        metafunc.parametrize(("database_kind", "index"), pairs, indirect=True,
                             ids=[f"{index}-{kind}" for kind, index in pairs])
    elif len(kinds) > 1:
        metafunc.parametrize("database_kind", kinds, indirect=True)


def _database_kinds(metafunc: pytest.Metafunc) -> tuple[str, ...]:
    """Both databases in the three folders, but SQLite alone for a test marked `sqlite_only`
    or one that asks for `db_path`: it looks at the SQLite file itself."""
    marker = metafunc.definition.get_closest_marker("sqlite_only")
    if marker is not None and not (marker.args or marker.kwargs.get("reason")):
        raise pytest.UsageError(f"{metafunc.definition.nodeid}: sqlite_only needs a reason")
    on_both = any(folder in metafunc.definition.path.parents for folder in _BOTH_DATABASES)
    if not on_both or marker is not None or "db_path" in metafunc.fixturenames:
        return ("sqlite",)
    return DATABASE_KINDS


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
def database_kind(request: pytest.FixtureRequest) -> str:
    """"sqlite", or "postgresql" where pytest_generate_tests asks for both."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def database(database_kind: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A fresh database at the newest revision, opened the way the app opens it."""
    if database_kind == "postgresql":
        url = request.getfixturevalue("postgres_database_url")
    else:
        url = resolve_database_url(str(request.getfixturevalue("db_path")))
    db = open_database(url)
    yield db
    db.close()


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    """A PostgreSQL cluster of this test run, with the migrated template database; stopped and
    removed at the end. No PostgreSQL server installed: the test fails saying so."""
    try:
        cluster = start_cluster()
    except ClusterError as error:
        pytest.fail(str(error), pytrace=False)
    try:
        cluster.run_sql(f"CREATE DATABASE {TEMPLATE}")
        open_database(cluster.url(TEMPLATE)).close()  # no connection may stay: it is copied
        yield cluster
    finally:
        cluster.stop()


_numbers = itertools.count(1)


@pytest.fixture
def postgres_database_url(postgres_cluster: Cluster) -> Iterator[str]:
    """A new database of the test run's cluster, a copy of the migrated template; dropped
    after the test (its connections closed by force)."""
    name = f"t{next(_numbers)}"
    # FILE_COPY: 0.12 s a copy against 0.17 s for PostgreSQL 15's default WAL_LOG.
    postgres_cluster.run_sql(
        f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} STRATEGY FILE_COPY")
    yield postgres_cluster.url(name)
    postgres_cluster.run_sql(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def services(database: Database) -> Services:
    return Services.build(database.session_factory)


class LongCheck:
    """The database check made as long as on a very big file: its quick_check first runs a
    statement that reads for some 25 seconds (a hundred million rows counted), unless it is
    interrupted. `started` is set as it begins; `read_to_the_end` tells whether it ran whole."""

    ROWS = 100_000_000

    def __init__(self) -> None:
        self.started = threading.Event()
        self.read_to_the_end = False
        self.remove: Callable[[], None] = lambda: None

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from sqlalchemy import text

        from minutes_app.storage import integrity

        quick_check = integrity.quick_check_problem

        def long_quick_check(session):  # type: ignore[no-untyped-def]
            self.started.set()
            session.execute(text(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                f"LIMIT {self.ROWS}) SELECT count(*) FROM n")).scalar_one()
            self.read_to_the_end = True
            return quick_check(session)

        monkeypatch.setattr(integrity, "quick_check_problem", long_quick_check)
        self.remove = lambda: setattr(integrity, "quick_check_problem", quick_check)


@pytest.fixture
def long_check(monkeypatch: pytest.MonkeyPatch) -> LongCheck:
    check = LongCheck()
    check.install(monkeypatch)
    return check
