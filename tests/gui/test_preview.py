"""The document preview beside the editor, File → Print… and File → Save as PDF…, through the
real window on a real SQLite file.

The preview's text is read back from the pages it shows (the same QTextDocument the printer
gets); a printed PDF is read with pdftotext (poppler-utils, installed by CI with LibreOffice).
"""

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from test_editor_support import replace_text

from minutes_app.domain import Language
from minutes_app.services.errors import DocumentExportFailed, TargetLocked
from minutes_app.ui import preview_pane
from minutes_app.ui.dialogs import pdf_dialog
from minutes_app.ui.error_text import describe
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.pages import text_document
from minutes_app.ui.preview_pane import PreviewPane


@pytest.fixture
def window(qtbot, services, settings, stored_meetings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def pane(qtbot, window) -> PreviewPane:
    """The preview shown (View → Document preview) and its first pages laid out."""
    window.preview_action.trigger()
    qtbot.waitUntil(lambda: window.preview.rebuilds >= 1)
    return window.preview


def shown_text(pane: PreviewPane) -> str:
    assert pane.paged is not None
    return text_document(pane.paged).toPlainText()


def pdf_text(pdf: Path) -> str:
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) reads the PDF back"
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True,
                          timeout=60).stdout.decode()


def test_the_preview_is_hidden_until_asked_for_and_then_shows_the_open_meeting(
        qtbot, window, stored_meetings):
    assert not window.preview_dock.isVisible() and window.preview.rebuilds == 0
    window.preview_action.trigger()
    qtbot.waitUntil(lambda: window.preview.rebuilds == 1)
    pane = window.preview
    text = shown_text(pane)
    assert "ПРОТОКОЛ" in text and stored_meetings[1].title in text  # the newest, open one
    assert pane.page_count() >= 1
    assert pane.pages_label.text() == f"{pane.page_count()} page(s)"
    assert pane.language_combo.currentData() == "ru"


def test_typing_in_the_title_shows_in_the_pages_before_it_is_saved(
        qtbot, window, pane, services, stored_meetings):
    assert window.editor.hold_saving()  # nothing reaches the database while this test types
    replace_text(window.editor.details.title, "заседания о новых правилах приёма")
    qtbot.waitUntil(lambda: "о новых правилах приёма" in shown_text(pane))
    assert services.meetings.get(stored_meetings[1].id).title == stored_meetings[1].title
    window.editor.resume_saving()


def test_undo_takes_the_typing_out_of_the_pages_too(qtbot, window, pane):
    replace_text(window.editor.details.title, "заседания по отменённому вопросу")
    qtbot.waitUntil(lambda: "отменённому" in shown_text(pane))
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "отменённому" not in shown_text(pane))


def test_the_language_and_the_form_are_chosen_above_the_pages(qtbot, pane):
    assert "ПРОТОКОЛ" in shown_text(pane)
    rebuilt = pane.rebuilds
    pane.language_combo.setCurrentIndex(pane.language_combo.findData("kk"))
    qtbot.waitUntil(lambda: pane.rebuilds > rebuilt)
    assert "ХАТТАМА" in shown_text(pane)
    assert pane.options()["language"] == "kk"
    pane.form_combo.setCurrentIndex(pane.form_combo.findData("short"))
    qtbot.waitUntil(lambda: pane.options()["form"] == "short" and pane.rebuilds > rebuilt + 1)
    assert "ХАТТАМА" in shown_text(pane)


def test_another_meeting_is_shown_in_its_own_language(qtbot, window, pane, services,
                                                     stored_meetings):
    kazakh = services.meetings.create(replace(stored_meetings[0], number="9",
                                              title="қоғамдық кеңестің отырысы",
                                              language=Language.KK))
    window.list_panel.reload()
    window.list_panel.select_meeting(kazakh.id)
    qtbot.waitUntil(lambda: "қоғамдық кеңестің отырысы" in shown_text(pane))
    assert pane.language_combo.currentData() == "kk"
    assert "ХАТТАМА" in shown_text(pane)


def test_the_preview_follows_a_change_of_the_meetings_document_language(qtbot, window, pane):
    details = window.editor.details
    details.language.setCurrentIndex(details.language.findData("kk"))
    qtbot.waitUntil(lambda: pane.language_combo.currentData() == "kk")
    qtbot.waitUntil(lambda: "ХАТТАМА" in shown_text(pane))


def test_a_hidden_preview_is_not_laid_out_until_it_is_shown_again(qtbot, window, pane):
    window.preview_action.trigger()  # hide it
    assert not pane.isVisible()
    rebuilt = pane.rebuilds
    replace_text(window.editor.details.title, "заседания без предпросмотра")
    assert pane.rebuilds == rebuilt and not pane._timer.isActive()
    window.preview_action.trigger()  # show it: the typing is laid out now
    qtbot.waitUntil(lambda: pane.rebuilds == rebuilt + 1)
    assert "без предпросмотра" in shown_text(pane)


def test_no_meeting_or_a_failing_document_is_said_in_the_pane(qtbot, window, pane,
                                                             services, monkeypatch):
    def refuse(_meeting, **_options):
        raise DocumentExportFailed("unknown document language 'xx': use ru, kk or en")

    monkeypatch.setattr(services.documents, "preview", refuse)
    pane.language_combo.setCurrentIndex(pane.language_combo.findData("en"))
    qtbot.waitUntil(lambda: pane.message.isVisible())
    assert pane.paged is None and not pane.view.isVisible()
    assert pane.message.text().startswith("The document cannot be shown: ")
    assert "unknown document language" in pane.message.text()
    assert pane.pages_label.text() == ""
    window.list_panel.filter_edit.setText("no such meeting")  # the list is empty: none open
    qtbot.waitUntil(lambda: pane.message.text() == "No meeting is open.")
    assert not window.print_action.isEnabled()


def test_whether_the_preview_is_shown_is_remembered(qtbot, services, settings, stored_meetings):
    first = MainWindow(services, settings)
    qtbot.addWidget(first)
    first.show()
    first.preview_action.trigger()
    first.close()
    again = MainWindow(services, settings)
    qtbot.addWidget(again)
    again.show()
    assert again.preview_dock.isVisible() and again.preview_action.isChecked()
    qtbot.waitUntil(lambda: again.preview.rebuilds == 1)


def print_to_pdf(monkeypatch, target: Path, accept: bool = True) -> list[QPrinter]:
    """Answer Qt's print dialog: print to the PDF file `target` (or cancel)."""
    asked: list[QPrinter] = []

    def dialog(_parent, printer: QPrinter) -> bool:
        asked.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return accept

    monkeypatch.setattr(preview_pane, "run_print_dialog", dialog)
    return asked


def test_print_lays_the_typed_meeting_out_in_the_panes_language(
        qtbot, window, pane, monkeypatch, tmp_path, stored_meetings):
    pane.language_combo.setCurrentIndex(pane.language_combo.findData("kk"))
    replace_text(window.editor.details.number, "42")
    target = tmp_path / "printed.pdf"
    asked = print_to_pdf(monkeypatch, target)
    window.print_action.trigger()  # at once: the typing need not be saved or laid out yet
    assert len(asked) == 1
    text = pdf_text(target)
    assert "ХАТТАМА" in text and "42" in text and "Когамов" in text
    layout = asked[0].pageLayout()
    assert layout.pageSize().id().name == "A4"


def test_a_cancelled_print_writes_nothing(window, pane, monkeypatch, tmp_path):
    target = tmp_path / "printed.pdf"
    asked = print_to_pdf(monkeypatch, target, accept=False)
    window.print_action.trigger()
    assert len(asked) == 1 and not target.exists()


def test_a_document_that_cannot_be_laid_out_is_not_printed(window, pane, services,
                                                          monkeypatch, tmp_path):
    def refuse(_meeting, **_options):
        raise DocumentExportFailed("the document cannot be built")

    monkeypatch.setattr(services.documents, "preview", refuse)
    asked = print_to_pdf(monkeypatch, tmp_path / "printed.pdf")
    window.print_action.trigger()
    assert asked == []
    assert "cannot be built" in window.statusBar().currentMessage()


def save_pdf_to(monkeypatch, target: Path | None) -> tuple[list[Path], list[str]]:
    """Answer the save dialog with `target` (None: cancel); collect what the user is told."""
    suggested: list[Path] = []
    told: list[str] = []

    def choose(_parent, proposed: Path) -> Path | None:
        suggested.append(proposed)
        return target

    monkeypatch.setattr(pdf_dialog, "choose_pdf_target", choose)
    monkeypatch.setattr(pdf_dialog, "tell_pdf_failed", lambda _parent, text: told.append(text))
    return suggested, told


def test_save_as_pdf_saves_the_typing_and_writes_the_panes_language(
        qtbot, window, pane, monkeypatch, tmp_path, services, stored_meetings):
    pane.language_combo.setCurrentIndex(pane.language_combo.findData("kk"))
    replace_text(window.editor.details.title, "кеңестің кезектен тыс отырысы")
    target = tmp_path / "хаттама.pdf"
    suggested, told = save_pdf_to(monkeypatch, target)
    window.save_pdf_action.trigger()
    # the typing was saved before anything was written: the file is the stored meeting
    assert services.meetings.get(stored_meetings[1].id).title == "кеңестің кезектен тыс отырысы"
    assert suggested[0].name == "Хаттама №2, 17.02.2026.pdf"
    qtbot.waitUntil(lambda: not window._pdf.busy, timeout=120_000)
    assert told == []
    text = pdf_text(target)
    assert "ХАТТАМА" in text and "кезектен тыс" in text and "Когамов" in text
    assert window.statusBar().currentMessage() == f"Saved {target}"
    assert window.settings.last_docx_folder() == str(tmp_path)
    assert window.save_pdf_action.isEnabled()


def test_a_pdf_that_cannot_be_written_is_said_in_the_users_language(
        qtbot, window, pane, monkeypatch, tmp_path, services):
    def locked(_meeting_id, target, **_options):
        raise TargetLocked(f"{target} is open in another program")

    monkeypatch.setattr(services.documents, "export_pdf", locked)
    target = tmp_path / "protocol.pdf"
    _suggested, told = save_pdf_to(monkeypatch, target)
    window.save_pdf_action.trigger()
    qtbot.waitUntil(lambda: told != [])
    assert told == [describe(TargetLocked(f"{target} is open in another program"))]
    assert not target.exists() and not window._pdf.busy


def test_a_cancelled_save_as_pdf_writes_nothing(window, pane, monkeypatch, services):
    written: list[object] = []
    monkeypatch.setattr(services.documents, "export_pdf",
                        lambda *args, **kwargs: written.append(args))
    suggested, told = save_pdf_to(monkeypatch, None)
    window.save_pdf_action.trigger()
    assert len(suggested) == 1 and written == [] and told == []
    assert not window._pdf.busy
