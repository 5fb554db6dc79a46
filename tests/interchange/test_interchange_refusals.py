"""parse_document refuses every kind of bad input with one line naming the JSON path of the
first problem."""

import json
from collections.abc import Callable
from typing import Any

import pytest
from interchange_example import EXAMPLE, example, refusal, two_meetings

from minutes_app.interchange import parse_document


def edit(change: Callable[[dict[str, Any]], object]) -> str:
    """The example with `change` applied to its first meeting, as JSON text."""
    document = example()
    change(document["meetings"][0])
    return json.dumps(document, ensure_ascii=False)


def attendee(i: int, **values: object) -> Callable[[dict[str, Any]], object]:
    return lambda m: m["attendees"][i].update(values)


def drop(key: str) -> Callable[[dict[str, Any]], object]:
    return lambda m: m.pop(key)


DECISION = "meetings[0].agenda[0].decisions[0]"


def decision(**values: object) -> Callable[[dict[str, Any]], object]:
    return lambda m: m["agenda"][0]["decisions"][0].update(values)


def vote(**values: object) -> Callable[[dict[str, Any]], object]:
    return lambda m: m["agenda"][0]["decisions"][0]["vote"].update(values)


def action(**values: object) -> Callable[[dict[str, Any]], object]:
    return lambda m: m["agenda"][0]["decisions"][0]["actions"][0].update(values)


INVALID_MEETINGS = {
    # unknown keys
    "typo in an attendee's key": (
        attendee(3, nmae="x"),
        'meetings[0].attendees[3]: unknown key "nmae"',
    ),
    "database id": (lambda m: m.update(id=7), 'meetings[0]: unknown key "id"'),
    "unknown key in a vote": (vote(yes=1), f'{DECISION}.vote: unknown key "yes"'),
    # wrong types
    "number as an integer": (
        lambda m: m.update(number=3),
        "meetings[0].number: expected a string, not 3",
    ),
    "title as null": (
        lambda m: m.update(title=None),
        "meetings[0].title: expected a string, not null",
    ),
    "bool as a head count": (
        attendee(3, count=True),
        "meetings[0].attendees[3].count: expected a whole number, not true",
    ),
    "head count as a string": (
        attendee(3, count="12"),
        'meetings[0].attendees[3].count: expected a whole number, not "12"',
    ),
    "present as a string": (
        attendee(2, present="no"),
        'meetings[0].attendees[2].present: expected true or false, not "no"',
    ),
    "attendees as an object": (
        lambda m: m.update(attendees={}),
        "meetings[0].attendees: expected a list, not an object",
    ),
    "attendee as a string": (
        lambda m: m["attendees"].append("Иванов"),
        'meetings[0].attendees[4]: expected an object, not "Иванов"',
    ),
    "presenter as a number": (
        lambda m: m["agenda"][0].update(presenters=[1]),
        "meetings[0].agenda[0].presenters[0]: expected a string, not 1",
    ),
    "vote as a word": (
        decision(vote="yes"),
        f'{DECISION}.vote: expected {{"for", "against", "abstained"}} or "unanimous", not "yes"',
    ),
    "done as 0": (action(done=0), f"{DECISION}.actions[0].done: expected true or false, not 0"),
    "language not offered": (
        lambda m: m.update(language="de"),
        'meetings[0].language: "de" is not one of "ru", "kk", "en"',
    ),
    "status not offered": (
        lambda m: m.update(status="final"),
        'meetings[0].status: "final" is not one of "draft", "approved"',
    ),
    "role not offered": (
        attendee(1, role="boss"),
        'meetings[0].attendees[1].role: "boss" is not one of '
        '"chair", "secretary", "member", "invited"',
    ),
    "outcome not offered": (
        decision(outcome="passed"),
        f'{DECISION}.outcome: "passed" is not one of "adopted", "rejected"',
    ),
    "half a character": (
        lambda m: m.update(notes="a\ud800b"),
        "meetings[0].notes: contains \\ud800, half of a character (a lone surrogate)",
    ),
    # missing required keys and empty required strings
    "no title": (drop("title"), 'meetings[0]: missing key "title"'),
    "no date": (drop("date"), 'meetings[0]: missing key "date"'),
    "empty title": (lambda m: m.update(title=""), "meetings[0].title: must not be empty"),
    "blank title": (lambda m: m.update(title=" \n "), "meetings[0].title: must not be empty"),
    "blank name": (attendee(0, name="   "), "meetings[0].attendees[0].name: must not be empty"),
    "empty group": (attendee(3, group=""), "meetings[0].attendees[3].group: must not be empty"),
    "agenda item without title": (
        lambda m: m["agenda"][0].pop("title"),
        'meetings[0].agenda[0]: missing key "title"',
    ),
    "empty decision": (decision(text=""), f"{DECISION}.text: must not be empty"),
    "empty task": (action(task=" "), f"{DECISION}.actions[0].task: must not be empty"),
    "empty responsible name": (
        action(responsible=["Петрова Анна", ""]),
        f"{DECISION}.actions[0].responsible[1]: must not be empty",
    ),
    # dates and times
    "30 February": (
        lambda m: m.update(date="2026-02-30"),
        "meetings[0].date: 2026-02-30 is not a date",
    ),
    "day first": (
        lambda m: m.update(date="15.03.2026"),
        'meetings[0].date: "15.03.2026" is not a date in the form YYYY-MM-DD',
    ),
    "date with time": (
        lambda m: m.update(date="2026-03-15T10:00"),
        'meetings[0].date: "2026-03-15T10:00" is not a date in the form YYYY-MM-DD',
    ),
    "year 0": (lambda m: m.update(date="0000-01-01"), "meetings[0].date: 0000-01-01 is not a date"),
    "month 13 due": (
        action(due="2026-13-01"),
        f"{DECISION}.actions[0].due: 2026-13-01 is not a date",
    ),
    "25:61": (
        lambda m: m.update(start_time="25:61"),
        "meetings[0].start_time: 25:61 is not a time",
    ),
    "24:00": (lambda m: m.update(end_time="24:00"), "meetings[0].end_time: 24:00 is not a time"),
    "9:00": (
        lambda m: m.update(start_time="9:00"),
        'meetings[0].start_time: "9:00" is not a time in the form HH:MM',
    ),
    "seconds": (
        lambda m: m.update(start_time="10:00:00"),
        'meetings[0].start_time: "10:00:00" is not a time in the form HH:MM',
    ),
    "end before start": (
        lambda m: m.update(start_time="14:00", end_time="09:30"),
        "meetings[0].end_time: end time 09:30 is before start time 14:00",
    ),
    # roles
    "two chairs": (
        attendee(2, role="chair"),
        "meetings[0].attendees[2].role: a meeting has at most one chair",
    ),
    "two secretaries": (
        attendee(3, role="secretary"),
        "meetings[0].attendees[3].role: a meeting has at most one secretary",
    ),
    # votes
    "negative vote": (
        vote(against=-1),
        f"{DECISION}.vote.against: -1 is not a whole number of 0 or more",
    ),
    "fractional vote": (
        vote(abstained=2.5),
        f"{DECISION}.vote.abstained: expected a whole number, not 2.5",
    ),
    "2.0 votes": (vote(**{"for": 2.0}), f"{DECISION}.vote.for: expected a whole number, not 2.0"),
    "bool vote": (
        vote(**{"for": False}),
        f"{DECISION}.vote.for: expected a whole number, not false",
    ),
    "absurd vote": (vote(**{"for": 10**12}), f"{DECISION}.vote.for: 1000000000000 is too large"),
    # persons and groups
    "group without head count": (
        lambda m: m["attendees"][3].pop("count"),
        'meetings[0].attendees[3]: a group needs a head count ("count")',
    ),
    "zero head count": (
        attendee(3, count=0),
        "meetings[0].attendees[3].count: 0 is not a whole number of 1 or more",
    ),
    "count without group": (
        attendee(1, count=2),
        "meetings[0].attendees[1].count: a head count belongs only to a group",
    ),
    "name and group both": (
        attendee(3, name="Иванов Иван"),
        'meetings[0].attendees[3]: either "name" (a person) or "group" (with "count"), not both',
    ),
    "neither name nor group": (
        lambda m: m["attendees"][1].pop("name"),
        'meetings[0].attendees[1]: missing key "name" (a person) or "group" (with "count")',
    ),
    "absence reason while present": (
        attendee(1, absence_reason="болезнь"),
        "meetings[0].attendees[1].absence_reason: an absence reason is only for someone absent "
        "(present: false)",
    ),
    "absence reason with present true": (
        attendee(2, present=True),
        "meetings[0].attendees[2].absence_reason: an absence reason is only for someone absent "
        "(present: false)",
    ),
}


@pytest.mark.parametrize(
    ("change", "expected"), INVALID_MEETINGS.values(), ids=INVALID_MEETINGS.keys()
)
def test_invalid_meeting_is_refused_with_its_path(change: Any, expected: str) -> None:
    assert refusal(edit(change)) == expected


def test_only_the_first_problem_is_reported_in_document_order() -> None:
    document = two_meetings()
    document["meetings"][0]["number"] = 3
    document["meetings"][1]["date"] = "2026-02-30"
    assert refusal(json.dumps(document)) == "meetings[0].number: expected a string, not 3"


def test_a_bad_second_meeting_is_named_with_its_index() -> None:
    document = two_meetings()
    document["meetings"][1]["date"] = "2026-02-30"
    assert refusal(json.dumps(document)) == "meetings[1].date: 2026-02-30 is not a date"


INVALID_DOCUMENTS = {
    "wrong format": (
        lambda d: d.update(format="minutes-xml"),
        'format: unsupported format "minutes-xml", expected "minutes-json"',
    ),
    "newer version": (
        lambda d: d.update(version=3),
        "version: unsupported version 3, this program reads versions 1 and 2",
    ),
    "version as a string": (
        lambda d: d.update(version="1"),
        'version: unsupported version "1", this program reads versions 1 and 2',
    ),
    "version as true": (
        lambda d: d.update(version=True),
        "version: unsupported version true, this program reads versions 1 and 2",
    ),
    "no format": (lambda d: d.pop("format"), 'document: missing key "format"'),
    "no meetings": (lambda d: d.pop("meetings"), 'document: missing key "meetings"'),
    "meetings as an object": (
        lambda d: d.update(meetings={}),
        "meetings: expected a list, not an object",
    ),
    "unknown top-level key": (lambda d: d.update(meeting=[]), 'document: unknown key "meeting"'),
}


@pytest.mark.parametrize(
    ("change", "expected"), INVALID_DOCUMENTS.values(), ids=INVALID_DOCUMENTS.keys()
)
def test_invalid_document_is_refused_with_its_path(change: Any, expected: str) -> None:
    document = example()
    change(document)
    assert refusal(json.dumps(document)) == expected


def test_document_that_is_not_an_object_is_refused() -> None:
    assert refusal("[]") == "document: expected an object, not a list"


def test_key_given_twice_is_refused_with_the_path_of_its_object() -> None:
    twice = EXAMPLE.replace('"role": "secretary"', '"role": "secretary", "role": "member"')
    assert refusal(twice) == 'meetings[0].attendees[1]: key "role" is given twice'
    at_top = EXAMPLE.replace('"version": 1,', '"version": 1, "version": 1,')
    assert refusal(at_top) == 'document: key "version" is given twice'


def test_invalid_json_names_line_and_column() -> None:
    broken = EXAMPLE.replace('"place": "г. Кокшетау",', '"place": "г. Кокшетау"')
    line = EXAMPLE.splitlines().index('      "language": "ru",') + 1
    assert refusal(broken) == f"invalid JSON at line {line}, column 7: Expecting ',' delimiter"


def test_truncated_and_empty_documents_are_refused() -> None:
    truncated = EXAMPLE[: EXAMPLE.index("Общественный совет ...") + 3]
    assert refusal(truncated) == (
        "invalid JSON at line 8, column 23: Unterminated string starting at"
    )
    assert refusal(b"") == "the document is empty"
    assert refusal(b"\xef\xbb\xbf \n") == "the document is empty"


def test_bytes_that_are_not_utf8_are_refused() -> None:
    cp1251 = EXAMPLE.encode("cp1251", errors="replace")
    assert refusal(cp1251) == "the file is not UTF-8 text: byte 0xe7 on line 6"
    assert refusal(EXAMPLE.encode("utf-16")).startswith("the file is not UTF-8 text: byte 0xff")


def test_deeply_nested_json_is_refused_without_crashing() -> None:
    assert refusal("[" * 100_000 + "]" * 100_000) == (
        "invalid JSON: the document is nested too deeply"
    )


def test_long_bad_value_is_shortened_in_the_message() -> None:
    message = refusal(edit(lambda m: m.update(date="x" * 100_000)))
    assert message == f'meetings[0].date: "{"x" * 60}…" is not a date in the form YYYY-MM-DD'


def test_heard_entry_without_text_is_kept() -> None:
    # The editor saves an entry once its speaker is chosen, before any text is typed.
    document = (
        '{"format": "minutes-json", "version": 1, "meetings": [{"title": "t", '
        '"date": "2026-03-15", "agenda": [{"title": "О бюджете", '
        '"heard": [{"speaker": "Иванов Иван"}]}]}]}'
    )
    (meeting,) = parse_document(document)
    assert meeting.agenda[0].heard[0].speaker == "Иванов Иван"
    assert meeting.agenda[0].heard[0].text == ""
