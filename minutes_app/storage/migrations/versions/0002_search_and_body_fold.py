"""Search documents with an FTS5 index (SQLite), and meeting.body_fold for lookups by body.

Adding `body_fold` NOT NULL to `meeting` rebuilds that table (batch mode): this is safe only
because `storage.migrate` runs migrations with foreign keys off (else dropping the old table
would cascade into every attendance and agenda row). A rebuild also drops the table's triggers,
so the FTS triggers are made last, after every rebuild, and the index is filled from the rows.
A later revision that rebuilds `search_document` must make its three triggers again and run
'rebuild' (tests/storage checks the set of triggers after an upgrade).

Revision ID: 0002
Revises: 0001
Create Date: 2026-03-01
"""

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from minutes_app.domain.text import fold
from minutes_app.storage.search import document_content, fold_for_search

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The FTS5 table indexes search_document.folded (external content: no second copy of the text);
# prefix indexes of 1-3 letters make the first keystrokes of a search fast ("про" at 10,000
# meetings: 20 -> 2.5 ms, for 1.4 times the index size).
FTS_STATEMENTS = (
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        folded, content='search_document', content_rowid='meeting_id',
        tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')""",
    """CREATE TRIGGER search_fts_after_insert AFTER INSERT ON search_document BEGIN
        INSERT INTO search_fts(rowid, folded) VALUES (new.meeting_id, new.folded);
    END""",
    # The 'delete' command must get exactly the values that were indexed: the old ones.
    """CREATE TRIGGER search_fts_after_delete AFTER DELETE ON search_document BEGIN
        INSERT INTO search_fts(search_fts, rowid, folded)
        VALUES ('delete', old.meeting_id, old.folded);
    END""",
    """CREATE TRIGGER search_fts_after_update AFTER UPDATE ON search_document BEGIN
        INSERT INTO search_fts(search_fts, rowid, folded)
        VALUES ('delete', old.meeting_id, old.folded);
        INSERT INTO search_fts(rowid, folded) VALUES (new.meeting_id, new.folded);
    END""",
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
)


def upgrade() -> None:
    _add_body_fold()
    op.create_table(
        "search_document",
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("folded", sa.Text(), nullable=False),
    )
    _fill_search_documents()
    if op.get_bind().dialect.name == "sqlite":
        for statement in FTS_STATEMENTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE search_fts")  # its triggers go with search_document
    op.drop_table("search_document")
    with op.batch_alter_table("meeting", table_kwargs={"sqlite_autoincrement": True}) as batch:
        batch.drop_index("ix_meeting_body_fold_date")
        batch.drop_column("body_fold")


def _add_body_fold() -> None:
    # Reflection does not see AUTOINCREMENT: a rebuilt table would lose it unless told.
    keep = {"sqlite_autoincrement": True}
    with op.batch_alter_table("meeting", table_kwargs=keep) as batch:
        batch.add_column(sa.Column("body_fold", sa.Text(), nullable=True))
    connection = op.get_bind()
    bodies: Sequence[str] = (
        connection.execute(sa.text("SELECT DISTINCT body FROM meeting")).scalars().all()
    )
    for body in bodies:
        connection.execute(
            sa.text("UPDATE meeting SET body_fold = :folded WHERE body = :body"),
            {"folded": fold(body), "body": body},
        )
    with op.batch_alter_table("meeting", table_kwargs=keep) as batch:  # NOT NULL: a rebuild
        batch.alter_column("body_fold", existing_type=sa.Text(), nullable=False)
        batch.create_index("ix_meeting_body_fold_date", ["body_fold", "date"])


def _fill_search_documents() -> None:
    connection = op.get_bind()
    meetings: Sequence[tuple[Any, ...]] = connection.execute(
        sa.text("SELECT id, title, body, place, notes FROM meeting")).all()
    for meeting_id, *fields in meetings:
        lines = [*fields, *_attendee_lines(meeting_id), *_agenda_lines(meeting_id)]
        content = document_content([line for line in lines if line.strip()])
        connection.execute(
            sa.text("INSERT INTO search_document (meeting_id, content, folded) "
                    "VALUES (:id, :content, :folded)"),
            {"id": meeting_id, "content": content, "folded": fold_for_search(content)},
        )


def _rows(sql: str, **params: object) -> list[tuple[Any, ...]]:
    return list(op.get_bind().execute(sa.text(sql), params))


def _attendee_lines(meeting_id: int) -> list[str]:
    rows = _rows("SELECT name, group_name, position, organization FROM attendance "
                 "WHERE meeting_id = :id ORDER BY ordinal", id=meeting_id)
    return [field for name, group, *rest in rows for field in (name or group, *rest)]


def _agenda_lines(meeting_id: int) -> list[str]:
    lines: list[str] = []
    items = _rows("SELECT id, title, presenters FROM agenda_item WHERE meeting_id = :id "
                  "ORDER BY ordinal", id=meeting_id)
    for item_id, title, presenters in items:
        lines += [title, *_names(presenters)]
        statements = _rows("SELECT speaker, text FROM statement WHERE agenda_item_id = :id "
                           "ORDER BY kind != 'heard', ordinal", id=item_id)
        lines += [field for statement in statements for field in statement]
        decisions = _rows("SELECT id, text FROM decision WHERE agenda_item_id = :id "
                          "ORDER BY ordinal", id=item_id)
        for decision_id, decision_text in decisions:
            lines.append(decision_text)
            actions = _rows("SELECT task, responsible FROM action_item "
                            "WHERE decision_id = :id ORDER BY ordinal", id=decision_id)
            for task, responsible in actions:
                lines += [task, *_names(responsible)]
    return lines


def _names(value: str | list[str]) -> list[str]:
    """A JSON list column: text on SQLite, already a list where the driver decodes JSON."""
    return json.loads(value) if isinstance(value, str) else value
