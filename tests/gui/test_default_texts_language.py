"""The texts a new meeting, item, decision and task start with reach the document when left
as they are: they come in the meeting's language, not the interface's. With a Russian
interface and a Kazakh meeting, the Word document shows «Жаңа шешім», never «Новое решение»."""

from collections.abc import Iterator
from datetime import date
from io import BytesIO

import pytest
import test_editor_support as support
from docx import Document
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel
from test_editor_support import click

from minutes_app.domain import Language, Meeting
from minutes_app.export import build_document
from minutes_app.services import Services
from minutes_app.ui import i18n
from minutes_app.ui.editor import MeetingEditor
from minutes_app.ui.main_window import MainWindow

editor = support.editor
undo_stack = support.undo_stack

STARTING = {  # item, decision, task
    Language.RU: ("Новый вопрос", "Новое решение", "Новое поручение"),
    Language.KK: ("Жаңа мәселе", "Жаңа шешім", "Жаңа тапсырма"),
    Language.EN: ("New agenda item", "New decision", "New task"),
}


@pytest.fixture
def interface(qapp: QApplication) -> Iterator[list]:
    """Install the translators of an interface language (the list keeps them alive)."""
    installed: list = []
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def add_untouched_item(qtbot, editor: MeetingEditor) -> None:
    """An item with a decision and a task, each left with the text it started with."""
    agenda = editor.agenda
    editor.tabs.setCurrentWidget(agenda)
    click(qtbot, agenda.add_item)
    click(qtbot, agenda.decisions.add_button)
    click(qtbot, agenda.decisions.tasks.add_button)
    assert editor.flush()


def document_text(meeting: Meeting) -> str:
    """The Word document as a records office reads it: saved, opened again, every paragraph
    and table cell."""
    saved = BytesIO()
    build_document(meeting).save(saved)
    saved.seek(0)
    document = Document(saved)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([paragraph.text for paragraph in document.paragraphs] + cells)


@pytest.mark.parametrize(("interface_language", "meeting_language"), [
    ("ru", Language.KK), ("kk", Language.RU), ("en", Language.KK), ("ru", Language.EN)])
def test_new_item_decision_and_task_start_in_the_meeting_language(
        qtbot, qapp, services: Services, editor: MeetingEditor, interface,
        interface_language, meeting_language):
    interface.extend(i18n.install_translators(qapp, interface_language))
    meeting = services.meetings.create(Meeting(title="Отырыс", date=date(2026, 3, 12),
                                               language=meeting_language))
    assert editor.open_meeting(meeting.id)
    add_untouched_item(qtbot, editor)
    stored = services.meetings.get(meeting.id)
    item = stored.agenda[0]
    decision = item.decisions[0]
    assert (item.title, decision.text, decision.actions[0].task) == STARTING[meeting_language]
    text = document_text(stored)
    for word in STARTING[meeting_language]:
        assert word in text
    others = [word for language, words in STARTING.items() if language != meeting_language
              for word in words]
    assert [word for word in others if word in text] == []


@pytest.mark.parametrize("interface_language", ["en", "kk"])
def test_a_new_meeting_is_named_in_its_own_language(qtbot, qapp, services, settings,
                                                    interface, interface_language):
    """A new meeting's document language is Russian until the secretary picks another: its
    title is Russian too, whatever the interface speaks."""
    interface.extend(i18n.install_translators(qapp, interface_language))
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.new_action.trigger()
    created = window.editor.current_meeting()
    assert created is not None and created.language is Language.RU
    assert created.title == "Новое заседание"
    assert "Новое заседание" in document_text(services.meetings.get(created.id))


@pytest.mark.parametrize(("interface_language", "heard", "discussion"), [
    ("en", "Presenter:", "Speaker:"), ("ru", "Докладчик:", "Выступающий:"),
    ("kk", "Баяндамашы:", "Сөз сөйлеуші:")])
def test_the_heard_box_names_a_presenter_as_the_document_does(
        qtbot, qapp, services: Services, interface, interface_language, heard, discussion):
    """In «СЛУШАЛИ» the document names a presenter (докладчик), in «ВЫСТУПИЛИ» a speaker:
    the two boxes no longer share one word."""
    interface.extend(i18n.install_translators(qapp, interface_language))
    stack = QUndoStack()
    editor = MeetingEditor(services, stack)
    qtbot.addWidget(editor)
    agenda = editor.agenda
    labels = {box: [label.text() for label in box.form.findChildren(QLabel)
                    if label.buddy() is box.speaker]
              for box in (agenda.heard, agenda.discussion)}
    assert labels == {agenda.heard: [heard], agenda.discussion: [discussion]}
    assert agenda.heard.speaker.accessibleName() == heard.rstrip(":")
