"""File → Import JSON / Export JSON: the progress dialog counts the meetings, its Cancel stops the
work with nothing imported or written, and the window answers meanwhile.

The worker is held at a gate (an event it waits on) while the test looks: never a sleep."""

import threading
from datetime import date

import pytest
from gui_samples import council_meeting
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from minutes_app.interchange import dump_document, writer
from minutes_app.services import transfer as transfer_module
from minutes_app.ui import i18n
from minutes_app.ui.main_window import MainWindow

HOLD_SECONDS = 30  # how long a held worker waits at most, should the test fail first


@pytest.fixture
def window(qtbot, services, settings, stored_meetings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def notes(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda _parent, _title, text, *a, **k: shown.append(text)))
    return shown


@pytest.fixture
def failures(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *a, **k: shown.append(text)))
    return shown


class Gate:
    """Holds the worker once `reached` is set, until `open` is called."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self._open = threading.Event()

    def hold(self) -> None:
        self.reached.set()
        assert self._open.wait(timeout=HOLD_SECONDS)

    def open(self) -> None:
        self._open.set()


def choose_file(monkeypatch, name: str, path) -> None:
    monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: (str(path), "")))


def the_dialog(window: MainWindow) -> QProgressDialog:
    (dialog,) = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    return dialog


def progress_shown(window: MainWindow) -> bool:
    return any(d.isVisible() for d in window.findChildren(QProgressDialog))


def cancel_button(dialog: QProgressDialog) -> QPushButton:
    (button,) = dialog.findChildren(QPushButton)
    return button


@pytest.fixture
def big_file(tmp_path):
    source = tmp_path / "big.json"
    source.write_text(dump_document([council_meeting(str(n), date(2024, 1, 9))
                                     for n in range(100, 130)]), encoding="utf-8")
    return source


@pytest.fixture
def held_after_first_batch(monkeypatch) -> Gate:
    """Batches of 10 meetings; the worker stops at the gate once the first is stored."""
    gate = Gate()
    monkeypatch.setattr(transfer_module, "BATCH", 10)
    real = transfer_module._insert
    stored: list[int] = []

    def insert(session, meetings):
        if stored:
            gate.hold()
        ids = real(session, meetings)
        stored.extend(ids)
        return ids

    monkeypatch.setattr(transfer_module, "_insert", insert)
    return gate


def test_the_import_counts_its_meetings_and_cancel_leaves_the_database_as_it_was(
        qtbot, window, services, big_file, monkeypatch, held_after_first_batch, notes,
        failures):
    before = services.transfer.export_json()
    choose_file(monkeypatch, "getOpenFileName", big_file)

    window.import_action.trigger()  # returns at once: the import goes on in the worker

    dialog = the_dialog(window)
    assert dialog.windowModality() is Qt.WindowModality.WindowModal  # nothing else starts
    qtbot.waitUntil(held_after_first_batch.reached.is_set, timeout=HOLD_SECONDS * 1000)
    # The window answers while the worker is held: the progress it sent is shown.
    qtbot.waitUntil(lambda: "Imported: 10 of 30 meetings" in dialog.labelText(),
                    timeout=HOLD_SECONDS * 1000)
    assert dialog.labelText().startswith("Importing big.json…")
    assert (dialog.value(), dialog.maximum()) == (10, 30)
    assert cancel_button(dialog).text() == "Cancel"

    cancel_button(dialog).click()
    assert dialog.isVisible() and dialog.labelText() == "Cancelling…"  # until it has stopped
    held_after_first_batch.open()
    qtbot.waitUntil(lambda: not progress_shown(window), timeout=HOLD_SECONDS * 1000)

    assert notes == ["The import of big.json was cancelled; nothing was imported."]
    assert failures == []
    assert services.transfer.export_json() == before
    assert window.list_panel.proxy.rowCount() == 3


def test_an_import_not_cancelled_goes_to_its_end(qtbot, window, services, big_file,
                                                 monkeypatch, held_after_first_batch, notes):
    choose_file(monkeypatch, "getOpenFileName", big_file)
    window.import_action.trigger()
    qtbot.waitUntil(held_after_first_batch.reached.is_set, timeout=HOLD_SECONDS * 1000)
    held_after_first_batch.open()
    qtbot.waitUntil(lambda: not progress_shown(window), timeout=HOLD_SECONDS * 1000)
    assert notes == [] and len(services.meetings.list_meetings()) == 33
    assert window.statusBar().currentMessage() == "Imported 30 meeting(s)."


def test_the_export_counts_its_meetings_and_cancel_writes_no_file(
        qtbot, window, tmp_path, monkeypatch, notes, failures):
    gate = Gate()
    real = writer._meeting
    written: list[object] = []

    def held(meeting):
        if written:
            gate.hold()
        written.append(meeting)
        return real(meeting)

    monkeypatch.setattr(writer, "_meeting", held)
    target = tmp_path / "out" / "all.json"
    target.parent.mkdir()
    choose_file(monkeypatch, "getSaveFileName", target)

    window.export_json_action.trigger()

    dialog = the_dialog(window)
    qtbot.waitUntil(gate.reached.is_set, timeout=HOLD_SECONDS * 1000)
    qtbot.waitUntil(lambda: "Written: 1 of 3 meetings" in dialog.labelText(),
                    timeout=HOLD_SECONDS * 1000)
    cancel_button(dialog).click()
    gate.open()
    qtbot.waitUntil(lambda: not progress_shown(window), timeout=HOLD_SECONDS * 1000)

    assert notes == ["The export to all.json was cancelled; no file was written."]
    assert failures == []
    assert list(target.parent.iterdir()) == []  # nor a temporary one


def test_the_dialog_and_the_cancel_note_speak_the_users_language(
        qtbot, qapp, window, big_file, monkeypatch, held_after_first_batch, notes):
    installed = i18n.install_translators(qapp, "ru")
    try:
        choose_file(monkeypatch, "getOpenFileName", big_file)
        window.import_action.trigger()
        dialog = the_dialog(window)
        qtbot.waitUntil(held_after_first_batch.reached.is_set, timeout=HOLD_SECONDS * 1000)
        qtbot.waitUntil(lambda: "10" in dialog.labelText(), timeout=HOLD_SECONDS * 1000)
        label, button = dialog.labelText(), cancel_button(dialog).text()
        cancel_button(dialog).click()
        held_after_first_batch.open()
        qtbot.waitUntil(lambda: not progress_shown(window), timeout=HOLD_SECONDS * 1000)
    finally:
        for translator in installed:
            QApplication.removeTranslator(translator)
    assert label.endswith("Импортировано заседаний: 10 из 30")
    assert button == "Отмена"
    assert notes == ["Импорт big.json отменён; ничего не импортировано."]


def test_escape_cancels_as_the_button_does_and_the_dialog_stays_until_it_has(
        qtbot, window, services, big_file, monkeypatch, held_after_first_batch, notes):
    before = services.transfer.export_json()
    choose_file(monkeypatch, "getOpenFileName", big_file)
    window.import_action.trigger()
    dialog = the_dialog(window)
    qtbot.waitUntil(held_after_first_batch.reached.is_set, timeout=HOLD_SECONDS * 1000)

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert dialog.isVisible() and dialog.labelText() == "Cancelling…"
    held_after_first_batch.open()
    qtbot.waitUntil(lambda: not progress_shown(window), timeout=HOLD_SECONDS * 1000)
    assert notes == ["The import of big.json was cancelled; nothing was imported."]
    assert services.transfer.export_json() == before
