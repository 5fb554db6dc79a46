"""The keyboard paths a secretary tripped over (issue 12), through real key events on the
active window: Ctrl+N puts the cursor in the new meeting's title; Alt+1/2/3 work from the list;
Space marks the selected attendee present or absent; Ctrl+Z right after a deletion brings the
meeting back, as the question before it promises."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from minutes_app.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, services, settings, stored_meetings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):  # window shortcuts reach only the active window
        window.activateWindow()
    return window


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the user presses it: to whatever has the focus."""
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the focus: the key would go nowhere"
    QTest.keyClick(target, key, modifiers)


def test_ctrl_n_from_the_filter_box_puts_the_cursor_in_the_new_title(window, services):
    window.list_panel.focus_filter()
    assert QApplication.focusWidget() is window.list_panel.filter_edit
    press(Qt.Key.Key_N, CTRL)
    assert len(services.meetings.list_meetings()) == 4
    title = window.editor.details.title
    assert QApplication.focusWidget() is title and title.selectedText() == title.text()
    assert window.editor.tabs.currentIndex() == 0


@pytest.mark.parametrize("number", [1, 2, 3])
def test_alt_and_a_number_opens_the_section_from_the_list(window, number):
    window.list_panel.table.setFocus()
    press(getattr(Qt.Key, f"Key_{number}"), ALT)
    assert window.editor.tabs.currentIndex() == number - 1
    page = window.editor.tabs.currentWidget()
    assert page.isAncestorOf(QApplication.focusWidget())


def test_space_marks_the_selected_attendee_present_or_absent(window, services):
    meeting_id = window.current_meeting_id()
    page = window.editor.attendees
    window.editor.go_to_section(1)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))  # the name cell, not the check box
    before = services.meetings.get(meeting_id).attendees[0].present
    press(Qt.Key.Key_Space)
    assert window.editor.flush()
    assert services.meetings.get(meeting_id).attendees[0].present is (not before)
    press(Qt.Key.Key_Space)
    assert window.editor.flush()
    assert services.meetings.get(meeting_id).attendees[0].present is before


def test_ctrl_z_right_after_a_deletion_brings_the_meeting_back(window, services, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *_args, **_kwargs: QMessageBox.StandardButton.Yes))
    doomed = window.current_meeting_id()
    window.editor.edit_title()  # typing in the title, then File → Delete meeting…
    assert QApplication.focusWidget() is window.editor.details.title
    window.delete_action.trigger()
    assert len(services.meetings.list_meetings()) == 2
    press(Qt.Key.Key_Z, CTRL)
    titles = [m.title for m in services.meetings.list_meetings()]
    assert len(titles) == 3, f"Ctrl+Z did not undo the deletion of {doomed}"
