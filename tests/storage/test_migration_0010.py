"""Revision 0010 (issue 13): on PostgreSQL the search documents are compressed with LZ4, those
stored before the upgrade too (written again), every meeting kept and found as before; a
downgrade keeps them readable. Against the tests' own throwaway cluster."""

from datetime import date

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from minutes_app.domain import Meeting
from minutes_app.services import Services
from minutes_app.storage.db import open_database
from minutes_app.storage.migrate import alembic_config, head_revision

TITLES = ["О работе участковых полиции", "О бюджете района на 2027 год", "Қаулы жобасы туралы"]


def _compressions(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return set(connection.execute(text(
                "SELECT pg_column_compression(folded) FROM search_document "
                "UNION SELECT pg_column_compression(content) FROM search_document")).scalars())
    finally:
        engine.dispose()


def _migrate(url: str, revision: str, *, down: bool = False) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            (command.downgrade if down else command.upgrade)(alembic_config(connection), revision)
    finally:
        engine.dispose()


@pytest.fixture
def server_at_0009(postgres_database_url: str) -> tuple[str, list[int]]:
    """A shared database as revision 0009 left it: its documents compressed with pglz."""
    database = open_database(postgres_database_url)
    try:
        meetings = Services.build(database.session_factory).meetings
        ids = [meetings.create(Meeting(title=title * 200, date=date(2026, 1, day))).id
               for day, title in enumerate(TITLES, start=1)]
    finally:
        database.close()
    _migrate(postgres_database_url, "0009", down=True)
    engine = create_engine(postgres_database_url)
    with engine.begin() as connection:  # written again under 0009's compression
        connection.execute(text("UPDATE search_document SET folded = folded || '', "
                                "content = content || ''"))
    engine.dispose()
    assert _compressions(postgres_database_url) == {"pglz"}
    return postgres_database_url, ids


def test_the_documents_stored_before_are_compressed_with_lz4_and_found(server_at_0009):
    url, ids = server_at_0009
    _migrate(url, "head")
    assert _compressions(url) == {"lz4"}
    database = open_database(url)
    try:
        meetings = Services.build(database.session_factory).meetings
        assert [summary.id for summary in meetings.list_meetings()] == ids[::-1]
        assert [hit.meeting_id for hit in meetings.search("полиции")] == [ids[0]]
        assert [hit.meeting_id for hit in meetings.search("бюджет")] == [ids[1]]
        assert [hit.meeting_id for hit in meetings.search("қаулы")] == [ids[2]]
        hit, = meetings.search("участковых")
        assert hit.passage.startswith("О работе участковых полиции")
        new = meetings.create(Meeting(title="Об отчёте " * 300, date=date(2026, 2, 1)))
        assert [hit.meeting_id for hit in meetings.search("отчёт")] == [new.id]
    finally:
        database.close()
    assert _compressions(url) == {"lz4"}  # a document written now, too


def test_a_downgrade_keeps_every_document_readable(server_at_0009):
    url, _ids = server_at_0009
    _migrate(url, "head")
    _migrate(url, "0009", down=True)
    engine = create_engine(url)
    with engine.connect() as connection:
        titles = connection.execute(text(
            "SELECT m.title FROM meeting m JOIN search_document d ON d.meeting_id = m.id "
            "WHERE strpos(d.content, m.title) = 1 ORDER BY m.id")).scalars().all()
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() \
            == "0009"
    engine.dispose()
    assert titles == [title * 200 for title in TITLES]
    assert head_revision() == "0010"


def test_a_server_without_lz4_upgrades_and_keeps_pglz(server_at_0009):
    """A server built without LZ4 lists only pglz among its compressions: the upgrade then
    changes nothing but the revision. Such a server is shown to the upgrade by a temporary view
    of the settings, which a session reads before the catalog's."""
    url, ids = server_at_0009
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text(
                "CREATE TEMPORARY VIEW pg_settings AS SELECT "
                "'default_toast_compression'::text AS name, ARRAY['pglz']::text[] AS enumvals"))
            assert connection.execute(text(
                "SELECT 'lz4' = ANY(enumvals) FROM pg_settings "
                "WHERE name = 'default_toast_compression'")).scalar() is False
            command.upgrade(alembic_config(connection), "head")
    finally:
        engine.dispose()
    assert _compressions(url) == {"pglz"}
    database = open_database(url)
    try:
        meetings = Services.build(database.session_factory).meetings
        assert [hit.meeting_id for hit in meetings.search("бюджет")] == [ids[1]]
        new = meetings.create(Meeting(title="Об отчёте " * 300, date=date(2026, 2, 1)))
        assert [hit.meeting_id for hit in meetings.search("отчёт")] == [new.id]
    finally:
        database.close()
    assert _compressions(url) == {"pglz"}  # the columns were left at the server's default
