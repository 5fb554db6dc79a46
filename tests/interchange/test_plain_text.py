"""fields.is_plain_text, the quick test of every text a file holds, lets through exactly what
check_text lets through; anything else is refused by check_text with its message."""

import pytest

from minutes_app.domain import MAX_TEXT_LENGTH
from minutes_app.interchange import InterchangeError
from minutes_app.interchange.fields import check_text, is_plain_text


@pytest.mark.parametrize("value", [
    "", "Заседание", "Қаулы", "emoji 😀 (a pair in UTF-16, one character here)",
    "ж" * MAX_TEXT_LENGTH,
])
def test_a_text_of_whole_characters_within_the_limit_is_plain(value):
    assert is_plain_text(value)
    assert check_text("title", value) == value


@pytest.mark.parametrize(("value", "message"), [
    ("x\ud800", "title: contains \\ud800, half of a character (a lone surrogate)"),
    ("\udfffy", "title: contains \\udfff, half of a character (a lone surrogate)"),
    ("ж" * (MAX_TEXT_LENGTH + 1), "title: longer than 1,000,000 characters"),
    (5, "title: expected a string, not 5"),
    (None, "title: expected a string, not null"),
])
def test_anything_else_is_not_and_check_text_says_why(value, message):
    assert not is_plain_text(value)
    with pytest.raises(InterchangeError) as raised:
        check_text("title", value)
    assert str(raised.value) == message
