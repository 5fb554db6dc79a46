"""A database file as revision 0001 or 0002 left it, with data written by plain SQL.

The rows are made with storage.rows from today's snapshots; the columns a later revision added
are left out (the test data leaves them empty, and `_insert` checks that nothing is lost)."""

import json
import sqlite3
from contextlib import closing
from datetime import date, time
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Decision,
    Meeting,
    Outcome,
    Role,
    Statement,
    Vote,
)
from minutes_app.storage.migrate import alembic_config
from minutes_app.storage.rows import (
    action_values,
    agenda_values,
    attendance_values,
    decision_values,
    meeting_values,
    statement_values,
    statements_of,
)
from minutes_app.storage.search import search_document

OLD_MEETINGS = (
    Meeting(
        title="заседания Общественного совета по вопросам ПОЛИЦИИ", date=date(2025, 11, 5),
        kind="заседание", body="Общественный совет МВД", number="12", place="г. Кокшетау",
        start_time=time(10, 0), end_time=time(11, 45),
        attendees=(
            Attendee(name="Когамов Марат Чингизович", role=Role.CHAIR, position="председатель"),
            Attendee(name="Тұрсынбаев Ерлан Қайратұлы", role=Role.SECRETARY),
            Attendee(name="Сидоров Пётр", present=False, absence_reason="болезнь"),
            Attendee(group="журналисты", count=4, role=Role.INVITED),
        ),
        agenda=(
            AgendaItem(
                "О ёлочных базарах", presenters=("Когамов Марат Чингизович",),
                heard=(Statement("Доклад о торговле", "Когамов Марат Чингизович"),),
                discussion=(Statement("Поддержал", "Сидоров Пётр"),),
                decisions=(Decision("ҚАУЛЫ қабылдансын", vote=Vote(7, 1, 1), actions=(
                    ActionItem("Проверить базары", ("Тұрсынбаев Ерлан Қайратұлы",),
                               date(2025, 12, 1)),
                    ActionItem("Отчитаться", done=True),
                )),),
            ),
            AgendaItem("Разное", decisions=(
                Decision("Принять к сведению", vote=Vote(unanimous=True)),
                Decision("Отклонить", outcome=Outcome.REJECTED),
            )),
        ),
    ),
    Meeting(title="Совещание без повестки", date=date(2024, 2, 1)),
)


def _sql_value(value: object) -> object:
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, time):
        return f"{value:%H:%M:%S}.000000"  # how SQLAlchemy stores a TIME in SQLite
    if isinstance(value, date):
        return value.isoformat()
    return value


def _columns(connection: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}


def _insert(connection: sqlite3.Connection, table: str, values: dict) -> int:
    """Insert the values of the columns `table` has at this revision; the others must be
    empty (a default of a later revision), so that no test data is silently dropped."""
    columns = _columns(connection, table)
    dropped = {name: value for name, value in values.items() if name not in columns}
    assert not any(v for name, v in dropped.items() if name != "body_fold"), (table, dropped)
    values = {name: value for name, value in values.items() if name in columns}
    names = ", ".join(f'"{name}"' for name in values)
    marks = ", ".join("?" for _ in values)
    cursor = connection.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})",
                                [_sql_value(v) for v in values.values()])
    return cursor.lastrowid


def insert_at_revision(connection: sqlite3.Connection, meeting: Meeting) -> int:
    """Plain SQL inserts of a meeting into the tables of revision 0001 (no body_fold) or 0002
    (then with its search document, as that version wrote it)."""
    meeting_id = _insert(connection, "meeting", meeting_values(meeting))
    for ordinal, attendee in enumerate(meeting.attendees):
        person_id = None
        if attendee.name:
            person_id = _person_id(connection, attendee.name)
        _insert(connection, "attendance", {**attendance_values(attendee, ordinal),
                                           "meeting_id": meeting_id, "person_id": person_id})
    for ordinal, item in enumerate(meeting.agenda):
        item_id = _insert(connection, "agenda_item",
                          {**agenda_values(item, ordinal), "meeting_id": meeting_id})
        for statement, kind, position in statements_of(item):
            _insert(connection, "statement", {**statement_values(statement, kind, position),
                                              "agenda_item_id": item_id})
        for position, decision in enumerate(item.decisions):
            decision_id = _insert(connection, "decision", {**decision_values(decision, position),
                                                           "agenda_item_id": item_id})
            for number, action in enumerate(decision.actions):
                _insert(connection, "action_item",
                        {**action_values(action, number), "decision_id": decision_id})
    if "search_document" in _tables(connection):
        content, folded, _ = search_document(meeting)  # no stems before revision 0005
        _insert(connection, "search_document",
                {"meeting_id": meeting_id, "content": content, "folded": folded})
    return meeting_id


def _person_id(connection: sqlite3.Connection, name: str) -> int:
    found = connection.execute("SELECT id FROM person WHERE name_fold = ?",
                               (name.casefold(),)).fetchone()
    if found:
        return found[0]
    return _insert(connection, "person", {
        "surname": name.split()[0], "given_name": " ".join(name.split()[1:2]),
        "patronymic": " ".join(name.split()[2:]), "position": "", "organization": "",
        "degree": "", "name_fold": name.casefold()})


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}


def build_at_revision(path: Path, revision: str, meetings=OLD_MEETINGS) -> list[int]:
    """A file at `revision` ("0001" or "0002") holding `meetings`; their ids."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA journal_mode=WAL")  # as the program leaves its files
        ids = [insert_at_revision(connection, meeting) for meeting in meetings]
        connection.commit()
    return ids


def build_at_revision_0001(path: Path, meetings=OLD_MEETINGS) -> list[int]:
    return build_at_revision(path, "0001", meetings)
