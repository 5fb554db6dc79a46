"""File → Import JSON / Export JSON: file dialogs around interchange and the meeting service."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from minutes_app.domain import DomainError
from minutes_app.files import is_read_only, write_atomically
from minutes_app.interchange import InterchangeError, dump_document, parse_document
from minutes_app.services import ServiceError, Services
from minutes_app.ui.dialogs import existing_file
from minutes_app.ui.error_text import describe
from minutes_app.ui.settings import AppSettings


class JsonTransfer(QObject):
    """Asks for a file, then reads or writes Minutes JSON; one message box per failure."""

    def __init__(self, services: Services, settings: AppSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self._window = parent

    def _filter(self) -> str:
        return self.tr("Minutes JSON (*.json);;All files (*)")

    def import_file(self) -> list[int]:
        """Returns the ids of the imported meetings ([] when cancelled or refused)."""
        name, _ = QFileDialog.getOpenFileName(self._window, self.tr("Import meetings from JSON"),
                                              self._settings.last_json_folder(), self._filter())
        if not name:
            return []
        path = Path(name)
        self._settings.set_last_json_folder(str(path.parent))
        try:
            meetings = parse_document(path.read_bytes())
            return self._services.meetings.import_meetings(meetings)
        except OSError as error:
            self._fail(describe(error))
        except (InterchangeError, ServiceError, DomainError) as error:
            self._fail(self.tr("%1 was not imported: %2").replace("%1", path.name)
                       .replace("%2", describe(error)))
        return []

    def export_file(self) -> Path | None:
        """Write every meeting to a JSON file; returns its path (None when cancelled/failed)."""
        default = Path(self._settings.last_json_folder() or Path.home()) / (
            self.tr("minutes") + f"-{date.today():%Y-%m-%d}.json")
        # Not Qt's own "replace?" question: ours offers a free name too.
        name, _ = QFileDialog.getSaveFileName(self._window, self.tr("Export all meetings to JSON"),
                                              str(default), self._filter(),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return None
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".json")
        self._settings.set_last_json_folder(str(path.parent))
        if path.is_file() and not is_read_only(path):  # a read-only one is refused below
            chosen = existing_file.ask(self._window, path)
            if chosen is None:
                return None
            path = chosen
        try:
            text = dump_document(self._services.meetings.export_meetings())
            write_atomically(path, text.encode("utf-8"))
        except OSError as error:
            self._fail(describe(error))
            return None
        except ServiceError as error:
            self._fail(describe(error))
            return None
        return path

    def _fail(self, message: str) -> None:
        QMessageBox.warning(self._window, self.tr("Minutes JSON"), message)
