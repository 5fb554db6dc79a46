"""The folded text of a search document: letters and digits folded, every other character a
space (the underscore too, which FTS5 does not keep in a word), each in its place."""

import pytest

from minutes_app.storage.search import fold_for_search


@pytest.mark.parametrize(("content", "folded"), [
    ("Ёлки_2026, «План»!\nИтог.", " елки 2026   план   итог "),
    ("snake_case__x", " snake case  x"),
    ("Қаулы № 5-п", " қаулы   5 п"),
])
def test_what_is_not_a_letter_or_digit_becomes_a_space_in_its_place(content, folded):
    assert fold_for_search(content) == folded
    assert len(folded) == len(content) + 1
