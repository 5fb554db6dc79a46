"""An unexpected error while the window runs: logged, the typing saved, and said in a dialog.

Qt calls Python's `sys.excepthook` for an exception that escapes a slot; left alone it prints a
traceback nobody sees (started from an icon, there is no console). `CrashReporter` replaces the
hook while the window runs: it writes the traceback to the log, saves the open meeting's pending
typing first (the autosave runs before anything else can go wrong), then shows one dialog in the
interface language with what happened, where the log is, and a button that copies the details
for whoever helps. The window goes on: the error was in one action, not in the record.
"""

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutes_app import __version__

_log = logging.getLogger(__name__)
Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def details_text(error: BaseException, trace: TracebackType | None) -> str:
    """What "Copy details" copies: versions, then the traceback."""
    lines = [f"Minutes {__version__}, Python {platform.python_version()}, "
             f"PySide6 {pyside_version}, {platform.platform()}", ""]
    lines += traceback.format_exception(type(error), error, trace)
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


class CrashDialog(QDialog):
    """What happened, whether the typing is safe, the log's path, and the details to copy."""

    def __init__(self, parent: QWidget | None, error: BaseException, saved: bool,
                 log_path: Path | None, details: str) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        what = str(error).strip() or type(error).__name__
        text = self.tr("An unexpected error stopped the last action: %1").replace("%1", what)
        text += "\n\n" + (self.tr("Your typing is saved; you can go on working.") if saved else
                          self.tr("Your typing could not be saved yet: keep the window open; "
                                  "the banner above the meeting says what to do."))
        if log_path is not None:
            text += "\n\n" + self.tr("The details are in the log: %1").replace(
                "%1", str(log_path))
        text += "\n\n" + self.tr("If it happens again, copy the details and send them to "
                                 "whoever looks after Minutes.")
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.show_button = QPushButton(self.tr("&Show details"), self)
        self.show_button.setCheckable(True)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button.toggled.connect(self.details.setVisible)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(560, 0)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())


def show_crash_dialog(parent: QWidget | None, error: BaseException, saved: bool,
                      log_path: Path | None, details: str) -> None:
    """Modal; tests replace this function (a real dialog never blocks a test)."""
    CrashDialog(parent, error, saved, log_path, details).exec()


class CrashReporter(QObject):
    """sys.excepthook while the window runs (`install` … `uninstall`)."""

    def __init__(self, window: QWidget, save_typing: Callable[[], bool],
                 log_path: Path | None) -> None:
        """`save_typing`: saves the open meeting's pending changes, True when none is left."""
        super().__init__(window)
        self._window = window
        self._save = save_typing
        self._log_path = log_path
        self._previous: Hook | None = None
        self._reporting = False

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.report

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook == self.report:
            sys.excepthook = self._previous
        self._previous = None

    def report(self, kind: type[BaseException], error: BaseException,
               trace: TracebackType | None) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)) and self._previous is not None:
            self._previous(kind, error, trace)
            return
        _log.critical("unexpected error", exc_info=(kind, error, trace))
        if self._reporting:  # an error while saving or inside the dialog: logged, not shown
            return
        self._reporting = True
        try:
            saved = self._save_typing()
            show_crash_dialog(self._window, error, saved, self._log_path,
                              details_text(error, trace))
        finally:
            self._reporting = False

    def _save_typing(self) -> bool:
        try:
            return self._save()
        except Exception:  # the save itself failed unexpectedly: the log has both
            _log.exception("saving the typing after an unexpected error failed")
            return False
