"""Preferences: the typed QSettings wrapper and the Settings dialog."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from minutes_app.ui.dialogs.settings_dialog import SettingsDialog
from minutes_app.ui.settings import AppSettings


def test_defaults_then_values_survive_a_new_store_on_the_same_file(settings_path):
    first = AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    assert (first.ui_language, first.document_author, first.long_term_margin) == \
        ("system", "", False)
    assert first.open_document_after_export and not first.open_folder_after_export
    first.ui_language = "kk"
    first.document_author = "  Петрова А.С. "
    first.long_term_margin = True
    first.set_last_docx_folder("/home/secretary/Протоколы")
    first.sync()
    again = AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    assert (again.ui_language, again.document_author, again.long_term_margin) == \
        ("kk", "Петрова А.С.", True)
    assert again.last_docx_folder() == "/home/secretary/Протоколы"


def test_an_unknown_language_in_the_file_reads_as_system(settings_path):
    store = QSettings(str(settings_path), QSettings.Format.IniFormat)
    store.setValue("ui/language", "xx")
    assert AppSettings(store).ui_language == "system"


def test_dialog_stores_the_choices_on_ok_and_says_when_the_language_applies(qtbot, settings):
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() == "system"
    note = dialog.findChild(QLabel, "settingsRestartNote")
    assert "restart" in note.text()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
    dialog.author_edit.setText("Когамов М.Ч.")
    dialog.margin_check.setChecked(True)
    dialog.accept()
    assert (settings.ui_language, settings.document_author, settings.long_term_margin) == \
        ("ru", "Когамов М.Ч.", True)


def test_cancel_leaves_the_settings_alone(qtbot, settings):
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.author_edit.setText("кто-то")
    dialog.reject()
    assert settings.document_author == ""


def test_every_input_of_the_dialog_is_named(qtbot, settings):
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    for widget in (dialog.language_combo, dialog.author_edit, dialog.margin_check):
        assert widget.objectName() and widget.accessibleName()
