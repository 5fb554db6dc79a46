"""TransferService: the one JSON import (warnings, the copy before it, all or nothing) and the one
JSON export that both the window and the command line call."""

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from minutes_app.domain import AgendaItem, Decision, Vote
from minutes_app.interchange import InterchangeError, dump_document, parse_document
from minutes_app.interchange.reader import DocumentReader
from minutes_app.services import (
    ImportWarning,
    MeetingNotFound,
    Services,
    StorageFailure,
    WarningKind,
)


@pytest.fixture
def services(database) -> Services:
    """With the database's file: imports are backed up first, as in the app."""
    return Services.build(database.session_factory, database_path=database.path)


@pytest.fixture
def plain(make_meeting):
    """The sample meeting with one agenda item and no votes: it warns about nothing."""
    return lambda **changes: make_meeting(**{"agenda": (AgendaItem("Вопрос"),), **changes})


def document(*meetings) -> bytes:
    return dump_document(list(meetings)).encode("utf-8")


def counts(db_path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db_path)) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in tables}


def before_import_copies(services: Services) -> list:
    return [info for info in services.backups.list_backups() if info.reason == "before-import"]


def test_import_stores_every_meeting_and_returns_the_ids_in_file_order(services, plain):
    first, second = plain(number="1"), plain(number="2", body="Комиссия")
    result = services.transfer.import_file(document(first, second), "in.json")
    assert result.warnings == []
    assert [services.meetings.get(i).number for i in result.ids] == ["1", "2"]
    assert services.meetings.export_meetings(result.ids) == [
        replace(first, id=result.ids[0]), replace(second, id=result.ids[1])]


def test_a_number_already_stored_or_earlier_in_the_file_is_a_warning(services, plain):
    stored = services.meetings.create(plain(number="3"))
    result = services.transfer.import_file(document(
        plain(number=" 3 "),  # the stored one's number, spaced
        plain(number="5"),
        plain(number="5", body="ОБЩЕСТВЕННЫЙ СОВЕТ МВД"),  # case does not matter
        plain(number="5", date=date(2025, 3, 15)),  # another year: no warning
        plain(number="5", body="Другой совет"),  # another body: no warning
        plain(number=""), plain(number=""),  # unnumbered: no warning
    ), "in.json")
    assert len(result.ids) == 7  # imported all the same
    assert result.warnings == [
        ImportWarning(WarningKind.NUMBER_IN_DATABASE, 0, {
            "body": "Общественный совет МВД", "number": "3", "year": 2026,
            "meeting_id": stored.id}),
        ImportWarning(WarningKind.NUMBER_EARLIER_IN_FILE, 2, {
            "body": "ОБЩЕСТВЕННЫЙ СОВЕТ МВД", "number": "5", "year": 2026, "earlier": 1}),
    ]
    assert [str(w) for w in result.warnings] == [
        f"meetings[0]: Общественный совет МВД № 3 of 2026 is already meeting {stored.id} "
        "in the database",
        "meetings[2]: ОБЩЕСТВЕННЫЙ СОВЕТ МВД № 5 of 2026 is already meetings[1] of this file",
    ]


def test_more_votes_than_voting_members_present_is_a_warning(services, make_meeting):
    # The sample has 3 voting people present (the NGO group is invited, Сидоров is absent).
    agenda = (AgendaItem("О бюджете", decisions=(Decision("Принять", vote=Vote(3)),
                                                 Decision("Утвердить", vote=Vote(3, 1)))),)
    result = services.transfer.import_file(
        document(make_meeting(number="1", agenda=(AgendaItem("Вопрос"),)),
                 make_meeting(agenda=agenda)),
        "in.json")
    (warning,) = result.warnings
    assert (warning.kind, warning.meeting) == (WarningKind.VOTES_BEYOND_PRESENT, 1)
    assert dict(warning.values) == {"decision": "1.2", "cast": 4, "present": 3}
    assert str(warning) == "meetings[1]: decision 1.2: 4 votes cast, but only 3 members are present"
    assert len(result.ids) == 2


def test_a_file_without_meetings_imports_nothing_and_says_so(services, make_meeting, db_path):
    services.meetings.create(make_meeting())
    before = counts(db_path)
    result = services.transfer.import_file(document(), "empty.json")
    assert result.ids == []
    assert [str(w) for w in result.warnings] == ["empty.json holds no meetings; nothing imported"]
    assert result.warnings[0].kind is WarningKind.NO_MEETINGS
    assert counts(db_path) == before and before_import_copies(services) == []


@pytest.mark.sqlite_only("backup copies are of SQLite files")
def test_the_database_is_copied_once_before_an_import(services, make_meeting):
    services.meetings.create(make_meeting())
    services.transfer.import_file(document(make_meeting(number="7")), "in.json")
    (copy,) = before_import_copies(services)
    assert copy.meetings == 1  # what was there before the import


@pytest.mark.parametrize(("content", "error"), [
    (b'{"format": "minutes-json", "version": 1, "meetings": [{"title": "x", '
     b'"date": "2026-02-30"}]}', InterchangeError),
    (b"not json at all", InterchangeError),
])
def test_a_bad_file_imports_nothing_and_takes_no_copy(services, make_meeting, db_path, content,
                                                      error):
    services.meetings.create(make_meeting())
    before = counts(db_path)
    with pytest.raises(error):
        services.transfer.import_file(content, "bad.json")
    assert counts(db_path) == before and before_import_copies(services) == []


def test_a_meeting_the_rules_refuse_imports_nothing(services, make_meeting, db_path, monkeypatch):
    # The reader checks the rules too; the import must not rely on it.
    good, bad = make_meeting(number="1"), make_meeting(number="2", title="  ")
    monkeypatch.setattr(DocumentReader, "meeting",
                        lambda _self, path, _value: good if path == "meetings[0]" else bad)
    before = counts(db_path)
    with pytest.raises(InterchangeError) as raised:
        services.transfer.import_file(document(good, good), "in.json")
    assert str(raised.value) == "meetings[1].title: the title is empty"
    assert counts(db_path) == before


def test_a_full_disk_halfway_leaves_nothing_behind(services, database, make_meeting, db_path):
    services.meetings.create(make_meeting())
    before = counts(db_path)
    with closing(sqlite3.connect(db_path)) as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    database.engine.dispose()  # the next connections are new ones, limited to a few pages more

    def limit(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 20}")

    event.listen(database.engine, "connect", limit)
    meetings = [make_meeting(number=str(n)) for n in range(200)]
    with pytest.raises(StorageFailure) as raised:
        services.transfer.import_file(document(*meetings), "big.json")
    assert raised.value.kind == "disk_full"
    assert counts(db_path) == before
    assert len(services.meetings.list_meetings()) == 1


def test_export_writes_the_chosen_meetings_in_id_order_once_each(services, make_meeting):
    ids = [services.meetings.create(make_meeting(number=str(n))).id for n in range(3)]
    everything = parse_document(services.transfer.export_json())
    assert [m.number for m in everything] == ["0", "1", "2"]
    chosen = parse_document(services.transfer.export_json([ids[2], ids[0], ids[2]]))
    assert [m.number for m in chosen] == ["0", "2"]


def test_export_of_a_missing_meeting_names_the_lowest_missing_id(services, make_meeting):
    stored = services.meetings.create(make_meeting())
    with pytest.raises(MeetingNotFound) as raised:
        services.transfer.export_json([stored.id, 99, 42])
    assert "42" in str(raised.value)


def test_export_then_import_gives_the_same_meetings(services, make_meeting):
    stored = services.meetings.create(make_meeting())
    result = services.transfer.import_file(services.transfer.export_json(), "all.json")
    assert services.meetings.get(result.ids[0]) == replace(stored, id=result.ids[0])
