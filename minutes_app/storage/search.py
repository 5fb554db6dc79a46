"""Full-text search over meetings: the search document and the dialect-specific index.

Design: every meeting has exactly one row in `search_document`, written by this layer in the
same transaction as each create, save, delete (by cascade) and import of the meeting, so the
index can never lag behind or outlive its meeting, whatever part of the program wrote it. One
document per meeting (not one per agenda item) matches what a hit is — a meeting — and keeps
the index small. The document holds

* `content`: the searchable fields as typed (NFC), one a line, for the passage of a hit;
* `folded`: a space, then the same text folded in Python (`domain.fold`: the case of every
  script, ё → е) with every character that is not a letter or digit made a space. So a word
  starts wherever a space is followed by it, and the (1-based) place of " word" in `folded`
  is the (1-based) place of "word" in `content`.

The database then only matches folded words by their start:

* SQLite: an FTS5 table over `folded` (external content) kept in step by triggers on
  `search_document` (revision 0002). Hits are ordered by date with a LIMIT, never by bm25
  rank, whose cost grows with the number of matches; only a window of text around the first
  match of the shown hits is read.
* other databases: LIKE '% word%' over `folded`.

User text never reaches the query syntax: it is cut into words (letters and digits only), and
each becomes a quoted FTS5 prefix term, so quotes, AND, *, col:x or e-mail are plain words.
"""

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol, TypeAlias

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from minutes_app.domain import Meeting, TextEntry, Translations, fold
from minutes_app.storage.passage import WINDOW, WINDOW_BEFORE, passage
from minutes_app.storage.records import MeetingRecord, SearchDocumentRecord
from minutes_app.storage.stemming import stem, stem_candidates

_WORD = re.compile(r"[^\W_]+")  # letters and digits: what FTS5's unicode61 keeps as a token
_NOT_WORD = re.compile(r"[^\w ]|_")  # what is neither a word character nor already a space
MAX_QUERY_WORDS = 16


def document_lines(meeting: Meeting) -> list[str]:
    """The searchable fields of a meeting, one a line, in reading order; each thing's texts in
    other languages follow its own.

    Revision 0002 builds the same lines from table rows; keep the two in step. Fields added
    later come only after the ones it knows and are empty in rows made before them, so the
    documents it made stay the ones this function makes.
    """
    lines = [meeting.title, meeting.body, meeting.place, meeting.notes,
             *_versions(meeting.translations)]
    lines += _entry_lines(meeting.organizers)
    for attendee in meeting.attendees:
        lines += [attendee.name or attendee.group, attendee.position, attendee.organization,
                  attendee.degree, attendee.rank, *_versions(attendee.translations)]
    for item in meeting.agenda:
        lines += [item.title, *_versions(item.translations)]
        lines += item.presenters
        for statement in (*item.heard, *item.discussion, *item.proposals):
            lines += [statement.speaker, statement.text, *_versions(statement.translations)]
        for decision in item.decisions:
            lines += [decision.text, *_versions(decision.translations)]
            for action in decision.actions:
                lines += [action.task, action.done_note, *_versions(action.translations)]
                lines += action.responsible
        lines += _entry_lines(item.conclusions)
    lines += _entry_lines(meeting.conclusions)
    return [line for line in lines if line.strip()]


def _versions(translations: Translations) -> list[str]:
    return [text for _, _, text in translations.entries]


def _entry_lines(entries: Sequence[TextEntry]) -> list[str]:
    return [line for entry in entries for line in (entry.text, *_versions(entry.translations))]


def document_content(lines: Sequence[str]) -> str:
    # NUL ends a string for some SQL functions (substr): the document has a space instead.
    return unicodedata.normalize("NFC", "\n".join(lines)).replace("\x00", " ")


def fold_for_search(content: str) -> str:
    """A space and `content` folded, letters and digits only, the rest spaces."""
    folded = fold(content)
    if len(folded) != len(content):  # a letter that folds to two (ß → ss): keep it as it is
        folded = "".join(f if len(f := fold(c)) == 1 else c for c in content)
    return " " + _NOT_WORD.sub(" ", folded)


def search_document(meeting: Meeting) -> tuple[str, str, str]:
    """(content, folded, stemmed) of the meeting's search document."""
    content = document_content(document_lines(meeting))
    folded = fold_for_search(content)
    return content, folded, stems_for_search(folded)


def stems_for_search(folded: str) -> str:
    """A space and the distinct stems of the folded text's words that are not its words'
    beginnings, parted by spaces (English «policy» → «polici»): a stem that begins its word
    is found in `folded` itself, so only these need a place of their own."""
    words = dict.fromkeys(folded.split())
    found = {s for word in words if not word.startswith(s := stem(word))}
    return " " + " ".join(sorted(found)) if found else ""


def query_words(user_text: str) -> list[str]:
    return _WORD.findall(fold(user_text))[:MAX_QUERY_WORDS]


def query_forms(word: str) -> list[str]:
    """What a typed word is matched by: itself, and its stems (a Cyrillic word without a
    Kazakh letter may be either language), each as the beginning of a word."""
    forms = [word, *stem_candidates(word)]
    # A form that begins another makes it redundant: every word it begins, the shorter does.
    return [f for f in dict.fromkeys(forms)
            if not any(o != f and f.startswith(o) for o in forms)]


@dataclass(frozen=True, slots=True)
class Match:
    meeting_id: int
    date: date
    number: str
    title: str
    passage: str


# Meeting id, date, number and title, where the first word first matches, where the window
# starts, the window's text.
_Hits: TypeAlias = "Select[int, date, str, str, int, int, str]"


class SearchIndex(Protocol):
    def matches(self, session: Session, words: Sequence[str], limit: int) -> list[Match]:
        """Meetings whose document has, for every word, a word starting with it; newest first."""


def _hits_query(words: Sequence[str], limit: int, condition: ColumnElement[bool]) -> _Hits:
    """The newest `limit` meetings meeting the condition, with a window of their text from a
    little before the first word's first match (the text of the other matches is never read)."""
    meeting, document = MeetingRecord, SearchDocumentRecord
    newest = (
        select(meeting.id, meeting.date, meeting.number, meeting.title)
        .where(condition)
        .order_by(meeting.date.desc(), meeting.id.desc())
        .limit(limit)
        .subquery()
    )
    first = _first_place(words[0])
    start = case((first > WINDOW_BEFORE, first - WINDOW_BEFORE), else_=1)
    return (
        select(newest, first, start, func.substr(document.content, start, WINDOW))
        .join(document, document.meeting_id == newest.c.id)
        .order_by(newest.c.date.desc(), newest.c.id.desc())
    )


def _first_place(word: str) -> ColumnElement[int]:
    """Where the word, or failing it a form of it, first begins a word of the text (0: only an
    English stem matched, whose word does not begin with it)."""
    places = [_Position(SearchDocumentRecord.folded, literal(" " + form))
              for form in dict.fromkeys([word, *query_forms(word)])]
    first: ColumnElement[int] = places[-1]
    for place in reversed(places[:-1]):
        first = case((place > 0, place), else_=first)
    return first


def _run(session: Session, query: _Hits, words: Sequence[str]) -> list[Match]:
    return [
        Match(meeting_id, day, number, title, passage(content, max(first - start, 0), start > 1))
        for meeting_id, day, number, title, first, start, content in session.execute(query)
    ]


class FoldedTextIndex:
    """Any database: every word, or a form of it, must begin a word of the folded text or be
    one of its stems."""

    def matches(self, session: Session, words: Sequence[str], limit: int) -> list[Match]:
        document = SearchDocumentRecord
        matching = select(document.meeting_id).where(*(
            or_(*(column.like(f"% {_escape_like(form)}%", escape="\\")
                  for form in query_forms(word) for column in (document.folded, document.stemmed)))
            for word in words
        ))
        return _run(session, _hits_query(words, limit, MeetingRecord.id.in_(matching)), words)


class Fts5Index:
    """SQLite: the `search_fts` FTS5 table over `search_document.folded` and `.stemmed`."""

    def matches(self, session: Session, words: Sequence[str], limit: int) -> list[Match]:
        matching = text("SELECT rowid FROM search_fts WHERE search_fts MATCH :expression")
        matching = matching.bindparams(bindparam("expression", fts5_expression(words)))
        # `id + 0`: scan meetings newest first and stop at `limit` hits, rather than sort every
        # match by date (10,000 matches: 1.2 ms instead of 2.5 ms; few matches: both < 1 ms).
        condition = (MeetingRecord.id + 0).in_(matching.columns(rowid=Integer))
        try:
            return _run(session, _hits_query(words, limit, condition), words)
        except OperationalError:
            # Not expected (the words are quoted), but a search must never fail: the plain
            # match gives the same answer, only slower.
            session.rollback()
            return FoldedTextIndex().matches(session, words, limit)


def fts5_expression(words: Sequence[str]) -> str:
    """Every word, as any of its forms beginning a token of either column:
    («полиц»* OR «полиция»*) AND …; each form quoted, so no typed text is query syntax."""
    terms = []
    for word in words:
        forms = ['"' + form.replace('"', '""') + '"*' for form in query_forms(word)]
        terms.append(forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")")
    return " AND ".join(terms)


def search_index_for(session: Session) -> SearchIndex:
    dialect = session.get_bind().dialect.name
    return Fts5Index() if dialect == "sqlite" else FoldedTextIndex()


class _Position(FunctionElement[int]):
    """The 1-based place of the second text in the first, 0 if absent (SQL has no one name)."""

    type = Integer()
    inherit_cache = True


@compiles(_Position)
def _strpos(element: _Position, compiler: Any, **kw: Any) -> str:
    return f"strpos({compiler.process(element.clauses, **kw)})"


@compiles(_Position, "sqlite")
def _instr(element: _Position, compiler: Any, **kw: Any) -> str:
    return f"instr({compiler.process(element.clauses, **kw)})"


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
