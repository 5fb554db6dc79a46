"""File → Verify a document…: is this Word file the approved protocol it says it is? (issue 10)

The file is chosen in an open dialog (`choose_document`, replaced in tests); the services read
it and build the record's text again on a worker thread (a long protocol takes a moment), and
the answer comes back to the window's thread as a signal. It is said in one line in the
user's language (`show_answer`, replaced in tests): the framing is translated, the protocol's
number, dates and approver are data. A file that is no protocol is explained by
ui/error_text.describe.
"""

import logging
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from minutes_app.services import Services
from minutes_app.services.documents import Verdict, Verification
from minutes_app.ui.error_text import describe

if TYPE_CHECKING:  # export.proof loads python-docx: only when a document is verified
    from minutes_app.export.proof import Place

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the literal calls are what lupdate finds
_PLACEHOLDER = re.compile(r"%(\d)")


def _fill(template: str, *values: object) -> str:
    """%1, %2, ... replaced at once, so that a value holding "%2" is left alone."""
    return _PLACEHOLDER.sub(lambda m: str(values[int(m.group(1)) - 1]), template)


def choose_document(parent: QWidget) -> Path | None:
    """Ask for the Word file to verify (None: cancelled)."""
    title = translate("DocumentVerifier", "Verify a document")
    name, _ = QFileDialog.getOpenFileName(parent, title, "",
                                          translate("DocumentVerifier", "Word documents (*.docx)"))
    return Path(name) if name else None


def show_answer(parent: QWidget, text: str, matches: bool) -> None:
    """The one-line answer, or why there is none (tests replace this)."""
    if matches:
        QMessageBox.information(parent, translate("DocumentVerifier", "Verify a document"), text)
    else:
        QMessageBox.warning(parent, translate("DocumentVerifier", "Verify a document"), text)


def answer_text(answer: Verification) -> str:
    """The command line's three answers, in the user's language."""
    requisite, meeting = answer.requisite, answer.meeting
    if requisite is None or meeting is None or answer.verdict is Verdict.UNKNOWN:
        return translate("DocumentVerifier", "Unknown: no approved protocol has this fingerprint.")
    number, day = requisite.number, f"{requisite.date:%d.%m.%Y}"
    approval = meeting.approval
    if answer.verdict is Verdict.MATCHES and approval is not None:
        matches = translate("DocumentVerifier", "Matches: protocol № %1 of %2, approved %3 by %4.")
        return _fill(matches, number, day, f"{approval.on:%d.%m.%Y}", approval.by)
    differs = translate("DocumentVerifier", "Differs from protocol № %1 of %2: %3.")
    return _fill(differs, number, day, place_text(answer.place))


def place_text(place: "Place | None") -> str:
    """Where the document first departs from the record, in the document's numbering."""
    from minutes_app.export.proof import Part

    if place is None:  # the printed text is the record's, the record is not as approved
        return translate("DocumentVerifier", "the record was changed after the document was made")
    if place.part is Part.ITEM:
        if place.decision:
            decision = translate("DocumentVerifier", "item %1, decision %2")
            return _fill(decision, place.item, place.decision)
        return _fill(translate("DocumentVerifier", "item %1"), place.item)
    parts = {Part.HEADING: translate("DocumentVerifier", "the heading"),
             Part.ATTENDANCE: translate("DocumentVerifier", "attendance"),
             Part.AGENDA: translate("DocumentVerifier", "agenda"),
             Part.ACTIONS: translate("DocumentVerifier", "action items"),
             Part.SIGNATURES: translate("DocumentVerifier", "signatures"),
             Part.ANNEX: translate("DocumentVerifier", "annex")}
    return parts[place.part]


class DocumentVerifier(QObject):
    """Owns File → Verify a document… (`action`) and runs one check at a time.

    Signals: answered(str): the answer shown (in the window's thread), for the status bar.
    """

    answered = Signal(str)
    _done = Signal(object)  # the Verification or the exception, emitted on the worker thread

    def __init__(self, services: Services, window: QWidget) -> None:
        super().__init__(window)
        self._services = services
        self._window = window
        self.busy = False
        self.action = QAction(translate("DocumentVerifier", "&Verify a document…"), window)
        self.action.setObjectName("actionVerifyDocument")
        self.action.triggered.connect(self.verify)
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    def verify(self) -> bool:
        """Ask for the file and start the check; False when nothing was started."""
        if self.busy:
            return False
        path = choose_document(self._window)
        if path is None:
            return False
        self._set_busy(True)
        threading.Thread(target=self._check, args=(path,), name="verify-document",
                         daemon=True).start()
        return True

    def _check(self, path: Path) -> None:
        """On the worker thread: the outcome goes back to the window's thread."""
        try:
            outcome: object = self._services.documents.verify_document(path)
        except Exception as error:  # every failure is said to the user, none is lost here
            log.info("verifying %s failed", path, exc_info=True)
            outcome = error
        self._done.emit(outcome)

    def _on_done(self, outcome: object) -> None:
        self._set_busy(False)
        if isinstance(outcome, Verification):
            text = answer_text(outcome)
            matches = outcome.verdict is Verdict.MATCHES
        else:
            text = describe(outcome) if isinstance(outcome, BaseException) else repr(outcome)
            matches = False
        show_answer(self._window, text, matches)
        self.answered.emit(text)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.action.setEnabled(not busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()
