"""File → Export Word document: the dialog, and the export from the menu read back."""

import threading
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import docx
import pytest
from gui_samples import council_meeting
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox

from minutes_app.domain import AgendaItem, Language
from minutes_app.services import ServiceError
from minutes_app.ui.dialogs import existing_file
from minutes_app.ui.dialogs.export_dialog import ExportDialog, default_file_name
from minutes_app.ui.error_text import describe
from minutes_app.ui.main_window import MainWindow
from tests.export.templates import rewritten

MEETING = replace(council_meeting(), id=5, agenda=(
    *council_meeting().agenda, AgendaItem("О плане работы на 2027 год")))


class FakeDocuments:
    """Records the call; fails with `error` when given one."""

    def __init__(self, error: Exception | None = None, hold: threading.Event | None = None,
                 ) -> None:
        self.error = error
        self.hold = hold  # the export waits for it: "a long export"
        self.calls: list[tuple] = []

    def export_docx(self, meeting_id, target, **options):
        self.calls.append((meeting_id, target, options))
        if self.hold is not None:
            assert self.hold.wait(10)
        if self.error:
            raise self.error
        target.write_bytes(b"PK")
        return target

    def fallbacks(self, meeting_id, language):
        return []  # every text has a version in every language


def export(qtbot, dialog: ExportDialog) -> None:
    """Press Export and wait for the worker thread to finish."""
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


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


def test_choices_reach_the_service_and_the_settings_are_remembered(qtbot, make_dialog,
                                                                    settings, tmp_path):
    settings.document_author = "Петрова А.С."
    settings.long_term_margin = True
    documents = FakeDocuments()
    dialog = make_dialog(documents)
    dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("short"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.items.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.target_edit.setText(str(tmp_path / "out"))
    dialog.open_folder_check.setChecked(True)
    export(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [(meeting_id, target, options)] = documents.calls
    assert (meeting_id, target) == (5, tmp_path / "out.docx")
    assert options == {"form": "short", "language": "en", "template": None, "extract": (1,),
                       "author": "Петрова А.С.", "long_term_margin": True}
    assert dialog.written == tmp_path / "out.docx"
    assert settings.last_docx_folder() == str(tmp_path) and settings.open_folder_after_export


def test_a_service_error_is_shown_in_the_dialog_which_stays_open(qtbot, make_dialog, tmp_path):
    documents = FakeDocuments(ServiceError("the file is open in Word: close it and try again"))
    dialog = make_dialog(documents)
    dialog.show()
    export(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == describe(documents.error)
    assert "the file is open in Word: close it and try again" in dialog.error_label.text()


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
        export(qtbot, dialog)
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


# --- an existing file, a read-only one, a refused letterhead, a long export (issue 7) -------
class Answers:
    """Stands in for the "the file exists" question: records it, answers with `choice`."""

    def __init__(self) -> None:
        self.asked: list[Path] = []
        self.choice = lambda target: target  # Replace

    def set(self, choice) -> None:
        self.choice = choice

    def __call__(self, _parent, target: Path) -> Path | None:
        self.asked.append(target)
        return self.choice(target)


@pytest.fixture
def answers(monkeypatch) -> Answers:
    answers = Answers()
    monkeypatch.setattr(existing_file, "ask", answers)
    return answers


def test_replacing_an_existing_file_needs_a_yes(qtbot, make_dialog, tmp_path, answers):
    target = tmp_path / "Протокол.docx"
    target.write_bytes(b"corrected in Word")
    documents = FakeDocuments()
    dialog = make_dialog(documents)
    dialog.target_edit.setText(str(target))

    answers.set(lambda _target: None)  # Cancel
    export(qtbot, dialog)
    assert answers.asked == [target] and documents.calls == []
    assert target.read_bytes() == b"corrected in Word"
    assert dialog.result() != QDialog.DialogCode.Accepted

    answers.set(lambda chosen: chosen)  # Replace
    export(qtbot, dialog)
    assert [call[1] for call in documents.calls] == [target]
    assert dialog.written == target and target.read_bytes() == b"PK"


def test_an_existing_file_can_be_kept_by_saving_under_a_free_name(qtbot, make_dialog, tmp_path,
                                                                    answers):
    target = tmp_path / "Протокол.docx"
    target.write_bytes(b"corrected in Word")
    documents = FakeDocuments()
    dialog = make_dialog(documents)
    dialog.target_edit.setText(str(target))
    answers.set(lambda chosen: chosen.with_name("Протокол (2).docx"))

    export(qtbot, dialog)

    assert dialog.written == tmp_path / "Протокол (2).docx"
    assert dialog.target_edit.text() == str(tmp_path / "Протокол (2).docx")
    assert target.read_bytes() == b"corrected in Word"


def test_a_read_only_file_is_refused_with_one_line(qtbot, services, settings, stored_meetings,
                                                    tmp_path, answers):
    target = tmp_path / "Подписанный.docx"
    target.write_bytes(b"the signed copy")
    target.chmod(0o444)
    dialog = ExportDialog(services, settings, stored_meetings[0])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target_edit.setText(str(target))

    export(qtbot, dialog)

    assert answers.asked == []  # nothing to decide: it cannot be replaced anyway
    text = dialog.error_label.text()
    assert dialog.isVisible() and "\n" not in text
    assert "Подписанный.docx is read-only" in text
    assert target.read_bytes() == b"the signed copy"


def test_a_refused_letterhead_keeps_the_earlier_export_and_says_why(qtbot, services, settings,
                                                                     stored_meetings, tmp_path,
                                                                     answers):
    target = tmp_path / "Протокол.docx"
    dialog = ExportDialog(services, settings, stored_meetings[0])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target_edit.setText(str(target))
    export(qtbot, dialog)
    good = target.read_bytes()
    hostile = rewritten(_plain_docx(tmp_path / "plain.docx"), tmp_path / "бланк.docx", {
        "word/settings.xml": '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY e "e">]><s/>'
        .encode("utf-16")})

    dialog = ExportDialog(services, settings, stored_meetings[0])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target_edit.setText(str(target))
    dialog.template_edit.setText(str(hostile))
    export(qtbot, dialog)

    text = dialog.error_label.text()
    assert dialog.isVisible() and text and "\n" not in text
    assert "letterhead бланк.docx declares a DOCTYPE or entities in word/settings.xml" in text
    assert target.read_bytes() == good


def _plain_docx(path: Path) -> Path:
    docx.Document().save(str(path))
    return path


@pytest.mark.parametrize("error", [MemoryError(), OSError(), RuntimeError("")])
def test_a_failure_without_words_still_says_something(qtbot, make_dialog, error):
    dialog = make_dialog(FakeDocuments(error))
    dialog.show()

    export(qtbot, dialog)

    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.error_label.text().strip() == describe(error).strip() != ""


def test_the_dialog_waits_for_a_long_export_without_freezing(qtbot, make_dialog, tmp_path):
    release = threading.Event()
    documents = FakeDocuments(hold=release)
    dialog = make_dialog(documents)
    dialog.show()
    dialog.target_edit.setText(str(tmp_path / "long.docx"))

    dialog.accept()
    qtbot.waitUntil(lambda: len(documents.calls) == 1)
    assert dialog.busy and dialog.progress_label.isVisible()
    assert not dialog.buttons.isEnabled() and not dialog.target_edit.isEnabled()
    dialog.reject()  # Escape while writing: the export cannot be called back
    dialog.accept()  # a second Export press does nothing
    assert dialog.isVisible() and len(documents.calls) == 1
    qtbot.wait(50)  # the event loop runs while the export waits: the window is alive
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.written == tmp_path / "long.docx"
    assert dialog.buttons.isEnabled()


@pytest.mark.parametrize(("button", "expected"), [
    ("&Replace", "Протокол.docx"), ("Save as «Протокол (2).docx»", "Протокол (2).docx"),
    ("Cancel", None)])
def test_the_existing_file_question_offers_replace_a_free_name_or_cancel(qtbot, monkeypatch,
                                                                         tmp_path, button,
                                                                         expected):
    target = tmp_path / "Протокол.docx"
    target.write_bytes(b"")
    shown: list[str] = []

    def click(box):
        shown.append(box.text())
        assert box.defaultButton().text() == "Save as «Протокол (2).docx»"
        next(b for b in box.buttons() if b.text() == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)

    chosen = existing_file.ask(None, target)

    assert chosen == (tmp_path / expected if expected else None)
    assert shown == [f"Протокол.docx already exists in {tmp_path}. Replace it, or save under "
                     "a new name?"]
