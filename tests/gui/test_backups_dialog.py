"""File → Backups…: the list of copies, Back up now, Restore…, Open folder, a server database.

Real database files and real backup copies; the confirmation box and the desktop's file
browser are the only stand-ins.
"""

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox
from safety_helpers import make_database
from test_editor_support import replace_text

from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url
from minutes_app.ui.dialogs.backups_dialog import BackupsDialog
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.models.backup_table_model import BackupTableModel, backup_time

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "minutes.sqlite3"
    make_database(path, ["1", "2"])
    return path


@pytest.fixture
def file_services(db: Path) -> Iterator[Services]:
    database = open_database(resolve_database_url(str(db)))
    yield Services.build(database.session_factory, database_path=database.path)
    database.close()


def open_window(qtbot, services: Services, settings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def window(qtbot, file_services, settings) -> Iterator[MainWindow]:
    window = open_window(qtbot, file_services, settings)
    yield window
    window.data_safety.shut_down()


def open_dialog(qtbot, window: MainWindow) -> BackupsDialog:  # type: ignore[no-untyped-def]
    """File → Backups…, as a user opens it; returns once the list is read."""
    window.data_safety.backups_action.trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None and dialog.isVisible()
    idle(qtbot, window)
    return dialog


def idle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.data_safety.jobs.busy, timeout=30_000)


def column(dialog: BackupsDialog, col: int) -> list[str]:
    model = dialog.model
    return [model.index(row, col).data() for row in range(model.rowCount())]


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def titles_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return sorted(row[0] for row in connection.execute("SELECT title FROM meeting"))


def test_the_file_menu_opens_the_list_of_copies_newest_first(qtbot, window, file_services,
                                                              db):
    older = file_services.backups.make_backup("manual")
    make_database(db, ["3"])
    newer = file_services.backups.make_backup("before-import")
    file_menu = window.findChild(QMenu, "menuFile")
    assert "&Backups…" in [action.text() for action in file_menu.actions()]

    dialog = open_dialog(qtbot, window)

    assert column(dialog, BackupTableModel.COL_CREATED) == [
        backup_time(newer.created), backup_time(older.created)]
    assert column(dialog, BackupTableModel.COL_MEETINGS) == ["3", "2"]
    assert column(dialog, BackupTableModel.COL_REASON) == ["Before an import", "Made by you"]
    assert all(re.fullmatch(r"\d+\.\d (kB|MB)", size)
               for size in column(dialog, BackupTableModel.COL_SIZE))
    assert dialog.model.index(0, 0).data(BackupTableModel.BackupRole).path == newer.path


def test_dates_and_sizes_follow_the_users_locale(qtbot, window, file_services):
    backup = file_services.backups.make_backup("manual")
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    dialog = open_dialog(qtbot, window)
    (shown,) = column(dialog, BackupTableModel.COL_CREATED)
    assert shown == backup.created.strftime("%d.%m.%Y %H:%M")
    (size,) = column(dialog, BackupTableModel.COL_SIZE)
    assert re.fullmatch(r"\d+,\d (кБ|МБ)", size)  # a decimal comma, Russian units


def test_the_model_is_a_well_behaved_qt_model(qtmodeltester, file_services):
    file_services.backups.make_backup("manual")
    file_services.backups.make_backup("periodic")
    model = BackupTableModel()
    model.set_rows(file_services.backups.list_backups())
    qtmodeltester.check(model)


def test_back_up_now_adds_a_copy_and_says_where(qtbot, window, file_services):
    dialog = open_dialog(qtbot, window)
    assert dialog.model.rowCount() == 0
    assert "no backups yet" in dialog.status.text()

    qtbot.mouseClick(dialog.back_up_button, LEFT)
    assert dialog.progress.isVisible() and not dialog.back_up_button.isEnabled()
    idle(qtbot, window)

    (made,) = file_services.backups.list_backups()
    assert made.path.exists() and made.reason == "manual"
    assert str(made.path) in dialog.status.text()
    assert dialog.model.rowCount() == 1 and not dialog.progress.isVisible()
    assert dialog.selected_backup() == made


def test_restore_saves_the_typing_keeps_the_current_file_aside_and_shows_the_copy(
    qtbot, window, file_services, monkeypatch, db
):
    backup = file_services.backups.make_backup("manual")
    meeting = window.editor.current_meeting()
    replace_text(window.editor.details.title, "Набрано перед восстановлением")  # not yet saved
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = open_dialog(qtbot, window)
    dialog.table.selectRow(0)

    qtbot.mouseClick(dialog.restore_button, LEFT)
    assert dialog.progress.isVisible()
    dialog.reject()  # closing now would leave the restore half seen: refused
    assert dialog.isVisible()
    idle(qtbot, window)

    (question,) = asked
    assert backup_time(backup.created) in question and "never deleted" in question
    (kept,) = db.parent.glob("minutes.sqlite3.replaced-*")
    assert "Набрано перед восстановлением" in titles_in(kept)  # saved first, then kept aside
    assert str(kept) in dialog.status.text()
    assert "Набрано перед восстановлением" not in titles_in(db)
    assert window.editor.current_meeting().id == meeting.id
    assert window.editor.details.title.text() == meeting.title  # the restored data shows
    assert window.undo_stack.count() == 0  # no undo into the data that was replaced
    assert not dialog.progress.isVisible()
    reasons = column(dialog, BackupTableModel.COL_REASON)
    assert "Before a restore" in reasons  # and a copy of what was there


def test_a_declined_restore_changes_nothing(qtbot, window, file_services, monkeypatch, db):
    file_services.backups.make_backup("manual")
    answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog = open_dialog(qtbot, window)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, LEFT)
    idle(qtbot, window)
    assert list(db.parent.glob("minutes.sqlite3.replaced-*")) == []
    assert dialog.model.rowCount() == 1 and window.editor.current_meeting() is not None


def test_a_damaged_copy_is_not_restored_and_the_current_data_stays(
    qtbot, window, file_services, monkeypatch, db
):
    backup = file_services.backups.make_backup("manual")
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = open_dialog(qtbot, window)
    dialog.table.selectRow(0)
    with backup.path.open("r+b") as file:
        file.write(b"\0" * 100)  # damaged after it was listed

    qtbot.mouseClick(dialog.restore_button, LEFT)
    idle(qtbot, window)

    assert dialog.status.text().startswith("The backup was not restored: ")
    assert list(db.parent.glob("minutes.sqlite3.replaced-*")) == []
    assert sorted(m.number for m in file_services.meetings.list_meetings()) == ["1", "2"]
    assert window.editor.current_meeting() is not None  # the editor shows the data again


def test_open_folder_shows_the_backups_folder(qtbot, window, file_services, monkeypatch):
    file_services.backups.make_backup("manual")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    dialog = open_dialog(qtbot, window)
    qtbot.mouseClick(dialog.folder_button, LEFT)
    assert [url.toLocalFile() for url in opened] == [str(file_services.backups.folder)]


def test_a_server_database_has_no_backups_here(qtbot, services, settings, tmp_path):
    """`services` has no database file (as for PostgreSQL): everything says so, nothing runs
    (its JSON copies: test_server_copies_window.py)."""
    settings.set_server_copies_folder(services.server_copies.address, str(tmp_path / "none"))
    window = open_window(qtbot, services, settings)
    window.data_safety.start()
    assert not window.data_safety.jobs.busy  # no check, no backup
    dialog = open_dialog(qtbot, window)
    assert "on a server" in dialog.findChild(QLabel, "backupsIntro").text()
    assert not any(button.isVisibleTo(dialog) for button in (
        dialog.back_up_button, dialog.restore_button))
    assert not dialog.folder_button.isEnabled()  # no copy yet, so no folder to open
    assert dialog.model.rowCount() == 0


def test_typing_that_cannot_be_saved_is_never_restored_over(
    qtbot, window, file_services, monkeypatch, db
):
    """Another program holds the write lock: the open meeting cannot be saved, so the restore
    does not start (it would throw the typing away) and the typing stays in the editor."""
    file_services.backups.make_backup("manual")
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = open_dialog(qtbot, window)
    dialog.table.selectRow(0)
    replace_text(window.editor.details.title, "Не потерять")
    with closing(sqlite3.connect(db, isolation_level=None)) as other_program:
        other_program.execute("BEGIN IMMEDIATE")
        qtbot.mouseClick(dialog.restore_button, LEFT)
        idle(qtbot, window)
        other_program.execute("ROLLBACK")

    assert dialog.status.text().startswith("The backup was not restored: the changes to the "
                                           "open meeting could not be saved")
    assert list(db.parent.glob("minutes.sqlite3.replaced-*")) == []
    assert window.editor.details.title.text() == "Не потерять"
    assert window.editor.flush()  # the lock is gone: the typing is saved after all
    assert "Не потерять" in titles_in(db)
