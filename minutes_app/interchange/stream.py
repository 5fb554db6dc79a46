"""Reading a Minutes JSON file meeting by meeting, so that memory stays flat whatever its size.

The file is read as UTF-8 text a chunk at a time; each value of its top level but the meetings
is decoded whole (the directory is small), and the meetings list element by element with the
standard decoder's `raw_decode`.

`ArchiveFile.read` is the import's one reading: it checks the file as strictly as
`parse_archive` (the same messages and paths) and hands over the directory, then each meeting,
as they are read, so that they can be stored at once. A file that cannot be stored as it is
read (its meetings before its "format" and "version", or keys after its meetings: the
directory must be stored first) is refused with TwoReadings; `ArchiveFile.check` then reads
it once to check it whole (counting the meetings, and checking them on a second reading, when
they come before "format" and "version"), and `ArchiveFile.meetings` again for storing.
"""

import codecs
import json
import re
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from minutes_app.domain import Body, Meeting, Organization, Person
from minutes_app.interchange.errors import InterchangeError
from minutes_app.interchange.fields import DECODER, JsonObject
from minutes_app.interchange.reader import DocumentReader, check_rules, read_version

CHUNK = 1 << 20  # characters read at a time; a meeting is far smaller
_SPACE = re.compile(r"[ \t\n\r]*")
# The decoder stops at the end of the text read so far with one of these, or near its end:
# the value may simply go on in the next chunk.
_CUT_SHORT = "Unterminated string"
_NEAR_END = 16

Opener = Callable[[], BinaryIO]


@dataclass(frozen=True)
class Head:
    """What a checked file holds besides its meetings, and how many meetings."""

    version: int
    organizations: tuple[Organization, ...]
    people: tuple[Person, ...]
    bodies: tuple[Body, ...]
    meetings: int


class TwoReadings(Exception):
    """`ArchiveFile.read` cannot hand this file over as it reads it: its meetings come before
    its "format" and "version", or keys follow its meetings list. Whatever was done with what
    it handed over must be undone; `check` and `meetings` read such a file (twice)."""


class ArchiveFile:
    """A Minutes JSON file (version 1 or 2) that `open_file` opens for reading, in binary, as
    often as it is read."""

    def __init__(self, open_file: Opener) -> None:
        self._open = open_file
        self._version: int | None = None

    def read(self, start: Callable[[Head], None], each: Callable[[int, Meeting], None]) -> Head:
        """Read the file once and check it as `check` does, with the same messages in the same
        order: a meeting's problems (its JSON, then its rules) as it is read, then the top
        level's and the directory's.

        `start(head)` is called at the start of the meetings list when the directory before it
        is good (`head.meetings` is 0 there: not counted yet), so that it can be stored first;
        `each(i, meeting)` for every meeting, checked, in the file's order (both may raise to
        stop). When the directory has a problem, `start` is not called, the meetings are still
        read and handed over, and the problem is raised after the last of them, as `check`
        raises it. Raises InterchangeError or TwoReadings; returns what `check` returns."""
        listed = False
        count = 0

        def meetings(text: _Text, document: JsonObject) -> list[Any]:
            nonlocal listed, count
            if "format" not in document or "version" not in document:
                raise TwoReadings
            reader = DocumentReader(read_version(document), validate=False)
            head = _directory_so_far(reader, document)
            if head is not None:
                start(head)
            for i, value in enumerate(_elements(text)):
                path = f"meetings[{i}]"
                meeting = reader.meeting(path, value)
                check_rules(path, meeting)  # here, so that a reader made to skip it cannot
                each(i, meeting)
                count = i + 1
            listed = True
            return []  # stands for the list in the top level's checks

        with self._open() as file:
            document = _top_level(_Text(file), meetings)
        if not listed or list(document)[-1] != "meetings":
            raise TwoReadings
        reader = DocumentReader(read_version(document))
        fields = reader.document(document)
        fields.items("meetings", required=True)  # present, and a list
        organizations, people, bodies = reader.directory(fields)
        self._version = 2 if reader.v2 else 1
        return Head(self._version, organizations, people, bodies, count)

    def check(self, each: Callable[[int, Meeting], None]) -> Head:
        """Read the whole file and check it; `each(i, meeting)` is called for every meeting in
        the file's order as it is read (it may raise to stop). Raises InterchangeError at the
        first problem."""
        count = 0
        checked = False

        def meetings(text: _Text, document: JsonObject) -> list[Any]:
            nonlocal count, checked
            if "format" in document and "version" in document:  # as the program writes them
                reader = DocumentReader(read_version(document))
                count = self._read(reader, _elements(text), each)
                checked = True
            else:
                count = sum(1 for _ in _elements(text))
            return []  # stands for the list in the top level's checks

        with self._open() as file:
            document = _top_level(_Text(file), meetings)
        reader = DocumentReader(read_version(document))
        fields = reader.document(document)
        fields.items("meetings", required=True)  # present, and a list
        organizations, people, bodies = reader.directory(fields)
        if not checked:
            count = self._read(reader, self._elements(), each)
        self._version = 2 if reader.v2 else 1
        return Head(self._version, organizations, people, bodies, count)

    def meetings(self) -> Generator[Meeting, None, None]:
        """The meetings again, in the file's order, one at a time (after `check`). Their JSON
        is checked again (the file may have changed in between), but not the rules of a whole
        meeting (domain.validate_meeting): the caller checks those itself before storing. Close
        the generator when stopping early: that closes the file."""
        if self._version is None:
            raise RuntimeError("ArchiveFile.meetings before check")
        reader = DocumentReader(self._version, validate=False)
        for i, value in enumerate(self._elements()):
            yield reader.meeting(f"meetings[{i}]", value)

    @staticmethod
    def _read(reader: DocumentReader, values: Iterator[Any],
              each: Callable[[int, Meeting], None]) -> int:
        count = 0
        for i, value in enumerate(values):
            each(i, reader.meeting(f"meetings[{i}]", value))
            count = i + 1
        return count

    def _elements(self) -> Iterator[Any]:
        """The meetings' JSON values of a checked file, one at a time."""
        with self._open() as file:
            text = _Text(file)
            _to_meetings(text)
            yield from _elements(text)


def count_meetings(open_file: Opener, counted: Callable[[int], None] | None = None) -> int:
    """How many meetings a Minutes JSON file holds, for a question before importing it, or
    an import's progress: one reading a chunk at a time, each meeting decoded and dropped, not
    checked (the import checks them); `counted(n)` after each (it may raise to stop). Raises
    InterchangeError when the file is not Minutes JSON at all."""
    count = 0

    def meetings(text: _Text, _document: JsonObject) -> list[Any]:
        nonlocal count
        for _ in _elements(text):
            count += 1
            if counted is not None:
                counted(count)
        return []  # stands for the list in the checks below

    with open_file() as file:
        document = _top_level(_Text(file), meetings)
    fields = DocumentReader(read_version(document)).document(document)
    fields.items("meetings", required=True)  # present, and a list
    return count


def _directory_so_far(reader: DocumentReader, document: JsonObject) -> Head | None:
    """The directory read before the meetings list; None when what is read so far has a
    problem (the checks after the list name it, as `check` does: after the meetings')."""
    try:
        organizations, people, bodies = reader.directory(reader.document(document))
    except InterchangeError:
        return None
    return Head(2 if reader.v2 else 1, organizations, people, bodies, 0)


class _Text:
    """The file's text, decoded a chunk at a time; `buffer[pos:]` is not read yet. Text before
    `pos` is dropped as the next chunk comes, its lines counted for the messages."""

    def __init__(self, file: BinaryIO) -> None:
        self._file = file
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self.buffer = ""
        self.pos = 0
        self._ended = False
        self._started = False
        self._lines = 0  # line breaks in the dropped text
        self._column = 0  # characters after the last of them

    def more(self) -> bool:
        """Add the next chunk to the buffer; False at the end of the file."""
        if self._ended:
            return False
        self._drop_read()
        data = self._file.read(CHUNK)
        try:
            text = self._decoder.decode(data, final=not data)
        except UnicodeDecodeError as error:
            line = (self._lines + self.buffer.count("\n")
                    + error.object.count(b"\n", 0, error.start) + 1)
            byte = error.object[error.start]
            raise InterchangeError(
                "", f"the file is not UTF-8 text: byte 0x{byte:02x} on line {line}") from None
        if not self._started and text:
            text, self._started = text.removeprefix("\ufeff"), True
        self.buffer += text
        self._ended = not data
        return True

    def _drop_read(self) -> None:
        dropped = self.buffer[:self.pos]
        breaks = dropped.count("\n")
        self._lines += breaks
        self._column = (len(dropped) - dropped.rfind("\n") - 1 if breaks
                        else self._column + len(dropped))
        self.buffer, self.pos = self.buffer[self.pos:], 0

    def next_char(self) -> str:
        """The next character that is not white space, not consumed ("" at the end)."""
        while True:
            match = _SPACE.match(self.buffer, self.pos)
            self.pos = match.end() if match else self.pos
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self.more():
                return ""

    def expect(self, char: str) -> None:
        if self.next_char() != char:
            raise self.invalid(f"Expecting {char!r} delimiter")
        self.pos += 1

    def value(self) -> Any:
        """The next JSON value, decoded whole."""
        self.next_char()
        while True:
            try:
                value, end = DECODER.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as error:
                cut = error.msg.startswith(_CUT_SHORT) or error.pos >= len(self.buffer) - _NEAR_END
                if cut and self.more():
                    continue
                raise self.invalid(error.msg, error.pos) from None
            except RecursionError:
                raise InterchangeError("", "invalid JSON: the document is nested too deeply"
                                       ) from None
            except ValueError as error:  # a number with thousands of digits, maybe more
                if self.buffer[-1:].isdigit() and self.more():
                    continue
                raise InterchangeError("", f"invalid JSON: {error}") from None
            if end == len(self.buffer) and self.more():
                continue  # a number may go on in the next chunk
            self.pos = end
            return value

    def invalid(self, message: str, pos: int | None = None) -> InterchangeError:
        """The error `json.loads` would give at `pos` (the reading position by default)."""
        at = self.pos if pos is None else pos
        breaks = self.buffer.count("\n", 0, at)
        column = at - self.buffer.rfind("\n", 0, at) if breaks else self._column + at + 1
        return InterchangeError(
            "", f"invalid JSON at line {self._lines + breaks + 1}, column {column}: {message}")


def _top_level(text: _Text, meetings: Callable[[_Text, JsonObject], Any]) -> Any:
    """The document's top level, decoded but for its meetings list, which `meetings(text,
    document so far)` reads and returns a stand-in for. Anything but an object is decoded
    whole: the checks above refuse it."""
    first = text.next_char()
    if not first:
        raise InterchangeError("", "the document is empty")
    if first != "{":
        value = text.value()
        _expect_end(text)
        return value
    text.pos += 1
    document = JsonObject()
    if text.next_char() == "}":
        text.pos += 1
    else:
        _read_keys(text, document, meetings)
    _expect_end(text)
    return document


def _read_keys(text: _Text, document: JsonObject,
               meetings: Callable[[_Text, JsonObject], Any]) -> None:
    while True:
        if text.next_char() != '"':
            raise text.invalid("Expecting property name enclosed in double quotes")
        key = text.value()
        text.expect(":")
        if key in document:
            document.duplicates = tuple(dict.fromkeys((*document.duplicates, key)))
            if key == "meetings":  # not read twice: refused at once
                raise InterchangeError("document", 'key "meetings" is given twice')
        is_list = key == "meetings" and text.next_char() == "["
        document[key] = meetings(text, document) if is_list else text.value()
        if _closed_after_value(text, "}"):
            return


def _expect_end(text: _Text) -> None:
    if text.next_char():
        raise text.invalid("Extra data")


def _elements(text: _Text) -> Iterator[Any]:
    """The elements of the list starting at the reading position, decoded one at a time."""
    text.pos += 1  # the "["
    if text.next_char() == "]":
        text.pos += 1
        return
    while True:
        yield text.value()
        if _closed_after_value(text, "]"):
            return


def _closed_after_value(text: _Text, closing: str) -> bool:
    """After a value: True past `closing`, False past a ","; anything else is refused where it
    stands, as json says it."""
    following = text.next_char()
    text.pos += 1
    if following == closing:
        return True
    if following != ",":
        text.pos -= 1
        raise text.invalid("Expecting ',' delimiter")
    return False


def _to_meetings(text: _Text) -> None:
    """Move to the start of the top level's meetings list (in a file already checked)."""
    text.expect("{")
    while True:
        key = text.value()
        text.expect(":")
        if key == "meetings" and text.next_char() == "[":
            return
        text.value()  # a section of the directory: small, read and dropped
        text.expect(",")
