"""Typed access to the window's preferences (QSettings): never meeting data, only preferences.

app.py (through run_window) builds one `AppSettings` on the platform's default store; tests
pass `QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)`.
"""

from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

# Key names, in one place so that a typo cannot create a second key.
SETTINGS_VERSION = "settings_version"
UI_LANGUAGE = "ui/language"  # "system" | "ru" | "kk" | "en"
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER_STATE = "window/splitter"
LIST_HEADER_STATE = "window/list_header"
LAST_DOCX_FOLDER = "folders/docx"
LAST_JSON_FOLDER = "folders/json"
LAST_TEMPLATE = "export/template"
DOCUMENT_AUTHOR = "export/author"
LONG_TERM_MARGIN = "export/long_term_margin"
OPEN_DOCUMENT_AFTER_EXPORT = "export/open_document"
OPEN_FOLDER_AFTER_EXPORT = "export/open_folder"
WELCOMED = "start/welcomed"  # the first-start welcome was answered (issue 12)
RECENT_DATABASES = "files/recent_databases"  # newest first
# JSON copies of a server database (issue 13), one group per server address without password:
# several computers share the server and the office chooses the one that makes the copies.
SERVER_COPIES = "server_copies"
SERVER_COPIES_FOLDER_NAME = "Minutes backups"

CURRENT_VERSION = 1
UI_LANGUAGES = ("system", "ru", "kk", "en")
RECENT_KEPT = 8


def documents_folder() -> str:
    """Where exported documents go until the user picks a folder: Documents, as on Windows
    (the home folder where there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


class AppSettings:
    """Preferences with defaults; every getter returns a plain Python value of one type."""

    def __init__(self, store: QSettings) -> None:
        self._store = store
        if self._store.value(SETTINGS_VERSION) is None:
            self._store.setValue(SETTINGS_VERSION, CURRENT_VERSION)

    def sync(self) -> None:
        self._store.sync()

    # --- plain values -------------------------------------------------------------------
    def _text(self, key: str, default: str = "") -> str:
        value = self._store.value(key, default)
        return value if isinstance(value, str) else default

    def _flag(self, key: str, default: bool = False) -> bool:
        value = self._store.value(key, default)
        # IniFormat hands booleans back as the strings "true"/"false".
        if isinstance(value, str):
            return value.lower() == "true"
        return bool(value)

    def _bytes(self, key: str) -> QByteArray:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    @property
    def ui_language(self) -> str:
        value = self._text(UI_LANGUAGE, "system")
        return value if value in UI_LANGUAGES else "system"

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        if value not in UI_LANGUAGES:
            raise ValueError(f"unknown interface language {value!r}")
        self._store.setValue(UI_LANGUAGE, value)

    @property
    def document_author(self) -> str:
        return self._text(DOCUMENT_AUTHOR)

    @document_author.setter
    def document_author(self, value: str) -> None:
        self._store.setValue(DOCUMENT_AUTHOR, value.strip())

    @property
    def welcomed(self) -> bool:
        """The first-start welcome has been answered (it is offered once)."""
        return self._flag(WELCOMED)

    @welcomed.setter
    def welcomed(self, value: bool) -> None:
        self._store.setValue(WELCOMED, bool(value))

    @property
    def long_term_margin(self) -> bool:
        return self._flag(LONG_TERM_MARGIN)

    @long_term_margin.setter
    def long_term_margin(self, value: bool) -> None:
        self._store.setValue(LONG_TERM_MARGIN, bool(value))

    @property
    def open_document_after_export(self) -> bool:
        return self._flag(OPEN_DOCUMENT_AFTER_EXPORT, True)

    @open_document_after_export.setter
    def open_document_after_export(self, value: bool) -> None:
        self._store.setValue(OPEN_DOCUMENT_AFTER_EXPORT, bool(value))

    @property
    def open_folder_after_export(self) -> bool:
        return self._flag(OPEN_FOLDER_AFTER_EXPORT)

    @open_folder_after_export.setter
    def open_folder_after_export(self, value: bool) -> None:
        self._store.setValue(OPEN_FOLDER_AFTER_EXPORT, bool(value))

    @property
    def last_template(self) -> str:
        return self._text(LAST_TEMPLATE)

    @last_template.setter
    def last_template(self, value: str) -> None:
        self._store.setValue(LAST_TEMPLATE, value)

    # --- folders --------------------------------------------------------------------------
    def last_docx_folder(self) -> str:
        return self._text(LAST_DOCX_FOLDER)

    def set_last_docx_folder(self, folder: str) -> None:
        self._store.setValue(LAST_DOCX_FOLDER, folder)

    def last_json_folder(self) -> str:
        return self._text(LAST_JSON_FOLDER)

    def set_last_json_folder(self, folder: str) -> None:
        self._store.setValue(LAST_JSON_FOLDER, folder)

    # --- recent databases (File → Recent databases) ------------------------------------------
    def recent_databases(self) -> list[str]:
        """The databases last opened, newest first, at most RECENT_KEPT."""
        value = self._store.value(RECENT_DATABASES, [])
        # IniFormat hands a list of one back as a plain string.
        paths = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [p for p in paths if isinstance(p, str) and p][:RECENT_KEPT]

    def add_recent_database(self, path: str) -> None:
        """`path` first in the list, once."""
        rest = [p for p in self.recent_databases() if p != path]
        self._store.setValue(RECENT_DATABASES, [path, *rest][:RECENT_KEPT])

    def clear_recent_databases(self, keep: str | None = None) -> None:
        """Forget the recent databases but `keep` (the one open now, if any)."""
        self._store.setValue(RECENT_DATABASES, [keep] if keep else [])

    # --- JSON copies of a server database ---------------------------------------------------
    def _copies_key(self, address: str, name: str) -> str:
        # "/" would open groups and ":" is not portable in a key: the address, percent-encoded.
        return f"{SERVER_COPIES}/{quote(address, safe='')}/{name}"

    def makes_server_copies(self, address: str) -> bool:
        """Whether THIS computer makes the scheduled copies of the database at `address`."""
        return self._flag(self._copies_key(address, "scheduled"))

    def set_makes_server_copies(self, address: str, value: bool) -> None:
        self._store.setValue(self._copies_key(address, "scheduled"), bool(value))

    def server_copies_folder(self, address: str) -> str:
        """Where the copies go: Documents/Minutes backups until the user chooses."""
        return self._text(self._copies_key(address, "folder")) or str(
            Path(documents_folder()) / SERVER_COPIES_FOLDER_NAME)

    def set_server_copies_folder(self, address: str, folder: str) -> None:
        self._store.setValue(self._copies_key(address, "folder"), folder)

    def server_copies_interval_hours(self, address: str) -> int:
        """Hours between two scheduled copies: daily unless the settings file says other."""
        value = self._store.value(self._copies_key(address, "interval_hours"), 24)
        try:
            hours = int(value)  # type: ignore[call-overload]  # IniFormat: a string
        except (TypeError, ValueError):
            return 24
        return hours if hours > 0 else 24

    # --- window layout (opaque blobs from Qt's saveGeometry/saveState) --------------------
    def window_geometry(self) -> QByteArray:
        return self._bytes(WINDOW_GEOMETRY)

    def window_state(self) -> QByteArray:
        return self._bytes(WINDOW_STATE)

    def splitter_state(self) -> QByteArray:
        return self._bytes(SPLITTER_STATE)

    def list_header_state(self) -> QByteArray:
        return self._bytes(LIST_HEADER_STATE)

    def save_layout(
        self, geometry: QByteArray, state: QByteArray, splitter: QByteArray, header: QByteArray
    ) -> None:
        self._store.setValue(WINDOW_GEOMETRY, geometry)
        self._store.setValue(WINDOW_STATE, state)
        self._store.setValue(SPLITTER_STATE, splitter)
        self._store.setValue(LIST_HEADER_STATE, header)
