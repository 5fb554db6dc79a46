"""The first start (issue 12): on an empty database the window offers the sample seminar, a
JSON backup or an empty start, then takes the organisation, letterhead and author; once."""

import pytest
from PySide6.QtWidgets import QDialog

from minutes_app.ui import welcome
from minutes_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, services, settings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_sample_opens_with_the_organisation_and_author_kept(qtbot, window, services,
                                                                 settings):
    dialog = welcome.offer(window, window)
    assert dialog is not None and dialog.isVisible()
    dialog.sample_button.click()
    assert dialog.pages.currentIndex() == 1
    dialog.name_ru.setText("Министерство  внутренних дел Республики Казахстан")
    dialog.name_kk.setText("Қазақстан Республикасы Ішкі істер министрлігі")
    dialog.address.setText("г. Астана")
    dialog.letterhead.setText("/home/secretary/бланк.dotx")
    dialog.author.setText("Жумабаева С.Е.")
    dialog.accept()

    [meeting] = services.meetings.list_meetings()
    assert window.current_meeting_id() == meeting.id
    assert window.editor.current_meeting().title.startswith("семинара «Взаимодействие")
    [organization] = services.directory.list_organizations()
    assert organization.name == "Министерство внутренних дел Республики Казахстан"
    assert organization.name_kk == "Қазақстан Республикасы Ішкі істер министрлігі"
    assert organization.address == "г. Астана"
    assert settings.document_author == "Жумабаева С.Е."
    assert settings.last_template == "/home/secretary/бланк.dotx"
    assert settings.welcomed
    assert welcome.offer(window, window) is None  # once


def test_import_asks_for_the_backup_file(window, services, monkeypatch):
    asked = []
    monkeypatch.setattr(window, "import_json", lambda: asked.append(True))
    dialog = welcome.offer(window, window)
    dialog.import_button.click()
    dialog.accept()
    assert asked == [True]
    assert services.meetings.list_meetings() == []


def test_an_empty_start_without_an_organisation_changes_nothing(window, services, settings):
    dialog = welcome.offer(window, window)
    dialog.empty_button.click()
    dialog.accept()
    assert services.meetings.list_meetings() == []
    assert services.directory.list_organizations() == []
    assert settings.welcomed


def test_closing_the_welcome_is_an_answer(window, settings):
    dialog = welcome.offer(window, window)
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert settings.welcomed
    assert welcome.offer(window, window) is None


def test_a_database_with_meetings_is_not_a_first_start(qtbot, services, settings,
                                                      stored_meetings):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    assert welcome.offer(window, window) is None
    assert settings.welcomed  # a user with meetings is not new: the start never asks again
