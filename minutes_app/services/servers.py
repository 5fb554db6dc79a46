"""The address of a shared database on a PostgreSQL server (issue 13), as File → Open shared
database… builds it from what the administrator gave: never with a password in it."""

from sqlalchemy.engine import URL, make_url

DEFAULT_PORT = 5432


def server_url(host: str, port: int, database: str, user: str) -> str:
    """The database's address as `--db` takes it (psycopg; the usual port left out)."""
    return URL.create("postgresql+psycopg", username=user or None, host=host or None,
                      port=port if port != DEFAULT_PORT else None,
                      database=database).render_as_string(hide_password=True)


def server_place(url: str) -> tuple[str, str] | None:
    """The name of the database at `url` and its server's host, for the window's title, or
    None when `url` is not a server's (a file). A server reached through a local socket (a
    folder as its host) is this computer's: "localhost"."""
    address = make_url(url)
    if address.get_backend_name() != "postgresql":
        return None
    host = address.host or str(address.query.get("host") or "")
    return address.database or "", "localhost" if not host or host.startswith("/") else host
