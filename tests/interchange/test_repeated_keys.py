"""A key given more than once in a JSON object is found however often it repeats, and named
in the order its repeats come (fields._object_from_pairs builds each object whole)."""

import io

import pytest

from minutes_app.interchange import InterchangeError, parse_document
from minutes_app.interchange.fields import decode
from minutes_app.interchange.stream import ArchiveFile

DOCUMENT = ('{"format": "minutes-json", "version": 2, "meetings": [{"title": "A", '
            '"date": "2026-03-15", "place": "x", "title": "B", "place": "y", "title": "C"}]}')


def test_the_repeats_are_named_once_each_in_their_order_and_the_last_value_kept():
    value = decode('{"a": 1, "b": 2, "a": 3, "c": {"x": 1, "x": 2}, "b": 4, "a": 5}')
    assert value == {"a": 5, "b": 4, "c": {"x": 2}}
    assert list(value) == ["a", "b", "c"]
    assert value.duplicates == ("a", "b")
    assert value["c"].duplicates == ("x",)


def test_an_object_without_repeats_has_none():
    assert decode('{"a": 1, "b": {"c": 2}}').duplicates == ()


@pytest.mark.parametrize("read", ["whole", "streamed"])
def test_a_meeting_with_repeated_keys_is_refused_naming_the_first(read):
    with pytest.raises(InterchangeError) as raised:
        if read == "whole":
            parse_document(DOCUMENT)
        else:
            ArchiveFile(lambda: io.BytesIO(DOCUMENT.encode())).check(lambda _i, _m: None)
    assert str(raised.value) == 'meetings[0]: key "title" is given twice'
