"""A text field longer than 1,000,000 characters is refused with its path; 100,000 is fine."""

import json

import pytest
from interchange_example import example, refusal

from minutes_app.domain import MAX_TEXT_LENGTH
from minutes_app.interchange import parse_document


def test_the_limit_is_a_million_characters():
    assert MAX_TEXT_LENGTH == 1_000_000


def _with_decision_text(text: str) -> str:
    document = example()
    agenda = document["meetings"][0]["agenda"]
    while len(agenda) < 3:
        agenda.append({"title": f"Вопрос {len(agenda) + 1}", "decisions": [{"text": "Принять"}]})
    agenda[2]["decisions"] = [{"text": text}]
    return json.dumps(document, ensure_ascii=False)


def test_a_text_over_the_limit_is_refused_naming_its_place():
    message = refusal(_with_decision_text("ж" * (MAX_TEXT_LENGTH + 1)))
    assert message == ("meetings[0].agenda[2].decisions[0].text: "
                       "longer than 1,000,000 characters")


@pytest.mark.parametrize("length", [100_000, MAX_TEXT_LENGTH])
def test_long_texts_up_to_the_limit_are_read_whole(length):
    (meeting,) = parse_document(_with_decision_text("ж" * length))
    assert len(meeting.agenda[2].decisions[0].text) == length


@pytest.mark.parametrize("key", ["title", "notes", "place"])
def test_every_text_field_has_the_limit(key):
    document = example()
    document["meetings"][0][key] = "x" * (MAX_TEXT_LENGTH + 1)
    assert refusal(json.dumps(document)) == (
        f"meetings[0].{key}: longer than 1,000,000 characters")
