"""Decoding the bytes and reading typed values out of JSON objects, each with its path.

Every check raises InterchangeError naming the path of the value, so the reader above it only
says which keys a meeting has and what they hold.
"""

import json
import re
from collections.abc import Callable, Collection
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, Literal, TypeGuard, TypeVar, overload

from minutes_app.domain.rules import MAX_TEXT_LENGTH
from minutes_app.domain.text import normalize_space
from minutes_app.interchange.errors import InterchangeError
from minutes_app.interchange.schema import LANGUAGE_KEYS, MAX_COUNT

# ASCII digits only: \d would also accept Arabic-Indic and other digits.
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}")
_MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}")
# "\ud800" is valid JSON but no character: it cannot be stored as UTF-8 or typed by anyone.
_SURROGATE = re.compile("[\ud800-\udfff]")

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class JsonObject(dict[str, Any]):
    """A decoded JSON object that remembers the keys given more than once."""

    duplicates: tuple[str, ...] = ()


def _object_from_pairs(pairs: list[tuple[str, Any]]) -> JsonObject:
    # Built whole from the pairs (the last value of a repeated key wins, as in a loop), and
    # the repeats looked for only when there are some: a backup has a million objects.
    obj = JsonObject(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        repeated: dict[str, None] = {}
        for key, _ in pairs:
            if key in seen:
                repeated.setdefault(key)
            seen.add(key)
        obj.duplicates = tuple(repeated)
    return obj


# Decodes JSON values with their objects as JsonObject (the streaming reader uses it too).
DECODER = json.JSONDecoder(object_pairs_hook=_object_from_pairs)


def decode(data: bytes | str) -> Any:
    """UTF-8 bytes (a byte-order mark allowed) or text to JSON values; never a partial result."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            raise InterchangeError(
                "", f"the file is not UTF-8 text: byte 0x{data[error.start]:02x} on line {line}"
            ) from None
    else:
        text = data
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InterchangeError("", "the document is empty")
    try:
        return json.loads(text, object_pairs_hook=_object_from_pairs)
    except json.JSONDecodeError as error:
        raise InterchangeError(
            "", f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from None
    except RecursionError:
        raise InterchangeError("", "invalid JSON: the document is nested too deeply") from None
    except ValueError as error:  # a number with thousands of digits
        raise InterchangeError("", f"invalid JSON: {error}") from None


def quote(text: str, limit: int = 60) -> str:
    """`text` in double quotes on one line, shortened, safe to print."""
    shown = text if len(text) <= limit else text[:limit] + "…"
    quoted = json.dumps(shown, ensure_ascii=False)
    return _SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", quoted)


def describe(value: Any) -> str:
    """A JSON value as a person would name it in a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        shown = repr(value)
        return shown if len(shown) <= 30 else shown[:30] + "…"
    if isinstance(value, str):
        return quote(value)
    return "a list" if isinstance(value, list) else "an object"


def child_path(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class Fields:
    """One JSON object being read: refuses duplicate and unknown keys, then hands out values.

    `path` names the object in messages; `prefix` is what its keys' paths start with (the
    top level is called "document" but its keys are plain "format", "meetings").
    """

    def __init__(self, value: Any, path: str, keys: Collection[str], prefix: str | None = None):
        if not isinstance(value, dict):
            raise InterchangeError(path, f"expected an object, not {describe(value)}")
        for key in getattr(value, "duplicates", ()):
            raise InterchangeError(path, f"key {quote(key)} is given twice")
        for key in value:
            if key not in keys:
                raise InterchangeError(path, f"unknown key {quote(key)}")
        self._value: dict[str, Any] = value
        self.path = path
        self._prefix = path if prefix is None else prefix

    def at(self, key: str) -> str:
        return child_path(self._prefix, key)

    def has(self, key: str) -> bool:
        return key in self._value

    def get(self, key: str) -> Any:
        """The raw value of a required key."""
        if key not in self._value:
            raise InterchangeError(self.path, f"missing key {quote(key)}")
        return self._value[key]

    def value_of(self, key: str, read: Callable[[str, Any], T]) -> T | None:
        """`read(path, value)` of an optional key's value; None when the key is absent."""
        return read(self.at(key), self._value[key]) if key in self._value else None

    def text(self, key: str, required: bool = False) -> str:
        """A string kept exactly as written; a required one must not be blank."""
        if not required and key not in self._value:
            return ""
        value = self.get(key)
        # A text refused is refused by check_text, naming its path; only then is it made.
        text = value if is_plain_text(value) else check_text(self.at(key), value)
        if required and not text.strip():
            raise InterchangeError(self.at(key), "must not be empty")
        return text

    def name(self, key: str, required: bool = False) -> str:
        """A person's name with its white space normalised ("Surname Given Patronymic")."""
        if not required and key not in self._value:
            return ""
        value = self.get(key)
        if is_plain_text(value) and (not required or value.strip()):
            return normalize_space(value)  # the usual case, without making its path
        return check_name(self.at(key), value, required)

    def names(self, key: str) -> tuple[str, ...]:
        return tuple(check_name(path, value, True) for path, value in self.items(key))

    def flag(self, key: str, default: bool) -> bool:
        if key not in self._value:
            return default
        value = self._value[key]
        if not isinstance(value, bool):
            raise InterchangeError(self.at(key), f"expected true or false, not {describe(value)}")
        return value

    def count(self, key: str, minimum: int = 0) -> int:
        """A whole number (JSON true/false and 2.0 are not) of `minimum` or more; 0 if absent."""
        if key not in self._value:
            return 0
        value: object = self._value[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise InterchangeError(self.at(key), f"expected a whole number, not {describe(value)}")
        if value < minimum:
            message = f"{value} is not a whole number of {minimum} or more"
            raise InterchangeError(self.at(key), message)
        if value > MAX_COUNT:
            raise InterchangeError(self.at(key), f"{describe(value)} is too large")
        return value

    @overload
    def day(self, key: str, required: Literal[True]) -> date: ...
    @overload
    def day(self, key: str, required: bool = False) -> date | None: ...
    def day(self, key: str, required: bool = False) -> date | None:
        """A "YYYY-MM-DD" calendar date, or None when absent."""
        if not required and key not in self._value:
            return None
        path, value = self.at(key), self.get(key)
        if not isinstance(value, str) or not _DATE.fullmatch(value):
            raise InterchangeError(path, f"{describe(value)} is not a date in the form YYYY-MM-DD")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise InterchangeError(path, f"{value} is not a date") from None

    def clock(self, key: str) -> time | None:
        """An "HH:MM" time of day, or None when absent."""
        if key not in self._value:
            return None
        path, value = self.at(key), self._value[key]
        if not isinstance(value, str) or not _TIME.fullmatch(value):
            raise InterchangeError(path, f"{describe(value)} is not a time in the form HH:MM")
        hours, minutes = int(value[:2]), int(value[3:])
        if hours > 23 or minutes > 59:
            raise InterchangeError(path, f"{value} is not a time")
        return time(hours, minutes)

    def moment(self, key: str) -> datetime:
        """A required "YYYY-MM-DDTHH:MM:SS" date and time of day (no time zone)."""
        path, value = self.at(key), self.get(key)
        if not isinstance(value, str) or not _MOMENT.fullmatch(value):
            message = f"{describe(value)} is not a date and time in the form YYYY-MM-DDTHH:MM:SS"
            raise InterchangeError(path, message)
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            raise InterchangeError(path, f"{value} is not a date and time") from None

    def localized(self, key: str, own: str,
                  required: bool = False) -> tuple[str, dict[str, str]]:
        """A text given as a string or as a map of languages: see `localized_text`."""
        if not required and key not in self._value:
            return "", {}
        value = self.get(key)
        if is_plain_text(value) and (not required or value.strip()):
            return value, {}  # the usual case, without making its path
        return localized_text(self.at(key), value, own, required)

    @overload
    def choice(self, key: str, choices: type[E], default: E) -> E: ...
    @overload
    def choice(self, key: str, choices: type[E], default: None) -> E | None: ...
    def choice(self, key: str, choices: type[E], default: E | None) -> E | None:
        if key not in self._value:
            return default
        value = self._value[key]
        if isinstance(value, str):
            try:
                return choices(value)
            except ValueError:
                pass
        allowed = ", ".join(quote(c.value) for c in choices)  # only for the message
        raise InterchangeError(self.at(key), f"{describe(value)} is not one of {allowed}")

    def items(self, key: str, required: bool = False) -> list[tuple[str, Any]]:
        """The elements of a list with their paths (`key[0]`, `key[1]`, ...); [] if absent."""
        if not required and key not in self._value:
            return []
        value = self.get(key)
        if not isinstance(value, list):
            raise InterchangeError(self.at(key), f"expected a list, not {describe(value)}")
        path = self.at(key)
        return [(f"{path}[{i}]", element) for i, element in enumerate(value)]


def is_plain_text(value: Any) -> TypeGuard[str]:
    """A text `check_text` lets through: the quick test of every text a file holds, so that
    the path for a message is made only for a text refused."""
    if not isinstance(value, str) or len(value) > MAX_TEXT_LENGTH:
        return False
    try:  # UTF-8 refuses exactly the surrogates, in a third of the time of _SURROGATE.search
        value.encode()
    except UnicodeEncodeError:
        return False
    return True


def check_text(path: str, value: Any) -> str:
    if is_plain_text(value):
        return value
    if not isinstance(value, str):
        raise InterchangeError(path, f"expected a string, not {describe(value)}")
    if len(value) > MAX_TEXT_LENGTH:
        raise InterchangeError(path, f"longer than {MAX_TEXT_LENGTH:,} characters")
    if match := _SURROGATE.search(value):
        raise InterchangeError(
            path, f"contains \\u{ord(match.group()):04x}, half of a character (a lone surrogate)"
        )
    return value


def check_name(path: str, value: Any, required: bool) -> str:
    name = normalize_space(check_text(path, value))
    if required and not name:
        raise InterchangeError(path, "must not be empty")
    return name


def localized_text(path: str, value: Any, own: str,
                   required: bool) -> tuple[str, dict[str, str]]:
    """A text in the owner's own language `own`, and its versions in the other languages.

    A string is the own text. A map {"ru", "kk", "en"} -> text gives its `own` entry as the
    own text and the rest as versions; a map without `own` makes its first non-empty text
    (in the order ru, kk, en) the own text, which also stays a version in its language.
    """
    if isinstance(value, str):
        text = check_text(path, value)
        if required and not text.strip():
            raise InterchangeError(path, "must not be empty")
        return text, {}
    if not isinstance(value, dict):
        expected = "a string or an object of texts by language (" + ", ".join(
            quote(k) for k in LANGUAGE_KEYS) + ")"
        raise InterchangeError(path, f"expected {expected}, not {describe(value)}")
    versions = _language_map(path, value)
    if own in versions:
        text = versions.pop(own)
        if required and not text.strip():
            raise InterchangeError(child_path(path, own), "must not be empty")
        return text, versions
    text = next((versions[k] for k in LANGUAGE_KEYS if versions.get(k, "").strip()), "")
    if required and not text:
        raise InterchangeError(path, "must not be empty")
    return text, versions


def _language_map(path: str, value: dict[str, Any]) -> dict[str, str]:
    for key in getattr(value, "duplicates", ()):
        raise InterchangeError(path, f"key {quote(key)} is given twice")
    if not value:
        raise InterchangeError(path, "a text needs at least one language")
    allowed = ", ".join(quote(k) for k in LANGUAGE_KEYS)
    for key in value:
        if key not in LANGUAGE_KEYS:
            raise InterchangeError(path, f"unknown language {quote(key)}: use {allowed}")
    return {key: check_text(child_path(path, key), value[key])
            for key in LANGUAGE_KEYS if key in value}
