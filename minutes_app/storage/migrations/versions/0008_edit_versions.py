"""No lost updates (issue 13): an edit counter on what is edited as one — a meeting with all
its parts, a person, a body — with when (UTC) and by whom it was last saved. A save names the
version it read and is refused when another save came first. Existing rows start at version 1,
not yet saved by anyone known (changed_at NULL, changed_by "").

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("meeting", "person", "body")


def upgrade() -> None:
    # In place (no rebuild): the meeting table keeps AUTOINCREMENT, and the server defaults
    # fill every existing row.
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default="1"))
        op.add_column(table, sa.Column("changed_at", sa.DateTime(), nullable=True))
        op.add_column(table, sa.Column("changed_by", sa.Text(), nullable=False,
                                       server_default=""))


def downgrade() -> None:
    for table in TABLES:
        kwargs = {"sqlite_autoincrement": True} if table == "meeting" else {}
        with op.batch_alter_table(table, table_kwargs=kwargs) as batch:
            batch.drop_column("changed_by")
            batch.drop_column("changed_at")
            batch.drop_column("version")
