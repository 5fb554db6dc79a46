"""TransferService with version 2 files: the directory comes in with the meetings, in one
transaction after one copy; the export of everything restores the whole archive; a version 1
file imports as it always did."""

import json
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from minutes_app.domain import Archive, Organization, Person
from minutes_app.interchange import InterchangeError, parse_archive, parse_document
from minutes_app.services import ImportWarning, Services, WarningKind
from minutes_app.storage.db import open_database, resolve_database_url
from tests.interchange.archive_example import example_v2
from tests.interchange.interchange_example import EXAMPLE


@pytest.fixture
def services(database) -> Services:
    """With the database's file: imports are backed up first, as in the app."""
    return Services.build(database.session_factory, database_path=database.path)


def as_bytes(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def counts(db_path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db_path)) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in tables}


def test_the_example_brings_its_directory_and_warns_about_a_member_no_one_knows(services):
    document = example_v2()
    result = services.transfer.import_file(as_bytes(document), "seminar.json")
    expected = parse_archive(as_bytes(document))
    (meeting_id,) = result.ids
    assert services.meetings.get(meeting_id) == expected.meetings[0]
    assert services.directory.list_organizations() == list(expected.organizations)
    (council,) = services.directory.list_bodies()
    assert council == expected.bodies[0]
    people = {p.full_name: p for p in services.directory.list_people()}
    assert people["Букреев Виктор"] == expected.people[1]
    assert people["Когамов Марат Чингисович"] == expected.people[0]
    assert people["Ким Ольга Викторовна"] == Person("Ким", "Ольга", "Викторовна")
    member, votes = result.warnings  # the example's vote counts more than the members present
    assert votes.kind is WarningKind.VOTES_BEYOND_PRESENT
    assert member == ImportWarning(WarningKind.MEMBER_NOT_IN_DIRECTORY, None, {
        "body": "Общественный совет МВД РК", "person": "Ким Ольга Викторовна",
        "body_index": 0, "member_index": 1})
    assert str(member) == (
        "bodies[0].members[1]: Общественный совет МВД РК: the member Ким Ольга Викторовна is "
        "neither among the people of this file nor in the directory; added to it with the name "
        "only")


def test_a_member_already_in_the_directory_is_no_warning(services):
    services.directory.save_person(Person("Ким", "Ольга", "Викторовна"))
    result = services.transfer.import_file(as_bytes(example_v2()), "seminar.json")
    assert [w.kind for w in result.warnings] == [WarningKind.VOTES_BEYOND_PRESENT]


def test_an_entry_that_repeats_a_stored_one_updates_it(services):
    stored = services.directory.save_person(Person("Букреев", "Виктор", position="майор"))
    services.directory.save_organization(Organization(
        "министерство внутренних дел республики казахстан", address="старый адрес"))
    services.transfer.import_file(as_bytes(example_v2()), "seminar.json")
    again = services.transfer.import_file(as_bytes(example_v2()), "seminar.json")
    bukreev = services.directory.get_person(stored.id)
    assert bukreev.position == "заместитель начальника Департамента полиции"
    assert bukreev.rank == "полковник полиции"
    (ministry,) = services.directory.list_organizations()
    assert ministry.address == "г. Астана, ул. Тәуелсіздік, 1"
    assert len(services.directory.list_people()) == 3 and len(services.directory.list_bodies()) == 1
    assert len(again.ids) == 1  # the meeting itself is imported again, and warned about
    # Ким, added by the first import, is known now: only the meeting is warned about.
    assert [w.kind for w in again.warnings] == [WarningKind.NUMBER_IN_DATABASE,
                                                WarningKind.VOTES_BEYOND_PRESENT]


def test_a_body_the_directory_refuses_is_named_and_nothing_is_imported(services, db_path,
                                                                        make_meeting):
    services.meetings.create(make_meeting())
    before = counts(db_path)
    document = example_v2()
    document["bodies"][0]["members"][1]["role"] = "chair"  # two chairs in 2019-2022
    with pytest.raises(InterchangeError) as raised:
        services.transfer.import_file(as_bytes(document), "seminar.json")
    assert str(raised.value).startswith("bodies[0].members[1].role: ")
    assert "both chair on one date" in str(raised.value)
    assert counts(db_path) == before  # not even the organisation and the people before it


def test_a_file_of_only_a_directory_imports_it(services):
    document = example_v2()
    document["meetings"] = []
    result = services.transfer.import_file(as_bytes(document), "directory.json")
    assert result.ids == [] and [w.kind for w in result.warnings] == [
        WarningKind.MEMBER_NOT_IN_DIRECTORY]
    assert [b.name for b in services.directory.list_bodies()] == ["Общественный совет МВД РК"]


def test_export_of_everything_is_the_whole_archive_and_imports_back(services, database,
                                                                     tmp_path, make_meeting):
    services.directory.save_person(Person("Жумабаева", "Сауле", position="секретарь"))
    services.transfer.import_file(as_bytes(example_v2()), "seminar.json")
    services.meetings.create(make_meeting())
    exported = services.transfer.export_json()
    archive = parse_archive(exported)
    assert json.loads(exported)["version"] == 2
    assert "Жумабаева Сауле" in [p.full_name for p in archive.people]  # named by no meeting
    assert len(archive.meetings) == 2
    # Restored into an empty database, it gives the same export.
    other = open_database(resolve_database_url(str(tmp_path / "restored.sqlite3")))
    try:
        restored = Services.build(other.session_factory)
        restored.transfer.import_file(exported, "backup.json")
        assert parse_archive(restored.transfer.export_json()) == archive
    finally:
        other.close()


def test_export_of_some_meetings_holds_what_they_name(services, make_meeting):
    (seminar_id,) = services.transfer.import_file(as_bytes(example_v2()), "s.json").ids
    services.directory.save_organization(Organization("Акимат"))
    other = services.meetings.create(make_meeting(body="Комиссия", organization="Акимат"))
    archive = parse_archive(services.transfer.export_json([seminar_id]))
    assert [o.name for o in archive.organizations] == [
        "Министерство внутренних дел Республики Казахстан"]
    assert [b.name for b in archive.bodies] == ["Общественный совет МВД РК"]
    assert sorted(p.full_name for p in archive.people) == [
        "Букреев Виктор", "Ким Ольга Викторовна", "Когамов Марат Чингисович"]
    chosen = parse_archive(services.transfer.export_json([other.id]))
    assert [o.name for o in chosen.organizations] == ["Акимат"]
    assert [b.name for b in chosen.bodies] == ["Комиссия"]
    assert "Когамов Марат Чингисович" not in [p.full_name for p in chosen.people]
    assert {a.name for a in other.attendees if a.name} <= {p.full_name for p in chosen.people}


def test_a_version_1_file_imports_exactly_as_before(services):
    result = services.transfer.import_file(EXAMPLE.encode("utf-8"), "v1.json")
    (meeting_id,) = result.ids
    (expected,) = parse_document(EXAMPLE)
    assert services.meetings.get(meeting_id) == replace(expected, id=meeting_id)
    assert [str(w) for w in result.warnings] == [
        "meetings[0]: decision 1.1: 20 votes cast, but only 2 members are present"]
    # The directory: the attendees' people (as before) and the body and organisation named.
    assert sorted(p.full_name for p in services.directory.list_people()) == [
        "Иванов Иван Иванович", "Петрова Анна Сергеевна", "Сидоров Пётр"]
    assert [b.name for b in services.directory.list_bodies()] == ["Общественный совет ..."]
    exported = parse_archive(services.transfer.export_json())
    assert exported.meetings == (expected,)
    assert isinstance(exported, Archive)
