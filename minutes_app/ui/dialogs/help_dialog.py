"""Help → Guide (F1) and Help → About: inside the program, with no browser and no network.

The guide is an HTML page per interface language in the package (minutes_app/ui/help); its
table of keys is made from the window's own actions when it opens, in the interface language,
so it always names the shortcuts the menus really have. About names every part Minutes is made
of with its version and licence, read from the installed packages' metadata.
"""

import html
import platform
from collections.abc import Iterable
from importlib import metadata
from importlib.resources import files

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLocale, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from minutes_app import __version__

GUIDE_LANGUAGES = ("ru", "kk", "en")
# The distributions a Minutes install is made of, as THIRD_PARTY_NOTICES.md lists them.
COMPONENTS = ("PySide6-Essentials", "shiboken6", "SQLAlchemy", "alembic", "Mako", "MarkupSafe",
              "python-docx", "lxml", "typing_extensions", "platformdirs", "PyStemmer", "segno",
              "openpyxl", "et_xmlfile")
# For packages whose metadata gives only a classifier, or none (a frozen app may drop it).
KNOWN_LICENCES = {"segno": "BSD-3-Clause", "PyStemmer": "MIT AND BSD-3-Clause",
                  "PySide6-Essentials": "LGPL-3.0-only", "shiboken6": "LGPL-3.0-only"}


def guide_language(locale: QLocale | None = None) -> str:
    """The guide's language: the interface's (the default QLocale the translators set)."""
    name = (locale or QLocale()).name().split("_")[0]
    return name if name in GUIDE_LANGUAGES else "en"


def guide_html(language: str, actions: Iterable[QAction], extra_keys: Iterable[tuple[str, str]]
               ) -> str:
    """The guide page with its table of keys: each action with a shortcut, then `extra_keys`
    ((keys, what they do) of the editor, which are not menu actions)."""
    page = (files("minutes_app.ui") / "help" / f"guide_{language}.html").read_text("utf-8")
    rows = [(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
             action.text().replace("&", "").rstrip("…").rstrip("."))
            for action in actions if not action.shortcut().isEmpty()]
    rows += list(extra_keys)
    table = "".join(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>"
                    for keys, what in rows)
    return page.replace("{shortcuts}", f"<table cellpadding='3'>{table}</table>")


class HelpDialog(QDialog):
    """The guide, beside the window (not modal: one can read and type at once)."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Minutes — Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # nothing leaves the program
        self.browser.setHtml(guide_html(guide_language(), actions, self._editor_keys()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _editor_keys(self) -> list[tuple[str, str]]:
        return [
            ("Alt+1 … Alt+5", self.tr("Go to a tab of the meeting (Details, Attendees, Agenda…)")),
            ("Alt+↑ / Alt+↓", self.tr("Move the selected item or line up or down")),
            ("Ctrl+Enter", self.tr("Finish a long text (a new line is Enter)")),
            ("F1", self.tr("This guide")),
        ]


def component_rows() -> list[tuple[str, str, str]]:
    """(name, version, licence) of Minutes, Python, Qt and every library it ships."""
    rows = [("Minutes", __version__, "MIT"),
            ("Python", platform.python_version(), "PSF-2.0"),
            ("Qt", qVersion(), "LGPL-3.0-only")]
    for name in COMPONENTS:
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        rows.append((name, meta["Version"], _licence(name, meta)))
    if not any(name == "PySide6-Essentials" for name, _, _ in rows):
        rows.append(("PySide6", pyside_version, "LGPL-3.0-only"))
    return rows


def _licence(name: str, meta: metadata.PackageMetadata) -> str:
    expression = meta["License-Expression"] or KNOWN_LICENCES.get(name)  # None when absent
    if expression:
        return str(expression)
    text = str(meta["License"] or "").strip()
    return text.splitlines()[0] if text else "—"


class AboutDialog(QDialog):
    """What Minutes is, and every component with its version and licence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Minutes"))
        intro = QLabel(self.tr(
            "<b>Minutes</b> %1<br>An offline editor of meeting minutes: attendees, agenda, "
            "decisions, votes and tasks, exported as a Word document.<br>Your data stays on "
            "this computer. Minutes is free software under the MIT licence; the parts below "
            "keep their own licences (Qt and PySide6: LGPL-3.0).").replace("%1", __version__),
            self)
        intro.setWordWrap(True)
        rows = component_rows()
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)
