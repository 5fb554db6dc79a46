"""The whole record of a real meeting (issue 8): texts in more than one language, the
seminar's parts, degree and rank, bodies with dated rosters, numbering and defaults, tasks done
on a date, approval and history.

Only columns are added, each with a default that the existing rows take ("" or an empty JSON
value; NULL for dates), so no table is rebuilt: every row, the ids and the FTS triggers stay
as they are. New statement kind "proposal" needs no column.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def _json(name: str, empty: str) -> sa.Column[object]:
    return sa.Column(name, sa.JSON(), nullable=False, server_default=empty)


def _day(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.Date(), nullable=True)


NEW_COLUMNS: dict[str, list[sa.Column]] = {  # type: ignore[type-arg]
    "person": [_text("rank"), _json("translations", "{}")],
    "body": [
        sa.Column("numbering", sa.String(16), nullable=False, server_default="yearly"),
        _text("organization"), _text("place"), _text("kind"), _text("letterhead"),
        _json("translations", "{}"),
    ],
    "body_member": [
        sa.Column("role", sa.String(16), nullable=False, server_default="member"),
        _day("from_date"), _day("to_date"),
    ],
    "meeting": [
        _json("organizers", "[]"), _json("conclusions", "[]"), _text("approved_by"),
        _day("approved_on"), _json("history", "[]"), _json("translations", "{}"),
    ],
    "attendance": [_text("degree"), _text("rank"), _json("translations", "{}")],
    "agenda_item": [_json("conclusions", "[]"), _json("translations", "{}")],
    "statement": [_json("translations", "{}")],
    "decision": [_json("translations", "{}")],
    "action_item": [_day("done_on"), _text("done_note"), _json("translations", "{}")],
}


def upgrade() -> None:
    # Plain ADD COLUMN (no batch rebuild): SQLite adds a column with a constant default in
    # place, so the meeting table keeps AUTOINCREMENT and search_document its triggers.
    for table, columns in NEW_COLUMNS.items():
        for column in columns:
            op.add_column(table, column)


def downgrade() -> None:
    for table, columns in NEW_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.drop_column(column.name)
