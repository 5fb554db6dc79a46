"""File → Open database…, New database…, Recent databases: the Windows way of working on
several databases.

The window works on the one database app.py opened (its services, the one-window lock, its
backups), so another database is opened by starting Minutes again on that file and closing
this window, the typing saved first. A new database is made by that new process as on any
first start. The last RECENT_KEPT databases opened are kept in the settings.
"""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from minutes_app.ui.settings import documents_folder

if TYPE_CHECKING:
    from minutes_app.ui.main_window import MainWindow

NEW_FILE_NAME = "minutes.sqlite3"


def minutes_command(database: Path) -> tuple[str, list[str]]:
    """The program and arguments that start Minutes on `database`: the frozen app is its own
    executable; otherwise this Python runs the package."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--db", str(database)]
    return sys.executable, ["-m", "minutes_app", "--db", str(database)]


def start_minutes(database: Path) -> bool:
    """Start another Minutes on `database`, independent of this one (tests replace this)."""
    program, arguments = minutes_command(database)
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


class DatabaseFiles(QObject):
    """The File menu's database entries of `window`; `recent_menu` lists the recent ones,
    built each time it opens, a file no longer there greyed out and said so."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self._window = window
        self._settings = window.settings
        self.open_action = self._action("actionOpenDatabase", self.tr("Op&en database…"),
                                        self.open_database)
        self.new_action = self._action("actionNewDatabase", self.tr("New da&tabase…"),
                                       self.new_database)
        self.recent_menu = QMenu(self.tr("&Recent databases"), window)
        self.recent_menu.setObjectName("menuRecentDatabases")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.fill_recent_menu()

    def _action(self, name: str, text: str, slot: object) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _filter(self) -> str:
        return self.tr("Minutes databases (*.sqlite3 *.db);;All files (*)")

    def _folder(self) -> str:
        recent = self._settings.recent_databases()
        return str(Path(recent[0]).parent) if recent else documents_folder()

    def note_opened(self, database: Path) -> None:
        """The window's own database goes first in the recent list."""
        self._settings.add_recent_database(str(database))
        self.fill_recent_menu()

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for number, name in enumerate(self._settings.recent_databases(), start=1):
            path = Path(name)
            text = f"&{number} {path}" if number < 10 else str(path)
            if not path.is_file():
                text = self.tr("%1 (not found)").replace("%1", text)
            action = self.recent_menu.addAction(text)
            action.setEnabled(path.is_file())
            action.setData(name)
            action.triggered.connect(lambda _checked=False, p=path: self.switch_to(p))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def open_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self._window, self.tr("Open database"),
                                              self._folder(), self._filter())
        if name:
            self.switch_to(Path(name))

    def new_database(self) -> None:
        default = Path(documents_folder()) / NEW_FILE_NAME
        name, _ = QFileDialog.getSaveFileName(self._window, self.tr("New database"),
                                              str(default), self._filter(),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".sqlite3")
        if path.exists():  # a new database replaces nothing
            self._say(self.tr("%1 already exists; open it with File → Open database….")
                      .replace("%1", str(path)))
            return
        self.switch_to(path)

    def switch_to(self, database: Path) -> None:
        """Minutes again on `database`, then this window closes; the typing is saved first
        (a failed save keeps this window, its banner saying why)."""
        current = self._window.services.backups
        if current.available and current.database_path.resolve() == database.resolve():
            return  # already this window's database
        if not self._window.editor.flush():
            return
        if not start_minutes(database):
            self._say(self.tr("Minutes could not be started on %1.").replace("%1", str(database)))
            return
        self._settings.add_recent_database(str(database))
        self._window.close()

    def _say(self, text: str) -> None:
        QMessageBox.warning(self._window, self.tr("Minutes"), text)
