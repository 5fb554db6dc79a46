"""File → Open server database… (issue 13): the address of the office's shared database, the
password given to the Minutes started on it and kept nowhere, the address (never a password)
in the recent list, the typing saved first (the start is a stand-in: no process in a test)."""

from datetime import date

import pytest
from gui_samples import council_meeting
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from minutes_app.services import Services
from minutes_app.services.servers import server_place, server_url
from minutes_app.ui import database_files
from minutes_app.ui.dialogs.server_dialog import ServerDialog
from minutes_app.ui.main_window import MainWindow

URL = "postgresql+psycopg://aigul@db.office.kz/minutes"


@pytest.fixture
def window(qtbot, database, db_path, settings) -> MainWindow:
    services = Services.build(database.session_factory, database_path=db_path)
    services.meetings.create(council_meeting("1", date(2026, 1, 20)))
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def started(monkeypatch) -> list[tuple[str, str | None]]:
    calls: list[tuple[str, str | None]] = []
    monkeypatch.setattr(database_files, "start_minutes_on_server",
                        lambda url, password: calls.append((url, password)) or True)
    return calls


def test_the_dialog_makes_the_address_and_hides_the_password(qtbot):
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert not open_button.isEnabled()  # nothing to open yet
    dialog.host.setText("db.office.kz")
    dialog.database.setText("minutes")
    dialog.user.setText("aigul")
    assert open_button.isEnabled()
    dialog.password_edit.setText("Қала-2026!")
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.url() == URL and dialog.password() == "Қала-2026!"
    dialog.port.setValue(6432)
    assert dialog.url() == "postgresql+psycopg://aigul@db.office.kz:6432/minutes"


def test_the_address_never_holds_a_password():
    assert server_url("db", 5432, "minutes", "a:b@c") == "postgresql+psycopg://a%3Ab%40c@db/minutes"


def test_the_title_names_a_server_database_and_its_host_and_a_file_not():
    assert server_place(URL) == ("minutes", "db.office.kz")
    assert server_place("postgresql+psycopg://aigul@10.0.0.5:6432/протоколы") == (
        "протоколы", "10.0.0.5")
    assert server_place("postgresql+psycopg://aigul@/minutes?host=/run/postgresql") == (
        "minutes", "localhost")  # a local socket: this computer
    assert server_place("postgresql+psycopg:///minutes") == ("minutes", "localhost")
    assert server_place("sqlite:////home/aigul/minutes.sqlite3") is None


def test_opening_saves_the_typing_starts_minutes_there_and_keeps_the_address(
        window, started, settings, qtbot, db_path):
    qtbot.keyClicks(window.editor.details.title, " (typed)")
    window.files.switch_to_server(URL, "Қала-2026!")
    assert started == [(URL, "Қала-2026!")]
    (summary,) = window.services.meetings.list_meetings()
    assert " (typed)" in summary.title  # saved before the other start
    assert not window.isVisible()
    assert settings.recent_databases() == [URL, str(db_path)]


def test_the_recent_server_opens_again_asking_its_own_password(window, started, settings):
    settings.add_recent_database(URL)
    window.files.fill_recent_menu()
    first = window.files.recent_menu.actions()[0]
    assert first.text() == f"&1 {URL}" and first.isEnabled()
    first.trigger()
    assert started == [(URL, None)]  # the new Minutes asks for it, if the server wants one


def test_the_file_menu_offers_it(window):
    assert window.files.server_action in window.findChild(
        type(window.files.recent_menu), "menuFile").actions()
