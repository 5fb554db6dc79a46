"""File → Open database…, New database…, Recent databases: another database is opened by
starting Minutes again on it (the start patched: no process in a test), the typing saved
first, then this window closes; exported documents start in Documents."""

import sys
from datetime import date
from pathlib import Path

import pytest
from gui_samples import council_meeting
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url
from minutes_app.ui import database_files
from minutes_app.ui.dialogs import tasks_dialog
from minutes_app.ui.dialogs.export_dialog import ExportDialog
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.settings import RECENT_KEPT, AppSettings


@pytest.fixture
def file_services(database, db_path) -> Services:
    """Services on a real file, as app.py builds them: the window knows its database."""
    return Services.build(database.session_factory, database_path=db_path)


@pytest.fixture
def started(monkeypatch) -> list[Path]:
    """The databases another Minutes was started on; flushes seen at that moment."""
    calls: list[Path] = []
    monkeypatch.setattr(database_files, "start_minutes", lambda path: calls.append(path) or True)
    return calls


@pytest.fixture
def window(qtbot, file_services, settings) -> MainWindow:
    file_services.meetings.create(council_meeting("1", date(2026, 1, 20)))
    window = MainWindow(file_services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def choose_file(monkeypatch, name: str, path) -> None:
    monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: (str(path), "")))


def recent_texts(window: MainWindow) -> list[str]:
    window.files.fill_recent_menu()
    return [a.text() for a in window.files.recent_menu.actions()]


def test_the_title_names_the_database_and_it_heads_the_recent_list(window, db_path, settings):
    assert window.windowTitle() == f"{db_path.name} — Minutes"
    assert settings.recent_databases() == [str(db_path)]
    assert recent_texts(window) == [f"&1 {db_path}"]
    assert window.files.recent_menu.menuAction() in window.findChild(
        type(window.files.recent_menu), "menuFile").actions()


def test_open_database_saves_the_typing_then_starts_minutes_on_it_and_closes(
        qtbot, window, monkeypatch, tmp_path, settings, db_path, file_services):
    other = tmp_path / "council-2025.sqlite3"
    open_database(resolve_database_url(str(other))).close()
    qtbot.keyClicks(window.editor.details.title, " (typed)")
    stored_at_start: list[str] = []

    def start(path: Path) -> bool:
        (summary,) = file_services.meetings.list_meetings()
        stored_at_start.append(summary.title)
        return True

    monkeypatch.setattr(database_files, "start_minutes", start)
    choose_file(monkeypatch, "getOpenFileName", other)
    window.files.open_action.trigger()
    assert " (typed)" in stored_at_start[0]  # saved before the other start
    assert not window.isVisible()
    assert settings.recent_databases() == [str(other), str(db_path)]


def test_the_new_process_gets_the_database_as_its_only_argument(monkeypatch, tmp_path):
    target = tmp_path / "other.sqlite3"
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert database_files.minutes_command(target) == (
        sys.executable, ["-m", "minutes_app", "--db", str(target)])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert database_files.minutes_command(target) == (sys.executable, ["--db", str(target)])


def test_a_cancelled_dialog_or_the_same_database_starts_nothing(window, monkeypatch, started,
                                                                 db_path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    window.files.open_action.trigger()
    choose_file(monkeypatch, "getOpenFileName", db_path)
    window.files.open_action.trigger()
    assert started == []
    assert window.isVisible()


def test_a_failed_save_keeps_the_window_and_starts_nothing(window, monkeypatch, started,
                                                           tmp_path):
    failures = iter([False])  # this save fails; the one on closing at the end does not
    monkeypatch.setattr(window.editor, "flush", lambda: next(failures, True))
    choose_file(monkeypatch, "getOpenFileName", tmp_path / "other.sqlite3")
    window.files.open_action.trigger()
    assert started == []
    assert window.isVisible()


def test_new_database_offers_documents_and_starts_minutes_on_the_new_file(
        window, monkeypatch, started, tmp_path, documents):
    offered: list[str] = []

    def save_dialog(_parent, _title, default, *_a, **_k):  # type: ignore[no-untyped-def]
        offered.append(default)
        return str(tmp_path / "commission"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    window.files.new_action.trigger()
    assert Path(offered[0]).parent == documents
    assert started == [tmp_path / "commission.sqlite3"]  # created by the new process
    assert not (tmp_path / "commission.sqlite3").exists()
    assert not window.isVisible()


def test_new_database_never_replaces_an_existing_file(window, monkeypatch, started, db_path):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a, **k: said.append(text)))
    choose_file(monkeypatch, "getSaveFileName", db_path)
    window.files.new_action.trigger()
    assert started == []
    assert said and "already exists" in said[0]


def test_recent_list_keeps_eight_newest_first_a_missing_file_greyed_and_said(
        qtbot, settings_path, tmp_path, monkeypatch, started, window):
    settings = AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    files = [tmp_path / f"db{i}.sqlite3" for i in range(10)]
    for path in files:
        path.write_bytes(b"")
        settings.add_recent_database(str(path))
    settings.add_recent_database(str(files[3]))  # again: moves to the front, once
    expected = [files[3], files[9], files[8], files[7], files[6], files[5], files[4], files[2]]
    assert settings.recent_databases() == [str(p) for p in expected]
    assert len(expected) == RECENT_KEPT
    files[9].unlink()
    window.settings = settings
    window.files._settings = settings
    window.files.fill_recent_menu()
    actions = window.files.recent_menu.actions()[:RECENT_KEPT]
    assert [a.isEnabled() for a in actions] == [True, False] + [True] * 6
    assert actions[1].text() == f"&2 {files[9]} (not found)"
    actions[2].trigger()
    assert started == [files[8]]


def test_clear_list_forgets_the_others_and_keeps_the_open_database(window, db_path, settings,
                                                                   tmp_path):
    other = tmp_path / "копия для проверки.sqlite3"
    other.write_bytes(b"")
    settings.add_recent_database("postgresql+psycopg://aigul@db.office.kz/minutes")
    settings.add_recent_database(str(other))
    assert recent_texts(window)[-1] == "&Clear list"
    window.files.clear_action.trigger()
    assert settings.recent_databases() == [str(db_path)]
    assert recent_texts(window) == [f"&1 {db_path}"]  # nothing else to forget: no Clear list


def test_clear_list_in_a_window_on_no_file_empties_it(qtbot, settings, services, tmp_path):
    settings.add_recent_database(str(tmp_path / "old.sqlite3"))
    window = MainWindow(services, settings)  # a database that is not a file here
    qtbot.addWidget(window)
    window.files.clear_action.trigger()
    assert settings.recent_databases() == []
    assert not window.files.recent_menu.isEnabled()


def test_no_recent_databases_disables_the_submenu(qtbot, settings, services):
    window = MainWindow(services, settings)  # a database that is not a file here
    qtbot.addWidget(window)
    assert window.windowTitle() == "Minutes"
    assert not window.files.recent_menu.isEnabled()


# --- exported documents go to Documents by default ------------------------------------------
@pytest.fixture
def documents(monkeypatch, tmp_path) -> Path:
    """A home folder with its Documents, as Qt finds them on this platform."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    return home / "Documents"


def test_word_export_starts_in_documents_then_in_the_last_folder(qtbot, window, file_services,
                                                                  settings, documents, tmp_path):
    (summary,) = file_services.meetings.list_meetings()
    meeting = file_services.meetings.get(summary.id)
    dialog = ExportDialog(file_services, settings, meeting, window)
    qtbot.addWidget(dialog)
    assert Path(dialog.target_edit.text()).parent == documents
    settings.set_last_docx_folder(str(tmp_path))
    again = ExportDialog(file_services, settings, meeting, window)
    qtbot.addWidget(again)
    assert Path(again.target_edit.text()).parent == tmp_path


def test_pdf_json_and_task_report_dialogs_start_in_documents(qtbot, window, monkeypatch,
                                                             documents, settings):
    offered: list[Path] = []

    def save_dialog(_parent, _title, default, *_a, **_k):  # type: ignore[no-untyped-def]
        offered.append(Path(default))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    window.save_pdf_action.trigger()
    window.export_json_action.trigger()
    tasks_dialog.ask_report_path(window, "Report", "tasks.docx", "*.docx")
    assert [p.parent for p in offered] == [documents] * 3
