"""The address of a shared database on a PostgreSQL server (issue 13), as File → Open shared
database… builds it from what the administrator gave: never with a password in it."""

from sqlalchemy.engine import URL

DEFAULT_PORT = 5432


def server_url(host: str, port: int, database: str, user: str) -> str:
    """The database's address as `--db` takes it (psycopg; the usual port left out)."""
    return URL.create("postgresql+psycopg", username=user or None, host=host or None,
                      port=port if port != DEFAULT_PORT else None,
                      database=database).render_as_string(hide_password=True)
