"""Search documents on PostgreSQL compressed with LZ4 (issue 13). A no-op on SQLite, and on a
server built without LZ4 (it then keeps its default, pglz).

A search reads the words of the newest documents and then, for each hit, its folded text up to
the match: PostgreSQL keeps these long texts compressed apart (TOAST), and decompressing them
is most of a search's time. LZ4 decompresses them several times faster than pglz (measured at
10,000 meetings, 50 hits: finding the match 7.0 -> 2.8 ms). The documents already stored are
written again, so that an archive imported before this upgrade is searched as fast: once, at
the upgrade (about 30 s for 10,000 meetings on a slow machine; the server rebuilds their
words too).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXTS = ("content", "folded", "stemmed")  # `words` (0007) is made from folded and stemmed


def upgrade() -> None:
    if not _lz4_available():
        return
    _compress_with("lz4")
    op.execute("UPDATE search_document SET "
               + ", ".join(f"{column} = {column} || ''" for column in TEXTS))


def downgrade() -> None:
    if _lz4_available():
        _compress_with("pglz")  # what is stored stays readable as it is


def _lz4_available() -> bool:
    bind = op.get_bind()
    return bind.dialect.name == "postgresql" and bool(bind.execute(text(
        "SELECT 'lz4' = ANY(enumvals) FROM pg_settings "
        "WHERE name = 'default_toast_compression'")).scalar())


def _compress_with(method: str) -> None:
    columns = [*TEXTS, "words"]
    op.execute("ALTER TABLE search_document "
               + ", ".join(f"ALTER COLUMN {column} SET COMPRESSION {method}"
                           for column in columns))
