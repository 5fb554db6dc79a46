"""An import stores its meetings a batch at a time in one transaction (storage.bulk.Inserter),
and remembers between batches the directory ids of the attendees and the stems of words: what
it stores must be what one batch, or meetings saved one by one, would store."""

import json

import pytest
from sqlalchemy import text

from minutes_app.domain import AgendaItem, Attendee, Person, Role, Statement
from minutes_app.interchange import InterchangeError, dump_document
from minutes_app.services import Services
from minutes_app.services import transfer as transfer_module


@pytest.fixture
def services(database) -> Services:
    return Services.build(database.session_factory)


@pytest.fixture(autouse=True)
def small_batches(monkeypatch):
    monkeypatch.setattr(transfer_module, "BATCH", 2)


def _attending(*names: str) -> tuple[Attendee, ...]:
    return tuple(Attendee(name=name, role=Role.MEMBER) for name in names)


def _links(database) -> dict[str, int]:
    """How many lines of attendance each directory entry has, by surname."""
    with database.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT p.surname, count(*) FROM attendance a JOIN person p ON p.id = a.person_id"
            " GROUP BY p.id, p.surname")).all()
    return {surname: count for surname, count in rows}


def test_a_person_in_several_batches_is_one_entry_linked_from_each(
        services, database, make_meeting):
    services.directory.save_person(Person("Сидоров", "Пётр", position="эксперт"))
    meetings = [
        make_meeting(number="1", attendees=_attending("Иванов Иван Иванович")),
        make_meeting(number="2", attendees=_attending("Сидоров Пётр")),
        # the second batch: the same people, one written otherwise, and a new one
        make_meeting(number="3", attendees=_attending("ИВАНОВ  иван иванович", "Сидоров Пётр")),
        make_meeting(number="4", attendees=_attending("Иванов Иван Иванович")),
        # the third batch: someone new, with a position
        make_meeting(number="5", attendees=(Attendee(name="Петрова Анна", position="юрист"),
                                            *_attending("Сидоров Пётр"))),
    ]
    result = services.transfer.import_file(dump_document(meetings).encode(), "in.json")
    assert len(result.ids) == 5
    people = {p.surname: p for p in services.directory.list_people()}
    assert sorted(people) == ["Иванов", "Петрова", "Сидоров"]
    assert people["Сидоров"].position == "эксперт"  # a stored entry is never changed
    assert people["Петрова"].position == "юрист"  # a new one takes its first line's
    assert _links(database) == {"Иванов": 3, "Сидоров": 3, "Петрова": 1}
    activity = services.directory.person_activity(people["Иванов"].id)
    assert sorted(m.number for m in activity.meetings) == ["1", "3", "4"]


def test_what_comes_back_is_what_was_imported_across_batches(services, make_meeting):
    meetings = [make_meeting(number=str(n), title=f"Заседание № {n}") for n in range(1, 6)]
    services.transfer.import_file(dump_document(meetings).encode(), "in.json")
    exported = json.loads(services.transfer.export_json())["meetings"]
    assert exported == json.loads(dump_document(meetings))["meetings"]


def test_search_finds_the_words_of_every_batch_by_their_other_forms(services, make_meeting):
    words = ["сейсмостойкость", "водоснабжение", "благоустройство", "озеленение", "освещение"]
    meetings = [make_meeting(number=str(n), agenda=(AgendaItem(
        "Разное", heard=(Statement(f"Доложил про {word}.", "Иванов Иван"),)),))
        for n, word in enumerate(words, 1)]
    ids = services.transfer.import_file(dump_document(meetings).encode(), "in.json").ids
    # other forms of the first batch's word and the last batch's
    for query, meeting_id in (("сейсмостойкости", ids[0]), ("освещения", ids[4]),
                              ("благоустройством", ids[2])):
        assert [hit.meeting_id for hit in services.meetings.search(query)] == [meeting_id]


def test_a_text_over_the_limit_in_the_last_batch_is_refused_at_its_place(
        services, make_meeting):
    meetings = [make_meeting(number=str(n)) for n in range(1, 6)]
    document = json.loads(dump_document(meetings))
    document["meetings"][4]["agenda"][1]["decisions"][0]["text"] = "ж" * 1_000_001
    before = services.transfer.export_json()
    with pytest.raises(InterchangeError) as raised:
        services.transfer.import_file(json.dumps(document).encode(), "in.json")
    assert str(raised.value) == ("meetings[4].agenda[1].decisions[0].text: "
                                 "longer than 1,000,000 characters")
    assert services.transfer.export_json() == before
    assert services.directory.list_people() == []
