"""Search on PostgreSQL with an index (issue 13): trigram GIN indexes (pg_trgm) over the search
documents' `folded` and `stemmed` text, which serve the `LIKE '% word%'` of
storage.search.FoldedTextIndex. A no-op on SQLite, whose FTS5 table (0002, 0005) is its index.

pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it. The
indexes are not in the ORM metadata; storage.migrate.include_object leaves them out of the
drift check.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Index name -> the column it covers (storage.migrate.TRIGRAM_INDEXES holds the same names).
_INDEXES = {"ix_search_document_folded_trgm": "folded",
            "ix_search_document_stemmed_trgm": "stemmed"}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, column in _INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON search_document USING gin ({column} gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in _INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    # The extension stays: another schema of the database may use it.
