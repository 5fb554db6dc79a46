"""The whole record of a meeting (issue 8) is stored and read back: texts in other languages,
organisers, proposals, conclusions, degree and rank, tasks done on a date, approval, history."""

import json
import sqlite3
from contextlib import closing, contextmanager
from dataclasses import replace
from datetime import date, datetime, time

import pytest
from sqlalchemy import event, text

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Approval,
    Attendee,
    Decision,
    HistoryEntry,
    Meeting,
    Role,
    Statement,
    Status,
    TextEntry,
    Translations,
    Vote,
    fold,
)
from minutes_app.storage.meetings import open_actions


def kk(**texts: str) -> Translations:
    return Translations(tuple((name, "kk", value) for name, value in texts.items()))


def seminar() -> Meeting:
    """A seminar in Russian with Kazakh and English versions of its texts, every new part set."""
    return Meeting(
        title="Семинар по профилактике правонарушений", date=date(2025, 11, 5),
        kind="семинар", body="Общественный совет", number="7", place="г. Кокшетау",
        start_time=time(10, 0), end_time=time(12, 30), notes="Запись велась вручную",
        status=Status.APPROVED,
        translations=Translations((
            ("title", "kk", "Құқық бұзушылықтың алдын алу жөніндегі семинар"),
            ("title", "en", "Seminar on crime prevention"),
            ("place", "kk", "Көкшетау қ."),
        )),
        organizers=(
            TextEntry("Общественный совет", translations=kk(text="Қоғамдық кеңес")),
            TextEntry("Департамент полиции", translations=kk(text="Полиция департаменті")),
        ),
        attendees=(
            Attendee(name="Когамов Марат Чингизович", role=Role.CHAIR, position="председатель",
                     degree="доктор юридических наук", rank="профессор",
                     translations=kk(position="төраға", degree="заң ғылымдарының докторы")),
            Attendee(name="Сапаров Ерлан Қайратұлы", role=Role.INVITED,
                     position="начальник управления", rank="полковник полиции",
                     translations=kk(rank="полиция полковнигі")),
            Attendee(name="Абенова Жанар Болатовна", role=Role.SECRETARY),
            Attendee(group="представители НПО", count=12, role=Role.INVITED,
                     translations=kk(group="ҮЕҰ өкілдері")),
        ),
        agenda=(
            AgendaItem(
                "О профилактике", presenters=("Сапаров Ерлан Қайратұлы",),
                translations=kk(title="Алдын алу туралы"),
                heard=(Statement("Доклад о работе", "Сапаров Ерлан Қайратұлы",
                                 translations=kk(text="Жұмыс туралы баяндама")),),
                discussion=(Statement("Поддержал доклад", "Когамов Марат Чингизович"),),
                proposals=(
                    Statement("Провести встречи с жителями", "Абенова Жанар Болатовна",
                              translations=kk(text="Тұрғындармен кездесулер өткізу")),
                    Statement("Издать памятку"),
                ),
                decisions=(Decision(
                    "Принять к сведению", vote=Vote(unanimous=True),
                    translations=kk(text="Назарға алынсын"),
                    actions=(
                        ActionItem("Подготовить памятку", ("Абенова Жанар Болатовна",),
                                   date(2025, 12, 1), done_on=date(2025, 11, 28),
                                   done_note="письмо № 12",
                                   translations=kk(task="Жадынама дайындау",
                                                   done_note="№ 12 хат")),
                        ActionItem("Отчитаться", due=date(2026, 1, 15)),
                    ),
                ),),
                conclusions=(
                    TextEntry("Работа ведётся системно", translations=kk(text="Жұмыс жүйелі")),
                    TextEntry("Нужна помощь жителей"),
                ),
            ),
        ),
        conclusions=(TextEntry("Семинар полезен", translations=Translations((
            ("text", "kk", "Семинар пайдалы"), ("text", "en", "The seminar was useful")))),),
        approval=Approval("Когамов Марат Чингизович", date(2025, 11, 6)),
        history=(
            HistoryEntry(datetime(2025, 11, 6, 10, 2), "approved", "Абенова Ж.Б."),
            HistoryEntry(datetime(2025, 11, 7, 9, 0, 5), "reopened", "Абенова Ж.Б.",
                         "опечатка в фамилии"),
        ),
    )


def _keys(entries) -> list[str]:
    return [entry.key for entry in entries]


def _rows(database, sql: str, **params) -> list[tuple]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql), params)]


def _json(value):
    return json.loads(value) if isinstance(value, str) else value


def _ids(database, table: str) -> dict[str, int]:
    return dict(_rows(database, f'SELECT "key", id FROM {table}'))


@contextmanager
def _writes(database):
    """The INSERT/UPDATE/DELETE statements sent while the block runs (first three words)."""
    seen: list[str] = []

    def collect(conn, cursor, statement, parameters, context, executemany):
        if statement.split(None, 1)[0].upper() in {"INSERT", "UPDATE", "DELETE"}:
            seen.append(" ".join(statement.split()[:3]))

    event.listen(database.engine, "before_cursor_execute", collect)
    try:
        yield seen
    finally:
        event.remove(database.engine, "before_cursor_execute", collect)


def _with_item(meeting: Meeting, **changes) -> Meeting:
    return replace(meeting, agenda=(replace(meeting.agenda[0], **changes), *meeting.agenda[1:]))


# -- round trips --------------------------------------------------------------------------------

def draft_seminar() -> Meeting:
    """The seminar not yet approved: saving an approved record is refused (issue 10)."""
    return replace(seminar(), status=Status.DRAFT, approval=None, history=())


def test_a_created_seminar_reads_back_equal_with_every_key(services):
    meeting = seminar()
    created = services.meetings.create(meeting)
    loaded = services.meetings.get(created.id)
    assert loaded == meeting
    assert services.meetings.export_meetings() == [meeting]
    item, stored_item = meeting.agenda[0], loaded.agenda[0]
    assert _keys(stored_item.proposals) == _keys(item.proposals)
    assert _keys(stored_item.conclusions) == _keys(item.conclusions)
    assert _keys(loaded.organizers) == _keys(meeting.organizers)
    assert _keys(loaded.conclusions) == _keys(meeting.conclusions)
    # Each kind of statement stays its kind (all three start at ordinal 0).
    assert [s.text for s in stored_item.heard] == ["Доклад о работе"]
    assert [s.text for s in stored_item.discussion] == ["Поддержал доклад"]
    assert [s.text for s in stored_item.proposals] == ["Провести встречи с жителями",
                                                        "Издать памятку"]
    assert stored_item.proposals[0].translations.get("text", "kk") == (
        "Тұрғындармен кездесулер өткізу")
    assert loaded.translations.of("title") == {
        "kk": "Құқық бұзушылықтың алдын алу жөніндегі семинар",
        "en": "Seminar on crime prevention"}
    task = stored_item.decisions[0].actions[0]
    assert (task.done, task.done_on, task.done_note) == (True, date(2025, 11, 28), "письмо № 12")
    assert loaded.attendees[1].rank == "полковник полиции"


def test_an_imported_seminar_reads_back_equal(services):
    plain = Meeting(title="Заседание", date=date(2025, 1, 10))
    ids = services.meetings.import_meetings([seminar(), plain])
    assert services.meetings.export_meetings(ids) == [seminar(), plain]


def test_a_plain_meeting_saved_with_every_new_part_reads_back_equal(services):
    full = seminar()
    bare = replace(full, organizers=(), conclusions=(), approval=None, history=(),
                   status=Status.DRAFT, translations=Translations(),
                   attendees=full.attendees[2:3], agenda=())
    created = services.meetings.create(bare)
    assert services.meetings.get(created.id) == bare
    # Saving keeps the stored status, approval and history: only approve and reopen change
    # them (tests/services/test_approval.py writes them back and forth).
    whole = replace(full, id=created.id, status=Status.DRAFT, approval=None, history=())
    assert services.meetings.save(whole) == whole
    assert services.meetings.get(created.id) == whole
    # ... and back: every new part emptied again.
    assert services.meetings.save(replace(bare, id=created.id)) == bare
    assert services.meetings.get(created.id) == bare


def test_the_new_columns_hold_what_the_schema_says(services, database):
    created = services.meetings.create(seminar())
    ((approved_by, approved_on, history, organizers),) = _rows(
        database, "SELECT approved_by, approved_on, history, organizers FROM meeting")
    # A date and JSON are text on SQLite; PostgreSQL's driver gives a date and decoded JSON.
    assert (approved_by, str(approved_on)) == ("Когамов Марат Чингизович", "2025-11-06")
    assert _json(history)[0] == {"at": "2025-11-06T10:02:00", "what": "approved",
                                      "by": "Абенова Ж.Б.", "detail": ""}
    first = _json(organizers)[0]
    assert first == {"key": created.organizers[0].key, "text": "Общественный совет",
                     "translations": {"text": {"kk": "Қоғамдық кеңес"}}}
    assert _rows(database, "SELECT kind, ordinal, text FROM statement WHERE kind = 'proposal' "
                           "ORDER BY ordinal") == [
        ("proposal", 0, "Провести встречи с жителями"), ("proposal", 1, "Издать памятку")]
    services.meetings.reopen(created.id, "опечатка", "Абенова Ж.Б.")  # clears the approval
    assert _rows(database, "SELECT approved_by, approved_on FROM meeting") == [("", None)]
    assert services.meetings.get(created.id).approval is None


def test_a_history_time_with_a_fraction_or_a_zone_comes_back_as_it_was(services):
    from datetime import timedelta, timezone
    history = (HistoryEntry(datetime(2025, 11, 6, 10, 2, 3, 500), "approved"),
               HistoryEntry(datetime(2025, 11, 6, 10, 2, tzinfo=timezone(timedelta(hours=5))),
                            "changed after approval", detail="номер"))
    created = services.meetings.create(replace(seminar(), history=history))
    assert services.meetings.get(created.id).history == history


def test_repeated_keys_of_new_parts_are_renewed_not_refused(services):
    meeting = seminar()
    item = meeting.agenda[0]
    heard_key = item.heard[0].key
    copied = _with_item(
        meeting,
        # a proposal with the key of a heard statement (one table), and two alike
        proposals=(replace(item.proposals[0], key=heard_key), item.proposals[1],
                   item.proposals[1]),
        conclusions=(item.conclusions[0], item.conclusions[0]),
    )
    copied = replace(copied, organizers=(meeting.organizers[0],) * 2)
    created = services.meetings.create(copied)
    loaded = services.meetings.get(created.id)
    assert loaded == copied  # keys take no part in equality: the content is all there
    stored = loaded.agenda[0]
    statement_keys = _keys((*stored.heard, *stored.discussion, *stored.proposals))
    assert len(set(statement_keys)) == len(statement_keys) == 5
    assert stored.heard[0].key == heard_key  # the first holder keeps its key
    assert len(set(_keys(stored.conclusions))) == 2
    assert len(set(_keys(loaded.organizers))) == 2


# -- saving by key ------------------------------------------------------------------------------

def test_changing_one_proposal_writes_only_its_row(services, database):
    created = services.meetings.create(draft_seminar())
    item = created.agenda[0]
    ids_before = _ids(database, "statement")
    edited = replace(item.proposals[1], text="Издать памятку на двух языках")
    changed = _with_item(created, proposals=(item.proposals[0], edited))
    with _writes(database) as writes:
        services.meetings.save(changed)
    # (and the meeting's version, issue 13)
    assert sorted(writes) == ["UPDATE meeting SET", "UPDATE search_document SET",
                              "UPDATE statement SET"]
    assert _ids(database, "statement") == ids_before
    assert services.meetings.get(created.id) == changed
    with _writes(database) as writes:
        services.meetings.save(changed)  # nothing changed: nothing written
    assert writes == []


def test_a_kazakh_version_typed_alone_writes_only_its_row(services, database):
    created = services.meetings.create(draft_seminar())
    item = created.agenda[0]
    proposal = item.proposals[1]
    translated = replace(proposal, translations=proposal.translations.with_text(
        "text", "kk", "Жадынама шығару"))
    changed = _with_item(created, proposals=(item.proposals[0], translated))
    with _writes(database) as writes:
        services.meetings.save(changed)
    # (and the meeting's version, issue 13)
    assert sorted(writes) == ["UPDATE meeting SET", "UPDATE search_document SET",
                              "UPDATE statement SET"]
    assert services.meetings.get(created.id).agenda[0].proposals[1].translations.of("text") == {
        "kk": "Жадынама шығару"}


def test_changing_a_conclusion_or_an_organiser_writes_only_its_owner(services, database):
    created = services.meetings.create(draft_seminar())
    item = created.agenda[0]
    conclusion = replace(item.conclusions[1], text="Нужна помощь жителей и школ")
    changed = _with_item(created, conclusions=(item.conclusions[0], conclusion))
    with _writes(database) as writes:
        changed = services.meetings.save(changed)  # with its new version (issue 13)
    assert sorted(writes) == ["UPDATE agenda_item SET", "UPDATE meeting SET",
                              "UPDATE search_document SET"]
    organiser = replace(changed.organizers[1], text="Департамент полиции области")
    changed = replace(changed, organizers=(changed.organizers[0], organiser))
    with _writes(database) as writes:
        services.meetings.save(changed)
    # the version, then the organisers
    assert sorted(writes) == ["UPDATE meeting SET", "UPDATE meeting SET",
                              "UPDATE search_document SET"]
    assert services.meetings.get(created.id) == changed


def test_reordering_and_removing_proposals_keeps_the_rows_of_those_that_stay(services,
                                                                            database):
    created = services.meetings.create(draft_seminar())
    item = created.agenda[0]
    ids_before = _ids(database, "statement")
    added = Statement("Привлечь волонтёров", "Когамов Марат Чингизович")
    reordered = _with_item(created, proposals=(added, item.proposals[1], item.proposals[0]))
    reordered = services.meetings.save(reordered)  # with its new version (issue 13)
    loaded = services.meetings.get(created.id)
    assert loaded == reordered
    assert _keys(loaded.agenda[0].proposals) == [added.key, *_keys(item.proposals[::-1])]
    ids_after = _ids(database, "statement")
    assert {k: ids_after[k] for k in ids_before} == ids_before
    removed = _with_item(reordered, proposals=(item.proposals[0],))
    services.meetings.save(removed)
    assert services.meetings.get(created.id) == removed
    assert _rows(database, "SELECT kind, ordinal, text FROM statement ORDER BY kind, ordinal") == [
        ("discussion", 0, "Поддержал доклад"), ("heard", 0, "Доклад о работе"),
        ("proposal", 0, "Провести встречи с жителями")]
    assert _ids(database, "statement")[item.proposals[0].key] == ids_before[item.proposals[0].key]


def test_reordering_and_removing_conclusions_and_organisers(services):
    created = services.meetings.create(draft_seminar())
    item = created.agenda[0]
    extra = TextEntry("Итоги подведены", translations=kk(text="Қорытынды шығарылды"))
    changed = _with_item(created, conclusions=(item.conclusions[1], extra, item.conclusions[0]))
    changed = replace(changed, organizers=created.organizers[::-1],
                      conclusions=(extra, *created.conclusions))
    changed = services.meetings.save(changed)  # with its new version (issue 13)
    loaded = services.meetings.get(created.id)
    assert loaded == changed
    assert _keys(loaded.agenda[0].conclusions) == [item.conclusions[1].key, extra.key,
                                                   item.conclusions[0].key]
    assert _keys(loaded.organizers) == _keys(created.organizers[::-1])
    emptied = replace(_with_item(changed, conclusions=(extra,)), organizers=(),
                      conclusions=())
    services.meetings.save(emptied)
    assert services.meetings.get(created.id) == emptied


def test_removing_an_item_removes_its_proposals(services, database):
    created = services.meetings.create(draft_seminar())
    services.meetings.save(replace(created, agenda=()))
    assert _rows(database, "SELECT count(*) FROM statement") == [(0,)]
    assert services.meetings.get(created.id).agenda == ()


# -- search -------------------------------------------------------------------------------------

@pytest.mark.parametrize("word", [
    "құқық",  # the Kazakh title
    "seminar",  # the English title
    "тұрғындармен",  # a proposal's Kazakh version
    "волонт",  # no: nowhere in the record
    "жүйелі",  # an item conclusion's Kazakh version
    "пайдалы",  # a meeting conclusion's Kazakh version
    "департамент",  # an organiser
    "полковнигі",  # a rank's Kazakh version
    "юридических",  # a degree
    "жадынама",  # a task's Kazakh version
    "письмо",  # a done note
    "памятку",  # a proposal
    "ҮЕҰ",  # a group's Kazakh version
])
def test_search_finds_every_text_in_every_language(services, word):
    created = services.meetings.create(seminar())
    other = services.meetings.create(Meeting(title="Заседание", date=date(2025, 1, 10)))
    expected = [] if word == "волонт" else [created.id]
    assert [hit.meeting_id for hit in services.meetings.search(word)] == expected
    assert other.id not in [hit.meeting_id for hit in services.meetings.search(word)]


def test_a_word_only_in_the_kazakh_version_finds_the_meeting_until_it_is_removed(services):
    created = services.meetings.create(draft_seminar())
    (hit,) = services.meetings.search("кездесулер")
    assert hit.meeting_id == created.id
    assert "Тұрғындармен кездесулер өткізу" in hit.passage
    item = created.agenda[0]
    untranslated = replace(item.proposals[0], translations=Translations())
    services.meetings.save(_with_item(created, proposals=(untranslated, item.proposals[1])))
    assert services.meetings.search("кездесулер") == []
    assert [h.meeting_id for h in services.meetings.search("встречи")] == [created.id]


def test_an_imported_meeting_is_found_by_its_kazakh_texts(services):
    (meeting_id,) = services.meetings.import_meetings([seminar()])
    assert [h.meeting_id for h in services.meetings.search("назарға алынсын")] == [meeting_id]


# -- people -------------------------------------------------------------------------------------

def _person_links(database) -> dict[str, int | None]:
    return dict(_rows(database, "SELECT name, person_id FROM attendance WHERE name != ''"))


def _people(database) -> dict[int, str]:
    return dict(_rows(database, "SELECT id, surname || ' ' || given_name FROM person"))


def _correct_in_directory(database, person_id: int, surname: str) -> None:
    """What a correction in the directory leaves: the person renamed, the meetings not."""
    with database.engine.begin() as connection:
        given = connection.execute(text("SELECT given_name FROM person WHERE id = :id"),
                                   {"id": person_id}).scalar_one()
        connection.execute(text("UPDATE person SET surname = :s, name_fold = :f WHERE id = :id"),
                           {"s": surname, "f": fold(f"{surname} {given}"), "id": person_id})


def test_a_line_whose_name_did_not_change_keeps_its_person(services, database):
    created = services.meetings.create(Meeting(
        title="Заседание", date=date(2025, 3, 1),
        attendees=(Attendee(name="Ивонов Иван", role=Role.CHAIR), Attendee(name="Ким Олег"))))
    links = _person_links(database)
    misspelt = links["Ивонов Иван"]
    _correct_in_directory(database, misspelt, "Иванов")
    people = _people(database)
    # Saving the meeting (its old spelling unchanged) neither relinks nor adds a person.
    created = services.meetings.save(replace(created, title="Заседание совета"))
    assert _person_links(database) == links
    assert _people(database) == people
    # A new line of the corrected name is the same person.
    with_new_line = replace(created, title="Заседание совета", attendees=(
        *created.attendees, Attendee(name="Иванов Иван", role=Role.INVITED)))
    services.meetings.save(with_new_line)
    assert _person_links(database)["Иванов Иван"] == misspelt
    assert _people(database) == people


def test_a_line_whose_name_changed_is_linked_by_its_new_name(services, database):
    created = services.meetings.create(Meeting(
        title="Заседание", date=date(2025, 3, 1),
        attendees=(Attendee(name="Ким Олег"), Attendee(name="Петров Пётр"))))
    links = _person_links(database)
    renamed = replace(created, attendees=(
        replace(created.attendees[0], name="Ли Анна"),  # someone else
        replace(created.attendees[1], name="Ким Олег"),  # the other line's person
    ))
    services.meetings.save(renamed)
    after = _person_links(database)
    assert after["Ким Олег"] == links["Ким Олег"]
    assert after["Ли Анна"] not in links.values()
    assert sorted(_people(database).values()) == ["Ким Олег", "Ли Анна", "Петров Пётр"]


def test_a_line_that_lost_its_link_is_linked_again_by_name(services, database):
    created = services.meetings.create(Meeting(
        title="Заседание", date=date(2025, 3, 1), attendees=(Attendee(name="Ким Олег"),)))
    (person_id,) = _person_links(database).values()
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE attendance SET person_id = NULL"))
    services.meetings.save(replace(created, title="Заседание совета"))
    assert _person_links(database) == {"Ким Олег": person_id}


def test_a_group_line_never_links_a_person(services, database):
    created = services.meetings.create(Meeting(
        title="Заседание", date=date(2025, 3, 1),
        attendees=(Attendee(group="журналисты", count=3),)))
    services.meetings.save(replace(created, attendees=(
        replace(created.attendees[0], count=4),)))
    assert _rows(database, "SELECT person_id FROM attendance") == [(None,)]
    assert _people(database) == {}


def test_new_directory_people_take_the_details_of_their_first_line(services, database):
    created = services.meetings.create(draft_seminar())
    added = Attendee(name="Ли Анна", position="эксперт", degree="кандидат наук",
                     rank="майор полиции", role=Role.INVITED)
    services.meetings.save(replace(created, attendees=(*created.attendees, added)))
    details = {row[0]: row[1:] for row in _rows(
        database, "SELECT surname, position, degree, rank FROM person")}
    assert details["Когамов"] == ("председатель", "доктор юридических наук", "профессор")
    assert details["Сапаров"] == ("начальник управления", "", "полковник полиции")
    assert details["Ли"] == ("эксперт", "кандидат наук", "майор полиции")


# -- the next meeting's open tasks --------------------------------------------------------------

def test_open_tasks_come_with_their_versions_in_other_languages(services, database):
    meeting = seminar()
    item = meeting.agenda[0]
    decision = item.decisions[0]
    open_task = replace(decision.actions[1], translations=kk(task="Есеп беру"))
    meeting = _with_item(meeting, decisions=(replace(
        decision, actions=(decision.actions[0], open_task)),))
    created = services.meetings.create(meeting)
    with database.session_factory() as session:
        found = open_actions(session, meeting.body, date(2025, 12, 10), created.id)
    assert [o.action for o in found] == [open_task]  # the done one is not open
    assert found[0].action.key == open_task.key


def test_a_file_read_by_another_program_shows_plain_json(services, db_path):
    services.meetings.create(seminar())
    with closing(sqlite3.connect(db_path)) as connection:
        (value,) = connection.execute("SELECT translations FROM agenda_item").fetchone()
    assert json.loads(value) == {"title": {"kk": "Алдын алу туралы"}}
