"""Alembic environment: runs on the connection that `storage.migrate` hands over.

There is no alembic.ini and no offline (--sql) mode; `migrate.alembic_config` builds the Config.
"""

from alembic import context

from minutes_app.storage.migrate import include_object
from minutes_app.storage.records import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through minutes_app.storage.migrate, not the alembic CLI")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER by rebuilding the table
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
