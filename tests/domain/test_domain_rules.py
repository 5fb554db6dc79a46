"""The rules of a meeting record, without a database."""

from dataclasses import replace
from datetime import date, time

import pytest

from minutes_app.domain import (
    AgendaItem,
    Attendee,
    Decision,
    DomainError,
    Meeting,
    Outcome,
    QuorumKind,
    QuorumRule,
    Role,
    Vote,
    next_number,
    quorum_status,
    validate_meeting,
    votes_beyond_present,
    voting_present,
)


def _meeting(**changes) -> Meeting:
    return replace(Meeting(title="Заседание совета", date=date(2026, 3, 15)), **changes)


@pytest.mark.parametrize("role", [Role.CHAIR, Role.SECRETARY])
def test_at_most_one_chair_and_one_secretary(role):
    one = (Attendee(name="Иванов Иван", role=role), Attendee(name="Петров Пётр"))
    validate_meeting(_meeting(attendees=one))
    two = (*one, Attendee(name="Сидоров Сидор", role=role))
    with pytest.raises(DomainError) as error:
        validate_meeting(_meeting(attendees=two))
    assert error.value.field == "attendees[2].role"


def test_a_chair_and_a_secretary_together_are_fine():
    meeting = _meeting(attendees=(Attendee(name="Иванов Иван", role=Role.CHAIR),
                                  Attendee(name="Петров Пётр", role=Role.SECRETARY)))
    validate_meeting(meeting)
    assert meeting.chair.name == "Иванов Иван" and meeting.secretary.name == "Петров Пётр"


@pytest.mark.parametrize("counts", [(-1, 0, 0), (0, -2, 0), (0, 0, -3), (1.5, 0, 0),
                                    ("3", 0, 0), (True, 0, 0), (None, 0, 0)])
def test_vote_counts_are_whole_numbers_of_zero_or_more(counts):
    with pytest.raises(DomainError):
        Vote(*counts)


def test_a_unanimous_vote_has_no_counts():
    assert Vote(unanimous=True).outcome is Outcome.ADOPTED
    with pytest.raises(DomainError) as error:
        Vote(3, 0, 0, unanimous=True)
    assert error.value.field == "vote"


@pytest.mark.parametrize(("vote", "outcome", "result"), [
    (Vote(5, 4, 0), None, Outcome.ADOPTED),
    (Vote(4, 4, 2), None, Outcome.REJECTED),  # a tie does not carry
    (Vote(0, 0, 0), None, Outcome.REJECTED),
    (None, None, Outcome.ADOPTED),  # no vote: adopted
    (Vote(2, 5, 0), Outcome.ADOPTED, Outcome.ADOPTED),  # set by hand, it wins
    (None, Outcome.REJECTED, Outcome.REJECTED),
])
def test_the_result_of_a_decision(vote, outcome, result):
    assert Decision("Принять", vote=vote, outcome=outcome).result is result


def _voting(cast: int) -> Meeting:
    return _meeting(
        attendees=(Attendee(name="Иванов Иван", role=Role.CHAIR),
                   Attendee(name="Петров Пётр"),
                   Attendee(name="Гость Гостев", role=Role.INVITED),
                   Attendee(name="Сидоров Сидор", present=False, absence_reason="болезнь")),
        agenda=(AgendaItem("Вопрос", decisions=(Decision("Решили", vote=Vote(cast)),)),),
    )


def test_more_votes_than_members_present_is_a_warning_not_an_error():
    meeting = _voting(3)
    validate_meeting(meeting)  # the record may still be right (a proxy vote, a late arrival)
    assert voting_present(meeting.attendees) == 2  # not the guest, not the absent member
    (warning,) = votes_beyond_present(meeting)
    assert (warning.decision, warning.cast, warning.present) == ("1.1", 3, 2)
    assert votes_beyond_present(_voting(2)) == []


def test_a_group_counts_by_its_head_count():
    group = Attendee(group="члены совета из регионов", count=12)
    assert voting_present([group, Attendee(name="Иванов Иван")]) == 13


@pytest.mark.parametrize(("start", "end", "ok"), [
    (time(10, 0), time(12, 30), True),
    (time(10, 0), time(10, 0), True),
    (time(10, 0), time(9, 59), False),
    (None, time(9, 0), True),
    (time(10, 0), None, True),
])
def test_the_end_is_not_before_the_start(start, end, ok):
    meeting = _meeting(start_time=start, end_time=end)
    if ok:
        validate_meeting(meeting)
    else:
        with pytest.raises(DomainError, match="09:59 is before start time 10:00") as error:
            validate_meeting(meeting)
        assert error.value.field == "end_time"


@pytest.mark.parametrize(("meeting", "field"), [
    (_meeting(title="  "), "title"),
    (_meeting(agenda=(AgendaItem("Первый"), AgendaItem(" "))), "agenda[1].title"),
    (_meeting(agenda=(AgendaItem("Вопрос", decisions=(Decision(""),)),)),
     "agenda[0].decisions[0].text"),
])
def test_required_texts_are_not_blank(meeting, field):
    with pytest.raises(DomainError) as error:
        validate_meeting(meeting)
    assert error.value.field == field


@pytest.mark.parametrize(("attendee", "field"), [
    ({"name": "Иванов Иван", "group": "НПО", "count": 3}, "name"),
    ({}, "name"),
    ({"group": "НПО"}, "count"),
    ({"group": "НПО", "count": 0}, "count"),
    ({"group": "НПО", "count": True}, "count"),
    ({"name": "Иванов Иван", "count": 2}, "count"),
    ({"name": "Иванов Иван", "absence_reason": "болезнь"}, "absence_reason"),
])
def test_an_attendee_is_a_person_or_a_counted_group(attendee, field):
    with pytest.raises(DomainError) as error:
        Attendee(**attendee)
    assert error.value.field == field


ROSTER_9 = [f"Член{n} Имя{n} Отчество{n}" for n in range(1, 10)]


def _present(names, roster=ROSTER_9):
    return [Attendee(name=name) for name in roster[:names]]


@pytest.mark.parametrize(("rule", "members", "required"), [
    (QuorumRule(QuorumKind.MAJORITY), 9, 5),
    (QuorumRule(QuorumKind.MAJORITY), 10, 6),  # more than half
    (QuorumRule(QuorumKind.TWO_THIRDS), 9, 6),
    (QuorumRule(QuorumKind.TWO_THIRDS), 10, 7),  # at least two thirds, rounded up
    (QuorumRule(QuorumKind.TWO_THIRDS), 3, 2),
    (QuorumRule(QuorumKind.COUNT, 4), 9, 4),
])
def test_the_quorum_rule_gives_the_number_required(rule, members, required):
    assert rule.required(members) == required


def test_quorum_from_roster_and_attendance():
    rule = QuorumRule(QuorumKind.MAJORITY)
    assert quorum_status(ROSTER_9, rule, _present(4)).reached is False
    status = quorum_status(ROSTER_9, rule, _present(5))
    assert (status.present, status.members, status.required, status.reached) == (5, 9, 5, True)
    assert quorum_status(ROSTER_9, QuorumRule(QuorumKind.TWO_THIRDS), _present(5)).reached is False
    assert quorum_status(ROSTER_9, QuorumRule(QuorumKind.COUNT, 3), _present(3)).reached


def test_only_roster_members_marked_present_count():
    attendees = [
        *_present(4),
        Attendee(name=ROSTER_9[4], present=False, absence_reason="отпуск"),
        Attendee(name="Гость Гостев", role=Role.INVITED),
        Attendee(group="жители района", count=30, role=Role.INVITED),
    ]
    assert quorum_status(ROSTER_9, QuorumRule(), attendees).present == 4


def test_roster_names_match_whatever_the_case_spacing_and_yo():
    roster = ["Ёлкин Пётр Семёнович", "Тұрсынбаев Ерлан Қайратұлы"]
    attendees = [Attendee(name="ЕЛКИН  петр семенович"),
                 Attendee(name="ТҰРСЫНБАЕВ Ерлан Қайратұлы ")]
    assert quorum_status(roster, QuorumRule(QuorumKind.TWO_THIRDS), attendees).present == 2


@pytest.mark.parametrize(("numbers", "expected"), [
    ([], "1"),
    (["1", "2", "3"], "4"),
    (["9", "12-п", "10"], "13"),
    (["  7 "], "8"),
    (["б/н", "", "№"], "1"),
    (["5", "5"], "6"),  # a number used twice still moves on once
])
def test_the_next_protocol_number(numbers, expected):
    assert next_number(numbers) == expected
