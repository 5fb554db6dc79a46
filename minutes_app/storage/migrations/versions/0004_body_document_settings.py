"""A body's document settings (issue 9): the font and size of its documents, the 30 mm left
margin of documents kept over 10 years, and ПОСТАНОВИЛИ or РЕШИЛИ over its decisions.

Only columns are added, each with a constant default that every existing body takes (Times New
Roman 14, 20 mm margin, ПОСТАНОВИЛИ: what its documents had before), so no table is rebuilt.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_COLUMNS: list[sa.Column] = [  # type: ignore[type-arg]
    sa.Column("font_name", sa.Text(), nullable=False, server_default="Times New Roman"),
    sa.Column("font_size", sa.Float(), nullable=False, server_default="14"),
    sa.Column("long_term_margin", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("decision_verb", sa.String(16), nullable=False, server_default="resolved"),
]


def upgrade() -> None:
    for column in NEW_COLUMNS:
        op.add_column("body", column)


def downgrade() -> None:
    with op.batch_alter_table("body") as batch:
        for column in NEW_COLUMNS:
            batch.drop_column(column.name)
