"""A JSON backup opened from outside the program: dropped on the window, or named alone on the
command line (`minutes-app FILE.json`, as the installer's double-click starts it). The window
asks "Import N meetings from FILE?" (the question patched) and imports on Yes, through the
background import and its progress dialog; on No nothing; a file that is not a Minutes backup
is said plainly."""

import io
from datetime import date
from pathlib import Path

import pytest
from gui_samples import council_meeting
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from minutes_app.app import main
from minutes_app.interchange import InterchangeError
from minutes_app.interchange.stream import count_meetings
from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url
from minutes_app.ui import json_transfer
from minutes_app.ui.main_window import MainWindow


@pytest.fixture
def backup(tmp_path, database) -> Path:
    """A backup of three meetings written by the program's own export, from another
    database."""
    other = open_database(resolve_database_url(str(tmp_path / "other.sqlite3")))
    try:
        services = Services.build(other.session_factory)
        for number in ("1", "2", "3"):
            services.meetings.create(council_meeting(number, date(2026, 1, int(number))))
        path = tmp_path / "backup of the council.json"
        path.write_bytes(services.transfer.export_json())
    finally:
        other.close()
    return path


class Questions(list[str]):
    """The questions asked before importing, answered with `answer`."""

    answer = True

    def __call__(self, _parent, _title, question: str) -> bool:  # type: ignore[no-untyped-def]
        self.append(question)
        return self.answer


@pytest.fixture
def questions(monkeypatch) -> Questions:
    asked = Questions()
    monkeypatch.setattr(json_transfer, "ask_to_import", asked)
    return asked


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *a, **k: shown.append(text)))
    return shown


@pytest.fixture
def window(qtbot, services, settings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def finish(qtbot, window: MainWindow) -> None:
    """Wait until the import has reported (its progress dialog closes)."""
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in window.findChildren(QProgressDialog)),
                    timeout=60_000)
    qtbot.waitUntil(lambda: not window.data_safety.jobs.busy, timeout=60_000)


def listed_titles(window: MainWindow) -> list[str]:
    return [s.title for s in window.services.meetings.list_meetings()]


def drop(window: MainWindow, *paths: Path | str) -> bool:
    """Drag `paths` over the window and drop them; True when the window took the drag."""
    data = QMimeData()
    data.setUrls([QUrl(p) if isinstance(p, str) else QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data,
                         Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, dropped)
    return dropped.isAccepted()


# --- counting --------------------------------------------------------------------------------
def test_the_meetings_are_counted_without_importing(backup):
    assert count_meetings(lambda: backup.open("rb")) == 3


@pytest.mark.parametrize("text", [b"", b"[]", b'{"meetings": []}', b"not json",
                                  b'{"format": "other", "version": 2, "meetings": []}'])
def test_a_file_that_is_not_minutes_json_is_not_counted(text):
    with pytest.raises(InterchangeError):
        count_meetings(lambda: io.BytesIO(text))


# --- drag and drop ---------------------------------------------------------------------------
def test_a_dropped_backup_is_imported_on_yes_with_its_count_asked(qtbot, window, backup,
                                                                  questions):
    assert drop(window, backup)
    assert questions == ["Import 3 meeting(s) from backup of the council.json?"]
    finish(qtbot, window)
    assert len(listed_titles(window)) == 3
    assert window.list_panel.model.rowCount() == 3  # the list shows them


def test_no_imports_nothing(qtbot, window, backup, questions):
    questions.answer = False
    assert drop(window, backup)
    finish(qtbot, window)
    assert len(questions) == 1
    assert listed_titles(window) == []


def test_a_file_that_is_not_a_backup_is_said_plainly(qtbot, window, tmp_path, questions,
                                                     warnings):
    notes = tmp_path / "notes.json"
    notes.write_text('{"to do": ["buy paper"]}', encoding="utf-8")
    assert drop(window, notes)
    assert questions == []
    assert warnings == ["notes.json is not a Minutes backup (Minutes JSON); nothing was "
                        "imported."]
    assert listed_titles(window) == []


def test_only_one_local_json_file_is_taken(window, backup, tmp_path, questions):
    text = tmp_path / "minutes.txt"
    text.write_text("text", encoding="utf-8")
    assert not drop(window, text)
    assert not drop(window, backup, backup)
    assert not drop(window, "https://example.org/backup.json")
    assert not drop(window, tmp_path / "gone.json")
    assert questions == []


# --- minutes-app FILE.json -------------------------------------------------------------------
def test_minutes_app_with_a_json_file_starts_the_window_and_offers_it(
        qapp, qtbot, monkeypatch, tmp_path, backup, questions):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    monkeypatch.setenv("MINUTES_UI_LANG", "en")
    db = tmp_path / "fresh.sqlite3"
    monkeypatch.setenv("MINUTES_DB", str(db))
    seen: list[list[str]] = []

    def event_loop() -> int:
        (window,) = [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, MainWindow) and w.isVisible()]
        qtbot.waitUntil(lambda: bool(questions), timeout=30_000)  # asked once shown
        finish(qtbot, window)
        seen.append(listed_titles(window))
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(event_loop))
    try:
        assert main([str(backup)]) == 0
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    assert questions == ["Import 3 meeting(s) from backup of the council.json?"]
    assert len(seen[0]) == 3
