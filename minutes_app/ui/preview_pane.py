"""The document preview beside the editor: the protocol laid out on A4 pages as it would print.

It shows the meeting open in the editor as typed (saved or not), in the form and language
chosen above the pages (the language starts as the meeting's own). Each change restarts a
short timer; the pages are rebuilt when typing pauses, and never while the pane is hidden
(they are rebuilt when it is shown again). A meeting that cannot be laid out shows why.

File → Print… and File → Save as PDF… use the pane's form and language (`options`).
"""

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import Language, Meeting
from minutes_app.export.html import PagedHtml
from minutes_app.services.documents import DocumentService
from minutes_app.ui.dialogs.export_dialog import LANGUAGE_NAMES
from minutes_app.ui.editor.widgets import named
from minutes_app.ui.error_text import describe
from minutes_app.ui.pages import print_document
from minutes_app.ui.settings import AppSettings

log = logging.getLogger(__name__)

# The pause after the last keystroke before the pages are rebuilt: short enough that the
# preview is current within half a second, long enough not to lay out every keystroke.
REBUILD_DELAY_MS = 250


def run_print_dialog(parent: QWidget, printer: QPrinter) -> bool:
    """Qt's print dialog for `printer`; True when the user chose to print (tests replace
    this)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    return dialog.exec() == QDialog.DialogCode.Accepted


class PreviewPane(QWidget):
    """Signals:
    rebuilt(int): the pages were laid out again; the number of pages.
    """

    rebuilt = Signal(int)

    def __init__(self, documents: DocumentService, settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self._documents = documents
        self._settings = settings
        self._meeting: Meeting | None = None
        self._stale = True  # the pages do not show the latest meeting or options yet
        self.paged: PagedHtml | None = None  # what the pages show (tests read it)
        self.rebuilds = 0  # how many times the pages were laid out
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REBUILD_DELAY_MS)
        self._timer.timeout.connect(self.rebuild)
        self._build()

    def _build(self) -> None:
        self.form_combo = named(QComboBox(self), "previewFormCombo", self.tr("Form"))
        self.form_combo.addItem(self.tr("Full"), "full")
        self.form_combo.addItem(self.tr("Short"), "short")
        self.language_combo = named(QComboBox(self), "previewLanguageCombo",
                                    self.tr("Document language"))
        for language, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, language.value)
        self.pages_label = named(QLabel(self), "previewPagesLabel", self.tr("Pages"))
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.view = QPrintPreviewWidget(self.printer, self)
        self.view.setObjectName("previewPages")
        self.view.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        self.view.paintRequested.connect(self._paint)
        self.message = named(QLabel(self), "previewMessage", self.tr("Preview message"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choices = QHBoxLayout()
        choices.addWidget(self.form_combo)
        choices.addWidget(self.language_combo)
        choices.addStretch(1)
        choices.addWidget(self.pages_label)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(choices)
        layout.addLayout(self._stack, 1)
        self.form_combo.currentIndexChanged.connect(self.schedule)
        self.language_combo.currentIndexChanged.connect(self.schedule)
        self._show_message(self.tr("No meeting is open."))

    # --- what is shown ----------------------------------------------------------------------
    def show_meeting(self, meeting: Meeting | None) -> None:
        """The editor's meeting changed (typing, undo, another meeting): rebuild soon. Another
        meeting starts in its own language, and a change of its document language is
        followed."""
        previous = self._meeting
        self._meeting = meeting
        if meeting is not None and (previous is None or previous.id != meeting.id
                                    or previous.language != meeting.language):
            self._choose_language(meeting.language)
        self.schedule()

    def _choose_language(self, language: Language) -> None:
        self.language_combo.blockSignals(True)  # show_meeting schedules the rebuild itself
        self.language_combo.setCurrentIndex(self.language_combo.findData(language.value))
        self.language_combo.blockSignals(False)

    def options(self) -> dict[str, object]:
        """The document options of the pane (form, language) and of the settings (author,
        long-term margin), as DocumentService.preview and export_pdf take them."""
        return {"form": self.form_combo.currentData(),
                "language": self.language_combo.currentData(),
                "author": self._settings.document_author,
                "long_term_margin": self._settings.long_term_margin}

    def document(self, meeting: Meeting) -> PagedHtml:
        """`meeting`'s document with the pane's options (raises ServiceError, DomainError)."""
        return self._documents.preview(meeting, **self.options())

    def page_count(self) -> int:
        return self.view.pageCount() if self.paged is not None else 0

    # --- rebuilding -------------------------------------------------------------------------
    def schedule(self) -> None:
        """Rebuild when the edits pause; a hidden pane waits until it is shown."""
        self._stale = True
        if self.isVisible():
            self._timer.start()  # restarts: the pages wait for a pause in the typing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._timer.start()

    def rebuild(self) -> None:
        """Lay the pages out now from the latest meeting and options."""
        if not self.isVisible():
            return  # still stale: rebuilt when shown
        self._stale = False
        if self._meeting is None:
            self.paged = None
            self._show_message(self.tr("No meeting is open."))
            return
        try:
            self.paged = self.document(self._meeting)
        except Exception as error:  # said in the pane: the window goes on without pages
            log.info("no preview of meeting %s", self._meeting.id, exc_info=True)
            self.paged = None
            self._show_message(self.tr("The document cannot be shown: %1")
                               .replace("%1", describe(error)))
            return
        self._stack.setCurrentWidget(self.view)
        self.view.updatePreview()
        self.rebuilds += 1
        count = self.view.pageCount()
        self.pages_label.setText(self.tr("%n page(s)", "", count))
        self.rebuilt.emit(count)

    def _paint(self, printer: QPrinter) -> None:
        if self.paged is not None:
            print_document(self.paged, printer)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.pages_label.clear()
        self._stack.setCurrentWidget(self.message)
