"""A new meeting of a body: its roster on the day, its next number, what its meetings share;
meetings that name a body or an organisation put them in the directory."""

from dataclasses import replace
from datetime import date

import pytest

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Body,
    Decision,
    Member,
    Numbering,
    Organization,
    Person,
    Role,
    Translations,
)

COUNCIL = "Общественный совет МВД РК"
ROSTER = (
    Member("Когамов Марат Чингисович", Role.CHAIR, date(2019, 1, 15)),
    Member("Петрова Анна Сергеевна", Role.SECRETARY),
    Member("Ким Ольга Викторовна", Role.MEMBER, date(2019, 1, 15), date(2022, 1, 15)),
    Member("Букреев Виктор", Role.MEMBER, date(2023, 5, 1)),
)


@pytest.fixture
def council(services):
    services.directory.save_person(Person(
        "Букреев", "Виктор", position="заместитель начальника ДП", rank="полковник полиции",
        translations=Translations((("rank", "kk", "полиция полковнигі"),))))
    services.directory.save_person(Person("Когамов", "Марат", "Чингисович",
                                          degree="доктор юридических наук"))
    return services.directory.save_body(Body(
        COUNCIL, members=ROSTER, organization="МВД РК", place="г. Кокшетау", kind="заседание",
        translations=Translations((("place", "kk", "Көкшетау қ."),))))


def _names(meeting):
    return [(a.name, a.role, a.present) for a in meeting.attendees]


def test_a_new_meeting_gets_the_roster_of_its_day_all_present(services, council):
    draft = services.meetings.new_meeting("общественный совет мвд рк", date(2024, 3, 1))
    assert _names(draft) == [("Когамов Марат Чингисович", Role.CHAIR, True),
                             ("Петрова Анна Сергеевна", Role.SECRETARY, True),
                             ("Букреев Виктор", Role.MEMBER, True)]  # Ким left in 2022
    assert (draft.body, draft.date, draft.number) == (COUNCIL, date(2024, 3, 1), "1")
    assert (draft.organization, draft.place, draft.kind) == ("МВД РК", "г. Кокшетау",
                                                             "заседание")
    assert draft.translations.get("place", "kk") == "Көкшетау қ."
    chair, _, guest = draft.attendees
    assert chair.degree == "доктор юридических наук"
    assert (guest.position, guest.rank) == ("заместитель начальника ДП", "полковник полиции")
    assert guest.translations.get("rank", "kk") == "полиция полковнигі"
    older = services.meetings.new_meeting(COUNCIL, date(2020, 3, 1))
    assert [a.name for a in older.attendees] == ["Когамов Марат Чингисович",
                                                 "Петрова Анна Сергеевна",
                                                 "Ким Ольга Викторовна"]


def test_a_new_meeting_stored_and_the_next_one_numbered_after_it(services, council):
    first = services.meetings.new_meeting(COUNCIL, date(2024, 3, 1))
    services.meetings.create(replace(first, title="заседания совета"))
    second = services.meetings.new_meeting(COUNCIL, date(2024, 4, 1))
    assert second.number == "2"
    assert services.meetings.new_meeting(COUNCIL, date(2025, 1, 10)).number == "1"


def test_a_new_meeting_of_an_unknown_body_has_only_its_name_and_date(services):
    draft = services.meetings.new_meeting("Комиссия по этике", date(2024, 3, 1))
    assert (draft.body, draft.date, draft.number, draft.attendees) == (
        "Комиссия по этике", date(2024, 3, 1), "1", ())
    assert (draft.place, draft.kind, draft.organization) == ("", "", "")
    empty = services.meetings.new_meeting("", date(2024, 3, 1))
    assert (empty.body, empty.number, empty.attendees) == ("", "", ())


def test_continuous_numbering_goes_on_across_years(services, make_meeting):
    services.directory.save_body(Body(COUNCIL, numbering=Numbering.CONTINUOUS))
    for number, day in (("7", date(2024, 11, 1)), ("8", date(2024, 12, 1))):
        services.meetings.create(make_meeting(body=COUNCIL, number=number, date=day))
    assert services.meetings.next_number(COUNCIL, 2025) == "9"
    assert services.meetings.new_meeting(COUNCIL, date(2025, 1, 20)).number == "9"
    yearly = services.directory.get_body(COUNCIL)
    services.directory.save_body(replace(yearly, numbering=Numbering.YEARLY))
    assert services.meetings.next_number(COUNCIL, 2025) == "1"
    assert services.meetings.next_number(COUNCIL, 2024) == "9"


def test_the_next_meeting_takes_the_roster_on_its_date(services, council, make_meeting):
    last = services.meetings.create(make_meeting(
        body=COUNCIL, date=date(2021, 6, 1), number="4", attendees=(
            Attendee(name="Когамов Марат Чингисович", role=Role.CHAIR,
                     position="председатель совета"),
            Attendee(name="Петрова Анна Сергеевна", role=Role.SECRETARY, present=False,
                     absence_reason="отпуск"),
            Attendee(name="Ким Ольга Викторовна"),
            Attendee(name="Гость Иван", role=Role.INVITED),
        )))
    draft = services.meetings.draft_next_meeting(last.id, date(2024, 2, 1))
    assert _names(draft) == [("Когамов Марат Чингисович", Role.CHAIR, True),
                             ("Петрова Анна Сергеевна", Role.SECRETARY, True),
                             ("Букреев Виктор", Role.MEMBER, True)]
    assert draft.attendees[0].position == "председатель совета"  # as typed last time
    assert draft.attendees[1].absence_reason == ""
    assert draft.attendees[2].rank == "полковник полиции"  # new member, from the directory
    assert draft.number == "1"


def test_meetings_of_an_unknown_body_put_it_and_its_organisation_in_the_directory(
        services, make_meeting):
    services.meetings.create(make_meeting(body="Совет ветеранов", organization="Акимат"))
    services.meetings.create(make_meeting(body="СОВЕТ  ветеранов", organization="акимат",
                                          number="4"))
    assert [b.name for b in services.directory.list_bodies()] == ["Совет ветеранов"]
    assert services.directory.list_organizations() == [Organization("Акимат")]
    assert services.meetings.next_number("совет ветеранов", 2026) == "5"


def test_an_import_puts_the_bodies_it_names_in_the_directory(services, make_meeting):
    services.meetings.import_meetings([make_meeting(body="Комиссия А"),
                                       make_meeting(body="Комиссия Б", organization="")])
    assert [b.name for b in services.directory.list_bodies()] == ["Комиссия А", "Комиссия Б"]


def test_a_body_typed_letter_by_letter_leaves_no_trail(services, make_meeting):
    meeting = services.meetings.create(make_meeting(body="", organization=""))
    for typed in ("С", "Со", "Сов", "Совет"):
        meeting = services.meetings.save(replace(meeting, body=typed, organization=typed))
    assert [b.name for b in services.directory.list_bodies()] == ["Совет"]
    assert [o.name for o in services.directory.list_organizations()] == ["Совет"]
    services.meetings.save(replace(meeting, body="", organization=""))
    assert services.directory.list_bodies() == []


def test_a_body_filled_in_stays_when_its_meetings_move_away(services, council, make_meeting):
    meeting = services.meetings.create(make_meeting(body=COUNCIL))
    services.meetings.save(replace(meeting, body="Другой совет"))
    assert [b.name for b in services.directory.list_bodies()] == ["Другой совет", COUNCIL]


def test_new_people_of_a_meeting_take_degree_and_rank_but_stored_ones_stay(services,
                                                                           make_meeting):
    services.directory.save_person(Person("Когамов", "Марат", "Чингизович",
                                          position="председатель"))
    services.meetings.create(make_meeting(attendees=(
        Attendee(name="Когамов Марат Чингизович", role=Role.CHAIR, position="эксперт",
                 degree="д.ю.н."),
        Attendee(name="Букреев Виктор", position="заместитель", degree="к.ю.н.",
                 rank="полковник полиции"),
    ), agenda=(AgendaItem("Разное", decisions=(Decision("Принять", actions=(
        ActionItem("Сделать", ("Букреев Виктор",)),)),)),)))
    stored = services.directory.find_person("когамов марат чингизович")
    assert (stored.position, stored.degree) == ("председатель", "")
    new = services.directory.find_person("Букреев Виктор")
    assert (new.position, new.degree, new.rank) == ("заместитель", "к.ю.н.",
                                                    "полковник полиции")
