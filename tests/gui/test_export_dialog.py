"""File → Export Word document: the dialog, and the export from the menu read back."""

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import docx
import pytest
from gui_samples import council_meeting
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog

from minutes_app.domain import AgendaItem, Language
from minutes_app.services import ServiceError
from minutes_app.ui.dialogs.export_dialog import ExportDialog, default_file_name
from minutes_app.ui.main_window import MainWindow

MEETING = replace(council_meeting(), id=5, agenda=(
    *council_meeting().agenda, AgendaItem("О плане работы на 2027 год")))


class FakeDocuments:
    """Records the call; fails with `error` when given one."""

    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.calls: list[tuple] = []

    def export_docx(self, meeting_id, target, **options):
        self.calls.append((meeting_id, target, options))
        if self.error:
            raise self.error
        target.write_bytes(b"PK")
        return target


@pytest.fixture
def make_dialog(qtbot, settings):
    def make(documents: FakeDocuments, meeting=MEETING) -> ExportDialog:
        dialog = ExportDialog(SimpleNamespace(documents=documents), settings, meeting)
        qtbot.addWidget(dialog)
        return dialog
    return make


def test_default_file_names_follow_the_document_language():
    assert default_file_name(MEETING, Language.RU, False) == "Протокол №3 от 15.03.2026.docx"
    assert default_file_name(MEETING, Language.RU, True) == \
        "Выписка из протокола №3 от 15.03.2026.docx"
    assert default_file_name(MEETING, Language.KK, False) == "Хаттама №3, 15.03.2026.docx"
    assert default_file_name(MEETING, Language.EN, False) == "Minutes No. 3 of 15.03.2026.docx"
    assert default_file_name(replace(MEETING, number="3/1"), Language.RU, False) == \
        "Протокол №3-1 от 15.03.2026.docx"


def test_dialog_starts_from_the_meetings_language_and_the_last_folder(make_dialog, settings,
                                                                       tmp_path):
    settings.set_last_docx_folder(str(tmp_path))
    dialog = make_dialog(FakeDocuments(), replace(MEETING, language=Language.KK))
    assert dialog.language() is Language.KK
    assert dialog.target_edit.text() == str(tmp_path / "Хаттама №3, 15.03.2026.docx")
    assert dialog.items.rowCount() == 2 and dialog.extract() == ()


def test_ticking_an_item_makes_an_extract_and_renames_the_default(make_dialog):
    dialog = make_dialog(FakeDocuments())
    dialog.items.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.extract() == (2,)
    assert Path(dialog.target_edit.text()).name == "Выписка из протокола №3 от 15.03.2026.docx"


def test_a_name_the_user_typed_is_kept(make_dialog, tmp_path):
    dialog = make_dialog(FakeDocuments())
    dialog.target_edit.setText(str(tmp_path / "мой.docx"))
    dialog.target_edit.textEdited.emit(dialog.target_edit.text())
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.target_edit.text() == str(tmp_path / "мой.docx")


def test_choices_reach_the_service_and_the_settings_are_remembered(make_dialog, settings,
                                                                    tmp_path):
    settings.document_author = "Петрова А.С."
    settings.long_term_margin = True
    documents = FakeDocuments()
    dialog = make_dialog(documents)
    dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("short"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.items.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.target_edit.setText(str(tmp_path / "out"))
    dialog.open_folder_check.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [(meeting_id, target, options)] = documents.calls
    assert (meeting_id, target) == (5, tmp_path / "out.docx")
    assert options == {"form": "short", "language": "en", "template": None, "extract": (1,),
                       "author": "Петрова А.С.", "long_term_margin": True}
    assert dialog.written == tmp_path / "out.docx"
    assert settings.last_docx_folder() == str(tmp_path) and settings.open_folder_after_export


def test_a_service_error_is_shown_in_the_dialog_which_stays_open(make_dialog, tmp_path):
    documents = FakeDocuments(ServiceError("the file is open in Word: close it and try again"))
    dialog = make_dialog(documents)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "the file is open in Word: close it and try again"


def test_a_missing_letterhead_is_named_before_exporting(make_dialog, tmp_path):
    documents = FakeDocuments()
    dialog = make_dialog(documents)
    dialog.show()
    dialog.template_edit.setText(str(tmp_path / "нет.docx"))
    dialog.accept()
    assert documents.calls == []
    assert "нет.docx" in dialog.error_label.text()


def test_export_from_the_menu_writes_a_word_document(qtbot, services, settings, tmp_path,
                                                     stored_meetings, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    target = tmp_path / "протокол.docx"

    def fill_and_export(dialog: ExportDialog) -> int:
        dialog.target_edit.setText(str(target))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", fill_and_export)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.export_docx_action.trigger()
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "ПРОТОКОЛ" in text.upper()
    assert "дорожной безопасности" in text  # the meeting selected in the list
    assert opened == [str(target)]
    assert window.statusBar().currentMessage() == f"Saved {target}"
