"""TransferService.import_file stores the meetings as it reads the file, in one transaction: a
problem found late (the last meeting, the end of the file) or a cancel undoes everything and
deletes the copy taken before the import; the messages are those of the file checked whole
(interchange.stream.ArchiveFile.check), and a file bad from its start makes no copy at all."""

import io
import json

import pytest

from minutes_app.domain import AgendaItem, Archive, Person
from minutes_app.interchange import InterchangeError, dump_archive, dump_document
from minutes_app.interchange.stream import ArchiveFile
from minutes_app.services import Services
from minutes_app.services import transfer as transfer_module
from minutes_app.services.transfer import ImportCancelled

MEETINGS = 25


@pytest.fixture
def services(database) -> Services:
    """With the database's file: imports are backed up first, as in the app."""
    return Services.build(database.session_factory, database_path=database.path)


@pytest.fixture(autouse=True)
def small_batches(monkeypatch):
    monkeypatch.setattr(transfer_module, "BATCH", 4)


@pytest.fixture
def copies_made(services, monkeypatch) -> list:
    """Every copy the imports took before changing anything (None: nothing had changed)."""
    made: list = []
    back_up = services.backups.back_up_before_change

    def recorded(reason: str):
        made.append(back_up(reason))
        return made[-1]

    monkeypatch.setattr(services.backups, "back_up_before_change", recorded)
    return made


@pytest.fixture
def long_file(make_meeting) -> dict:
    """25 meetings about «сейсмостойкость», a word the database holds nowhere else."""
    meetings = [make_meeting(number=str(n), title=f"О сейсмостойкости школ № {n}",
                             agenda=(AgendaItem("Вопрос"),)) for n in range(1, MEETINGS + 1)]
    return json.loads(dump_document(meetings))


def encoded(document: dict) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode()


def state(services: Services) -> tuple:
    """What an import must leave as it was: every record, what the search finds, the copies."""
    files = (sorted(p.name for p in services.backups.folder.glob("*"))
             if services.backups.available else [])
    found = [hit.meeting_id for hit in services.meetings.search("сейсмостойкость")]
    return services.transfer.export_json(), found, files


def check_whole(data: bytes) -> str:
    """The message of the file checked whole before anything is stored (the former import)."""
    with pytest.raises(InterchangeError) as raised:
        ArchiveFile(lambda: io.BytesIO(data)).check(lambda _index, _meeting: None)
    return str(raised.value)


def test_a_bad_last_meeting_undoes_the_import_and_deletes_its_copy(
        services, make_meeting, long_file, copies_made):
    services.meetings.create(make_meeting(number="99"))
    before = state(services)
    long_file["meetings"][-1]["attendees"][0]["role"] = "king"
    with pytest.raises(InterchangeError) as raised:
        services.transfer.import_file(encoded(long_file), "in.json")
    assert raised.value.path == f"meetings[{MEETINGS - 1}].attendees[0].role"
    assert str(raised.value) == check_whole(encoded(long_file))
    assert state(services) == before
    if services.backups.available:  # a file database: the copy was made, then deleted
        assert len(copies_made) == 1 and copies_made[0] is not None
        assert not copies_made[0].path.exists()


# Each damage with the message of the file checked whole, found after some or all of the
# meetings were stored, or before the first (then no copy is taken).
def unknown_key_first(document: dict) -> None:
    document["colour"] = "blue"
    document["meetings"] = document.pop("meetings")  # the unknown key comes before them


def unknown_key_and_bad_meeting(document: dict) -> None:
    unknown_key_first(document)
    document["meetings"][7]["date"] = "2026-02-30"


def bad_person_and_bad_meeting(document: dict) -> None:
    document["people"] = [{"surname": ""}]
    document["meetings"] = document.pop("meetings")
    document["meetings"][20]["title"] = " "


DAMAGES = {
    "an unknown key before the meetings": (unknown_key_first, False),
    "that, and a bad meeting: the meeting is named": (unknown_key_and_bad_meeting, False),
    "a bad person, and a bad meeting: the meeting is named": (bad_person_and_bad_meeting, False),
    "the rules of a meeting in the middle": (
        lambda d: d["meetings"][13].update(start_time="12:00", end_time="11:00"), True),
}


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_a_damaged_file_is_named_as_when_checked_whole_and_changes_nothing(
        services, make_meeting, long_file, copies_made, damage):
    spoil, stored_some = damage
    services.meetings.create(make_meeting(number="99"))
    before = state(services)
    spoil(long_file)
    data = encoded(long_file)
    with pytest.raises(InterchangeError) as raised:
        services.transfer.import_file(data, "in.json")
    assert str(raised.value) == check_whole(data)
    assert state(services) == before
    if not stored_some:
        assert copies_made == []  # bad from its start: not even a copy
    else:
        assert len(copies_made) == 1
        assert copies_made[0] is None or not copies_made[0].path.exists()


# In place of the document's closing brace, after the last meeting.
ENDINGS = {
    "more data": (b"}]", "invalid JSON at line 1, column "),
    "garbage": (b"} garbage", "invalid JSON at line 1, column "),
    "a key given twice": (b', "format": "minutes-json"}', 'document: key "format" is given twice'),
    "an unknown key, read twice": (b', "colour": 1}', 'document: unknown key "colour"'),
}


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_a_file_spoilt_after_its_last_meeting_changes_nothing(
        services, make_meeting, long_file, copies_made, ending):
    services.meetings.create(make_meeting(number="99"))
    before = state(services)
    tail, message = ending
    data = encoded(long_file)[:-1] + tail
    with pytest.raises(InterchangeError) as raised:
        services.transfer.import_file(data, "in.json")
    assert str(raised.value) == check_whole(data)
    assert str(raised.value).startswith(message)
    assert state(services) == before
    # Taken at the first meeting (the file looked good till its end), then deleted.
    assert len(copies_made) == 1
    assert copies_made[0] is None or not copies_made[0].path.exists()


@pytest.mark.parametrize("polls", [1, 10, MEETINGS, MEETINGS + 1])
def test_a_cancel_at_any_meeting_or_before_the_commit_changes_nothing(
        services, make_meeting, long_file, polls):
    services.meetings.create(make_meeting(number="99"))
    before = state(services)
    asked = []

    def cancelled() -> bool:  # no progress wanted: the file is not counted first
        asked.append(True)
        return len(asked) == polls

    with pytest.raises(ImportCancelled):
        services.transfer.import_file(encoded(long_file), "in.json", cancelled=cancelled)
    assert len(asked) == polls
    assert state(services) == before


def test_the_imported_meetings_are_found_by_their_words(services, long_file):
    result = services.transfer.import_file(encoded(long_file), "in.json")
    found = {hit.meeting_id for hit in services.meetings.search("сейсмостойкости школ")}
    assert found == set(result.ids) and len(found) == MEETINGS
    assert [hit.meeting_id for hit in services.meetings.search("школ № 17")] == [result.ids[16]]


def test_a_file_with_keys_after_its_meetings_is_read_twice_and_imported_whole(
        services, make_meeting, copies_made):
    services.meetings.create(make_meeting(number="99"))
    archive = Archive(people=(Person("Ахметов", "Серик", position="председатель"),),
                      meetings=(make_meeting(number="1"), make_meeting(number="2")))
    written = json.loads(dump_archive(archive))
    written["people"] = written.pop("people")  # after the meetings: they cannot be stored first
    result = services.transfer.import_file(encoded(written), "in.json")
    assert [services.meetings.get(i).number for i in result.ids] == ["1", "2"]
    person = services.directory.find_person("Ахметов Серик")
    assert person is not None and person.position == "председатель"
    assert len(copies_made) == 2  # the first reading's, deleted, and the second's
    if services.backups.available:
        assert [c.reason for c in services.backups.list_backups()] == ["before-import"]


def schema_and_index(database) -> tuple:
    """SQLite: every trigger's SQL and FTS5's own check of the index against the documents
    (empty elsewhere: a server database has no such index)."""
    if database.engine.dialect.name != "sqlite":
        return (), None
    with database.engine.begin() as connection:
        triggers = tuple(connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"))
        connection.exec_driver_sql(
            "INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
    return triggers, "checked"


def test_the_index_holds_old_new_and_later_meetings_and_its_triggers_come_back(
        services, database, make_meeting, long_file):
    old = services.meetings.create(make_meeting(number="99", title="О бюджете района"))
    before = schema_and_index(database)
    long_file["meetings"][3]["notes"] = "The council's policy on roads"
    result = services.transfer.import_file(encoded(long_file), "in.json")
    assert schema_and_index(database) == before  # the same triggers; the index sound
    assert [h.meeting_id for h in services.meetings.search("бюджет")] == [old.id]
    found = {hit.meeting_id for hit in services.meetings.search("сейсмостойкость")}
    assert found == set(result.ids)
    # «policies» is found by its stem «polici», which only the stemmed column holds.
    assert [h.meeting_id for h in services.meetings.search("policies")] == [result.ids[3]]
    later = services.meetings.create(make_meeting(number="100", title="О паводках"))
    assert [h.meeting_id for h in services.meetings.search("паводки")] == [later.id]


def test_a_failed_import_leaves_the_index_and_its_triggers_as_they_were(
        services, database, make_meeting, long_file):
    services.meetings.create(make_meeting(number="99"))
    before = schema_and_index(database)
    long_file["meetings"][-1]["date"] = "2026-02-30"
    with pytest.raises(InterchangeError):
        services.transfer.import_file(encoded(long_file), "in.json")
    assert schema_and_index(database) == before
    later = services.meetings.create(make_meeting(number="100", title="О паводках"))
    assert [h.meeting_id for h in services.meetings.search("паводки")] == [later.id]
