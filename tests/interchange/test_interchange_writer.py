"""dump_document writes what docs/interchange.md documents: its keys, in its order, nothing
else (version 2; a meeting without texts in other languages reads as in version 1)."""

import json
from dataclasses import replace
from datetime import date, time
from typing import Any

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Decision,
    Meeting,
    Outcome,
    Role,
    Statement,
    Vote,
)
from minutes_app.interchange import dump_document, parse_document
from minutes_app.interchange.schema import (
    ACTION_KEYS,
    AGENDA_KEYS,
    DECISION_KEYS,
    MEETING_KEYS,
    STATEMENT_KEYS,
)

FULL = Meeting(
    id=41,
    title="заседания Общественного совета",
    date=date(2026, 3, 15),
    kind="заседание",
    organization="Акимат",
    body="Общественный совет",
    number="3",
    start_time=time(10, 0),
    end_time=time(12, 30),
    place="г. Кокшетау",
    notes="строка 1\nстрока 2",
    attendees=(
        Attendee(name="Иванов Иван Иванович", role=Role.CHAIR, position="председатель"),
        Attendee(name="Сидоров Пётр", present=False, absence_reason="командировка"),
        Attendee(group="представители НПО", count=12, role=Role.INVITED),
    ),
    agenda=(
        AgendaItem(
            title="О бюджете",
            presenters=("Иванов Иван Иванович",),
            heard=(Statement(text="доклад", speaker="Иванов Иван Иванович"),),
            discussion=(Statement(text="реплика без автора"),),
            decisions=(
                Decision(
                    text="Принять",
                    vote=Vote(for_=18, abstained=2),
                    actions=(ActionItem(task="Подготовить", responsible=("Сидоров Пётр",)),),
                ),
                Decision(text="Отклонить", vote=Vote(unanimous=True), outcome=Outcome.REJECTED),
                Decision(text="Без голосования"),
            ),
        ),
    ),
)


def dumped(meeting: Meeting) -> dict[str, Any]:
    document = json.loads(dump_document([meeting]))
    assert list(document) == ["format", "version", "meetings"]
    assert (document["format"], document["version"]) == ("minutes-json", 2)
    return document["meetings"][0]


def in_documented_order(obj: dict[str, Any], keys: tuple[str, ...]) -> bool:
    return list(obj) == [key for key in keys if key in obj]


def test_keys_are_documented_and_in_the_documented_order() -> None:
    meeting = dumped(FULL)
    assert list(meeting) == [key for key in MEETING_KEYS if key != "approval"]  # a draft
    item = meeting["agenda"][0]
    assert list(item) == list(AGENDA_KEYS)
    for statement in item["heard"] + item["discussion"]:
        assert in_documented_order(statement, STATEMENT_KEYS)
    for decision in item["decisions"]:
        assert in_documented_order(decision, DECISION_KEYS)
    assert in_documented_order(item["decisions"][0]["actions"][0], ACTION_KEYS)
    assert list(item["decisions"][0]["vote"]) == ["for", "against", "abstained"]


def test_attendees_are_written_as_in_the_documented_example() -> None:
    assert dumped(FULL)["attendees"] == [
        {"name": "Иванов Иван Иванович", "position": "председатель", "role": "chair"},
        {
            "name": "Сидоров Пётр",
            "role": "member",
            "present": False,
            "absence_reason": "командировка",
        },
        {"group": "представители НПО", "count": 12, "role": "invited"},
    ]


def test_outcome_only_when_set_and_unanimous_as_a_word() -> None:
    decisions = dumped(FULL)["agenda"][0]["decisions"]
    assert decisions[0]["vote"] == {"for": 18, "against": 0, "abstained": 2}
    assert "outcome" not in decisions[0]
    assert (decisions[1]["vote"], decisions[1]["outcome"]) == ("unanimous", "rejected")
    assert "vote" not in decisions[2] and "outcome" not in decisions[2]


def test_missing_times_and_due_dates_are_left_out() -> None:
    meeting = dumped(replace(FULL, start_time=None, end_time=None))
    assert "start_time" not in meeting and "end_time" not in meeting
    action = meeting["agenda"][0]["decisions"][0]["actions"][0]
    assert action == {"task": "Подготовить", "responsible": ["Сидоров Пётр"], "done": False}


def test_no_database_ids_or_row_keys_are_written() -> None:
    text = dump_document([FULL])
    assert '"id"' not in text and '"key"' not in text
    assert FULL.attendees[0].key not in text


def test_text_is_readable_utf8_with_two_space_indent() -> None:
    text = dump_document([FULL])
    assert "заседания Общественного совета" in text  # not \\u escapes
    assert text.startswith('{\n  "format": "minutes-json",\n  "version": 2,\n  "meetings": [\n')
    assert text.endswith("}\n")


def test_the_written_document_reads_back_equal() -> None:
    assert parse_document(dump_document([FULL, FULL])) == [FULL, FULL]


def test_no_meetings_is_a_valid_document() -> None:
    assert parse_document(dump_document([])) == []
