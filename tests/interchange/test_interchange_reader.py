"""parse_document reads the documented example and what a person may write into the domain."""

import json
from datetime import date, time

from interchange_example import EXAMPLE, example, two_meetings

from minutes_app.domain import Attendee, Language, Outcome, Role, Status, Vote
from minutes_app.interchange import parse_document


def test_the_documented_example_reads_into_the_domain() -> None:
    (meeting,) = parse_document(EXAMPLE.encode())
    assert meeting.title == "заседания Общественного совета по вопросам ..."
    assert meeting.date == date(2026, 3, 15)
    assert (meeting.start_time, meeting.end_time) == (time(10, 0), time(12, 30))
    assert meeting.language is Language.RU and meeting.status is Status.DRAFT
    assert meeting.chair is not None and meeting.chair.name == "Иванов Иван Иванович"
    assert meeting.chair.position == "председатель совета"
    absent = meeting.attendees[2]
    assert (absent.present, absent.absence_reason) == (False, "командировка")
    assert meeting.attendees[3] == Attendee(group="представители НПО", count=12, role=Role.INVITED)
    (item,) = meeting.agenda
    assert item.presenters == ("Иванов Иван Иванович",)
    assert [s.speaker for s in item.heard + item.discussion] == [
        "Иванов Иван Иванович",
        "Сидоров Пётр",
    ]
    (decision,) = item.decisions
    assert decision.vote == Vote(for_=18, against=0, abstained=2)
    assert decision.outcome is None and decision.result is Outcome.ADOPTED
    (action,) = decision.actions
    assert action.responsible == ("Петрова Анна Сергеевна",)
    assert (action.due, action.done) == (date(2026, 4, 1), False)


def test_minimal_meeting_takes_the_documented_defaults() -> None:
    meeting = '{"title": "T", "date": "2026-01-05"}'
    text = f'{{"format": "minutes-json", "version": 1, "meetings": [{meeting}]}}'
    (meeting,) = parse_document(text)
    assert (meeting.kind, meeting.body, meeting.number, meeting.place, meeting.notes) == ("",) * 5
    assert meeting.start_time is None and meeting.end_time is None
    assert meeting.language is Language.RU and meeting.status is Status.DRAFT
    assert meeting.attendees == () and meeting.agenda == ()


def test_explicit_default_values_read_the_same_as_omitted_ones() -> None:
    explicit = example()
    person = explicit["meetings"][0]["attendees"][1]
    person.update(present=True, absence_reason="", position="", organization="")
    explicit["meetings"][0]["agenda"][0]["decisions"][0]["actions"][0].pop("done")
    implicit = example()
    implicit["meetings"][0]["attendees"][1].pop("role")
    implicit["meetings"][0]["attendees"][1]["role"] = "secretary"
    assert parse_document(json.dumps(explicit)) == parse_document(json.dumps(implicit))


def test_empty_list_of_meetings_is_a_valid_document() -> None:
    assert parse_document('{"format": "minutes-json", "version": 1, "meetings": []}') == []


def test_byte_order_mark_is_accepted() -> None:
    assert parse_document(b"\xef\xbb\xbf" + EXAMPLE.encode()) == parse_document(EXAMPLE)


def test_person_names_are_whitespace_normalised_but_text_is_kept_verbatim() -> None:
    document = example()
    meeting = document["meetings"][0]
    meeting["attendees"][0]["name"] = "  Иванов \t Иван\u00a0Иванович\n"
    meeting["agenda"][0]["presenters"] = ["Иванов   Иван"]
    text = "Строка 1\nСтрока 2\r\n\t👩🏽‍💻 مرحبا שלום e\u0301 \u200f Қазақ ғ ү ң\x0b"
    meeting["notes"] = text
    meeting["title"] = "  " + text
    (parsed,) = parse_document(json.dumps(document, ensure_ascii=False))
    assert parsed.attendees[0].name == "Иванов Иван Иванович"
    assert parsed.agenda[0].presenters == ("Иванов Иван",)
    assert parsed.notes == text
    assert parsed.title == "  " + text


def test_votes_unanimous_partial_counts_and_explicit_outcome() -> None:
    document = example()
    decisions = document["meetings"][0]["agenda"][0]["decisions"]
    decisions[0]["vote"] = "unanimous"
    decisions.append({"text": "Б", "vote": {"against": 3}, "outcome": "adopted"})
    decisions.append({"text": "В", "vote": {}})
    decisions.append({"text": "Г"})
    parsed = parse_document(json.dumps(document))[0].agenda[0].decisions
    assert parsed[0].vote == Vote(unanimous=True)
    assert parsed[1].vote == Vote(against=3) and parsed[1].outcome is Outcome.ADOPTED
    assert parsed[2].vote == Vote() and parsed[2].outcome is None
    assert parsed[3].vote is None and parsed[3].result is Outcome.ADOPTED


def test_same_number_of_one_body_in_one_year_is_allowed() -> None:
    meetings = parse_document(json.dumps(two_meetings()))
    assert meetings[0] == meetings[1]
