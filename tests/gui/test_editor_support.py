"""Fixtures and helpers of the meeting editor's tests (imported by the test_editor_* files).

No tests here. The database, the services and the English locale come from conftest.py.
"""

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from minutes_app.domain import Meeting
from minutes_app.services import Services
from minutes_app.ui.editor import MeetingEditor


@pytest.fixture
def undo_stack() -> Iterator[QUndoStack]:
    stack = QUndoStack()
    yield stack
    stack.clear()


@pytest.fixture
def editor(qtbot, services: Services, undo_stack: QUndoStack) -> MeetingEditor:
    widget = MeetingEditor(services, undo_stack)
    qtbot.addWidget(widget)
    widget.resize(1100, 850)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def blank_meeting(services: Services) -> Meeting:
    """What the window's "New meeting" stores before the secretary types anything."""
    return services.meetings.create(Meeting(title="New meeting", date=date(2026, 3, 12)))


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard does, one key event per character (Cyrillic included).

    qtbot.keyClicks aborts the process on non-ASCII text in PySide6 6.12, so each character
    goes in as a key event that carries its text.
    """
    widget.setFocus()
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)


def replace_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Select everything in the field and type `text` over it."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(widget, text)


def click(qtbot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press(widget: QWidget, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def focus_away(qtbot, editor: MeetingEditor) -> None:
    """Leave the current field (as Tab would), which saves what was typed."""
    editor.tabs.tabBar().setFocus()
    QApplication.processEvents()
