"""Inserting whole meetings with Core executemany: one statement per table, not per row.

Import of a decade of records is one transaction, stored a batch at a time by one Inserter,
which keeps what holds for the whole transaction (people's ids, stems, compiled statements).
Tables whose rows need no ids back are given to the driver's executemany directly, with the
values SQLAlchemy would bind (`_Statement`). The ids of new agenda items and decisions
come back from batched INSERT ... RETURNING together with their parent and key, which are
unique together, so the order of the returned rows does not matter (asking SQLAlchemy for
rows in parameter order makes it send one INSERT per row on SQLite). Meetings have no such key
and are inserted with their ids in order, one statement each: there are ten times fewer.

On SQLite an import indexes its search documents for FTS5 once, at its end
(`indexed_at_the_end`), rather than row by row through the insert trigger.
"""

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import JSON, Dialect, Table, func, insert, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import ReturningInsert

from minutes_app.domain import Attendee, Meeting
from minutes_app.storage.directory import link_people, person_key
from minutes_app.storage.records import (
    ActionItemRecord,
    AgendaItemRecord,
    AttendanceRecord,
    DecisionRecord,
    MeetingRecord,
    SearchDocumentRecord,
    StatementRecord,
)
from minutes_app.storage.rows import (
    Values,
    action_values,
    agenda_values,
    attendance_values,
    decision_values,
    meeting_values,
    statement_values,
    statements_of,
)
from minutes_app.storage.search import search_document
from minutes_app.storage.stemming import stem

STEMS_KEPT = 1 << 16  # word forms whose stems an import keeps (a few MB)


def insert_meetings(session: Session, meetings: Sequence[Meeting]) -> list[int]:
    """Insert the meetings (keys already unique) and their search documents; new ids in order."""
    return Inserter(session).insert(meetings)


def inserter_for(session: Session) -> "Inserter":
    """The Inserter of the session (made at its first use), so that the batches of one
    transaction share what it remembers."""
    inserter = session.info.get(_INSERTER)
    if not isinstance(inserter, Inserter):
        inserter = session.info[_INSERTER] = Inserter(session)
    return inserter


_INSERTER = "minutes.bulk_inserter"  # its place in Session.info


class Inserter:
    """Inserts new meetings a batch at a time into one transaction (an import), remembering
    between batches what stays true within it: the directory ids of the attendees by their
    names as written (a person is only ever added), and the stems of words. The same few
    hundred people attend thousands of meetings and the same words recur in them: each name
    is parsed, and each word stemmed, once an import instead of once a batch."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._people: dict[str, int] = {}
        self._statements: dict[tuple[str, tuple[str, ...]], _Statement | None] = {}
        # Bounded: a decade of minutes has tens of thousands of word forms, not millions.
        self._stem_of = lru_cache(maxsize=STEMS_KEPT)(stem)

    def insert(self, meetings: Sequence[Meeting]) -> list[int]:
        """Insert the meetings (keys already unique, see rows.with_unique_keys) and their
        search documents; their new ids in order."""
        if not meetings:
            return []
        session = self._session
        people = self._link_people(meetings)
        meeting_ids = _insert_in_order(session, MeetingRecord,
                                       [meeting_values(m) for m in meetings])
        attendance, items, item_rows = [], [], []
        for meeting, meeting_id in zip(meetings, meeting_ids, strict=True):
            for ordinal, attendee in enumerate(meeting.attendees):
                row = _with(attendance_values(attendee, ordinal), "meeting_id", meeting_id)
                row["person_id"] = None if attendee.is_group else people[attendee.name]
                attendance.append(row)
            for ordinal, item in enumerate(meeting.agenda):
                items.append(item)
                item_rows.append(_with(agenda_values(item, ordinal), "meeting_id", meeting_id))
        self._insert(AttendanceRecord, attendance)
        item_ids = _insert_keyed(session, AgendaItemRecord, "meeting_id", item_rows)
        self._insert_item_children(items, item_ids)
        documents = []
        for meeting, meeting_id in zip(meetings, meeting_ids, strict=True):
            content, folded, stemmed = search_document(meeting, self._stem_of)
            documents.append({"meeting_id": meeting_id, "content": content, "folded": folded,
                              "stemmed": stemmed})
        self._insert(SearchDocumentRecord, documents)
        return meeting_ids

    def _insert_item_children(self, items: Sequence[Any], item_ids: list[int]) -> None:
        statements, decisions, rows = [], [], []
        for item, item_id in zip(items, item_ids, strict=True):
            for statement, kind, ordinal in statements_of(item):
                statements.append(_with(statement_values(statement, kind, ordinal),
                                        "agenda_item_id", item_id))
            for ordinal, decision in enumerate(item.decisions):
                decisions.append(decision)
                rows.append(_with(decision_values(decision, ordinal), "agenda_item_id", item_id))
        self._insert(StatementRecord, statements)
        decision_ids = _insert_keyed(self._session, DecisionRecord, "agenda_item_id", rows)
        actions = [
            _with(action_values(action, ordinal), "decision_id", decision_id)
            for decision, decision_id in zip(decisions, decision_ids, strict=True)
            for ordinal, action in enumerate(decision.actions)
        ]
        self._insert(ActionItemRecord, actions)

    def _insert(self, record: type[Any], rows: list[Values]) -> None:
        """The rows (each with the same keys) in one executemany of a statement compiled once
        an import for the connection's dialect; the driver is given each row's values as the
        dialect binds them, through their column types' processors. SQLAlchemy's own
        executemany makes every row's parameters again from its compiled statement: about a
        sixth of the time these inserts take (measured at 1,000 meetings)."""
        if not rows:
            return
        table: Table = record.__table__
        keys = tuple(rows[0])
        connection = self._session.connection()
        if (table.name, keys) not in self._statements:
            self._statements[table.name, keys] = _Statement.compile(table, keys,
                                                                    connection.dialect)
        statement = self._statements[table.name, keys]
        if statement is None:  # a column left to its default: SQLAlchemy fills it in
            self._session.execute(insert(table), rows)
        else:
            connection.exec_driver_sql(statement.sql, statement.parameters(rows))

    def _link_people(self, meetings: Sequence[Meeting]) -> dict[str, int]:
        """Directory ids of the meetings' attendees, by their names as written; only names
        not met in an earlier batch are looked up (link_people adds the missing)."""
        new: dict[str, Attendee] = {}
        for meeting in meetings:
            for attendee in meeting.attendees:
                if not attendee.is_group and attendee.name not in self._people:
                    new.setdefault(attendee.name, attendee)
        if new:
            ids = link_people(self._session, new.values())
            self._people.update((name, ids[person_key(name)]) for name in new)
        return self._people


# The FTS5 index's insert trigger and what it copies, as revision 0005 made them.
_INSERT_TRIGGER = "search_fts_after_insert"
_INDEX_NEW = text("INSERT INTO search_fts(rowid, folded, stemmed) SELECT meeting_id, folded, "
                  "stemmed FROM search_document WHERE meeting_id > :last ORDER BY meeting_id")


@contextmanager
def indexed_at_the_end(session: Session) -> Iterator[None]:
    """The search documents inserted in the block are indexed by one statement at its end
    instead of one trigger run per row (a quarter less work for FTS5, measured; as cheap as
    rebuilding the whole index when the database was empty, and unlike that, not dearer when
    it was not). SQLite only: its insert trigger is dropped for the block and made again from
    its own SQL, a change of schema inside the caller's transaction, which must roll back if
    the block fails (the trigger comes back with it). Elsewhere, or without the trigger,
    nothing is done."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    trigger = session.scalar(text("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                  "AND name = :name"), {"name": _INSERT_TRIGGER})
    if trigger is None:
        yield
        return
    # New documents are those of new meetings, whose ids come after every stored one.
    last = session.scalar(select(func.max(SearchDocumentRecord.meeting_id))) or 0
    session.execute(text(f"DROP TRIGGER {_INSERT_TRIGGER}"))
    yield
    session.execute(_INDEX_NEW, {"last": last})
    session.execute(text(trigger))


@dataclass(frozen=True)
class _Statement:
    """An INSERT of one table's columns compiled for a dialect, and how a row becomes what the
    driver binds: its values in the statement's order (a positional paramstyle, SQLite's) or
    by name (PostgreSQL's), each through its column type's processor if it has one."""

    sql: str
    names: tuple[str, ...]
    processors: tuple[tuple[int | str, Callable[[Any], Any]], ...]  # by place or by name
    positional: bool

    @classmethod
    def compile(cls, table: Table, keys: tuple[str, ...],
                dialect: Dialect) -> "_Statement | None":
        """None when the statement binds more than the rows' keys (a column with a default
        the rows leave out), which only SQLAlchemy's executemany fills in."""
        compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
        names = tuple(compiled.positiontup or ()) if compiled.positional else keys
        if set(names) != set(keys) or set(compiled.binds) - set(keys):
            return None
        processors = []
        for i, name in enumerate(names):
            column_type = table.c[name].type
            processor = column_type.dialect_impl(dialect).bind_processor(dialect)
            if processor is not None:
                processors.append((i if compiled.positional else name,
                                   _empty_once(processor) if isinstance(column_type, JSON)
                                   else processor))
        return cls(compiled.string, names, tuple(processors), compiled.positional)

    def parameters(self, rows: list[Values]) -> list[Any]:
        """What the driver binds for each row: a tuple in the statement's order, or a dict."""
        processed = []
        for row in rows:
            values: Any = [row[name] for name in self.names] if self.positional else dict(row)
            for place, processor in self.processors:
                values[place] = processor(values[place])
            processed.append(tuple(values) if self.positional else values)
        return processed


def _empty_once(processor: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A JSON column's processor that serialises an empty object or list once, not once a
    row: most rows have no translations, and many tasks nobody responsible."""
    empty_object, empty_list = processor({}), processor([])

    def process(value: Any) -> Any:
        if value == {}:
            return empty_object
        return empty_list if value == [] else processor(value)

    return process


def _with(row: Values, parent: str, parent_id: int) -> Values:
    """The row with its parent's id (set in place: copying each row would cost more)."""
    row[parent] = parent_id
    return row


def _insert_in_order(session: Session, record: type[Any], rows: list[Values]) -> list[int]:
    table = record.__table__
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.execute(statement, rows).scalars()) if rows else []


def _insert_keyed(
    session: Session, record: type[Any], parent: str, rows: list[Values]
) -> list[int]:
    """Insert the rows; their new ids in the order of `rows`, found by (parent id, key)."""
    if not rows:
        return []
    table = record.__table__
    statement: ReturningInsert[int, int, str] = insert(table).returning(
        table.c.id, table.c[parent], table.c.key)
    ids = {(parent_id, key): id_ for id_, parent_id, key in session.execute(statement, rows)}
    return [ids[row[parent], row["key"]] for row in rows]
