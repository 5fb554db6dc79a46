"""File → Import JSON / Export JSON: file dialogs around the transfer service.

The import and the export run on the window's worker thread (the one backups and restores
take turns on) behind a progress dialog with Cancel, so that a big archive never freezes the
window; the worker's progress and its outcome come back on the GUI thread through signals. A
cancelled import imports nothing (the service rolls back); a cancelled export writes no file.
The import's warnings (the same the command line prints) are worded here in the user's
language.
"""

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from minutes_app.files import is_read_only
from minutes_app.interchange import InterchangeError
from minutes_app.interchange.stream import count_meetings
from minutes_app.services import ImportResult, ImportWarning, Services, WarningKind
from minutes_app.services.transfer import ExportCancelled, ImportCancelled, TransferStage
from minutes_app.ui.data_safety import JobRunner
from minutes_app.ui.dialogs import existing_file
from minutes_app.ui.error_text import describe
from minutes_app.ui.settings import AppSettings, documents_folder

# A message box lists at most this many warnings; the rest are counted.
WARNINGS_SHOWN = 12

# on_done(result, error): exactly one of them is None.
Done = Callable[[Any, BaseException | None], None]


def ask_to_import(parent: QWidget, title: str, question: str) -> bool:
    """Yes or No before importing a backup opened from outside (tests replace this)."""
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


class JsonTransfer(QObject):
    """Asks for a file, then reads or writes Minutes JSON on a worker thread; one message box
    per failure, one listing an import's warnings.

    Signals:
        imported(list): the ids of the meetings just imported (never empty).
        exported(object): the Path of the file just written.
    """

    imported = Signal(list)
    exported = Signal(object)
    # (stage, done, total), emitted on the worker thread: queued to the dialog.
    _advanced = Signal(object, int, int)

    def __init__(self, services: Services, settings: AppSettings, parent: QWidget,
                 jobs: JobRunner) -> None:
        """`jobs`: the window's worker thread, shared with backups and restores so that an
        import never runs beside a restore (data_safety.JobRunner)."""
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self._window = parent
        self._jobs = jobs
        self.progress: QProgressDialog | None = None  # shown while a job runs
        self._cancel = threading.Event()  # set by the dialog's Cancel, read by the worker
        self._label = ""  # the dialog's first line: what runs, on which file
        self._advanced.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)

    def _filter(self) -> str:
        return self.tr("Minutes JSON (*.json);;All files (*)")

    # --- import -----------------------------------------------------------------------------
    def import_file(self) -> None:
        """Ask for a file and import it in the background (`imported` tells the result)."""
        name, _ = QFileDialog.getOpenFileName(self._window, self.tr("Import meetings from JSON"),
                                              self._settings.last_json_folder()
                                              or documents_folder(), self._filter())
        if not name:
            return
        path = Path(name)
        self._settings.set_last_json_folder(str(path.parent))
        self.import_path(path)

    def import_path(self, path: Path) -> None:
        """Import `path` in the background, behind the progress dialog (`imported` tells the
        result)."""
        transfer = self._services.transfer
        self._run(self.tr("Importing %1…").replace("%1", path.name),
                  lambda: transfer.import_file(path, path.name, progress=self._advanced.emit,
                                               cancelled=self._cancel.is_set),
                  lambda result, error: self._on_imported(path, result, error))

    def offer_import(self, path: Path) -> None:
        """A backup opened from outside (dropped on the window, double-clicked, named on the
        command line): say how many meetings it holds and import it on Yes."""
        try:
            count = count_meetings(lambda: path.open("rb"))
        except OSError as error:
            self._fail(describe(error))
            return
        except InterchangeError:
            self._fail(self.tr("%1 is not a Minutes backup (Minutes JSON); nothing was imported.")
                       .replace("%1", path.name))
            return
        question = self.tr("Import %n meeting(s) from %1?", "", count).replace("%1", path.name)
        if ask_to_import(self._window, self.tr("Minutes JSON"), question):
            self.import_path(path)

    def _on_imported(self, path: Path, result: ImportResult | None,
                     error: BaseException | None) -> None:
        if isinstance(error, ImportCancelled):
            QMessageBox.information(self._window, self.tr("Minutes JSON"), self.tr(
                "The import of %1 was cancelled; nothing was imported.").replace("%1", path.name))
            return
        if error is not None or result is None:
            if isinstance(error, OSError):  # the file could not be read
                self._fail(describe(error))
            else:
                self._fail(self.tr("%1 was not imported: %2").replace("%1", path.name)
                           .replace("%2", describe(error) if error else ""))
            return
        if result.ids:
            self.imported.emit(result.ids)
        if result.warnings:
            QMessageBox.information(self._window, self.tr("Minutes JSON"),
                                    self._warnings_text(result))

    def _warnings_text(self, result: ImportResult) -> str:
        # A file of only a directory imports no meeting, yet imports something.
        if any(w.kind is WarningKind.NO_MEETINGS for w in result.warnings):
            heading = self.tr("Nothing was imported.")
        else:
            heading = self.tr("Imported. Worth a second look:")
        lines = [heading] + ["• " + self.word(w) for w in result.warnings[:WARNINGS_SHOWN]]
        hidden = len(result.warnings) - WARNINGS_SHOWN
        if hidden > 0:
            lines.append(self.tr("…and %n more.", "", hidden))
        return "\n".join(lines)

    def word(self, warning: ImportWarning) -> str:
        """One warning in the user's language; meetings are counted from 1, as a person
        counts them in the file."""
        v = warning.values
        meeting = str(warning.meeting + 1) if warning.meeting is not None else ""
        if warning.kind is WarningKind.NO_MEETINGS:
            return self.tr("%1 holds no meetings.").replace("%1", str(v["file"]))
        if warning.kind is WarningKind.VOTES_BEYOND_PRESENT:
            return (self.tr("Meeting %1 of the file, decision %2: %3 votes cast, but only %4 "
                            "members are present.")
                    .replace("%1", meeting).replace("%2", str(v["decision"]))
                    .replace("%3", str(v["cast"])).replace("%4", str(v["present"])))
        if warning.kind is WarningKind.MEMBER_NOT_IN_DIRECTORY:
            return (self.tr("%1: the member %2 is neither among the file's people nor in the "
                            "directory; added to the directory with the name only.")
                    .replace("%1", str(v["body"])).replace("%2", str(v["person"])))
        numbered = (self.tr("%1 No. %2 of %3")
                    .replace("%1", str(v["body"]) or self.tr("(no body)"))
                    .replace("%2", str(v["number"])).replace("%3", str(v["year"])))
        if warning.kind is WarningKind.NUMBER_IN_DATABASE:
            return (self.tr("Meeting %1 of the file: %2 is already in the database.")
                    .replace("%1", meeting).replace("%2", numbered))
        return (self.tr("Meeting %1 of the file: %2 is also meeting %3 of the file.")
                .replace("%1", meeting).replace("%2", numbered)
                .replace("%3", str(int(v["earlier"]) + 1)))

    # --- export -----------------------------------------------------------------------------
    def export_file(self) -> None:
        """Ask for a file and write every meeting to it in the background (`exported` tells
        where)."""
        default = Path(self._settings.last_json_folder() or documents_folder()) / (
            self.tr("minutes") + f"-{date.today():%Y-%m-%d}.json")
        # Not Qt's own "replace?" question: ours offers a free name too.
        name, _ = QFileDialog.getSaveFileName(self._window, self.tr("Export all meetings to JSON"),
                                              str(default), self._filter(),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".json")
        self._settings.set_last_json_folder(str(path.parent))
        if path.is_file() and not is_read_only(path):  # a read-only one is refused below
            chosen = existing_file.ask(self._window, path)
            if chosen is None:
                return
            path = chosen
        transfer = self._services.transfer
        self._run(self.tr("Exporting to %1…").replace("%1", path.name),
                  lambda: transfer.export_json_to(
                      path, progress=self._advanced.emit, cancelled=self._cancel.is_set),
                  lambda _result, error: self._on_exported(path, error))

    def _on_exported(self, path: Path, error: BaseException | None) -> None:
        if isinstance(error, ExportCancelled):
            QMessageBox.information(self._window, self.tr("Minutes JSON"), self.tr(
                "The export to %1 was cancelled; no file was written.").replace("%1", path.name))
            return
        if error is not None:
            self._fail(describe(error))
        else:
            self.exported.emit(path)

    # --- the worker ---------------------------------------------------------------------------
    def _run(self, label: str, work: Callable[[], Any], on_done: Done) -> None:
        """Run `work` on the worker thread behind a progress dialog; `on_done` gets its
        outcome on the GUI thread. The dialog is window-modal: nothing else starts meanwhile.
        Its Cancel asks the work to stop (self._cancel); the dialog stays until it has."""
        self._cancel.clear()
        self._label = label
        self.progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._window)
        self.progress.setObjectName("jsonTransferProgress")
        self.progress.setWindowTitle(self.tr("Minutes JSON"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        # Closed by _report only: not on reaching the end (the commit is still to come), nor
        # on Cancel (the work stops at its next check, and says so).
        self.progress.setAutoReset(False)
        self.progress.setAutoClose(False)
        self.progress.canceled.disconnect(self.progress.cancel)
        self.progress.canceled.connect(self._ask_to_stop)
        self.progress.show()
        self._jobs.run(work, lambda result, error: self._report(result, error, on_done))

    def _ask_to_stop(self) -> None:
        self._cancel.set()
        if self.progress is not None:
            # The button stays (removing it deletes the sender of this very signal); a second
            # click asks again, which changes nothing.
            self.progress.setLabelText(self.tr("Cancelling…"))

    def _show_progress(self, stage: TransferStage, done: int, total: int) -> None:
        if self.progress is None or self._cancel.is_set():
            return
        if stage is TransferStage.CHECKING:
            line = self.tr("Checked: %n meeting(s)", "", done)
        elif stage is TransferStage.IMPORTING:
            line = self.tr("Imported: %1 of %2 meetings").replace("%1", str(done)).replace(
                "%2", str(total))
        else:
            line = self.tr("Written: %1 of %2 meetings").replace("%1", str(done)).replace(
                "%2", str(total))
        self.progress.setLabelText(f"{self._label}\n{line}")
        self.progress.setMaximum(total)  # 0 while checking: a busy bar
        self.progress.setValue(done if total else 0)

    def _report(self, result: Any, error: BaseException | None, on_done: Done) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        on_done(result, error)

    def _fail(self, message: str) -> None:
        QMessageBox.warning(self._window, self.tr("Minutes JSON"), message)
