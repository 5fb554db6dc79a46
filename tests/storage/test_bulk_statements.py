"""storage.bulk._Statement: an import's INSERT compiled once for the dialect, and each row made
into what the driver binds, as SQLAlchemy's executemany would make it."""

import json
from datetime import date

import pytest
from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite

from minutes_app.domain import Meeting
from minutes_app.services import Services
from minutes_app.storage.bulk import Inserter, _Statement
from minutes_app.storage.records import ActionItemRecord, SearchDocumentRecord

ACTION = {"key": "k1", "ordinal": 0, "task": "Подготовить график", "responsible": ["Иванов И."],
          "due": date(2026, 4, 1), "done": False, "done_on": None, "done_note": "",
          "translations": {"task": {"kk": "Кесте дайындау"}}, "decision_id": 7}


def _statement(dialect, keys=tuple(ACTION)) -> _Statement:
    statement = _Statement.compile(ActionItemRecord.__table__, keys, dialect)
    assert statement is not None
    return statement


def test_sqlite_binds_each_row_in_the_statements_order_through_the_column_types():
    statement = _statement(sqlite.dialect())
    assert statement.sql.startswith("INSERT INTO action_item (")
    (values,) = statement.parameters([ACTION])
    bound = dict(zip(statement.names, values, strict=True))
    assert bound["due"] == "2026-04-01"  # SQLite has no date type: text, as SQLAlchemy writes
    assert json.loads(bound["responsible"]) == ["Иванов И."]
    assert json.loads(bound["translations"]) == {"task": {"kk": "Кесте дайындау"}}
    assert (bound["task"], bound["decision_id"], bound["done_on"]) == (
        "Подготовить график", 7, None)


def test_postgresql_binds_each_row_by_name():
    statement = _statement(postgresql.psycopg.dialect())
    assert "%(task)s" in statement.sql
    assert "%(responsible)s::JSON" in statement.sql
    (values,) = statement.parameters([ACTION])
    assert values["task"] == "Подготовить график" and values["due"] == date(2026, 4, 1)
    assert values["responsible"].obj == ["Иванов И."]  # psycopg's Json, as SQLAlchemy binds it
    assert ACTION["responsible"] == ["Иванов И."]  # the row itself is left as it was


def test_empty_json_values_bind_as_any_other():
    statement = _statement(sqlite.dialect())
    rows = [{**ACTION, "responsible": [], "translations": {}},
            {**ACTION, "responsible": ["Петров П."], "translations": {}},
            {**ACTION, "responsible": (), "translations": {"task": {"en": "Plan"}}}]
    bound = [dict(zip(statement.names, values, strict=True))
             for values in statement.parameters(rows)]
    assert (bound[0]["responsible"], bound[0]["translations"]) == ("[]", "{}")
    assert [(json.loads(b["responsible"]), json.loads(b["translations"])) for b in bound] == [
        ([], {}), (["Петров П."], {}), ([], {"task": {"en": "Plan"}})]
    postgres = _statement(postgresql.psycopg.dialect()).parameters(rows)
    assert [(v["responsible"].obj, v["translations"].obj) for v in postgres] == [
        ([], {}), (["Петров П."], {}), ((), {"task": {"en": "Plan"}})]


@pytest.mark.parametrize("dialect", [sqlite.dialect(), postgresql.psycopg.dialect()])
def test_rows_that_leave_a_column_to_its_default_are_left_to_sqlalchemy(dialect):
    table = SearchDocumentRecord.__table__
    assert _Statement.compile(table, ("meeting_id", "content", "folded"), dialect) is None
    assert _Statement.compile(table, ("meeting_id", "content", "folded", "stemmed"),
                              dialect) is not None


def test_an_inserter_given_rows_without_a_defaulted_column_stores_its_default(database):
    """Rows left to SQLAlchemy (above) are still stored, with the column's default."""
    services = Services.build(database.session_factory)
    meeting = services.meetings.create(Meeting(title="Заседание", date=date(2026, 3, 15)))
    with database.session_factory.begin() as session:
        session.execute(delete(SearchDocumentRecord))
        Inserter(session)._insert(SearchDocumentRecord, [
            {"meeting_id": meeting.id, "content": "Заседание", "folded": " заседание"}])
    with database.session_factory() as session:
        stored = session.execute(select(SearchDocumentRecord.folded,
                                        SearchDocumentRecord.stemmed)).all()
    assert [tuple(row) for row in stored] == [(" заседание", "")]
