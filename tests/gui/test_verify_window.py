"""File → Verify a document… (issue 10), through the real window: the file chosen in a (patched)
open dialog is checked on a worker thread and the one-line answer shown in a message box in the
user's language — a matching document, an edited one, a foreign one, and a file that is no
Word document."""

from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMenu

from minutes_app.domain import Approval, Meeting, Status
from minutes_app.domain.fingerprint import fingerprint
from minutes_app.services import Services
from minutes_app.ui import i18n
from minutes_app.ui.dialogs import verify_dialog
from minutes_app.ui.main_window import MainWindow
from tests.services.conftest import sample_meeting

BY, ON = "М.Ч. Когамов", date(2026, 3, 20)


def approved(meeting: Meeting) -> Meeting:
    return replace(meeting, status=Status.APPROVED,
                   approval=Approval(BY, ON, fingerprint(meeting)))


@pytest.fixture
def window(qtbot, services, settings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def protocol(services: Services, tmp_path: Path) -> Path:
    """The Word document of an approved protocol, exported by the program."""
    stored = services.meetings.create(approved(sample_meeting()))
    assert stored.id is not None
    return services.documents.export_docx(stored.id, tmp_path / "Протокол №3.docx")


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, bool]]:
    answers: list[tuple[str, bool]] = []
    monkeypatch.setattr(verify_dialog, "show_answer",
                        lambda _parent, text, matches: answers.append((text, matches)))
    return answers


def verify(qtbot, window: MainWindow, monkeypatch, path: Path | None) -> None:
    """File → Verify a document…, the file chosen in the dialog; waits for the answer."""
    monkeypatch.setattr(verify_dialog, "choose_document", lambda _parent: path)
    with qtbot.waitSignal(window.verifier.answered, timeout=20_000):
        window.verifier.action.trigger()


def edit_paragraph(path: Path, old: str, new: str) -> None:
    document = docx.Document(str(path))
    (paragraph,) = [p for p in document.paragraphs if old in p.text]
    for run in paragraph.runs:
        run.text = run.text.replace(old, new)
    document.save(str(path))


def test_the_action_is_in_the_file_menu(window):
    file_menu = window.menuBar().findChild(QMenu, "menuFile")
    assert window.verifier.action in file_menu.actions()
    assert window.verifier.action.text() == "&Verify a document…"


def test_a_matching_document_is_said_to_match(qtbot, window, monkeypatch, protocol, shown):
    verify(qtbot, window, monkeypatch, protocol)

    assert shown == [("Matches: protocol № 3 of 15.03.2026, approved 20.03.2026 by "
                      "М.Ч. Когамов.", True)]
    assert window.verifier.action.isEnabled()  # ready for the next one


def test_an_edited_document_names_the_first_place_that_differs(qtbot, window, monkeypatch,
                                                               protocol, shown):
    edit_paragraph(protocol, "Отложить вопрос о ёлках", "Решить вопрос о ёлках")

    verify(qtbot, window, monkeypatch, protocol)

    assert shown == [("Differs from protocol № 3 of 15.03.2026: item 2, decision 2.1.", False)]


def test_a_foreign_document_is_unknown(qtbot, window, monkeypatch, shown, tmp_path):
    from minutes_app.storage.db import open_database, resolve_database_url

    database = open_database(resolve_database_url(str(tmp_path / "other.sqlite3")))
    try:
        other = Services.build(database.session_factory)
        foreign = other.meetings.create(approved(sample_meeting(number="12")))
        assert foreign.id is not None
        path = other.documents.export_docx(foreign.id, tmp_path / "foreign.docx")
    finally:
        database.close()

    verify(qtbot, window, monkeypatch, path)

    assert shown == [("Unknown: no approved protocol has this fingerprint.", False)]


def test_a_file_that_is_no_word_document_is_explained(qtbot, window, monkeypatch, shown,
                                                      tmp_path):
    path = tmp_path / "notes.docx"
    path.write_text("not a zip", encoding="utf-8")

    verify(qtbot, window, monkeypatch, path)

    assert shown == [("notes.docx cannot be read as a Word document (it may be damaged, or "
                      "another kind of file).", False)]


def test_a_cancelled_dialog_checks_nothing(window, monkeypatch, shown):
    monkeypatch.setattr(verify_dialog, "choose_document", lambda _parent: None)

    window.verifier.action.trigger()

    assert shown == [] and window.verifier.action.isEnabled()


def test_the_answer_is_in_the_interface_language(qtbot, qapp, window, monkeypatch, protocol,
                                                 shown):
    installed = i18n.install_translators(qapp, "ru")
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
        verify(qtbot, window, monkeypatch, protocol)
        edit_paragraph(protocol, "Отложить вопрос о ёлках", "Решить вопрос о ёлках")
        verify(qtbot, window, monkeypatch, protocol)
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)

    assert shown == [
        ("Соответствует: протокол № 3 от 15.03.2026, утверждён 20.03.2026, утвердил "
         "М.Ч. Когамов.", True),
        ("Отличается от протокола № 3 от 15.03.2026: вопрос 2, решение 2.1.", False)]
