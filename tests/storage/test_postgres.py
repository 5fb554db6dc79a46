"""PostgreSQL itself: the tests' own cluster touches nothing else, and revision 0007's index of
words serves the search (the same answers on both databases: the suites run twice)."""

from datetime import date

import pg_cluster
import pytest
from sqlalchemy import text

from minutes_app.domain import Attendee, Meeting
from minutes_app.services import Services
from minutes_app.storage.db import open_database
from minutes_app.storage.search import SearchFilter, _indexed_words_match


def test_the_tests_cluster_listens_on_no_port_and_only_in_its_own_folder(postgres_cluster):
    database = open_database(postgres_cluster.url("postgres"))
    try:
        with database.engine.connect() as connection:
            settings = {name: connection.execute(text(f"SHOW {name}")).scalar_one()
                        for name in ("listen_addresses", "unix_socket_directories", "fsync")}
    finally:
        database.close()
    assert settings == {"listen_addresses": "", "fsync": "off",
                        "unix_socket_directories": str(postgres_cluster.folder)}
    assert postgres_cluster.folder.name.startswith("minutes-pg-")  # a new temporary folder


def test_without_the_server_the_cluster_says_to_install_it(monkeypatch):
    monkeypatch.setattr(pg_cluster, "server_binaries", lambda: None)
    with pytest.raises(pg_cluster.ClusterError, match="apt-get install postgresql"):
        pg_cluster.start_cluster()


def test_another_clusters_settings_in_the_environment_are_not_used(postgres_cluster,
                                                                     monkeypatch, tmp_path):
    """PGHOST and PGPORT name someone's cluster: the tests connect to their own by its socket."""
    monkeypatch.setenv("PGHOST", str(tmp_path))
    monkeypatch.setenv("PGPORT", "1")
    postgres_cluster.run_sql("SELECT 1")
    database = open_database(postgres_cluster.url("postgres"))
    try:
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT current_setting('port')")).scalar_one() == \
                str(pg_cluster.PORT)
    finally:
        database.close()


def test_a_word_search_reads_the_index_of_words(postgres_database_url):
    database = open_database(postgres_database_url)
    condition = _indexed_words_match(["полиция", "қаулы"])
    sql = condition.compile(database.engine, compile_kwargs={"literal_binds": True})
    try:
        with database.engine.connect() as connection:
            # Few rows: the planner would rather scan; forbidden to, it uses an index if any
            # can serve the query at all.
            connection.execute(text("SET enable_seqscan = off"))
            plan = "\n".join(connection.execute(text(
                f"EXPLAIN SELECT meeting_id FROM search_document WHERE {sql}")).scalars())
    finally:
        database.close()
    assert "ix_search_document_words" in plan


def test_a_word_too_long_for_the_index_is_looked_for_in_the_text(postgres_database_url):
    """PostgreSQL indexes no word over 2,047 bytes and refuses one in a query."""
    database = open_database(postgres_database_url)
    long_word = "полиция" * 400  # 5,600 bytes
    try:
        meetings = Services.build(database.session_factory).meetings
        created = meetings.create(Meeting(title=f"О {long_word} района", date=date(2026, 3, 1),
                                          attendees=(Attendee(name="Иванов Иван"),)))
        assert [hit.meeting_id for hit in meetings.search(long_word)] == [created.id]
        ivanov, petrov = SearchFilter(person="Иванов"), SearchFilter(person="Петров")
        assert [hit.meeting_id for hit in meetings.search(long_word, filters=ivanov)] == [
            created.id]
        assert meetings.search(long_word, filters=petrov) == []
        assert [hit.meeting_id for hit in meetings.search("района " + long_word[:3000])] == [
            created.id]
        assert meetings.search("кеңес" * 600) == []
    finally:
        database.close()
