"""Bodies in the directory: every field kept, rosters checked, deleted and put back."""

from dataclasses import replace
from datetime import date

import pytest

from minutes_app.domain import (
    Body,
    DomainError,
    Member,
    Numbering,
    Organization,
    Person,
    QuorumKind,
    QuorumRule,
    Role,
    Translations,
)
from minutes_app.services import ServiceError

COUNCIL = Body(
    "Общественный совет МВД РК",
    members=(
        Member("Когамов Марат Чингисович", Role.CHAIR, date(2019, 1, 15)),
        Member("Петрова Анна Сергеевна", Role.SECRETARY, date(2019, 1, 15)),
        Member("Ким Ольга Викторовна", Role.MEMBER, date(2019, 1, 15), date(2022, 1, 15)),
        Member("Тұрсынбаев Ерлан Қайратұлы"),
    ),
    quorum=QuorumRule(QuorumKind.TWO_THIRDS),
    numbering=Numbering.CONTINUOUS,
    organization="Министерство внутренних дел Республики Казахстан",
    place="г. Астана",
    kind="заседание",
    letterhead="/home/secretary/blank.dotx",
    translations=Translations((("name", "kk", "ҚР ІІМ Қоғамдық кеңесі"),
                               ("name", "en", "Public Council of the MIA"),
                               ("place", "kk", "Астана қ."), ("kind", "kk", "отырыс"))),
)


def test_a_body_keeps_every_field(services):
    saved = services.directory.save_body(COUNCIL)
    assert saved == COUNCIL and saved.id is not None
    again = services.directory.get_body("общественный  СОВЕТ мвд рк")
    assert again == COUNCIL and again.id == saved.id
    assert again.name_in("kk") == "ҚР ІІМ Қоғамдық кеңесі"
    assert services.directory.list_bodies() == [COUNCIL]
    # Members are people of the directory.
    assert services.directory.find_person("ким ольга викторовна") is not None


def test_the_roster_follows_the_dates(services):
    saved = services.directory.save_body(COUNCIL)
    assert "Ким Ольга Викторовна" in saved.member_names_on(date(2021, 6, 1))
    assert "Ким Ольга Викторовна" not in saved.member_names_on(date(2022, 1, 16))
    assert "Когамов Марат Чингисович" not in saved.member_names_on(date(2018, 12, 31))


def test_saving_by_id_renames_and_changes_the_roster(services):
    saved = services.directory.save_body(COUNCIL)
    changed = replace(saved, name="Общественный совет", numbering=Numbering.YEARLY,
                      members=(Member("Петрова Анна Сергеевна", Role.CHAIR),
                               Member("Ли Анна", Role.SECRETARY)))
    stored = services.directory.save_body(changed)
    assert stored.id == saved.id
    assert services.directory.list_bodies() == [changed]
    assert services.directory.get_body(COUNCIL.name) is None


def test_a_chair_may_follow_another(services):
    succession = replace(COUNCIL, members=(
        Member("Когамов Марат Чингисович", Role.CHAIR, date(2019, 1, 15), date(2022, 1, 14)),
        Member("Ли Анна", Role.CHAIR, date(2022, 1, 15)),
    ))
    saved = services.directory.save_body(succession)
    assert saved == succession


@pytest.mark.parametrize(("members", "named", "path"), [
    ((Member("Ли Анна"), Member("ЛИ  анна", Role.SECRETARY)), "ЛИ анна", "members[1].person"),
    ((Member("Ли Анна", Role.CHAIR), Member("Ким Олег", Role.CHAIR, date(2020, 1, 1))),
     "Ли Анна and Ким Олег", "members[1].role"),
    ((Member("Ли Анна", Role.SECRETARY, date(2019, 1, 1), date(2022, 1, 1)),
      Member("Ким Олег", Role.SECRETARY, date(2022, 1, 1))),  # one day in common
     "Ли Анна and Ким Олег", "members[1].role"),
    ((Member("Ли Анна"), Member("  ")), "name", "members[1].person"),
])
def test_a_bad_roster_is_refused_and_nothing_is_written(services, members, named, path):
    stored = services.directory.save_body(COUNCIL)
    with pytest.raises(DomainError, match=named) as error:
        services.directory.save_body(replace(stored, members=members))
    assert error.value.field == path
    assert services.directory.get_body(COUNCIL.name) == COUNCIL
    assert services.directory.find_person("Ли Анна") is None  # no person added by the way


def test_a_membership_cannot_end_before_it_begins():
    with pytest.raises(DomainError, match="before it begins") as error:
        Member("Ли Анна", Role.MEMBER, date(2022, 1, 1), date(2021, 1, 1))
    assert error.value.field == "to"


def test_a_body_cannot_take_another_body_s_name(services):
    services.directory.save_body(COUNCIL)
    other = services.directory.save_body(Body("Комиссия по этике"))
    with pytest.raises(DomainError, match="already a body named Общественный совет МВД РК"):
        services.directory.save_body(replace(other, name="ОБЩЕСТВЕННЫЙ совет МВД РК"))
    assert services.directory.get_body("Комиссия по этике") == Body("Комиссия по этике")


def test_a_deleted_body_leaves_its_meetings_their_name_and_comes_back(services,
                                                                        make_meeting):
    saved = services.directory.save_body(COUNCIL)
    meeting = services.meetings.create(make_meeting(body=COUNCIL.name))
    deleted = services.directory.delete_body(saved.id)
    assert deleted == COUNCIL
    assert services.directory.list_bodies() == []
    assert services.meetings.get(meeting.id).body == COUNCIL.name
    restored = services.directory.save_body(deleted)  # the window's undo
    assert services.directory.list_bodies() == [COUNCIL]
    assert restored.id == saved.id
    with pytest.raises(ServiceError, match="no body with id 999"):
        services.directory.delete_body(999)


def test_organisations_are_listed_and_deleted(services):
    first = services.directory.save_organization(Organization("Акимат", name_kk="Әкімдік"))
    services.directory.save_organization(Organization("Министерство"))
    assert [o.name for o in services.directory.list_organizations()] == ["Акимат",
                                                                          "Министерство"]
    assert services.directory.delete_organization(first.id) == Organization("Акимат",
                                                                             name_kk="Әкімдік")
    assert [o.name for o in services.directory.list_organizations()] == ["Министерство"]
    with pytest.raises(ServiceError, match="no organisation with id"):
        services.directory.delete_organization(first.id)
    again = services.directory.save_organization(Organization("Акимат"))
    with pytest.raises(DomainError, match="already an organisation named Министерство"):
        services.directory.save_organization(replace(again, name="МИНИСТЕРСТВО"))
    assert services.directory.get_organization("Акимат") == Organization("Акимат")


def test_names_have_no_versions_in_other_languages(services):
    with pytest.raises(DomainError, match="'letterhead' has no versions") as error:
        services.directory.save_body(replace(COUNCIL, translations=Translations(
            (("letterhead", "kk", "бланк.docx"),))))
    assert error.value.field == "translations.letterhead"
    with pytest.raises(DomainError, match="'surname' has no versions"):
        services.directory.save_person(Person("Ли", translations=Translations(
            (("surname", "en", "Lee"),))))
    assert services.directory.list_bodies() == []
    assert services.directory.list_people() == []
