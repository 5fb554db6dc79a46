"""cli.one_line: what the command line prints of a text is one line without control
characters, whether or not the text is printable as it is (the quick way)."""

import pytest

from minutes_app.cli import one_line


@pytest.mark.parametrize(("text", "line"), [
    ("meetings[3]: Совет № 5 of 2026", "meetings[3]: Совет № 5 of 2026"),  # printable
    ("  two  spaces ", "two spaces"),
    ("a\tb\nc\r\nd", "a b c d"),
    ("\x1b[31mred\x1b[0m", "[31mred [0m"),  # ESC never reaches the terminal
    ("next\x85line", "next line"),  # a C1 control character
    ("no\xa0break", "no break"),  # not printable, but no control character
    ("", ""),
])
def test_a_text_becomes_one_line_without_control_characters(text, line):
    assert one_line(text) == line
