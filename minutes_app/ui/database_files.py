"""File → Open database…, New database…, Recent databases: the Windows way of working on
several databases.

The window works on the one database app.py opened (its services, the one-window lock, its
backups), so another database is opened by starting Minutes again on that file and closing
this window, the typing saved first. A new database is made by that new process as on any
first start. A shared database on a server (issue 13) is opened the same way, by its address;
its password, when one is given, goes only to that process, in its environment. The last
RECENT_KEPT databases opened (files and server addresses, never a password) are kept in the
settings.
"""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from minutes_app.ui.settings import documents_folder

if TYPE_CHECKING:
    from minutes_app.ui.main_window import MainWindow

NEW_FILE_NAME = "minutes.sqlite3"


def minutes_command(database: Path | str) -> tuple[str, list[str]]:
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


def start_minutes_on_server(url: str, password: str | None) -> bool:
    """Start another Minutes on the server database `url`; the password, if any, in its
    environment (PGPASSWORD, which the server's driver reads), not on its command line."""
    program, arguments = minutes_command(url)
    process = QProcess()
    process.setProgram(program)
    process.setArguments(arguments)
    environment = QProcessEnvironment.systemEnvironment()
    if password:
        environment.insert("PGPASSWORD", password)
    process.setProcessEnvironment(environment)
    started, _pid = process.startDetached()
    return bool(started)


def is_server(database: str) -> bool:
    """A recent entry that is a server's address, not a file."""
    return "://" in database


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
        self.server_action = self._action("actionOpenServer",
                                          self.tr("Open s&hared database…"),
                                          self.open_server)
        self.recent_menu = QMenu(self.tr("&Recent databases"), window)
        self.recent_menu.setObjectName("menuRecentDatabases")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        # The window's own database stays when the list is cleared: it is open, not a memory.
        self._open_database: str | None = None
        self.clear_action = self._action("actionClearRecentDatabases", self.tr("&Clear list"),
                                         self.clear_recent)
        self.fill_recent_menu()

    def _action(self, name: str, text: str, slot: object) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _filter(self) -> str:
        return self.tr("Minutes databases (*.sqlite3 *.db);;All files (*)")

    def _folder(self) -> str:
        files = [name for name in self._settings.recent_databases() if not is_server(name)]
        return str(Path(files[0]).parent) if files else documents_folder()

    def note_opened(self, database: Path) -> None:
        """The window's own database goes first in the recent list."""
        self._open_database = str(database)
        self._settings.add_recent_database(str(database))
        self.fill_recent_menu()

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for number, name in enumerate(self._settings.recent_databases(), start=1):
            if is_server(name):
                self._add_recent_server(number, name)
                continue
            path = Path(name)
            text = f"&{number} {path}" if number < 10 else str(path)
            if not path.is_file():
                text = self.tr("%1 (not found)").replace("%1", text)
            action = self.recent_menu.addAction(text)
            action.setEnabled(path.is_file())
            action.setData(name)
            action.triggered.connect(lambda _checked=False, p=path: self.switch_to(p))
        others = [name for name in self._settings.recent_databases()
                  if name != self._open_database]
        if others:  # something to forget
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.clear_action)
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def clear_recent(self) -> None:
        """Forget the databases opened before (someone else's file, a test copy), keeping the
        one open in this window."""
        self._settings.clear_recent_databases(keep=self._open_database)
        self.fill_recent_menu()

    def _add_recent_server(self, number: int, url: str) -> None:
        action = self.recent_menu.addAction(f"&{number} {url}" if number < 10 else url)
        action.setData(url)
        action.triggered.connect(lambda _checked=False, u=url: self.switch_to_server(u, None))

    def open_server(self) -> None:
        from minutes_app.ui.dialogs.server_dialog import ServerDialog

        dialog = ServerDialog(self._window)
        if dialog.exec():
            self.switch_to_server(dialog.url(), dialog.password())

    def switch_to_server(self, url: str, password: str | None) -> None:
        """Minutes again on the server database `url` (asking for the password itself when
        none is given here and the server wants one), then this window closes."""
        if not self._window.editor.flush():
            return
        if not start_minutes_on_server(url, password):
            self._say(self.tr("Minutes could not be started on %1.").replace("%1", url))
            return
        self._settings.add_recent_database(url)
        self._window.close()

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
