"""What other people save on a shared database, told to an open window (issue 13).

On a PostgreSQL server several secretaries work at once; each window listens for the others'
saves (storage/changes.py) so that its list and its open meeting show them within a moment,
and learns from the same connection when the server cannot be reached and when it is back.
A database file (SQLite) has one window at a time: `available` is False, nothing is listened.
"""

from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session, sessionmaker

from minutes_app.storage.changes import Change, ChangeListener, listens

__all__ = ["Change", "ChangeFeed", "ChangeListener"]


class ChangeFeed:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        bind = session_factory.kw.get("bind")
        self._url = bind.url.render_as_string(hide_password=False) if bind is not None else ""

    @property
    def available(self) -> bool:
        """Whether saves by others can be told (a server database)."""
        return bool(self._url) and listens(self._url)

    def listen(self, on_changes: Callable[[Sequence[Change]], None],
               on_lost: Callable[[str], None], on_back: Callable[[], None]) -> ChangeListener:
        """A listener, started: `on_changes` gets each batch of saves (of this program too:
        compare versions), `on_lost(reason)` and `on_back()` tell the connection's state.
        The callbacks run in the listener's own thread. Stop it with `stop()`."""
        if not self.available:
            raise RuntimeError("changes are told only on a server database")
        listener = ChangeListener(self._url, on_changes, on_lost, on_back)
        listener.start()
        return listener
