"""interchange.stream: the file read meeting by meeting gives what `parse_archive` gives of it
whole, the same archive or the same first problem, wherever the chunks of text happen to end."""

import io
import json

import pytest

from minutes_app.domain import Archive
from minutes_app.interchange import InterchangeError, parse_archive, stream
from minutes_app.interchange.stream import ArchiveFile
from tests.interchange.archive_example import EXAMPLE_V2, edited
from tests.interchange.interchange_example import EXAMPLE

# 1 ends a chunk inside every value (even inside a Cyrillic letter's bytes); 1 << 20 never does.
CHUNKS = (1, 5, 64, 1 << 20)


def streamed(data: bytes) -> Archive:
    """The archive as the stream reads it: the directory from `check`, the meetings twice
    (handed over while checking, then read again), which must agree."""
    file = ArchiveFile(lambda: io.BytesIO(data))
    checked = []
    head = file.check(lambda i, meeting: checked.append((i, meeting)))
    meetings = list(file.meetings())
    assert checked == list(enumerate(meetings))
    assert head.meetings == len(meetings)
    return Archive(head.organizations, head.people, head.bodies, tuple(meetings))


def stream_refusal(data: bytes) -> str:
    with pytest.raises(InterchangeError) as caught:
        streamed(data)
    return str(caught.value)


def whole_refusal(data: bytes) -> str:
    with pytest.raises(InterchangeError) as caught:
        parse_archive(data)
    return str(caught.value)


def two_meetings_v2() -> dict:
    document = json.loads(EXAMPLE_V2)
    second = json.loads(json.dumps(document["meetings"][0]))
    second["number"] = "8"
    document["meetings"].append(second)
    return document


GOOD = {
    "version 2": EXAMPLE_V2.encode(),
    "version 1": EXAMPLE.encode(),
    "two meetings": json.dumps(two_meetings_v2(), ensure_ascii=False).encode(),
    "byte-order mark": b"\xef\xbb\xbf" + EXAMPLE.encode(),
    "no white space": json.dumps(two_meetings_v2(), ensure_ascii=False,
                                 separators=(",", ":")).encode(),
    "escaped": json.dumps(two_meetings_v2()).encode(),  # \u0444 escapes split by the chunks
    "no meetings": b'{"format": "minutes-json", "version": 2, "meetings": []}',
    # The meetings before the keys that say how to read them: checked on a second reading.
    "meetings first": json.dumps(
        {"meetings": two_meetings_v2()["meetings"], "people": two_meetings_v2()["people"],
         "version": 2, "format": "minutes-json"}, ensure_ascii=False).encode(),
    "a number last": b'{"meetings": [], "format": "minutes-json", "version": 2}',
}

PREFIX = b'{"format": "minutes-json", "version": 2, "meetings": ['
MEETING = json.dumps(json.loads(EXAMPLE)["meetings"][0], ensure_ascii=False).encode()

BAD = {
    "empty": b"",
    "blank": b"  \n\t ",
    "a list": b"[1, 2]",
    "a number": b"12",
    "cut short": PREFIX + MEETING[:200],
    "cut after a meeting": PREFIX + MEETING + b",",
    "unclosed list": PREFIX + MEETING,
    "trailing comma": PREFIX + MEETING + b",]}",
    "missing comma": PREFIX + MEETING + b" " + MEETING + b"]}",
    "extra data": PREFIX + MEETING + b"]} {}",
    "key without quotes": b'{"format": "minutes-json", version: 2}',
    "missing colon": b'{"format" "minutes-json"}',
    "comma before the end": b'{"format": "minutes-json",}',
    "only a brace": b"{",
    "missing comma between keys": b'{"format": "minutes-json" "version": 2}',
    "not UTF-8": PREFIX + b'\n{"title": "\xff"}]}',
    "not UTF-8 later": PREFIX + MEETING + b",\n\n" + MEETING.replace(b"\xd0", b"\xff", 1) + b"]}",
    "nested too deeply": PREFIX + b"[" * 100_000 + b"]" * 100_000 + b"]}",
    "huge number": PREFIX + b"1" * 5000 + b"]}",
    "unknown key": edited(lambda d: d.update(extra=1)).encode(),
    "meetings twice": b'{"format": "minutes-json", "version": 2, "meetings": [], "meetings": []}',
    "format twice": b'{"format": "minutes-json", "format": "x", "version": 2, "meetings": []}',
    "no meetings key": b'{"format": "minutes-json", "version": 2}',
    "meetings not a list": b'{"format": "minutes-json", "version": 2, "meetings": {}}',
    "a bad format": b'{"format": "other", "version": 2, "meetings": []}',
    "a bad version": b'{"format": "minutes-json", "version": 3, "meetings": []}',
    "a bad date in the second meeting": edited(
        lambda d: d["meetings"].append({**d["meetings"][0], "date": "2019-02-30"})).encode(),
    "a meeting not an object": PREFIX + MEETING + b", 7]}",
    "a version 2 key in version 1": PREFIX.replace(b"2", b"1") + MEETING[:-1]
    + b', "history": []}]}',
    "a bad person": edited(lambda d: d["people"][1].pop("surname")).encode(),
    "a repeated body": edited(lambda d: d["bodies"].append(d["bodies"][0])).encode(),
    "a bad meeting before the version": json.dumps(
        {"meetings": [{"title": "x"}], "format": "minutes-json", "version": 2}).encode(),
}


@pytest.mark.parametrize("chunk", CHUNKS)
@pytest.mark.parametrize("name", GOOD)
def test_a_good_file_reads_as_the_whole_reader_reads_it(monkeypatch, chunk, name):
    monkeypatch.setattr(stream, "CHUNK", chunk)
    data = GOOD[name]
    assert streamed(data) == parse_archive(data)


@pytest.mark.parametrize("chunk", CHUNKS)
@pytest.mark.parametrize("name", BAD)
def test_a_bad_file_is_refused_with_the_whole_readers_words(monkeypatch, chunk, name):
    monkeypatch.setattr(stream, "CHUNK", chunk)
    data = BAD[name]
    assert stream_refusal(data) == whole_refusal(data)


def test_the_problems_are_named_as_a_person_reads_them():
    # Not only the same as the whole reader: right (a line and a column, a path, a byte).
    assert stream_refusal(BAD["missing comma"]).startswith(
        "invalid JSON at line 1, column ")
    assert stream_refusal(BAD["not UTF-8"]) == "the file is not UTF-8 text: byte 0xff on line 2"
    assert stream_refusal(BAD["not UTF-8 later"]).endswith("on line 3")
    assert stream_refusal(BAD["a bad date in the second meeting"]) == (
        "meetings[1].date: 2019-02-30 is not a date")
    assert stream_refusal(BAD["meetings twice"]) == 'document: key "meetings" is given twice'


def test_a_stop_while_checking_closes_the_file():
    files: list[io.BytesIO] = []

    def opened() -> io.BytesIO:
        files.append(io.BytesIO(GOOD["two meetings"]))
        return files[-1]

    class Stop(Exception):
        pass

    def stop(_index, _meeting):
        raise Stop

    with pytest.raises(Stop):
        ArchiveFile(opened).check(stop)
    assert [f.closed for f in files] == [True]


def test_meetings_cannot_be_read_before_the_file_is_checked():
    with pytest.raises(RuntimeError):
        next(ArchiveFile(lambda: io.BytesIO(GOOD["version 2"])).meetings())
