from dataclasses import replace
from datetime import date

import pytest

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Body,
    Decision,
    DomainError,
    Member,
    Organization,
    Person,
    QuorumKind,
    QuorumRule,
    Role,
    Translations,
    quorum_status,
)
from minutes_app.services import ServiceError
from minutes_app.services.errors import PersonNotFound

PEOPLE = [
    Person("Когамов", "Марат", "Чингизович", position="председатель", degree="д.ю.н."),
    Person("Тұрсынбаев", "Ерлан", "Қайратұлы", position="член совета"),
    Person("Петров-Водкин", "Кузьма", "Сергеевич"),
    Person("Ёлкин", "Олег"),
    Person("Smith", "John"),
]


@pytest.fixture
def people(services):
    return [services.directory.save_person(person) for person in PEOPLE]


def _surnames(found):
    return [person.surname for person in found]


def test_saved_people_come_back_with_ids(people):
    assert all(person.id for person in people)
    assert people == PEOPLE  # ids do not take part in equality


@pytest.mark.parametrize(("text", "expected"), [
    ("ког", ["Когамов"]),
    ("КОГАМОВ", ["Когамов"]),
    ("марат", ["Когамов"]),  # the given name
    ("чинг", ["Когамов"]),  # the patronymic
    ("ТҰРС", ["Тұрсынбаев"]),
    ("қайрат", ["Тұрсынбаев"]),
    ("петров-в", ["Петров-Водкин"]),
    ("елк", ["Ёлкин"]),
    ("ЁЛ", ["Ёлкин"]),
    ("smi", ["Smith"]),
    ("марат ког", ["Когамов"]),  # every word must begin some part
    ("амов", []),  # not the middle of a name
    ("ерлан марат", []),
])
def test_find_people_by_the_start_of_any_name_part(services, people, text, expected):
    assert _surnames(services.directory.find_people(text)) == expected


def test_empty_text_gives_the_first_people_by_surname(services, people):
    assert _surnames(services.directory.find_people("", limit=3)) == [
        "Smith", "Ёлкин", "Когамов"]
    assert services.directory.find_people("", limit=0) == []


@pytest.mark.parametrize("text", ["%", "_", "\\", "'", '"', "%ког", "к_г", "(", "*", "\x00"])
def test_find_people_takes_any_text(services, people, text):
    assert services.directory.find_people(text) == []


def test_saving_a_person_again_updates_the_one_entry(services, people):
    updated = services.directory.save_person(replace(people[0], position="член совета"))
    assert updated.id == people[0].id
    (found,) = services.directory.find_people("когамов")
    assert found.position == "член совета"


def test_a_new_person_with_a_stored_name_is_refused_not_written_over(services, people):
    with pytest.raises(DomainError, match="Когамов Марат Чингизович") as error:
        services.directory.save_person(Person("КОГАМОВ", "марат", "чингизович",
                                              position="эксперт"))
    assert error.value.field == "surname"
    assert services.directory.get_person(people[0].id) == people[0]  # position kept


def test_renaming_onto_another_person_or_saving_a_blank_name_is_refused(services, people):
    with pytest.raises(DomainError):
        services.directory.save_person(replace(people[0], surname="Smith", given_name="John",
                                               patronymic=""))
    with pytest.raises(DomainError) as error:
        services.directory.save_person(Person("  "))
    assert error.value.field == "surname"
    with pytest.raises(ServiceError, match="77"):
        services.directory.save_person(replace(people[0], id=77))


def test_a_body_keeps_its_roster_and_quorum_rule(services):
    body = Body("Общественный совет МВД",
                members=tuple(Member(n) for n in ("Когамов Марат Чингизович",
                                                  "Тұрсынбаев Ерлан Қайратұлы", "Ли Анна")),
                quorum=QuorumRule(QuorumKind.TWO_THIRDS))
    saved = services.directory.save_body(body)
    assert saved == body and saved.id is not None
    assert services.directory.get_body("ОБЩЕСТВЕННЫЙ совет мвд") == body
    assert services.directory.get_body("другой") is None
    assert services.directory.list_bodies() == [body]
    assert _surnames(services.directory.find_people("ли")) == ["Ли"]  # members are people


def test_changing_the_roster_replaces_it(services):
    services.directory.save_body(Body("Комиссия", members=(Member("Ли Анна"), Member("Ким Олег"))))
    changed = Body("КОМИССИЯ", members=(Member("Ким Олег"), Member("Нам Ирина"), Member("Ли Анна")),
                   quorum=QuorumRule(QuorumKind.COUNT, 2))
    services.directory.save_body(changed)
    assert services.directory.list_bodies() == [changed]


def test_a_bad_quorum_rule_or_name_is_refused(services):
    with pytest.raises(DomainError):
        services.directory.save_body(Body("Комиссия", quorum=QuorumRule(QuorumKind.COUNT, 0)))
    with pytest.raises(DomainError):
        services.directory.save_body(Body("Комиссия", quorum=QuorumRule(QuorumKind.COUNT, -1)))
    with pytest.raises(DomainError):
        services.directory.save_body(Body(" "))
    assert services.directory.list_bodies() == []


def test_quorum_of_a_meeting_from_the_stored_roster(services, make_meeting):
    roster = ("Когамов Марат Чингизович", "Петрова Анна Сергеевна",
              "Тұрсынбаев Ерлан Қайратұлы", "Сидоров Пётр", "Ли Анна")
    members = tuple(Member(n) for n in roster)
    services.directory.save_body(Body("Общественный совет МВД", members=members))
    meeting = services.meetings.create(make_meeting())
    body = services.directory.get_body(meeting.body)
    status = quorum_status(body.member_names_on(meeting.date), body.quorum,
                           meeting.attendees)
    assert (status.present, status.members, status.required, status.reached) == (3, 5, 3, True)
    absent = [Attendee(name=a.name, present=False, absence_reason="болезнь")
              if a.name.startswith("Петрова") else a for a in meeting.attendees]
    assert not quorum_status(body.member_names_on(meeting.date), body.quorum, absent).reached


def test_organizations_are_found_by_name_in_any_case(services):
    organization = Organization("Министерство внутренних дел", name_kk="Ішкі істер министрлігі",
                                name_en="Ministry of Internal Affairs", address="г. Астана")
    saved = services.directory.save_organization(organization)
    assert saved == organization and saved.id is not None
    assert services.directory.get_organization("МИНИСТЕРСТВО ВНУТРЕННИХ ДЕЛ") == organization
    moved = services.directory.save_organization(replace(saved, address="г. Кокшетау"))
    assert moved.id == saved.id
    assert services.directory.get_organization("министерство внутренних дел").address == (
        "г. Кокшетау")
    assert services.directory.get_organization("нет такой") is None
    with pytest.raises(DomainError):
        services.directory.save_organization(Organization(""))


# -- issue 8: the people directory ---------------------------------------------------------
COLONEL = Person("Букреев", "Виктор", position="заместитель начальника ДП",
                 organization="ДП Акмолинской области", degree="к.ю.н.",
                 rank="полковник полиции",
                 translations=Translations((("rank", "kk", "полиция полковнигі"),
                                            ("position", "en", "deputy head"))))


def test_a_person_keeps_degree_rank_and_translations(services):
    saved = services.directory.save_person(COLONEL)
    assert services.directory.get_person(saved.id) == COLONEL
    assert services.directory.find_person("  БУКРЕЕВ   виктор ") == COLONEL
    assert services.directory.find_person("Букреев") is None
    assert services.directory.find_person("") is None


def test_people_are_listed_by_surname_given_name_patronymic(services, people):
    # As find_people orders them: folded (ё as е), Latin before Cyrillic.
    assert [p.full_name for p in services.directory.list_people()] == [
        "John Smith", "Ёлкин Олег", "Когамов Марат Чингизович",
        "Петров-Водкин Кузьма Сергеевич", "Тұрсынбаев Ерлан Қайратұлы"]


def test_unknown_ids_are_refused(services):
    with pytest.raises(PersonNotFound, match="no person with id 5"):
        services.directory.get_person(5)
    with pytest.raises(PersonNotFound):
        services.directory.person_activity(5)
    with pytest.raises(PersonNotFound):
        services.directory.save_person(replace(COLONEL, id=5))
    assert services.directory.list_people() == []


def test_a_changed_name_with_an_id_renames_the_entry(services, people):
    renamed = services.directory.save_person(replace(people[3], surname="Елкин",
                                                     given_name="Олег"))
    assert renamed.id == people[3].id
    assert services.directory.get_person(people[3].id).surname == "Елкин"
    with pytest.raises(DomainError, match="already has Когамов Марат Чингизович"):
        services.directory.save_person(replace(people[3], surname="когамов", given_name="марат",
                                               patronymic="чингизович"))


def _meeting_with(make_meeting, day, number, attendees, responsible=()):
    item = AgendaItem("Разное", decisions=(Decision("Принять", actions=(
        ActionItem("Подготовить справку", tuple(responsible), due=date(2026, 5, 1)),)),))
    return make_meeting(date=day, number=number, attendees=tuple(attendees), agenda=(item,))


def test_a_person_s_meetings_and_tasks_newest_first(services, make_meeting):
    services.meetings.create(_meeting_with(
        make_meeting, date(2026, 1, 10), "1",
        [Attendee(name="Букреев Виктор", role=Role.CHAIR)], ["букреев  виктор"]))
    services.meetings.create(_meeting_with(
        make_meeting, date(2026, 2, 10), "2",
        [Attendee(name="Букреев Виктор", present=False, absence_reason="отпуск")]))
    services.meetings.create(_meeting_with(make_meeting, date(2026, 3, 10), "3",
                                           [Attendee(name="Ли Анна")], ["Букреев Виктор"]))
    person = services.directory.find_person("Букреев Виктор")
    activity = services.directory.person_activity(person.id)
    assert [(m.date, m.number, m.role, m.present) for m in activity.meetings] == [
        (date(2026, 2, 10), "2", Role.MEMBER, False), (date(2026, 1, 10), "1", Role.CHAIR, True)]
    assert [(t.meeting_date, t.number, t.task, t.done) for t in activity.tasks] == [
        (date(2026, 3, 10), "3", "Подготовить справку", False),
        (date(2026, 1, 10), "1", "Подготовить справку", False)]
    other = services.directory.find_person("Ли Анна")
    assert services.directory.person_activity(other.id).tasks == ()


def test_a_misspelt_name_is_corrected_and_keeps_its_meetings(services, make_meeting):
    meeting = services.meetings.create(_meeting_with(
        make_meeting, date(2026, 1, 10), "1", [Attendee(name="Букреева Виктор")],
        ["Букреева Виктор"]))
    corrected = services.directory.correct_name("букреева виктор", "Букреев Виктор")
    assert corrected.full_name == "Букреев Виктор"
    assert services.directory.find_person("Букреева Виктор") is None
    activity = services.directory.person_activity(corrected.id)
    assert [m.meeting_id for m in activity.meetings] == [meeting.id]
    assert len(activity.tasks) == 1  # typed with the old spelling in that meeting
    assert services.directory.correct_name("Нет Такого", "Кто-то") is None
    services.directory.save_person(Person("Ли", "Анна"))
    with pytest.raises(DomainError, match="already has Ли Анна"):
        services.directory.correct_name("Букреев Виктор", "ЛИ АННА")
    with pytest.raises(DomainError):
        services.directory.correct_name("Букреев Виктор", "  ")
    assert services.directory.get_person(corrected.id) == corrected
