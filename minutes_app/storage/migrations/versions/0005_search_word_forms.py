"""Search finds the other forms of a word (issue 10): each search document gets the stems of
its words that do not begin them (`stemmed`, see storage.search), and the SQLite FTS5 index
covers that column beside `folded`.

The column is added in place (no rebuild of search_document) and filled from `folded`; the
FTS5 table cannot gain a column, so it is made again with its three triggers and rebuilt from
search_document, as revision 0002 asks of any revision that changes it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from minutes_app.storage.search import stems_for_search

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TRIGGERS = ("search_fts_after_insert", "search_fts_after_delete", "search_fts_after_update")


def _fts_statements(columns: tuple[str, ...]) -> list[str]:
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return [
        f"""CREATE VIRTUAL TABLE search_fts USING fts5(
            {names}, content='search_document', content_rowid='meeting_id',
            tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')""",
        f"""CREATE TRIGGER search_fts_after_insert AFTER INSERT ON search_document BEGIN
            INSERT INTO search_fts(rowid, {names}) VALUES (new.meeting_id, {new});
        END""",
        # The 'delete' command must get exactly the values that were indexed: the old ones.
        f"""CREATE TRIGGER search_fts_after_delete AFTER DELETE ON search_document BEGIN
            INSERT INTO search_fts(search_fts, rowid, {names})
            VALUES ('delete', old.meeting_id, {old});
        END""",
        f"""CREATE TRIGGER search_fts_after_update AFTER UPDATE ON search_document BEGIN
            INSERT INTO search_fts(search_fts, rowid, {names})
            VALUES ('delete', old.meeting_id, {old});
            INSERT INTO search_fts(rowid, {names}) VALUES (new.meeting_id, {new});
        END""",
        "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        _drop_fts()
    op.add_column("search_document",
                  sa.Column("stemmed", sa.Text(), nullable=False, server_default=""))
    _fill_stems()
    if sqlite:
        for statement in _fts_statements(("folded", "stemmed")):
            op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        _drop_fts()
    with op.batch_alter_table("search_document") as batch:
        batch.drop_column("stemmed")
    if sqlite:
        for statement in _fts_statements(("folded",)):
            op.execute(statement)


def _drop_fts() -> None:
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS search_fts")


def _fill_stems() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT meeting_id, folded FROM search_document"))
    stems = [{"id": meeting_id, "stemmed": stemmed} for meeting_id, folded in rows
             if (stemmed := stems_for_search(str(folded)))]
    if stems:
        connection.execute(
            sa.text("UPDATE search_document SET stemmed = :stemmed WHERE meeting_id = :id"), stems)
