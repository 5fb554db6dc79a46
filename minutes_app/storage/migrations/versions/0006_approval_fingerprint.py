"""The fingerprint of an approved record (issue 10), kept with its approval: SHA-256 of the
canonical form of its content (domain.fingerprint). Meetings approved before have none ("").

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # In place (no rebuild): the meeting table keeps AUTOINCREMENT.
    op.add_column("meeting", sa.Column("approved_fingerprint", sa.String(64), nullable=False,
                                       server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("meeting", table_kwargs={"sqlite_autoincrement": True}) as batch:
        batch.drop_column("approved_fingerprint")
