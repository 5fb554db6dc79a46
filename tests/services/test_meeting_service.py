from contextlib import contextmanager
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text

from minutes_app.domain import AgendaItem, Attendee, DomainError, Language, Role, Statement
from minutes_app.services import MeetingNotFound


def _count(database, table: str) -> int:
    with database.engine.connect() as connection:
        return connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def _ids(database, table: str) -> dict[str, int]:
    with database.engine.connect() as connection:
        return dict(connection.execute(text(f'SELECT "key", id FROM {table}')).all())


@contextmanager
def _writes(database):
    """Collect the INSERT/UPDATE/DELETE statements sent while the block runs."""
    seen: list[str] = []

    def collect(conn, cursor, statement, parameters, context, executemany):
        if statement.split(None, 1)[0].upper() in {"INSERT", "UPDATE", "DELETE"}:
            seen.append(" ".join(statement.split()[:3]))

    event.listen(database.engine, "before_cursor_execute", collect)
    try:
        yield seen
    finally:
        event.remove(database.engine, "before_cursor_execute", collect)


def test_a_created_meeting_reads_back_equal_with_its_keys(services, make_meeting):
    meeting = make_meeting()
    created = services.meetings.create(meeting)
    loaded = services.meetings.get(created.id)
    assert created.id is not None
    assert loaded == meeting
    assert loaded.id == created.id
    assert [a.key for a in loaded.attendees] == [a.key for a in meeting.attendees]
    assert loaded.agenda[0].discussion[1].key == meeting.agenda[0].discussion[1].key
    assert loaded.agenda[0].decisions[1].actions[0].key == (
        meeting.agenda[0].decisions[1].actions[0].key)


def test_an_invalid_meeting_is_refused_and_nothing_is_written(services, database, make_meeting):
    two_chairs = make_meeting(attendees=(Attendee(name="Иванов Иван", role=Role.CHAIR),
                                         Attendee(name="Петров Пётр", role=Role.CHAIR)))
    with pytest.raises(DomainError) as error:
        services.meetings.create(two_chairs)
    assert error.value.field == "attendees[1].role"
    assert services.meetings.list_meetings() == []
    assert _count(database, "person") == 0


def test_get_of_an_unknown_id_names_the_id(services):
    with pytest.raises(MeetingNotFound, match="42"):
        services.meetings.get(42)


def test_save_writes_changes_and_returns_the_snapshot(services, make_meeting):
    created = services.meetings.create(make_meeting())
    item = created.agenda[1]
    changed = replace(
        created, title="новое название",
        agenda=(replace(created.agenda[0], title="Другой вопрос"),
                replace(item, decisions=item.decisions[:1]),
                AgendaItem("Новый вопрос", heard=(Statement("Новый доклад"),))),
    )
    saved = services.meetings.save(changed)
    assert saved == changed
    assert services.meetings.get(created.id) == changed


def test_save_keeps_the_rows_of_unchanged_children(services, database, make_meeting):
    created = services.meetings.create(make_meeting())
    before = _ids(database, "attendance")
    statements_before = _ids(database, "statement")
    attendees = (*created.attendees[1:], Attendee(name="Новиков Олег"))
    services.meetings.save(replace(created, attendees=attendees))
    after = _ids(database, "attendance")
    kept = [a.key for a in created.attendees[1:]]
    assert {key: after[key] for key in kept} == {key: before[key] for key in kept}
    assert created.attendees[0].key not in after
    assert len(after) == len(created.attendees)
    assert _ids(database, "statement") == statements_before


def test_an_autosave_after_one_edit_updates_only_that_row(services, database, make_meeting):
    created = services.meetings.create(make_meeting())
    item = created.agenda[0]
    edited = replace(item.discussion[0], text=item.discussion[0].text + " И ещё.")
    changed = replace(created, agenda=(replace(item, discussion=(edited, item.discussion[1])),
                                       *created.agenda[1:]))
    with _writes(database) as writes:
        services.meetings.save(changed)
    # (and the meeting's version, issue 13)
    assert sorted(writes) == ["UPDATE meeting SET", "UPDATE search_document SET",
                              "UPDATE statement SET"]
    with _writes(database) as writes:
        services.meetings.save(changed)  # nothing changed: nothing written
    assert writes == []


def test_removing_an_agenda_item_removes_its_parts(services, database, make_meeting):
    created = services.meetings.create(make_meeting())
    services.meetings.save(replace(created, agenda=created.agenda[1:]))
    assert _count(database, "agenda_item") == 1
    assert _count(database, "statement") == 0  # all were under the first item
    assert _count(database, "decision") == 2
    assert _count(database, "action_item") == 1


def test_save_refuses_invalid_and_unknown_meetings_leaving_the_stored_one(services, make_meeting):
    created = services.meetings.create(make_meeting())
    with pytest.raises(DomainError):
        services.meetings.save(replace(created, title=" ", number="99"))
    with pytest.raises(MeetingNotFound):
        services.meetings.save(replace(created, id=created.id + 100))
    assert services.meetings.get(created.id) == created


def test_delete_returns_the_snapshot_that_creates_it_again(services, database, make_meeting):
    created = services.meetings.create(make_meeting())
    deleted = services.meetings.delete(created.id)
    assert deleted == created
    with pytest.raises(MeetingNotFound):
        services.meetings.get(created.id)
    for table in ("attendance", "agenda_item", "statement", "decision", "action_item",
                  "search_document"):
        assert _count(database, table) == 0, table
    again = services.meetings.create(deleted)
    assert services.meetings.get(again.id) == created
    with pytest.raises(MeetingNotFound):
        services.meetings.delete(created.id)


def test_a_copied_snapshot_can_be_stored_twice(services, make_meeting):
    meeting = make_meeting()
    twice = replace(meeting, agenda=(meeting.agenda[0], meeting.agenda[0]))  # same keys
    first = services.meetings.create(twice)
    second = services.meetings.create(twice)
    assert services.meetings.get(first.id) == twice == services.meetings.get(second.id)
    assert len({item.key for item in first.agenda}) == 2


def test_the_list_is_newest_first_then_by_number(services, make_meeting):
    for day, number in ((1, "9"), (20, "1"), (1, "12"), (1, "10-п")):
        services.meetings.create(make_meeting(date=date(2026, 5, day), number=number))
    listed = [(m.date.day, m.number) for m in services.meetings.list_meetings()]
    assert listed == [(20, "1"), (1, "12"), (1, "10-п"), (1, "9")]
    assert services.meetings.list_meetings()[0].body == "Общественный совет МВД"


def test_import_is_all_or_nothing(services, database, make_meeting):
    good = make_meeting()
    bad_name = make_meeting(attendees=(Attendee(name="   "),))  # passes validate_meeting
    with pytest.raises(DomainError):
        services.meetings.import_meetings([good, bad_name])
    with pytest.raises(DomainError):
        services.meetings.import_meetings([good, make_meeting(title="")])
    assert services.meetings.list_meetings() == []
    assert _count(database, "person") == 0


def test_import_then_export_gives_back_the_same_meetings(services, make_meeting):
    meetings = [make_meeting(number=str(n), date=date(2025, 1, n)) for n in range(1, 6)]
    meetings.append(make_meeting(attendees=(), agenda=()))
    ids = services.meetings.import_meetings(meetings)
    assert ids == sorted(ids) and len(set(ids)) == 6
    assert services.meetings.export_meetings() == meetings
    assert services.meetings.export_meetings([ids[3], ids[1]]) == [meetings[1], meetings[3]]
    with pytest.raises(MeetingNotFound):
        services.meetings.export_meetings([ids[0], 999])
    assert services.meetings.import_meetings([]) == []


def test_the_same_name_in_several_meetings_is_one_person(services, database, make_meeting):
    services.meetings.import_meetings([make_meeting(), make_meeting()])
    services.meetings.create(make_meeting(attendees=(Attendee(name="КОГАМОВ  марат чингизович"),)))
    assert _count(database, "person") == 4  # the group is not a person
    found = services.directory.find_people("когамов")
    assert [(p.surname, p.position) for p in found] == [("Когамов", "председатель совета")]
    with database.engine.connect() as connection:
        linked = connection.execute(text(
            "SELECT count(DISTINCT person_id) FROM attendance WHERE person_id IS NOT NULL"
        )).scalar_one()
    assert linked == 4


def test_next_number_counts_per_body_and_year(services, make_meeting):
    assert services.meetings.next_number("Общественный совет МВД", 2026) == "1"
    for body, day, number in (("Общественный совет МВД", date(2026, 1, 5), "7"),
                              ("общественный совет мвд", date(2026, 12, 31), "12-п"),
                              ("Общественный совет МВД", date(2025, 6, 1), "40"),
                              ("Другая комиссия", date(2026, 6, 1), "99")):
        services.meetings.create(make_meeting(body=body, date=day, number=number))
    assert services.meetings.next_number("ОБЩЕСТВЕННЫЙ СОВЕТ МВД", 2026) == "13"
    assert services.meetings.next_number("Общественный совет МВД", 2025) == "41"
    assert services.meetings.next_number("Нет такого", 2026) == "1"


def test_the_draft_of_the_next_meeting(services, make_meeting):
    earlier = services.meetings.create(make_meeting(date=date(2026, 1, 20), number="1"))
    last = services.meetings.create(make_meeting(language=Language.KK, number="2"))
    services.meetings.create(make_meeting(body="Другая комиссия"))
    draft = services.meetings.draft_next_meeting(last.id, date(2026, 6, 1))
    assert draft.id is None
    assert (draft.date, draft.number, draft.body, draft.place, draft.kind, draft.language) == (
        date(2026, 6, 1), "3", last.body, last.place, last.kind, last.language)
    assert [a.name for a in draft.attendees] == [
        "Когамов Марат Чингизович", "Петрова Анна Сергеевна", "Тұрсынбаев Ерлан Қайратұлы",
        "Сидоров Пётр"]
    assert all(a.present and not a.absence_reason for a in draft.attendees)
    assert draft.chair.name == "Когамов Марат Чингизович"
    assert {a.key for a in draft.attendees}.isdisjoint(a.key for a in last.attendees)
    (progress,) = draft.agenda
    assert progress.title == "Тапсырмалардың орындалу барысы туралы"
    lines = [s.text for s in progress.heard]
    assert len(lines) == 4  # two open tasks in each of the body's two meetings
    assert lines[0].startswith("Подготовить график встреч (20.01.2026 № 1 хаттама, 1.2-тармақ)")
    assert "Петрова А.С." in lines[0] and "01.04.2026" in lines[0]
    assert not any("Разместить объявление" in line for line in lines)  # done
    assert earlier.id is not None
    services.meetings.create(draft)  # the draft is a valid meeting


def test_the_draft_in_russian_and_of_an_unknown_meeting(services, make_meeting):
    last = services.meetings.create(make_meeting(body=""))
    draft = services.meetings.draft_next_meeting(last.id, date(2026, 6, 1))
    assert draft.agenda[0].title == "О ходе исполнения поручений"
    assert draft.agenda[0].heard[0].text.startswith(
        "Подготовить график встреч (протокол № 3 от 15.03.2026, п. 1.2); "
        "ответственные: Петрова А.С.; срок: 01.04.2026")
    with pytest.raises(MeetingNotFound):
        services.meetings.draft_next_meeting(last.id + 1, date(2026, 6, 1))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=40))
def test_any_text_is_stored_exactly(services, database_kind, make_meeting, text):
    def with_text(text: str):
        return make_meeting(title=text if text.strip() else "название", notes=text,
                            agenda=(AgendaItem("Вопрос", heard=(Statement(text, text),)),))

    created = services.meetings.create(with_text(text))
    if database_kind == "postgresql":  # its text cannot hold NUL: U+FFFD, as storage/db.py says
        text = text.replace("\x00", "\ufffd")
    assert services.meetings.get(created.id) == with_text(text)
    assert isinstance(services.meetings.search(text), list)


def test_text_that_is_not_unicode_is_refused_and_nothing_written(services, make_meeting):
    with pytest.raises(DomainError, match="not a character that can be stored"):
        services.meetings.create(make_meeting(notes="половина пары \ud800"))
    assert services.meetings.list_meetings() == []
