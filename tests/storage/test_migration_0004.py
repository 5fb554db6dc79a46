"""A file left at revision 0003 (the whole record of issue 8) upgrades to 0004, the bodies'
document settings: every body keeps what it had and takes the settings its documents had
before (Times New Roman 14, 20 mm margin, ПОСТАНОВИЛИ); the settings are then kept."""

import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from legacy_schema import OLD_MEETINGS, build_at_revision
from sqlalchemy import create_engine

from minutes_app.domain import DecisionVerb, DocumentSettings, Numbering
from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url
from minutes_app.storage.migrate import alembic_config, head_revision

BODY_COLUMNS = ("name", "name_fold", "quorum_kind", "quorum_count", "numbering",
                "organization", "place", "kind", "letterhead", "translations")


def _connect(path: Path) -> closing[sqlite3.Connection]:
    return closing(sqlite3.connect(path))


def _bodies(path: Path, columns: tuple[str, ...] = BODY_COLUMNS) -> list[tuple]:
    with _connect(path) as connection:
        names = ", ".join(columns)
        return connection.execute(f"SELECT id, {names} FROM body ORDER BY id").fetchall()


@pytest.fixture
def file_at_0003(db_path: Path) -> Path:
    """The old meetings and two bodies as 0003 kept them, one with every 0003 column set."""
    build_at_revision(db_path, "0002", OLD_MEETINGS)
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0003")
    engine.dispose()
    with _connect(db_path) as connection:
        connection.execute(
            "INSERT INTO body (name, name_fold, quorum_kind, quorum_count, numbering, "
            "organization, place, kind, letterhead, translations) VALUES "
            "('Общественный совет МВД', 'общественный совет мвд', 'count', 7, 'continuous', "
            "'МВД РК', 'г. Астана', 'заседание', 'C:/Бланки/совет.dotx', "
            "'{\"name\": {\"kk\": \"ІІМ Қоғамдық кеңесі\"}}')")
        connection.execute(
            "INSERT INTO body (name, name_fold, quorum_kind, quorum_count) VALUES "
            "('Комиссия', 'комиссия', 'majority', 0)")
        connection.commit()
    return db_path


def test_every_body_keeps_its_values_and_takes_the_settings_it_had(file_at_0003):
    before = _bodies(file_at_0003)
    database = open_database(resolve_database_url(str(file_at_0003)))
    try:
        directory = Services.build(database.session_factory).directory
        council = directory.get_body("Общественный совет МВД")
        commission = directory.get_body("Комиссия")
    finally:
        database.close()
    assert _bodies(file_at_0003) == before
    with _connect(file_at_0003) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),)
    assert council is not None and commission is not None
    assert council.numbering is Numbering.CONTINUOUS and council.quorum.count == 7
    assert council.letterhead == "C:/Бланки/совет.dotx"
    assert council.name_in("kk") == "ІІМ Қоғамдық кеңесі"
    assert council.document == commission.document == DocumentSettings()
    assert council.document.font_name == "Times New Roman" and council.document.font_size == 14
    assert not council.document.long_term_margin
    assert council.document.decision_verb is DecisionVerb.RESOLVED


def test_the_settings_are_kept_and_read_back(file_at_0003):
    database = open_database(resolve_database_url(str(file_at_0003)))
    try:
        directory = Services.build(database.session_factory).directory
        council = directory.get_body("Общественный совет МВД")
        assert council is not None
        chosen = DocumentSettings("Arial", 12.5, True, DecisionVerb.DECIDED)
        directory.save_body(replace(council, document=chosen))
        again = directory.get_body("Общественный совет МВД")
    finally:
        database.close()
    assert again is not None and again.document == chosen
    assert _bodies(file_at_0003, ("font_name", "font_size", "long_term_margin",
                                  "decision_verb"))[0][1:] == ("Arial", 12.5, 1, "decided")


def test_a_setting_spoilt_by_hand_gives_the_defaults_not_a_body_that_cannot_open(file_at_0003):
    open_database(resolve_database_url(str(file_at_0003))).close()
    with _connect(file_at_0003) as connection:
        connection.execute("UPDATE body SET font_size = 72, decision_verb = 'ordered' "
                           "WHERE name_fold = 'комиссия'")
        connection.commit()
    database = open_database(resolve_database_url(str(file_at_0003)))
    try:
        commission = Services.build(database.session_factory).directory.get_body("Комиссия")
    finally:
        database.close()
    assert commission is not None and commission.document == DocumentSettings()
