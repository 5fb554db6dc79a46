"""Changes told as they happen on a shared PostgreSQL database (issue 13, revision 0009): every
committed save, insert or delete of a meeting, a person or a body reaches a listener within a
moment, with its new version; nothing rolled back is told; a connection that drops is said, and
so is its return. Against the tests' own throwaway cluster."""

import threading
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from minutes_app.domain import Body, Meeting, Person
from minutes_app.services import Services
from minutes_app.storage import directory
from minutes_app.storage.changes import Change, ChangeListener, parse_change
from minutes_app.storage.db import open_database

WAIT = 10.0  # seconds: far beyond the moment a notification takes


class Heard:
    def __init__(self) -> None:
        self.changes: list[Change] = []
        self.lost: list[str] = []
        self.back = 0
        self._new = threading.Condition()

    def on_changes(self, batch) -> None:  # type: ignore[no-untyped-def]
        with self._new:
            self.changes.extend(batch)
            self._new.notify_all()

    def on_lost(self, reason: str) -> None:
        with self._new:
            self.lost.append(reason)
            self._new.notify_all()

    def on_back(self) -> None:
        with self._new:
            self.back += 1
            self._new.notify_all()

    def wait_for(self, condition) -> bool:  # type: ignore[no-untyped-def]
        with self._new:
            return self._new.wait_for(condition, timeout=WAIT)


@pytest.fixture
def shared(postgres_database_url):  # type: ignore[no-untyped-def]
    database = open_database(postgres_database_url)
    yield postgres_database_url, Services.build(database.session_factory)
    database.close()


@pytest.fixture
def heard(shared):  # type: ignore[no-untyped-def]
    url, _services = shared
    heard = Heard()
    listener = ChangeListener(url, heard.on_changes, heard.on_lost, heard.on_back,
                              retry_seconds=0.2, heartbeat_seconds=0.5)
    listener.start()
    assert listener.wait_listening(WAIT)
    yield heard
    listener.stop()


def test_a_save_elsewhere_is_told_with_its_new_version(shared, heard):
    _url, services = shared
    created = services.meetings.create(Meeting(title="Заседание", date=date(2026, 4, 2)))
    assert heard.wait_for(lambda: Change("meeting", created.id, 1) in heard.changes)
    saved = services.meetings.save(replace(created, title="Заседание совета"))
    assert heard.wait_for(lambda: Change("meeting", created.id, saved.version) in heard.changes)
    assert saved.version == 2
    person = services.directory.save_person(Person("Сейтова", "Айгуль"))
    assert heard.wait_for(lambda: any(c.table == "person" and c.id == person.id
                                      for c in heard.changes))
    services.meetings.delete(created.id)
    assert heard.wait_for(lambda: Change("meeting", created.id, 0) in heard.changes)
    assert heard.changes[-1].deleted


def test_nothing_rolled_back_is_told(shared, heard):
    url, services = shared
    database = open_database(url)
    with pytest.raises(ValueError), database.session_factory.begin() as session:
        directory.save_body(session, Body("Общественный совет"))
        session.flush()  # written, and its notification queued: until the rollback
        raise ValueError("the user cancelled")
    database.close()
    marker = services.meetings.create(Meeting(title="После отмены", date=date(2026, 4, 3)))
    assert heard.wait_for(lambda: any(c.id == marker.id and c.table == "meeting"
                                      for c in heard.changes))
    assert [c.table for c in heard.changes] == ["meeting"]  # the body's insert was undone


def test_a_dropped_connection_is_said_and_so_is_its_return(shared, heard):
    url, services = shared
    with open_database(url).engine.connect() as other:
        # The listener's connection: its last statement was LISTEN or its heartbeat.
        other.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                           "AND (query LIKE 'LISTEN%' OR query = 'SELECT 1')"))
    assert heard.wait_for(lambda: heard.lost and heard.back)
    created = services.meetings.create(Meeting(title="Снова на связи", date=date(2026, 4, 4)))
    assert heard.wait_for(lambda: any(c.id == created.id for c in heard.changes))


def test_a_server_that_cannot_be_reached_is_said_at_once(tmp_path):
    heard = Heard()
    nowhere = f"postgresql+psycopg://minutes@/minutes?host={tmp_path}&port=5432"
    listener = ChangeListener(nowhere, heard.on_changes, heard.on_lost, heard.on_back,
                              retry_seconds=0.2)
    listener.start()
    try:
        assert heard.wait_for(lambda: heard.lost)
        assert heard.back == 0
    finally:
        listener.stop()


@pytest.mark.parametrize(("payload", "change"), [
    ("meeting:12:5", Change("meeting", 12, 5)), ("body:3:0", Change("body", 3, 0)),
    ("task:1:1", None), ("meeting:x:1", None), ("meeting:1", None), ("", None)])
def test_only_our_notifications_are_read(payload, change):
    assert parse_change(payload) == change
