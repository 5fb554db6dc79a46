"""The fingerprint of an approved record (issue 10): SHA-256 of a canonical form of the
meeting's content, kept with its approval and printed (its first 16 hex digits) in the
QR-code requisite of the exported protocol, so that a paper or a file can be checked against
the database years later.

The canonical form is JSON with sorted keys and no spaces, of every field of the meeting and
its parts except what is not content: database ids, row keys (a copy imported elsewhere gets
new ones), the status, the approval itself and the history, and how far each task has got
(done, done on, done note: the control of execution goes on after the protocol is
approved). Dates are ISO strings, enums their values. It must never change for a stored
record: a change here is a new version of the form (`FORM`), and records approved under an
older one must still verify.
"""

import hashlib
import json
from dataclasses import fields, is_dataclass
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from minutes_app.domain.model import Meeting

FORM = 1  # the version of the canonical form, part of what is hashed
# ("version" is the stored record's edit counter, issue 13, like an id: not content.)
_NOT_CONTENT = frozenset({"id", "version", "key", "status", "approval", "history",
                          "done", "done_on", "done_note"})


def fingerprint(meeting: Meeting) -> str:
    """64 lower-case hex digits."""
    return hashlib.sha256(canonical_form(meeting).encode("utf-8")).hexdigest()


def short_fingerprint(full: str) -> str:
    """The first 16 hex digits: what the document prints and its QR code carries."""
    return full[:16]


def canonical_form(meeting: Meeting) -> str:
    return json.dumps({"form": FORM, "meeting": _plain(meeting)}, ensure_ascii=False,
                      sort_keys=True, separators=(",", ":"))


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)
                if f.name not in _NOT_CONTENT}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value
