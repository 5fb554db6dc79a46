"""Search on PostgreSQL with an index (issue 13): the words of each search document,
`words`, a tsvector column the server keeps (generated from `folded` and `stemmed`), with a
GIN index; storage.search's PostgresTextIndex queries it with prefix terms ('полиц':*), as
SQLite's FTS5 table (0002, 0005) is queried. A no-op on SQLite.

The 'simple' configuration only lower-cases: the folded text is already folded and holds only
letters, digits and spaces, so its words are the words FTS5 sees. Measured at 2,000 meetings:
a trigram index (pg_trgm) served LIKE '% word%' no better than a scan (237 ms a search: every
candidate's whole text is read again), and an index on the expression alone was passed over
for a scan that made every document's words anew (3.6 s at the 90th percentile). The column
and its index are not in the ORM metadata (storage.migrate.include_object leaves them out of
the drift check); the ORM never writes the column.

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



def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE search_document ADD COLUMN words tsvector GENERATED ALWAYS AS "
                   "(to_tsvector('simple'::regconfig, folded || ' ' || stemmed)) STORED")
        op.execute("CREATE INDEX ix_search_document_words ON search_document USING gin (words)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_search_document_words")
        op.execute("ALTER TABLE search_document DROP COLUMN words")
