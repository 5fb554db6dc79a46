"""Others' saves on a shared database, brought into the window's thread (issue 13).

`services.changes` listens in a thread of its own; this object turns what it hears into Qt
signals, which Qt delivers in the window's thread (a signal emitted from another thread is
queued). On a database file there is nothing to listen to and nothing is started.
"""

from PySide6.QtCore import QObject, Signal

from minutes_app.services import ChangeFeed
from minutes_app.services.changes import ChangeListener


class LiveUpdates(QObject):
    """Signals: changed(list[Change]): saves by anyone, this window's too (compare versions);
    connection_lost(str): the server cannot be reached (why, in the server's words);
    connection_back(): it can again."""

    changed = Signal(object)
    connection_lost = Signal(str)
    connection_back = Signal()

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._feed = feed
        self._listener: ChangeListener | None = None

    @property
    def available(self) -> bool:
        return self._feed.available

    def start(self) -> None:
        if self._feed.available and self._listener is None:
            self._listener = self._feed.listen(lambda changes: self.changed.emit(list(changes)),
                                               self.connection_lost.emit,
                                               self.connection_back.emit)

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
