"""File → Save as PDF…: the protocol in the preview's form and language, as a PDF file.

The file is chosen in a save dialog (`choose_pdf_target`, replaced in tests); the services
write it on a worker thread (through LibreOffice when it is installed, else through Qt), so
the window never freezes; the outcome comes back to the window's thread as a signal, and a
failure is said in the user's language (`tell_pdf_failed`, replaced in tests).
"""

import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from minutes_app.domain import Language, Meeting
from minutes_app.services import Services
from minutes_app.services.documents import PdfResult
from minutes_app.ui.error_text import describe
from minutes_app.ui.settings import AppSettings, documents_folder

log = logging.getLogger(__name__)


def choose_pdf_target(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to save the PDF (None: cancelled); the dialog asks before replacing a file."""
    translate = QCoreApplication.translate
    name, _ = QFileDialog.getSaveFileName(parent, translate("PdfSaver", "Save as PDF"),
                                          str(suggested),
                                          translate("PdfSaver", "PDF documents (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def tell_pdf_failed(parent: QWidget, message: str) -> None:
    """Say why the PDF was not written (tests replace this)."""
    QMessageBox.warning(parent, QCoreApplication.translate("PdfSaver", "Not saved as PDF"),
                        message)


def default_pdf_name(meeting: Meeting, language: Language) -> str:
    """'Протокол №3 от 15.03.2026.pdf', as the Word file's name in that language."""
    from minutes_app.ui.dialogs.export_dialog import default_file_name  # not needed at start

    return default_file_name(meeting, language, extract=False).removesuffix(".docx") + ".pdf"


class PdfSaver(QObject):
    """Signals:
    saved(PdfResult): the file was written (in the window's thread).
    busy_changed(bool): a PDF is being written (True) or done (False).
    """

    saved = Signal(object)
    busy_changed = Signal(bool)
    _done = Signal(object)  # the PdfResult or the exception, emitted on the worker thread

    def __init__(self, services: Services, settings: AppSettings, window: QWidget) -> None:
        super().__init__(window)
        self._services = services
        self._settings = settings
        self._window = window
        self.busy = False
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    def save(self, meeting: Meeting, options: dict[str, object]) -> bool:
        """Ask for the file, then write `meeting` (as stored: the caller saved the typing)
        there with `options`; False when nothing was started (busy, or cancelled)."""
        if self.busy or meeting.id is None:
            return False
        language = Language(str(options.get("language") or meeting.language))
        folder = Path(self._settings.last_docx_folder() or documents_folder())
        target = choose_pdf_target(self._window, folder / default_pdf_name(meeting, language))
        if target is None:
            return False
        self._set_busy(True)
        threading.Thread(target=self._write, args=(meeting.id, target, dict(options)),
                         name="export-pdf", daemon=True).start()
        return True

    def _write(self, meeting_id: int, target: Path, options: dict[str, Any]) -> None:
        """On the worker thread: the outcome goes back to the window's thread."""
        try:
            outcome: object = self._services.documents.export_pdf(meeting_id, target, **options)
        except Exception as error:  # every failure is said to the user, none is lost here
            log.info("PDF of meeting %s failed", meeting_id, exc_info=True)
            outcome = error
        self._done.emit(outcome)

    def _on_done(self, outcome: object) -> None:
        self._set_busy(False)
        if not isinstance(outcome, PdfResult):
            tell_pdf_failed(self._window, describe(outcome) if isinstance(outcome, BaseException)
                            else repr(outcome))
            return
        self._settings.set_last_docx_folder(str(Path(outcome.path).parent))
        self.saved.emit(outcome)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()
        self.busy_changed.emit(busy)
