"""Changes saved by other clients of a shared PostgreSQL database, told as they happen.

Revision 0009 makes the server notify the channel `minutes_changes` at each commit that
inserts, updates or deletes a meeting, a person or a body ("meeting:12:5": table, id, version;
version 0 for a deletion). `ChangeListener` keeps its own connection listening there, in a
thread of its own, and hands each batch of changes to a callback. The same connection tells
whether the server can be reached: when it drops (the server restarted, the network gone) the
listener says so, tries again every few seconds, and says when the server is back.

SQLite has nothing to listen to: one window holds the file at a time (ui/single_instance.py).
"""

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import make_url

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

CHANNEL = "minutes_changes"
TABLES = ("meeting", "person", "body")


@dataclass(frozen=True, slots=True)
class Change:
    """A record saved (or deleted: `version` 0) by someone, the listener's own program too."""

    table: str  # "meeting", "person" or "body"
    id: int
    version: int

    @property
    def deleted(self) -> bool:
        return self.version == 0


def parse_change(payload: str) -> Change | None:
    """ "meeting:12:5" -> Change; None for anything else (a notification of another kind)."""
    parts = payload.split(":")
    if len(parts) != 3 or parts[0] not in TABLES or not all(p.isdigit() for p in parts[1:]):
        return None
    return Change(parts[0], int(parts[1]), int(parts[2]))


def listens(url: str) -> bool:
    """Whether changes can be listened to on the database at `url` (a PostgreSQL server)."""
    return make_url(url).get_backend_name() == "postgresql"


def _conninfo(url: str) -> str:
    """The SQLAlchemy URL as libpq's own (psycopg connects without SQLAlchemy here)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class ChangeListener:
    """LISTEN on the shared database in a background thread.

    `on_changes(changes)`: a batch of changes, in the order they were committed, called in
    the listener's thread (a window passes them to its own thread). `on_lost(reason)` once when
    the connection is lost (or cannot be made at the start), `on_back()` when it is made again.
    """

    def __init__(self, url: str, on_changes: Callable[[Sequence[Change]], None],
                 on_lost: Callable[[str], None], on_back: Callable[[], None], *,
                 retry_seconds: float = 3.0, heartbeat_seconds: float = 5.0) -> None:
        self._conninfo = _conninfo(url)
        self._on_changes, self._on_lost, self._on_back = on_changes, on_lost, on_back
        self._retry_seconds = retry_seconds
        self._heartbeat_seconds = heartbeat_seconds
        self._stopping = threading.Event()
        self._listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="minutes-changes", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait_listening(self, timeout: float) -> bool:
        """True once LISTEN is in place (tests, and a start that must not miss a change)."""
        return self._listening.wait(timeout)

    def stop(self) -> None:
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout=self._retry_seconds + 2)

    def _run(self) -> None:
        lost = False
        while not self._stopping.is_set():
            try:
                with self._connect() as connection:
                    if lost:
                        lost = False
                        log.info("the database server is back")
                        self._on_back()
                    self._listen(connection)
            except Exception as error:  # psycopg.OperationalError and the like: the server
                self._listening.clear()
                if not lost and not self._stopping.is_set():
                    lost = True
                    log.warning("the database server cannot be reached: %s", error)
                    self._on_lost(_first_line(error))
                self._stopping.wait(self._retry_seconds)

    def _connect(self) -> "psycopg.Connection[Any]":
        import psycopg  # only a server database needs it

        connection = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=5)
        connection.execute(f"LISTEN {CHANNEL}")
        self._listening.set()
        return connection

    def _listen(self, connection: "psycopg.Connection[Any]") -> None:
        checked = time.monotonic()
        while not self._stopping.is_set():
            batch = [change for notify in connection.notifies(timeout=0.5)
                     if (change := parse_change(notify.payload)) is not None]
            if batch:
                self._hand_over(batch)
            if time.monotonic() - checked > self._heartbeat_seconds:
                connection.execute("SELECT 1")  # a silent network loss shows here
                checked = time.monotonic()

    def _hand_over(self, batch: Sequence[Change]) -> None:
        try:
            self._on_changes(batch)
        except Exception:  # the receiver's fault, not the connection's: keep listening
            log.exception("the changes could not be handed over")


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
