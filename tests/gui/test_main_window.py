"""The main window on a real SQLite database: list, filter, sort, new/next/delete, undo."""

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt, QTranslator
from PySide6.QtGui import QUndoCommand
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.meeting_ref import MeetingRef
from minutes_app.ui.models.meeting_table_model import MeetingTableModel


@pytest.fixture
def window(qtbot, services, settings, stored_meetings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def type_text(widget: QLineEdit, text: str) -> None:
    """Type any script (QTest.keyClicks aborts on non-ASCII in PySide6 6.12)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def listed(window: MainWindow, column: int = MeetingTableModel.COL_NUMBER) -> list[str]:
    proxy = window.list_panel.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_list_shows_every_meeting_newest_first_and_opens_the_newest(window, stored_meetings):
    assert listed(window) == ["2", "1", "7"]
    assert listed(window, MeetingTableModel.COL_DATE) == ["17/02/2026", "20/01/2026", "05/11/2025"]
    assert window.editor.current_meeting().id == stored_meetings[1].id


def test_filter_narrows_as_you_type_cyrillic_in_any_case(window):
    assert window.list_panel.proxy.rowCount() == 3
    counts = []
    for ch in "ЗАСЕД":
        type_text(window.list_panel.filter_edit, ch)
        counts.append(window.list_panel.proxy.rowCount())
    # «семинара…» has no «з» and drops out at once; both «заседания…» stay to the end.
    assert counts == [2, 2, 2, 2, 2]
    assert all("заседания" in title for title in listed(window, MeetingTableModel.COL_TITLE))
    type_text(window.list_panel.filter_edit, "АНИЯ ЭТИКЕ")
    assert window.list_panel.proxy.rowCount() == 0
    window.list_panel.filter_edit.clear()
    assert window.list_panel.proxy.rowCount() == 3


def test_clicking_header_sorts_by_date_and_number_as_values(window, qtbot):
    header = window.list_panel.table.horizontalHeader()

    def click(column: int) -> None:
        spot = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)

    click(MeetingTableModel.COL_DATE)  # it was newest first: now oldest first
    assert listed(window) == ["7", "1", "2"]
    click(MeetingTableModel.COL_DATE)
    assert listed(window) == ["2", "1", "7"]
    click(MeetingTableModel.COL_NUMBER)
    assert listed(window) == ["1", "2", "7"]


def test_new_meeting_creates_a_draft_for_today_and_selects_it(window, services):
    window.new_action.trigger()
    created = window.editor.current_meeting()
    assert created is not None and created.title == "Новое заседание"  # the document's language
    assert created.date == date.today()
    assert window.list_panel.current_meeting_id() == created.id
    assert len(services.meetings.list_meetings()) == 4
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    window.undo_action.trigger()
    assert len(services.meetings.list_meetings()) == 3


def test_delete_asks_first_and_declining_keeps_the_meeting(window, services, monkeypatch):
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    window.delete_action.trigger()
    assert len(asked) == 1 and "заседания по вопросам дорожной безопасности" in asked[0]
    assert len(services.meetings.list_meetings()) == 3


def test_delete_then_undo_brings_the_whole_meeting_back(window, services, stored_meetings,
                                                       monkeypatch):
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    doomed = window.editor.current_meeting()
    window.delete_action.trigger()
    assert doomed.id not in [s.id for s in services.meetings.list_meetings()]
    assert "2" not in listed(window)
    assert window.list_panel.current_meeting_id() != doomed.id
    window.undo_action.trigger()
    back = window.editor.current_meeting()
    assert back == doomed  # the same content (ids are not compared)
    assert services.meetings.get(back.id) == stored_meetings[1]
    assert window.list_panel.current_meeting_id() == back.id
    assert sorted(listed(window)) == ["1", "2", "7"]
    window.redo_action.trigger()
    assert len(services.meetings.list_meetings()) == 2


def test_next_meeting_copies_body_and_members_with_the_next_number(window, services):
    source = window.editor.current_meeting()
    expected_number = services.meetings.next_number(source.body, date.today().year)
    window.next_action.trigger()
    created = window.editor.current_meeting()
    assert created.id != source.id
    assert (created.body, created.date, created.place) == (source.body, date.today(),
                                                           source.place)
    assert created.number == expected_number
    assert [a.name for a in created.attendees if a.name] == \
        [a.name for a in source.attendees if a.name]
    assert created.agenda[0].title == "О ходе исполнения поручений"
    assert window.list_panel.current_meeting_id() == created.id


def test_saved_meeting_updates_its_row_and_the_status_bar(window):
    meeting = window.editor.current_meeting()
    window.editor.show_snapshot(replace(meeting, title="заседания (исправлено)"))
    assert "заседания (исправлено)" in listed(window, MeetingTableModel.COL_TITLE)
    assert window.statusBar().currentMessage().startswith("Saved ")


def test_search_box_finds_text_inside_minutes_and_opens_the_hit(window, qtbot):
    window.search_action.trigger()
    type_text(window.list_panel.search_edit, "несовершеннолетних")
    hits = window.list_panel.hits
    qtbot.waitUntil(lambda: hits.rowCount() == 3, timeout=2000)
    last = hits.index(2, 0)
    assert "несовершеннолетних" in last.data().lower()
    window.list_panel.hits_view.activated.emit(last)
    assert window.editor.current_meeting().id == hits.index(2, 0).data(hits.HitRole).meeting_id


def test_window_layout_is_remembered(qtbot, services, settings, stored_meetings):
    first = MainWindow(services, settings)
    qtbot.addWidget(first)
    first.show()
    first.splitter.setSizes([300, 900])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(services, settings)
    qtbot.addWidget(second)
    second.show()
    # The offscreen screen is smaller than the first window, so compare the proportions.
    left, right = second.splitter.sizes()
    assert left / (left + right) == pytest.approx(sizes[0] / sum(sizes), abs=0.02)
    assert not settings.window_geometry().isEmpty()


def test_every_input_of_the_window_has_an_object_and_accessible_name(window):
    for widget in window.findChildren(QLineEdit):
        if widget.parent() is window.editor or window.editor.isAncestorOf(widget):
            continue  # the editor's own test checks its fields
        if widget.objectName() == "qt_spinbox_lineedit":
            continue
        assert widget.objectName() and widget.accessibleName(), widget


class _EditOf(QUndoCommand):
    """Stands for an editor command: it names its meeting through a MeetingRef."""

    def __init__(self, meeting_id: int) -> None:
        super().__init__("edit")
        self.meeting_ref = MeetingRef(meeting_id)


def test_undoing_a_delete_re_points_older_commands_at_the_new_id(window, monkeypatch):
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    old_id = window.editor.current_meeting().id
    older = _EditOf(old_id)
    window.undo_stack.push(older)
    window.delete_action.trigger()
    window.undo_action.trigger()
    new_id = window.editor.current_meeting().id
    assert new_id != old_id
    assert older.meeting_ref.id == new_id


def test_run_window_shows_the_main_window_in_the_chosen_language(qapp, services, tmp_path,
                                                                monkeypatch):
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from minutes_app.ui import run_window

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setenv("MINUTES_UI_LANG", "ru")
    seen: list[str] = []

    def fake_exec() -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.extend(w.windowTitle() for w in windows if w.isVisible())
        for window in windows:
            window.close()
            window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    try:
        assert run_window(services, ["minutes-app"]) == 0
    finally:
        for translator in qapp.findChildren(QTranslator):
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    assert seen == ["Протоколы"]
    assert list(tmp_path.rglob("*.ini"))  # preferences went to the ini path, not elsewhere
