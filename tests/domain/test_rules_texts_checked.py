"""validate_meeting(texts_checked=True): the caller (the JSON reader) has checked each text's
length as it read it; the other rules of a whole meeting are still checked."""

from datetime import date, time

import pytest

from minutes_app.domain import (
    MAX_TEXT_LENGTH,
    Attendee,
    DomainError,
    Meeting,
    Role,
    validate_meeting,
)

TOO_LONG = "ә" * (MAX_TEXT_LENGTH + 1)


def test_the_texts_are_walked_unless_the_caller_checked_them():
    meeting = Meeting(title="Заседание", date=date(2026, 3, 15), notes=TOO_LONG)
    with pytest.raises(DomainError) as error:
        validate_meeting(meeting)
    assert error.value.field == "notes"
    validate_meeting(meeting, texts_checked=True)  # not walked: the caller's word is taken


@pytest.mark.parametrize(("changes", "field"), [
    ({"title": "  "}, "title"),
    ({"start_time": time(12, 0), "end_time": time(10, 0)}, "end_time"),
    ({"attendees": (Attendee(name="Иванов", role=Role.CHAIR),
                    Attendee(name="Петров", role=Role.CHAIR))}, "attendees[1].role"),
])
def test_the_other_rules_still_hold(changes, field):
    meeting = Meeting(**{"title": "Заседание", "date": date(2026, 3, 15), **changes})
    with pytest.raises(DomainError) as error:
        validate_meeting(meeting, texts_checked=True)
    assert error.value.field == field
