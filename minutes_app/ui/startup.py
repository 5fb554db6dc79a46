"""Starting the window: the application and its language first, then every start-up question.

app.py drives the start (it alone may touch the storage layer); this module is its Qt side:
`WindowStart` makes the application, reads the preferences and installs the translators
before anything can be said, so every start-up message is in the user's language. The
questions and refusals all go through `choose`, one patchable function (tests replace it; a
real modal dialog is never shown in a test).
"""

import gc
import linecache
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from minutes_app.logs import start_logging, stop_logging
from minutes_app.services import BackupInfo, Services
from minutes_app.ui.app_icon import app_icon
from minutes_app.ui.crash import CrashReporter
from minutes_app.ui.error_text import describe
from minutes_app.ui.first_paint import AfterFirstPaint
from minutes_app.ui.i18n import choose_language, install_translators
from minutes_app.ui.models.backup_table_model import backup_time
from minutes_app.ui.settings import AppSettings
from minutes_app.ui.single_instance import LockHolder

if TYPE_CHECKING:
    from minutes_app.ui.main_window import MainWindow

RESTORE = "restore"
COLLECTOR_BACK_AT_THE_LATEST_MS = 10_000
EMPTY = "empty"
QUIT = "quit"


class WindowStart:
    """The QApplication with its settings and translators, made before any start-up dialog."""

    def __init__(self, argv: list[str]) -> None:
        self.log_path = start_logging()  # first: whatever follows may need the log
        QCoreApplication.setOrganizationName("Minutes")
        QCoreApplication.setApplicationName("Minutes")
        existing = QApplication.instance()
        self.app = existing if isinstance(existing, QApplication) else QApplication(
            argv or sys.argv[:1])
        self.app.setWindowIcon(app_icon())
        self.settings = AppSettings(QSettings())
        self._translators: list[QTranslator] = install_translators(
            self.app, choose_language(self.settings.ui_language))
        self.messages = StartupMessages()
        self.backup: Path | None = None  # `minutes-app FILE.json`: offered once shown

    def build_window(self, services: Services) -> "MainWindow":
        """The main window on `services`; a database that fails while it reads the meetings
        raises here (app.py treats that as a damaged file)."""
        from minutes_app.ui.main_window import MainWindow  # the window's modules, only now

        # PySide6 reads the whole source of every module imported after it (to see whether it
        # uses Qt) and linecache keeps it: some 4 MiB of lines nobody reads again. Let go
        # before the window and the list are made, they reuse that memory (issue 11's peak).
        linecache.clearcache()
        return MainWindow(services, self.settings, open_first_after_paint=True)

    def run(self, window: "MainWindow") -> int:
        """Show the window, start its safety checks, run until it closes; the exit code."""
        window.show()
        AfterFirstPaint(window, collect_from_now_on)  # after the newest meeting is open
        # ... or soon anyway: a window started minimized is not painted until it is restored.
        QTimer.singleShot(COLLECTOR_BACK_AT_THE_LATEST_MS, collect_from_now_on)
        window.data_safety.start()
        window.live.start()  # a server database: others' saves, the server's state
        crashes = CrashReporter(window, window.editor.flush, self.log_path)
        crashes.install()
        backup = self.backup
        if backup is not None:  # the backup asked for, not the welcome (one of its ways in)
            QTimer.singleShot(0, lambda: window.open_backup(backup))
        else:  # once, on an empty database, when the window has been painted (a timer of
            # 0 ms ran before the first paint: the welcome made its dialog ahead of the window)
            AfterFirstPaint(window, lambda: _offer_welcome(window))
        try:
            return int(self.app.exec())
        finally:
            crashes.uninstall()
            window.live.stop()
            window.data_safety.shut_down()

    def close(self) -> None:
        """Take our translators out again (the application may outlive this start: tests)."""
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = []
        stop_logging()


def collect_from_now_on() -> None:
    """The cycle collector back on (app.py turns it off for the start), with everything the
    start made frozen out of its way: it lives as long as the window. Once only."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _offer_welcome(window: "MainWindow") -> None:
    from minutes_app.ui import welcome  # loaded after the first paint, as it is shown

    welcome.offer(window, window)


def choose(title: str, text: str, choices: Sequence[tuple[str, str]],
           icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> str:
    """Ask with one button per (key, label); returns the key chosen. Closing the box counts
    as the last choice (always the harmless one: Quit)."""
    box = QMessageBox(icon, title, text)
    buttons = {box.addButton(label, QMessageBox.ButtonRole.AcceptRole): key
               for key, label in choices}
    first, last = next(iter(buttons)), list(buttons)[-1]
    box.setDefaultButton(first)
    box.setEscapeButton(last)
    box.exec()
    return buttons.get(box.clickedButton(), choices[-1][0])


def ask_secret(title: str, label: str) -> str | None:
    """A password, hidden as it is typed; None when the box is cancelled (tests replace
    this, as `choose`)."""
    text, given = QInputDialog.getText(None, title, label, QLineEdit.EchoMode.Password)
    return text if given else None


class StartupMessages(QObject):
    """What the start says when the window cannot (yet) open, each through `choose`."""

    def cannot_open(self, message: str) -> None:
        """The window cannot start: say why (started from an icon, nobody reads stderr)."""
        choose(self.tr("Minutes cannot open the database"), message, [(QUIT, self.tr("Quit"))],
               QMessageBox.Icon.Critical)

    def cannot_open_because(self, error: BaseException) -> None:
        self.cannot_open(describe(error))

    def ask_password(self, server: str, *, refused: bool) -> str | None:
        """The password of the database server `server` (None: do not connect). It is not
        kept anywhere but in this program's memory."""
        label = (self.tr("The database server refused this password. Type it again for %1:")
                 if refused else
                 self.tr("The database server asks for your password to open %1:"))
        return ask_secret(self.tr("Password for the database server"),
                          label.replace("%1", server))

    def refuse_in_memory_database(self) -> None:
        self.cannot_open(self.tr(
            "A database in memory cannot be used by the window: everything typed would be "
            "lost. Choose a database file with --db FILE."))

    def refuse_second_copy(self, holder: LockHolder, database: str) -> None:
        """Another window has this database open: name it, so the user can find it."""
        text = (self.tr("The database %1 is already open in another window of Minutes "
                        "(%2, process %3 on computer %4).\n\nSwitch to that window, or close "
                        "it and start again: two windows on one database would overwrite "
                        "each other's changes.")
                .replace("%1", database)
                .replace("%2", holder.application or self.tr("an unknown program"))
                .replace("%3", str(holder.pid)).replace("%4", holder.host or "?"))
        choose(self.tr("Minutes is already open"), text, [(QUIT, self.tr("Quit"))],
               QMessageBox.Icon.Information)

    def ask_after_damage(self, error: BaseException, kept_as: Path,
                         backup: BackupInfo | None) -> str:
        """The damaged database file has been moved aside: RESTORE the newest good backup,
        or with no backup start EMPTY; or QUIT. (`backup` may be the storage layer's record
        of the copy: the same fields.)"""
        text = describe(error) + "\n\n" + self.tr(
            "The damaged file was kept as %1; nothing was deleted.").replace("%1", str(kept_as))
        if backup is None:
            text += "\n\n" + self.tr("There is no backup copy of this database.")
            choices = [(EMPTY, self.tr("Start with an empty database")), (QUIT, self.tr("Quit"))]
        else:
            text += "\n\n" + self.tr(
                "The newest good backup is of %1 and holds %n meeting(s).", "", backup.meetings,
            ).replace("%1", backup_time(backup.created))
            choices = [(RESTORE, self.tr("Restore this backup")), (QUIT, self.tr("Quit"))]
        return choose(self.tr("The database is damaged"), text, choices)
