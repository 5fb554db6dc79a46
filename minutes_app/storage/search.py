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
  rank, whose cost grows with the number of matches. The filters (dates, body, status, a
  person) are conditions of the same query.
* PostgreSQL: a GIN index of the words of `folded` and `stemmed` (revision 0007), prefix
  terms as FTS5's; the newest hits found in two steps (`PostgresTextIndex`).
* other databases: LIKE '% word%' over `folded`.

A hit carries its passage with the spans of the words that matched, and the agenda item where
the first word first matches, found from the document's lines up to the match and the items'
titles alone (`item_of`), never by loading the meeting: only the document's text up to a little
after the first match is read.

User text never reaches the query syntax: it is cut into words (letters and digits only), and
each becomes a quoted FTS5 prefix term, so quotes, AND, *, col:x or e-mail are plain words.
"""

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any, Protocol, TypeAlias

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Integer,
    Row,
    Select,
    Text,
    and_,
    any_,
    bindparam,
    case,
    cast,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from minutes_app.domain import Meeting, Status, TextEntry, Translations, fold
from minutes_app.domain.text import normalize_space
from minutes_app.storage.passage import PASSAGE_AFTER, passage
from minutes_app.storage.records import (
    ActionItemRecord,
    AgendaItemRecord,
    AttendanceRecord,
    DecisionRecord,
    MeetingRecord,
    SearchDocumentRecord,
)
from minutes_app.storage.stemming import stem, stem_candidates

_WORD = re.compile(r"[^\W_]+")  # letters and digits: what FTS5's unicode61 keeps as a token
# What is neither a word character nor already a space, but for "_" (a word character to re,
# not to FTS5), which is replaced on its own: one character class takes a third less time.
_NOT_WORD = re.compile(r"[^\w ]")
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
    return " " + _NOT_WORD.sub(" ", folded).replace("_", " ")


def search_document(meeting: Meeting,
                    stem_of: Callable[[str], str] = stem) -> tuple[str, str, str]:
    """(content, folded, stemmed) of the meeting's search document; `stem_of`: `stem`, or a
    cache of it for many documents (an import)."""
    content = document_content(document_lines(meeting))
    folded = fold_for_search(content)
    return content, folded, stems_for_search(folded, stem_of)


def stems_for_search(folded: str, stem_of: Callable[[str], str] = stem) -> str:
    """A space and the distinct stems of the folded text's words that are not its words'
    beginnings, parted by spaces (English «policy» → «polici»): a stem that begins its word
    is found in `folded` itself, so only these need a place of their own."""
    words = dict.fromkeys(folded.split())
    found = {s for word in words if not word.startswith(s := stem_of(word))}
    return " " + " ".join(sorted(found)) if found else ""


def query_words(user_text: str) -> list[str]:
    return _WORD.findall(fold(user_text))[:MAX_QUERY_WORDS]


def query_forms(word: str) -> list[str]:
    """What a typed word is matched by: itself, and its stems (a Cyrillic word without a
    Kazakh letter may be either language), each as the beginning of a word."""
    return list(_forms_of(word))


@lru_cache(maxsize=256)
def _forms_of(word: str) -> tuple[str, ...]:
    """`query_forms`, stemmed once a word: a search asks for them several times, and the
    next search (one more letter typed) for most of them again."""
    forms = [word, *stem_candidates(word)]
    # A form that begins another makes it redundant: every word it begins, the shorter does.
    return tuple(f for f in dict.fromkeys(forms)
                 if not any(o != f and f.startswith(o) for o in forms))


Span: TypeAlias = tuple[int, int]  # (start, length) of a word in a passage


@dataclass(frozen=True, slots=True)
class Match:
    meeting_id: int
    date: date
    number: str
    title: str
    passage: str
    item: int | None = None  # 1-based agenda item of the passage; None: the meeting's head
    spans: tuple[Span, ...] = ()  # the words of the passage that matched


@dataclass(frozen=True, slots=True)
class SearchFilter:
    """Which meetings a search may find; empty fields do not filter. `body` is the body's name
    (without case); `person` an attendee's or a responsible person's name, any of its words by
    their beginning or another form («Когамова» finds «Когамов М.Ч.»)."""

    date_from: date | None = None  # on or after
    date_to: date | None = None  # on or before
    body: str = ""
    person: str = ""
    status: Status | None = None

    def person_words(self) -> list[str]:
        return query_words(self.person)


NO_FILTER = SearchFilter()

# Meeting id, date, number and title, where the first word first matches, the document's
# text up to a little after it.
_Hits: TypeAlias = "Select[int, date, str, str, int, str]"


class SearchIndex(Protocol):
    def matches(self, session: Session, words: Sequence[str], limit: int,
                filters: SearchFilter = NO_FILTER) -> list[Match]:
        """Meetings whose document has, for every word, a word starting with it (or a form of
        it), that the filters let through; newest first."""


def _hits_query(session: Session, words: Sequence[str], limit: int,
                condition: ColumnElement[bool], filters: SearchFilter) -> _Hits:
    """The newest `limit` meetings meeting the condition and the filters, with where their
    first word first matches and the text up to a little after it (the rest is never read).

    The place is found inside the limited subquery, which the database computes once for each
    of its rows (SQLite does not flatten a subquery with a LIMIT); written in the outer query
    too it would scan the document a second time for `substr`."""
    meeting, document = MeetingRecord, SearchDocumentRecord
    newest = (
        select(meeting.id, meeting.date, meeting.number, meeting.title,
               _first_place(words[0]).label("first"))
        .join(document, document.meeting_id == meeting.id)
        .where(condition, *_filter_conditions(session, filters))
        .order_by(meeting.date.desc(), meeting.id.desc())
        .limit(limit)
        .subquery()
    )
    return (
        select(newest, func.substr(document.content, 1, newest.c.first + PASSAGE_AFTER))
        .join(document, document.meeting_id == newest.c.id)
        .order_by(newest.c.date.desc(), newest.c.id.desc())
    )


def _filter_conditions(session: Session, filters: SearchFilter) -> list[ColumnElement[bool]]:
    meeting = MeetingRecord
    conditions = []
    if filters.date_from is not None:
        conditions.append(meeting.date >= filters.date_from)
    if filters.date_to is not None:
        conditions.append(meeting.date <= filters.date_to)
    if filters.body.strip():
        conditions.append(meeting.body_fold == fold(normalize_space(filters.body)))
    if filters.status is not None:
        conditions.append(meeting.status == filters.status.value)
    person = filters.person_words()
    if person and session.get_bind().dialect.name == "sqlite":
        conditions.append(_names_a_person(session, person))
    return conditions


def _has_words(words: Sequence[str]) -> list[ColumnElement[bool]]:
    """For every word, one of its forms begins a word of the folded text or is one of its
    stems (read in the whole text: no index serves a LIKE '% word%')."""
    document = SearchDocumentRecord
    return [or_(*(column.like(f"% {_escape_like(form)}%", escape="\\")
                  for form in query_forms(word) for column in (document.folded, document.stemmed)))
            for word in words]


def _names_a_person(session: Session, words: Sequence[str]) -> ColumnElement[bool]:
    """The meeting has an attendee or a responsible person with the name's words. Only SQLite:
    names are folded in Python (`_names_match`, a function of the connection), as SQL folds
    only ASCII. The index has already kept only meetings whose text has these words (see
    `_match_words`), so few names are read."""
    connection = session.connection().connection.driver_connection
    connection.create_function(  # type: ignore[union-attr]
        "minutes_names_match", 2, _names_match, deterministic=True)
    spec = json.dumps([query_forms(word) for word in words])
    attendee = select(AttendanceRecord.id).where(
        AttendanceRecord.meeting_id == MeetingRecord.id,
        func.minutes_names_match(AttendanceRecord.name, spec) == 1)
    responsible = (
        select(ActionItemRecord.id)
        .join(DecisionRecord, ActionItemRecord.decision_id == DecisionRecord.id)
        .join(AgendaItemRecord, DecisionRecord.agenda_item_id == AgendaItemRecord.id)
        .where(AgendaItemRecord.meeting_id == MeetingRecord.id,
               func.minutes_names_match(ActionItemRecord.responsible, spec) == 1))
    return or_(attendee.exists(), responsible.exists())


@lru_cache(maxsize=4096)
def _names_match(value: str | None, spec: str) -> int:
    """1 when a name in `value` (a name, or a JSON list of names) has, for every group of forms
    in `spec`, a word that one of them begins. Remembered: the same names come back in the
    next search with the same person (the secretary typing the words)."""
    if not value:
        return 0
    names = _names_in(value)
    groups = _groups(spec)
    for name in names:
        name_words = fold_for_search(str(name)).split()
        if all(any(_word_matches(w, forms) for w in name_words) for forms in groups):
            return 1
    return 0


@lru_cache(maxsize=8)
def _groups(spec: str) -> list[list[str]]:
    """The groups of forms of a person filter, decoded once, not once a name."""
    groups: list[list[str]] = json.loads(spec)
    return groups


def _names_in(value: str) -> list[object]:
    """The names of a responsible column (a JSON list) or of an attendee's name."""
    if value.startswith("["):
        try:
            names = json.loads(value)
        except ValueError:  # an attendee typed as «[Иванов]»
            return [value]
        return names if isinstance(names, list) else [value]
    return [value]


def _word_matches(word: str, forms: Sequence[str]) -> bool:
    """A word of the text matches a query word when one of its forms begins the word or the
    word's stem, as the index matches them. Only an English stem may not begin its word
    («policy», «polici»): Russian and Kazakh stems only lose endings, and are not made."""
    if any(word.startswith(form) for form in forms):
        return True
    word_stem = stem(word) if word.isascii() else word
    return word_stem != word and any(word_stem.startswith(form) for form in forms)


def _match_words(words: Sequence[str], filters: SearchFilter) -> list[str]:
    """What the index must match: the query's words and the person's (the exact check that the
    person is an attendee or responsible comes after, on these few meetings)."""
    return list(dict.fromkeys([*words, *filters.person_words()]))


def _first_place(word: str) -> ColumnElement[int]:
    """Where a form of the word (`query_forms`, the word itself or a stem that begins it) first
    begins a word of the text (0: only an English stem matched, whose word does not begin with
    it). One scan of the text for the usual single form."""
    places = [_Position(SearchDocumentRecord.folded, literal(" " + form))
              for form in query_forms(word)]
    first: ColumnElement[int] = places[-1]
    for place in reversed(places[:-1]):
        first = case((place > 0, place), else_=first)
    return first


def _run(session: Session, query: _Hits, words: Sequence[str]) -> list[Match]:
    rows = session.execute(query).all()
    if not rows:
        return []
    return _matches(rows, _item_titles(session, [row[0] for row in rows]), words)


def _matches(rows: Iterable[Sequence[Any]], titles: dict[int, list[str]],
             words: Sequence[str]) -> list[Match]:
    """The hits of `_hits_query`'s rows, with their passages and items (`titles`: the agenda
    items' titles of each meeting, in order)."""
    highlight = Highlighter(all_forms(words))
    matches = []
    for meeting_id, day, number, title, first, content in rows:
        at = max(first - 1, 0)  # `first` is 1-based; 0 (a stem elsewhere): the document's start
        shown = passage(content, at)
        item = item_of(content.split("\n"), content.count("\n", 0, at),
                       map(title_line, titles.get(meeting_id, [])), bool(title.strip()))
        matches.append(Match(meeting_id, day, number, title, shown, item, highlight.spans(shown)))
    return matches


_AGENDA_ITEM = AgendaItemRecord.__table__.c
# Table columns, not the mapped class's: plain rows, without the ORM's loading (a third less).
_ITEM_TITLES = (
    select(_AGENDA_ITEM.meeting_id, _AGENDA_ITEM.title)
    .where(_AGENDA_ITEM.meeting_id.in_(bindparam("meeting_ids", expanding=True)))
    .order_by(_AGENDA_ITEM.meeting_id, _AGENDA_ITEM.ordinal)
)


def _item_titles(session: Session, meeting_ids: Sequence[int]) -> dict[int, list[str]]:
    """The agenda items' titles of these meetings, in order (only this column is read)."""
    titles: dict[int, list[str]] = {}
    rows: Sequence[Row[int, str]] = session.execute(
        _ITEM_TITLES, {"meeting_ids": list(meeting_ids)}).all()
    for meeting_id, title in rows:
        titles.setdefault(meeting_id, []).append(title)
    return titles


def title_line(title: str) -> str:
    """The line an agenda item's title begins in the search document ("" for no title)."""
    return document_content([title]).split("\n")[0] if title.strip() else ""


def item_of(lines: Sequence[str], line: int, title_lines: Iterable[str],
            titled: bool = True) -> int | None:
    """The 1-based agenda item whose part of the document (`document_lines`, read up to `line`
    at least) holds `line`, or None for the head (title, body, attendees…).

    An item's part begins with its title's line (`title_line`): each is looked for, in order,
    after the one before. The first line is the meeting's title when it has one (`titled`),
    never an item's, though the two are often the same. An item with an empty title cannot be
    placed: its lines count as the item before's. An item whose title is not found by `line`
    begins after it, as every later one does: their titles are not looked for, nor read
    (`title_lines` may make each as it is asked for).
    """
    found, after = None, 1 if titled else 0
    for number, wanted in enumerate(title_lines, start=1):
        if not wanted:
            continue
        start = _index(lines, wanted, after, line + 1)
        if start is None:
            break
        found, after = number, start + 1
    return found


def _index(lines: Sequence[str], wanted: str, begin: int, end: int) -> int | None:
    return next((i for i in range(begin, min(end, len(lines))) if lines[i] == wanted), None)


def all_forms(words: Sequence[str]) -> list[str]:
    """Every form of every query word, for `highlight_spans`."""
    return list(dict.fromkeys(form for word in words for form in [word, *query_forms(word)]))


class Highlighter:
    """Finds the words of a passage that one of the query's forms (`all_forms`) begins, compared
    on folded text (a folded passage keeps every character's place); made once a search."""

    def __init__(self, forms: Sequence[str]) -> None:
        self._forms = tuple(forms)
        alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
        # A word (letters and digits) that begins with a form; forms are folded words.
        self._begun = re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W_]*") if forms else None
        self._english = any(form.isascii() for form in forms)

    def spans(self, shown: str) -> tuple[Span, ...]:
        """(start, length) of every matching word of the passage, in order."""
        if self._begun is None:
            return ()
        folded = fold_for_search(shown)[1:]
        found = {m.start(): m.end() - m.start() for m in self._begun.finditer(folded)}
        if self._english:  # an English stem need not begin its word («policy», «polici»)
            found.update((m.start(), m.end() - m.start()) for m in _WORD.finditer(folded)
                         if m.start() not in found and m.group().isascii()
                         and _word_matches(m.group(), self._forms))
        return tuple(sorted(found.items()))


def highlight_spans(shown: str, forms: Sequence[str]) -> tuple[Span, ...]:
    """(start, length) of every word of the passage that one of the query's forms (`all_forms`)
    begins, compared on folded text (a folded passage keeps every character's place)."""
    return Highlighter(forms).spans(shown)


class FoldedTextIndex:
    """Any database: every word, or a form of it, must begin a word of the folded text or be
    one of its stems."""

    def matches(self, session: Session, words: Sequence[str], limit: int,
                filters: SearchFilter = NO_FILTER) -> list[Match]:
        matching = select(SearchDocumentRecord.meeting_id).where(
            *_has_words(_match_words(words, filters)))
        query = _hits_query(session, words, limit, MeetingRecord.id.in_(matching), filters)
        return _run(session, query, words)


class Fts5Index:
    """SQLite: the `search_fts` FTS5 table over `search_document.folded` and `.stemmed`."""

    def matches(self, session: Session, words: Sequence[str], limit: int,
                filters: SearchFilter = NO_FILTER) -> list[Match]:
        matching = text("SELECT rowid FROM search_fts WHERE search_fts MATCH :expression")
        expression = fts5_expression(_match_words(words, filters))
        matching = matching.bindparams(bindparam("expression", expression))
        # `id + 0`: scan meetings newest first and stop at `limit` hits, rather than sort every
        # match by date (10,000 matches: 1.2 ms instead of 2.5 ms; few matches: both < 1 ms).
        condition = (MeetingRecord.id + 0).in_(matching.columns(rowid=Integer))
        try:
            return _run(session, _hits_query(session, words, limit, condition, filters), words)
        except OperationalError:
            # Not expected (the words are quoted), but a search must never fail: the plain
            # match gives the same answer, only slower.
            session.rollback()
            return FoldedTextIndex().matches(session, words, limit, filters)


def fts5_expression(words: Sequence[str]) -> str:
    """Every word, as any of its forms beginning a token of either column:
    («полиц»* OR «полиция»*) AND …; each form quoted, so no typed text is query syntax."""
    terms = []
    for word in words:
        forms = ['"' + form.replace('"', '""') + '"*' for form in query_forms(word)]
        terms.append(forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")")
    return " AND ".join(terms)


# The words of a search document on PostgreSQL: a column the server makes, with its index
# (revision 0007); not in the ORM's model, which never writes it.
_DOCUMENT_WORDS: ColumnElement[Any] = literal_column("search_document.words")
_LONGEST_LEXEME = 2047  # bytes: PostgreSQL indexes no longer word and refuses one in a query


class PostgresTextIndex:
    """PostgreSQL: revision 0007's GIN index of the words of `folded` and `stemmed`, queried
    with prefix terms as FTS5 is; a word too long for it is looked for in the text instead.

    The newest matching meetings are found in two steps (`_newest_with_words`), because the
    planner cannot choose between them: it counts a document's words as read from the table's
    own pages, where they live in its TOAST (a scan of 10,000 documents reads 35,000 pages,
    45 ms, costed as 114), and it guesses how many documents a prefix term matches."""

    def matches(self, session: Session, words: Sequence[str], limit: int,
                filters: SearchFilter = NO_FILTER) -> list[Match]:
        match_words = _match_words(words, filters)
        query = (_indexed_words_match(match_words) if _indexable(match_words)
                 else and_(*_has_words(match_words)))  # a word too long for the index
        others = replace(filters, person="")
        if filters.person_words():
            newest = _newest_naming(session, query, others, limit, filters.person_words())
        else:
            newest = _newest_with_words(session, query, others, limit)
        if not newest:
            return []
        rows = session.execute(_hits_of(words, newest)).all()
        titles = {row[0]: row[6] or [] for row in rows}
        return _matches([row[:6] for row in rows], titles, words)


def _newest_with_words(session: Session, query: ColumnElement[bool], filters: SearchFilter,
                       count: int) -> list[int]:
    """The newest `count` meetings the filters let through whose document has the words.

    A word most meetings have (a search for «заседание») is found among the newest ones: the
    words of the newest 2 × `count` meetings are read one by one (50 hits: 1 ms at 10,000
    meetings). If they hold some hits but too few, the meetings are read newest first until
    enough are found (`_newest_among_many`); if none, the word is rare and its meetings are
    found first (`_newest_of_few`). Either way the GIN index tells which documents have the
    words (a word in 1,471 of 10,000 meetings, none of them among the newest 100:
    0.5 ms and 5 ms the wrong way round)."""
    window = 2 * count
    newest = (select(MeetingRecord.id, MeetingRecord.date)
              .where(*_filter_conditions(session, filters))
              .order_by(MeetingRecord.date.desc(), MeetingRecord.id.desc())
              .limit(window).subquery())
    # A subquery a meeting: each document is looked up by its key. Joined, the planner reads
    # every document's row to hash them (0.7 ms of 3 at 10,000 meetings).
    has_words = (select(query).where(SearchDocumentRecord.meeting_id == newest.c.id)
                 .scalar_subquery())
    looked: Sequence[Row[int, bool]] = session.execute(
        select(newest.c.id, has_words)
        .order_by(newest.c.date.desc(), newest.c.id.desc())).all()
    found = [meeting_id for meeting_id, has_words in looked if has_words]
    if len(found) >= count or len(looked) < window:
        return found[:count]
    if found:
        return _newest_among_many(session, query, filters, count)
    return _newest_of_few(session, query, filters, count)


def _newest_among_many(session: Session, query: ColumnElement[bool], filters: SearchFilter,
                       count: int) -> list[int]:
    """The newest `count` meetings the filters let through whose document has the words, for
    words at least one of the newest 2 × `count` meetings has: the meetings are read newest
    first, each looked up in a hash of every document with the words (made once, from the
    GIN index), until `count` are found. `IS TRUE` keeps the planner from making the lookup a
    join, which would read every meeting first."""
    with_words = select(SearchDocumentRecord.meeting_id).where(query)
    newest = (select(MeetingRecord.id)
              .where(MeetingRecord.id.in_(with_words).is_(True),
                     *_filter_conditions(session, filters))
              .order_by(MeetingRecord.date.desc(), MeetingRecord.id.desc())
              .limit(count))
    return _through_index(session, newest)


def _newest_of_few(session: Session, query: ColumnElement[bool], filters: SearchFilter,
                   count: int) -> list[int]:
    """The newest `count` meetings the filters let through whose document has the words, for
    words none of the newest 2 × `count` meetings has: the documents with the words are found
    first (in the GIN index), then their meetings, which are few."""
    hits = select(SearchDocumentRecord.meeting_id).where(query).cte("hits").prefix_with(
        "MATERIALIZED")
    newest = (select(MeetingRecord.id)
              .join(hits, hits.c.meeting_id == MeetingRecord.id)
              .where(*_filter_conditions(session, filters))
              .order_by(MeetingRecord.date.desc(), MeetingRecord.id.desc())
              .limit(count))
    return _through_index(session, newest)


def _through_index(session: Session, newest: "Select[int]") -> list[int]:
    """The ids `newest` selects, with the planner told to read the documents' words through
    the GIN index: it costs a scan of them as cheap (see PostgresTextIndex)."""
    # A failed statement ends the transaction, and with it the setting: no `finally` needed.
    session.execute(text("SET LOCAL enable_seqscan = off"))
    found = list(session.scalars(newest))
    session.execute(text("RESET enable_seqscan"))
    return found


def _hits_of(words: Sequence[str], meeting_ids: Sequence[int]) -> "Select[Any]":
    """These meetings, newest first, with where their first word first matches and the text
    up to a little after it (see `_hits_query`).

    Both tables are read by the meetings' keys; the documents in a subquery the planner keeps
    apart (`OFFSET`), so the place is found once a document, not again for `substr`. Each
    meeting's agenda titles come with it, in order, as an array: one statement less than
    SQLite's `_item_titles`, and 50 rows instead of about 500."""
    # PostgreSQL's dialect is loaded once connected to a server; SQLite's start never loads it
    from sqlalchemy.dialects.postgresql import aggregate_order_by

    document, meeting, item = SearchDocumentRecord, MeetingRecord, _AGENDA_ITEM
    ids = _any_of(meeting_ids)
    places = (select(document.meeting_id, document.content, _first_place(words[0]).label("first"))
              .where(document.meeting_id == ids)
              .offset(0)
              .subquery())
    titles = (select(func.array_agg(aggregate_order_by(item.title, item.ordinal)))
              .where(item.meeting_id == meeting.id)
              .scalar_subquery())
    return (
        select(meeting.id, meeting.date, meeting.number, meeting.title, places.c.first,
               func.substr(places.c.content, 1, places.c.first + PASSAGE_AFTER), titles)
        .join(places, places.c.meeting_id == meeting.id)
        .where(meeting.id == ids)
        .order_by(meeting.date.desc(), meeting.id.desc())
    )


_NAMES_BATCH = 64  # meetings whose names are read first, newest first; then twice as many


def _newest_naming(session: Session, query: ColumnElement[bool], filters: SearchFilter,
                   limit: int, person: Sequence[str]) -> list[int]:
    """The newest `limit` meetings with the words that the filters let through and that have
    an attendee or a responsible person of the person's name. PostgreSQL cannot call Python to
    fold names: their names are matched here (`_names_match`, as SQLite's function does), a
    batch of meetings at a time, until `limit` are found."""
    spec = json.dumps([query_forms(word) for word in person])
    found: list[int] = []
    start, size = 0, _NAMES_BATCH
    while len(found) < limit:
        batch = _newest_with_words(session, query, filters, start + size)[start:]
        named = _naming(session, batch, spec)
        found += [meeting_id for meeting_id in batch if meeting_id in named]
        if len(batch) < size:
            break
        start, size = start + size, size * 2
    return found[:limit]


def _naming(session: Session, meeting_ids: Sequence[int], spec: str) -> set[int]:
    """Which of the meetings have an attendee or a responsible person matching `spec`; each
    distinct name is matched once (`_names_match` remembers). A meeting's names come as
    one array (a row each would be 20 times the rows to hand over). The responsible persons,
    many more, are read only for the meetings no attendee named, as text (the driver would
    decode every task's JSON)."""
    attendees = (select(AttendanceRecord.meeting_id, func.array_agg(AttendanceRecord.name))
                 .where(AttendanceRecord.meeting_id == _any_of(meeting_ids))
                 .group_by(AttendanceRecord.meeting_id))
    named = _matching(session.execute(attendees), spec)
    unnamed = [meeting_id for meeting_id in meeting_ids if meeting_id not in named]
    if unnamed:
        responsible = (
            select(AgendaItemRecord.meeting_id,
                   func.array_agg(cast(ActionItemRecord.responsible, Text)))
            .join(DecisionRecord, ActionItemRecord.decision_id == DecisionRecord.id)
            .join(AgendaItemRecord, DecisionRecord.agenda_item_id == AgendaItemRecord.id)
            .where(AgendaItemRecord.meeting_id == _any_of(unnamed))
            .group_by(AgendaItemRecord.meeting_id))
        named |= _matching(session.execute(responsible), spec)
    return named


def _matching(rows: Iterable[Row[int, list[str]]], spec: str) -> set[int]:
    """The meetings one of whose names matches `spec` (one is enough: the rest are not
    matched)."""
    return {meeting_id for meeting_id, values in rows
            if any(_names_match(value, spec) for value in values)}


def _any_of(meeting_ids: Sequence[int]) -> ColumnElement[Any]:
    """The ids as one array parameter (`= ANY`): the statement's text is the same for any
    number of them, and the driver prepares it once."""
    return any_(bindparam("meeting_ids", list(meeting_ids), type_=ARRAY(Integer)))


def _indexable(words: Sequence[str]) -> bool:
    return all(len(form.encode()) <= _LONGEST_LEXEME for word in words
               for form in query_forms(word))


def _indexed_words_match(words: Sequence[str]) -> ColumnElement[bool]:
    query = func.to_tsquery(literal_column("'simple'::regconfig"), tsquery_expression(words))
    return _DOCUMENT_WORDS.op("@@", is_comparison=True)(query)


def tsquery_expression(words: Sequence[str]) -> str:
    """Every word, as any of its forms beginning a word: ('полиц':* | 'полиция':*) & …; each
    form quoted, so no typed text is query syntax."""
    terms = []
    for word in words:
        forms = ["'" + form.replace("\\", "\\\\").replace("'", "''") + "':*"
                 for form in query_forms(word)]
        terms.append(forms[0] if len(forms) == 1 else "(" + " | ".join(forms) + ")")
    return " & ".join(terms)


def search_index_for(session: Session) -> SearchIndex:
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return Fts5Index()
    return PostgresTextIndex() if dialect == "postgresql" else FoldedTextIndex()


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
