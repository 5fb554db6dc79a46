"""Changes told as they happen (issue 13): on PostgreSQL, every insert, update and delete of a
meeting, a person or a body notifies the channel `minutes_changes` with "table:id:version"
(version 0: deleted), so that every other window on the shared database shows it within a
moment (storage/changes.py listens). A notification is delivered at commit, never for a
transaction rolled back; a meeting's row is updated by every save of any of its parts (its
version), so one notification covers the whole meeting. Nothing on SQLite: one window has the
file at a time.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("meeting", "person", "body")
FUNCTION = "minutes_notify_change"

_CREATE_FUNCTION = f"""
CREATE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('minutes_changes', TG_TABLE_NAME || ':' || OLD.id || ':0');
        RETURN OLD;
    END IF;
    PERFORM pg_notify('minutes_changes', TG_TABLE_NAME || ':' || NEW.id || ':' || NEW.version);
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # Past SQLAlchemy's text(): its ':' would read ":0" in the function's body as a parameter.
    op.get_bind().exec_driver_sql(_CREATE_FUNCTION)
    for table in TABLES:
        op.execute(f"CREATE TRIGGER {table}_notify_change AFTER INSERT OR UPDATE OR DELETE "
                   f"ON {table} FOR EACH ROW EXECUTE FUNCTION {FUNCTION}()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_notify_change ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
