"""The domain refuses a text beyond MAX_TEXT_LENGTH wherever it sits, naming the field."""

from datetime import date

import pytest

from minutes_app.domain import (
    MAX_TEXT_LENGTH,
    ActionItem,
    AgendaItem,
    Attendee,
    Decision,
    DomainError,
    Meeting,
    Statement,
    validate_meeting,
)

TOO_LONG = "ә" * (MAX_TEXT_LENGTH + 1)


def _meeting(**changes) -> Meeting:
    return Meeting(title="Заседание", date=date(2026, 3, 15), **changes)


@pytest.mark.parametrize(("meeting", "field"), [
    (_meeting(notes=TOO_LONG), "notes"),
    (_meeting(attendees=(Attendee(name="Иванов"), Attendee(name="Петров", position=TOO_LONG))),
     "attendees[1].position"),
    (_meeting(agenda=(AgendaItem("Первый"), AgendaItem("Второй"), AgendaItem(
        "Третий", decisions=(Decision(TOO_LONG),)))), "agenda[2].decisions[0].text"),
    (_meeting(agenda=(AgendaItem("Первый", heard=(Statement(TOO_LONG),)),)),
     "agenda[0].heard[0].text"),
    (_meeting(agenda=(AgendaItem("Первый", decisions=(Decision(
        "Принять", actions=(ActionItem("Сделать", responsible=(TOO_LONG,)),)),)),)),
     "agenda[0].decisions[0].actions[0].responsible[0]"),
])
def test_a_text_over_the_limit_is_refused_with_its_field(meeting, field):
    with pytest.raises(DomainError) as error:
        validate_meeting(meeting)
    assert error.value.field == field
    assert error.value.message == "longer than 1,000,000 characters"


def test_a_long_statement_of_100_000_characters_is_fine():
    validate_meeting(_meeting(notes="ә" * 100_000,
                              agenda=(AgendaItem("Первый", heard=(Statement("ә" * 100_000),)),)))
