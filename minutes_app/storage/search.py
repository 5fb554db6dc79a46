"""Full-text search over meetings: the search document and the dialect-specific index.

Design: every meeting has exactly one row in `search_document`, written by this layer in the
same transaction as each create, save, delete (by cascade) and import of the meeting, so the
index can never lag behind or outlive its meeting, whatever part of the program wrote it. One
document per meeting (rather than one per agenda item) matches what a hit is — a meeting —
and keeps the index small. The document holds the text as typed (for the passage shown with a
hit) and its words folded in Python (`domain.fold`: every script's case, ё → е) and joined by
single spaces, so the database only has to match folded words by prefix:

* SQLite: an FTS5 table (external content: the `folded` column) kept in step by triggers on
  `search_document` (revision 0002). Hits are ordered by date with a LIMIT, never by bm25
  rank, whose cost grows with the number of matches.
* other databases: LIKE over `' ' || folded`, which is a word-prefix match there too.

User text never reaches the query syntax: it is cut into words (letters and digits only), and
each becomes a quoted FTS5 prefix term, so quotes, AND, *, col:x or e-mail are plain words.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from sqlalchemy import ColumnElement, Integer, Row, Select, bindparam, literal, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from minutes_app.domain import Meeting, fold
from minutes_app.storage.records import MeetingRecord, SearchDocumentRecord

_WORD = re.compile(r"[^\W_]+")  # letters and digits: what FTS5's unicode61 keeps as a token
MAX_QUERY_WORDS = 16
PASSAGE_WIDTH = 160


def document_lines(meeting: Meeting) -> list[str]:
    """The searchable fields of a meeting, one a line, in reading order.

    Revision 0002 builds the same lines from table rows; keep the two in step.
    """
    lines = [meeting.title, meeting.body, meeting.place, meeting.notes]
    for attendee in meeting.attendees:
        lines += [attendee.name or attendee.group, attendee.position, attendee.organization]
    for item in meeting.agenda:
        lines.append(item.title)
        lines += item.presenters
        for statement in (*item.heard, *item.discussion):
            lines += [statement.speaker, statement.text]
        for decision in item.decisions:
            lines.append(decision.text)
            for action in decision.actions:
                lines.append(action.task)
                lines += action.responsible
    return [line for line in lines if line.strip()]


def folded_words(text: str) -> str:
    return " ".join(_WORD.findall(fold(text)))


def search_document(meeting: Meeting) -> tuple[str, str]:
    """(content, folded) of the meeting's search document."""
    content = "\n".join(document_lines(meeting))
    return content, folded_words(content)


def query_words(user_text: str) -> list[str]:
    return _WORD.findall(fold(user_text))[:MAX_QUERY_WORDS]


@dataclass(frozen=True, slots=True)
class Match:
    meeting_id: int
    date: date
    number: str
    title: str
    content: str


class SearchIndex(Protocol):
    def matches(self, session: Session, words: Sequence[str], limit: int) -> list[Match]:
        """Meetings whose document has, for every word, a word starting with it; newest first."""


def _hits_query(limit: int, *conditions: ColumnElement[bool]) -> Select[Any]:
    """The newest `limit` meetings meeting the conditions, with their documents' text.

    The text is joined only to those few: sorting every match with its text is what costs.
    """
    meeting, document = MeetingRecord, SearchDocumentRecord
    newest = (
        select(meeting.id, meeting.date, meeting.number, meeting.title)
        .where(*conditions)
        .order_by(meeting.date.desc(), meeting.id.desc())
        .limit(limit)
        .subquery()
    )
    return (
        select(newest, document.content)
        .join(document, document.meeting_id == newest.c.id)
        .order_by(newest.c.date.desc(), newest.c.id.desc())
    )


def _to_matches(rows: Iterable[Row]) -> list[Match]:  # type: ignore[type-arg]
    return [Match(*row) for row in rows]


class FoldedTextIndex:
    """Any database: every word must begin a word of the folded text."""

    def matches(self, session: Session, words: Sequence[str], limit: int) -> list[Match]:
        spaced = literal(" ") + SearchDocumentRecord.folded
        matching = select(SearchDocumentRecord.meeting_id).where(*(
            spaced.like(f"% {_escape_like(word)}%", escape="\\") for word in words
        ))
        return _to_matches(session.execute(_hits_query(limit, MeetingRecord.id.in_(matching))))


class Fts5Index:
    """SQLite: the `search_fts` FTS5 table over `search_document.folded`."""

    def matches(self, session: Session, words: Sequence[str], limit: int) -> list[Match]:
        expression = " ".join('"' + word.replace('"', '""') + '"*' for word in words)
        ids = text("SELECT rowid FROM search_fts WHERE search_fts MATCH :expression")
        ids = ids.bindparams(bindparam("expression", expression))
        query = _hits_query(limit, MeetingRecord.id.in_(ids.columns(rowid=Integer)))
        try:
            return _to_matches(session.execute(query))
        except OperationalError:
            # Not expected (the words are quoted), but a search must never fail: the plain
            # match gives the same answer, only slower.
            session.rollback()
            return FoldedTextIndex().matches(session, words, limit)


def search_index_for(session: Session) -> SearchIndex:
    dialect = session.get_bind().dialect.name
    return Fts5Index() if dialect == "sqlite" else FoldedTextIndex()


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def passage(content: str, words: Sequence[str], width: int = PASSAGE_WIDTH) -> str:
    """The line of `content` that matches the most words, cut to about `width` characters
    around its first match (… marks a cut)."""
    best_line, best_start, best_score = "", 0, 0
    for raw_line in content.splitlines():
        line = " ".join(raw_line.split())  # a passage is one line of single spaces
        score, start = _line_match(line, words)
        if score > best_score:
            best_line, best_start, best_score = line, start, score
            if score == len(words):
                break
    if not best_line:
        best_line = " ".join(content.splitlines()[0].split()) if content else ""
    return _cut(best_line, best_start, width)


def _line_match(line: str, words: Sequence[str]) -> tuple[int, int]:
    """How many of `words` begin a word of `line`, and where the first such word starts."""
    found: set[str] = set()
    first = -1
    for token in _WORD.finditer(line):
        folded = fold(token.group())
        hits = {word for word in words if folded.startswith(word)}
        if hits and first < 0:
            first = token.start()
        found |= hits
    return len(found), max(first, 0)


def _cut(line: str, start: int, width: int) -> str:
    if len(line) <= width:
        return line
    begin = max(0, min(start - width // 4, len(line) - width))
    if begin:
        space = line.find(" ", begin)
        begin = space + 1 if 0 <= space < begin + 20 else begin
    piece = line[begin:begin + width]
    return ("…" if begin else "") + piece + ("…" if begin + width < len(line) else "")
