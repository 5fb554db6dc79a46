"""File → Backups… on a server database: JSON copies made by this computer, on demand and daily.

`services` has no database file, as for PostgreSQL (the server stand-in of
test_backups_dialog.py). Real widgets, real copies in a folder of the test; the timer is driven
by hand (its timeout), never waited for; the folder chooser is the only stand-in.
"""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from test_backups_dialog import answer, column, idle, open_dialog, open_window

from minutes_app.services import Services
from minutes_app.ui.data_safety import SERVER_COPY_BANNER, SERVER_COPY_CHECK_MS
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.models.backup_table_model import BackupTableModel
from minutes_app.ui.settings import AppSettings

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def folder(tmp_path: Path, services: Services, settings: AppSettings) -> Path:
    """The folder of the copies, chosen in the settings (never the user's Documents)."""
    path = tmp_path / "copies"
    settings.set_server_copies_folder(services.server_copies.address, str(path))
    return path


@pytest.fixture
def window(qtbot, services, settings, stored_meetings, folder) -> Iterator[MainWindow]:
    window = open_window(qtbot, services, settings)
    yield window
    window.data_safety.shut_down()


def copies_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.glob("*.json")) if folder.is_dir() else []


def old_copy(services: Services, folder: Path) -> Path:
    """A copy made two days ago (its time is in its name)."""
    folder.mkdir(exist_ok=True)
    path = folder / f"{services.server_copies.database_name}-2026-01-01-0900.json"
    path.write_text('{\n  "format": "minutes",\n  "version": 2,\n  "meetings": []\n}\n')
    return path


def test_the_window_says_whose_backup_the_server_is_and_offers_a_copy(qtbot, window, folder):
    dialog = open_dialog(qtbot, window)
    intro = dialog.findChild(QLabel, "backupsIntro")
    assert "on a server" in intro.text() and "administrator" in intro.text()
    assert dialog.copy_button.isVisibleTo(dialog) and dialog.copy_button.isEnabled()
    assert not dialog.back_up_button.isVisibleTo(dialog)
    assert not dialog.restore_button.isVisibleTo(dialog)
    assert not dialog.schedule_check.isChecked()  # no computer is chosen until the office says
    assert str(folder) in dialog.folder_label.text()
    assert dialog.model.rowCount() == 0 and "No JSON copy" in dialog.status.text()
    assert not window.data_safety.server_copies.timer.isActive()


def test_make_a_copy_now_writes_the_file_and_lists_it(qtbot, window, services, folder,
                                                      monkeypatch):
    dialog = open_dialog(qtbot, window)
    progress: list[tuple[int, int]] = []
    window.data_safety.server_copies.progressed.connect(lambda *step: progress.append(step))

    qtbot.mouseClick(dialog.copy_button, LEFT)
    assert dialog.progress.isVisible() and not dialog.copy_button.isEnabled()
    dialog.reject()  # a copy half made cannot be left alone
    assert dialog.isVisible()
    idle(qtbot, window)

    assert progress == [(1, 3), (2, 3), (3, 3)]  # meeting by meeting, on the GUI thread
    (name,) = copies_in(folder)
    assert name.startswith(services.server_copies.database_name + "-")
    document = json.loads((folder / name).read_text("utf-8"))
    assert sorted(m["number"] for m in document["meetings"]) == ["1", "2", "7"]
    assert str(folder / name) in dialog.status.text()
    assert column(dialog, BackupTableModel.COL_MEETINGS) == ["3"]
    assert dialog.selected_backup().path == folder / name
    assert not dialog.progress.isVisible() and dialog.copy_button.isEnabled()
    assert dialog.folder_button.isEnabled()

    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    index = dialog.model.index(0, 0)
    dialog.table.doubleClicked.emit(index)  # as a double click on the selected copy
    assert asked == [] and not window.data_safety.jobs.busy  # imported, never restored over


def test_a_failed_copy_is_said_in_the_window_and_on_the_chosen_computer_its_banner(
        qtbot, window, services, settings, folder):
    folder.parent.mkdir(exist_ok=True)
    folder.write_text("a file where the folder should be")
    dialog = open_dialog(qtbot, window)

    qtbot.mouseClick(dialog.copy_button, LEFT)
    idle(qtbot, window)
    assert dialog.status.text().startswith("No JSON copy was made: ")
    assert SERVER_COPY_BANNER not in window.banners  # nothing will try it again by itself

    settings.set_makes_server_copies(services.server_copies.address, True)
    qtbot.mouseClick(dialog.copy_button, LEFT)
    idle(qtbot, window)
    banner = window.banners[SERVER_COPY_BANNER]
    assert banner.text().startswith("The JSON copy of the server database was not made: ")
    assert [button.text() for button in banner.buttons] == ["Try again"]


def test_the_daily_copy_choice_is_kept_per_server_and_starts_at_once(
        qtbot, window, services, settings, settings_path, folder):
    dialog = open_dialog(qtbot, window)
    address = services.server_copies.address

    dialog.schedule_check.click()
    idle(qtbot, window)

    reread = AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    assert reread.makes_server_copies(address)
    assert not reread.makes_server_copies(address + "-another")  # another server: not chosen
    assert len(copies_in(folder)) == 1  # none was there: made at once
    timer = window.data_safety.server_copies.timer
    assert timer.isActive() and timer.interval() == SERVER_COPY_CHECK_MS
    assert dialog.model.rowCount() == 1  # the scheduled copy is listed too

    dialog.schedule_check.click()
    assert not settings.makes_server_copies(address) and not timer.isActive()


def test_the_chosen_computer_copies_at_start_when_the_newest_is_a_day_old(
        qtbot, qapp, services, settings, stored_meetings, folder):
    settings.set_makes_server_copies(services.server_copies.address, True)
    old = old_copy(services, folder)
    window = open_window(qtbot, services, settings)
    try:
        window.data_safety.start()
        idle(qtbot, window)
        assert len(copies_in(folder)) == 2 and old.exists()  # a new one, the old one kept

        window.data_safety.server_copies.timer.timeout.emit()  # an hour later: not due
        idle(qtbot, window)
        assert len(copies_in(folder)) == 2
    finally:
        window.data_safety.shut_down()


def test_no_copy_at_start_when_the_newest_is_fresh_or_this_computer_is_not_chosen(
        qtbot, services, settings, stored_meetings, folder):
    window = open_window(qtbot, services, settings)
    try:
        window.data_safety.start()  # not chosen
        assert not window.data_safety.jobs.busy and copies_in(folder) == []
        services.server_copies.make_copy(folder)
        settings.set_makes_server_copies(services.server_copies.address, True)
        window.data_safety.start()
        idle(qtbot, window)
        assert len(copies_in(folder)) == 1
    finally:
        window.data_safety.shut_down()


def test_a_failed_scheduled_copy_shows_a_banner_and_is_tried_at_the_next_turn(
        qtbot, services, settings, stored_meetings, folder):
    settings.set_makes_server_copies(services.server_copies.address, True)
    folder.parent.mkdir(exist_ok=True)
    folder.write_text("a file where the folder should be")
    window = open_window(qtbot, services, settings)
    try:
        window.data_safety.start()
        idle(qtbot, window)
        assert SERVER_COPY_BANNER in window.banners

        folder.unlink()  # the folder can be written again
        window.data_safety.server_copies.timer.timeout.emit()
        idle(qtbot, window)
        assert len(copies_in(folder)) == 1
        assert SERVER_COPY_BANNER not in window.banners
    finally:
        window.data_safety.shut_down()


def test_choose_sets_the_folder_and_lists_its_copies(qtbot, window, services, settings,
                                                     tmp_path, monkeypatch):
    other = tmp_path / "other"
    old_copy(services, other)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *_args: str(other)))
    dialog = open_dialog(qtbot, window)

    qtbot.mouseClick(dialog.choose_button, LEFT)
    idle(qtbot, window)

    assert settings.server_copies_folder(services.server_copies.address) == str(other)
    assert str(other) in dialog.folder_label.text()
    assert column(dialog, BackupTableModel.COL_MEETINGS) == ["0"]
