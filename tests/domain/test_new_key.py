"""domain.new_key: the random key a child entity gets when first made."""

import re

from minutes_app.domain import Statement
from minutes_app.domain.model import new_key


def test_a_key_is_32_hexadecimal_digits_and_never_repeats():
    keys = [new_key() for _ in range(10_000)]
    assert all(re.fullmatch("[0-9a-f]{32}", key) for key in keys)
    assert len(set(keys)) == len(keys)


def test_each_new_entity_gets_its_own():
    assert Statement("Доложил.").key != Statement("Доложил.").key
