"""The export dialog and a second language: the texts that will fall back to the meeting's own
language are listed before exporting; a pair (хаттама and протокол) is exported in one step."""

import re
import threading
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import docx
import pytest
from gui_samples import council_meeting
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog

from minutes_app.domain import (
    Language,
    Meeting,
    in_language,
    with_translation,
)
from minutes_app.services import ServiceError
from minutes_app.services.documents import DocumentResult
from minutes_app.ui.dialogs import existing_file
from minutes_app.ui.dialogs.export_dialog import ExportDialog, pair_language
from minutes_app.ui.error_text import describe
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.models.translation_model import text_place

KAZAKH_TITLE = "Құқық тәртібі мәселелері жөніндегі Қоғамдық кеңес отырысының"
KAZAKH_HEARD = "Тоқсандағы жұмыс туралы баяндады."


def partly_kazakh(meeting: Meeting) -> Meeting:
    """The council meeting with a Kazakh title and a Kazakh first statement, nothing else."""
    meeting = with_translation(meeting, "title", "kk", KAZAKH_TITLE)
    return with_translation(meeting, "agenda[0].heard[0].text", "kk", KAZAKH_HEARD)


MEETING = replace(partly_kazakh(council_meeting()), id=5)


class FakeDocuments:
    """The fallbacks the domain finds for MEETING; records the exports."""

    def __init__(self, error: Exception | None = None,
                 hold: threading.Event | None = None) -> None:
        self.error = error
        self.fallback_error: Exception | None = None
        self.hold = hold
        self.calls: list[tuple] = []

    def fallbacks(self, meeting_id, language):
        if self.fallback_error is not None:
            raise self.fallback_error
        return in_language(MEETING, language, MEETING.language.value)[1]

    def export_docx(self, meeting_id, target, **options):
        self.calls.append(("docx", meeting_id, target, options))
        target.write_bytes(b"PK")
        return target

    def export_pair(self, meeting_id, targets, **options):
        self.calls.append(("pair", meeting_id, dict(targets), options))
        if self.hold is not None:
            assert self.hold.wait(10)
        if self.error is not None:
            raise self.error
        results = []
        for language, target in reversed(targets.items()):  # any order: the dialog sorts
            target.write_bytes(b"PK")
            results.append(DocumentResult(target, Language(language), ()))
        return results


@pytest.fixture
def make_dialog(qtbot, settings, tmp_path):
    settings.set_last_docx_folder(str(tmp_path))

    def make(documents, meeting: Meeting = MEETING, services=None) -> ExportDialog:
        dialog = ExportDialog(services or SimpleNamespace(documents=documents), settings,
                              meeting)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def choose_language(dialog: ExportDialog, language: str) -> None:
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))


def export(qtbot, dialog: ExportDialog) -> None:
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)


def untranslated_places(meeting: Meeting, language: str = "kk") -> list[str]:
    """What the domain says will fall back, worded as the Translation tab words it."""
    return [text_place(meeting, f.path) for f in in_language(meeting, language,
                                                               meeting.language.value)[1]]


# -- what falls back ------------------------------------------------------------------------
def test_the_pair_of_each_language():
    assert pair_language(Language.RU, Language.RU) is Language.KK
    assert pair_language(Language.KK, Language.RU) is Language.RU
    assert pair_language(Language.EN, Language.KK) is Language.KK
    assert pair_language(Language.EN, Language.EN) is Language.RU


def test_nothing_is_listed_for_the_meetings_own_language(make_dialog):
    dialog = make_dialog(FakeDocuments())
    assert dialog.language() is Language.RU
    assert not dialog.fallbacks_view.isVisible() and not dialog.fallbacks_label.isVisible()
    assert dialog.fallback_places(Language.RU) == []


def test_the_untranslated_texts_are_listed_before_a_kazakh_export(make_dialog):
    dialog = make_dialog(FakeDocuments())
    choose_language(dialog, "kk")
    places = dialog.fallback_places(Language.KK)
    assert places == untranslated_places(MEETING)
    assert "Title" not in places and "Item 1 — heard 1" not in places  # translated
    assert "Item 1 — title" in places and "Item 1 — decision 1" in places
    assert dialog.fallbacks_view.isVisible() and dialog.fallbacks_label.isVisible()
    heading = dialog.fallbacks.item(0).text()
    assert heading == f"Kazakh document ({len(places)}):"
    assert dialog.fallbacks.item(1).text() == "Kind of meeting: заседание"

    choose_language(dialog, "ru")  # back to the meeting's own: the list goes
    assert dialog.fallbacks.rowCount() == 0 and not dialog.fallbacks_view.isVisible()


def test_an_extract_lists_only_the_texts_it_prints(make_dialog):
    meeting = replace(MEETING, agenda=(*MEETING.agenda, replace(MEETING.agenda[0], key="b")))
    documents = FakeDocuments()
    documents.fallbacks = lambda _id, language: in_language(meeting, language, "ru")[1]
    dialog = make_dialog(documents, meeting)
    choose_language(dialog, "kk")
    assert "Item 2 — title" in dialog.fallback_places(Language.KK)
    dialog.items.item(0).setCheckState(Qt.CheckState.Checked)  # an extract of item 1
    places = dialog.fallback_places(Language.KK)
    assert "Item 2 — title" not in places and "Item 1 — title" in places
    assert "Kind of meeting" in places  # the head of the extract is printed too


def test_a_failure_to_list_is_said_and_does_not_stop_the_export(qtbot, make_dialog, tmp_path):
    documents = FakeDocuments()
    documents.fallback_error = ServiceError("the database is locked")
    dialog = make_dialog(documents)
    choose_language(dialog, "kk")
    assert dialog.fallbacks_label.isVisible()
    assert describe(documents.fallback_error) in dialog.fallbacks_label.text()
    dialog.target_edit.setText(str(tmp_path / "хаттама.docx"))
    export(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


# -- the pair -------------------------------------------------------------------------------
def test_the_pair_checkbox_names_the_second_file_beside_the_first(make_dialog, tmp_path):
    dialog = make_dialog(FakeDocuments())
    assert dialog.pair_check.text() == "Al&so export the Kazakh document (хаттама)"
    assert not dialog.pair_check.isChecked() and not dialog.pair_target_label.isVisible()
    dialog.pair_check.setChecked(True)
    second = tmp_path / "Хаттама №3, 15.03.2026.docx"
    assert dialog.pair_target() == second
    assert dialog.pair_target_label.isVisible()
    assert dialog.pair_target_label.text() == f"Second file: {second}"
    # Both documents' untranslated texts are listed: the Kazakh one's only, here.
    assert dialog.fallback_places(Language.KK) == untranslated_places(MEETING)

    folder = tmp_path / "папка"
    dialog.target_edit.setText(str(folder / "мой протокол.docx"))
    dialog.target_edit.textEdited.emit(dialog.target_edit.text())
    assert dialog.pair_target() == folder / "Хаттама №3, 15.03.2026.docx"

    choose_language(dialog, "kk")
    assert dialog.pair_check.text() == "Al&so export the Russian document (протокол)"
    assert dialog.pair_target() == folder / "Протокол №3 от 15.03.2026.docx"
    dialog.items.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.pair_target() == folder / "Выписка из протокола №3 от 15.03.2026.docx"


def test_the_pair_is_exported_in_one_step(qtbot, make_dialog, tmp_path):
    documents = FakeDocuments()
    dialog = make_dialog(documents)
    dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("short"))
    dialog.pair_check.setChecked(True)
    export(qtbot, dialog)
    first = tmp_path / "Протокол №3 от 15.03.2026.docx"
    second = tmp_path / "Хаттама №3, 15.03.2026.docx"
    [(kind, meeting_id, targets, options)] = documents.calls
    assert (kind, meeting_id, targets) == ("pair", 5, {"ru": first, "kk": second})
    assert options["form"] == "short" and options["extract"] == ()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.written == first and dialog.written_all == (first, second)


def test_while_a_pair_is_written_the_dialog_says_so_and_waits(qtbot, make_dialog):
    hold = threading.Event()
    dialog = make_dialog(FakeDocuments(hold=hold))
    dialog.pair_check.setChecked(True)
    dialog.accept()
    assert dialog.busy and dialog.progress_label.isVisible()
    assert dialog.progress_label.text() == "Writing the documents…"
    assert not dialog.pair_check.isEnabled()
    dialog.reject()  # cannot be closed half-way
    assert dialog.isVisible()
    hold.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_failed_pair_export_is_said_in_one_line(qtbot, make_dialog):
    documents = FakeDocuments(error=ServiceError("the file is open in Word"))
    dialog = make_dialog(documents)
    dialog.pair_check.setChecked(True)
    export(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == describe(documents.error)
    assert dialog.written is None and dialog.written_all == ()


def test_an_existing_second_file_is_asked_about_too(qtbot, make_dialog, tmp_path, monkeypatch):
    second = tmp_path / "Хаттама №3, 15.03.2026.docx"
    second.write_bytes(b"corrected in Word")
    asked: list[Path] = []

    def cancel(_parent, target):
        asked.append(target)
        return None

    monkeypatch.setattr(existing_file, "ask", cancel)
    documents = FakeDocuments()
    dialog = make_dialog(documents)
    dialog.pair_check.setChecked(True)
    export(qtbot, dialog)
    assert asked == [second] and documents.calls == []
    assert second.read_bytes() == b"corrected in Word"

    monkeypatch.setattr(existing_file, "ask",
                        lambda _parent, target: target.with_name("Хаттама (2).docx"))
    export(qtbot, dialog)
    assert documents.calls[0][2]["kk"] == tmp_path / "Хаттама (2).docx"
    assert second.read_bytes() == b"corrected in Word"


def test_two_documents_are_never_written_into_one_file(qtbot, make_dialog, tmp_path):
    documents = FakeDocuments()
    dialog = make_dialog(documents)
    dialog.pair_check.setChecked(True)
    dialog.target_edit.setText(str(tmp_path / "Хаттама №3, 15.03.2026.docx"))
    dialog.accept()
    assert documents.calls == [] and dialog.error_label.isVisible()
    assert "Хаттама №3, 15.03.2026.docx" in dialog.error_label.text()


# -- with the real services (the export of issue 8) ----------------------------------------
def test_the_real_list_and_the_real_pair_read_back(qtbot, services, settings, tmp_path,
                                                   monkeypatch):
    stored = services.meetings.create(partly_kazakh(council_meeting()))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    settings.set_last_docx_folder(str(tmp_path))
    settings.open_document_after_export = True

    def fill_and_export(dialog: ExportDialog) -> int:
        assert dialog.fallback_places(Language.RU) == []
        assert not dialog.fallbacks_label.isVisible()  # nothing listed, nothing failed
        choose_language(dialog, "kk")
        # Exactly the texts without a Kazakh version: the meeting's, and the names of its
        # body and organisation (stored in Russian only).
        assert dialog.fallback_places(Language.KK) == [
            *untranslated_places(stored), "Body — name", "Organisation — name"]
        assert "Title" not in dialog.fallback_places(Language.KK)
        dialog.pair_check.setChecked(True)
        export(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", fill_and_export)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.list_panel.select_meeting(stored.id)
    window.export_docx_action.trigger()

    kazakh = tmp_path / "Хаттама №3, 15.03.2026.docx"
    russian = tmp_path / "Протокол №3 от 15.03.2026.docx"
    assert window.statusBar().currentMessage() == f"Saved {kazakh} and {russian}"
    assert opened == [str(kazakh), str(russian)]
    kk_text = "\n".join(p.text for p in docx.Document(str(kazakh)).paragraphs)
    ru_text = "\n".join(p.text for p in docx.Document(str(russian)).paragraphs)
    assert "ХАТТАМА" in kk_text.upper() and "ПРОТОКОЛ" in ru_text.upper()
    assert KAZAKH_TITLE in kk_text and KAZAKH_HEARD in kk_text
    assert KAZAKH_TITLE not in ru_text and stored.title in ru_text
    for text in (kk_text, ru_text):  # one number, one date, the same people
        assert any(re.search(r"15\.03\.2026\s+№\s3$", line) for line in text.splitlines())
        names = text.replace("\xa0", " ")  # names are glued with no-break spaces
        assert "Сидоров П.И." in names and "М.Ч. Когамов" in names
