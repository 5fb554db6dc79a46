from dataclasses import replace

import pytest

from minutes_app.domain import (
    Attendee,
    Body,
    DomainError,
    Member,
    Organization,
    Person,
    QuorumKind,
    QuorumRule,
    quorum_status,
)
from minutes_app.services import ServiceError

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
