"""Approval in the window (issue 10), through the real widgets: File → Approve… locks every
field under a banner saying who approved the minutes and when, the list marks them, and
Reopen… (with a reason) unlocks them, the history showing each step."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
)

from minutes_app.domain import HistoryEntry, Status
from minutes_app.ui import i18n
from minutes_app.ui.editor import approval
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.models.meeting_table_model import MeetingTableModel

AUTHOR = "Петрова А.С."
TODAY = f"{date.today():%d/%m/%Y}"  # the British dates of the tests' locale


@pytest.fixture
def window(qtbot, services, settings, stored_meetings) -> MainWindow:
    settings.document_author = AUTHOR
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def asked(monkeypatch) -> dict[str, object]:
    """The questions answered as a secretary would: her name kept, a reason given."""
    answers: dict[str, object] = {"approver": None, "reason": "опечатка в решении 1.1"}

    def ask_approver(_parent, meeting, default):
        answers["default"] = default
        answers["meeting"] = meeting.id
        return answers["approver"] or default

    monkeypatch.setattr(approval, "ask_approver", ask_approver)
    monkeypatch.setattr(approval, "ask_reopen_reason", lambda _parent: answers["reason"])
    return answers


def type_text(widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_End)
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def history_lines(window: MainWindow) -> list[str]:
    box = window.editor.details.history
    return [box.item(i).text() for i in range(box.count())]


def status_cell(window: MainWindow, meeting_id: int):
    proxy = window.list_panel.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, MeetingTableModel.COL_STATUS)
        if index.data(MeetingTableModel.SummaryRole).id == meeting_id:
            return index
    raise AssertionError(f"meeting {meeting_id} is not listed")


def approve(window: MainWindow) -> int:
    meeting_id = window.current_meeting_id()
    assert window.editor.approve_action.isEnabled()
    window.editor.approve_action.trigger()
    return meeting_id


def test_approving_locks_every_field_under_a_banner_and_the_list_marks_it(
        window, services, asked):
    meeting_id = approve(window)
    assert (asked["default"], asked["meeting"]) == (AUTHOR, meeting_id)
    stored = services.meetings.get(meeting_id)
    assert stored.status is Status.APPROVED and stored.approval.by == AUTHOR

    editor = window.editor
    banner = editor.approval_banner
    assert banner.isVisible()
    assert banner.label.text() == (f"Approved by {AUTHOR} on {TODAY}. The minutes are "
                                   "read-only; reopen them to change them.")
    assert banner.reopen.isEnabled()
    details = editor.details
    assert details.status.text() == "Approved"
    assert all(edit.isReadOnly() for edit in (details.title, details.number, details.place))
    assert not details.language.isEnabled() and not details.suggest_number.isEnabled()
    type_text(details.title, "правка")  # typing into a locked field changes nothing
    assert details.title.text() == stored.title
    assert editor.flush() and services.meetings.get(meeting_id) == stored
    assert not editor.approve_action.isEnabled() and editor.reopen_action.isEnabled()

    cell = status_cell(window, meeting_id)
    assert cell.data() == "Approved"
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None
    others = [status_cell(window, m.id) for m in services.meetings.list_meetings()
              if m.id != meeting_id]
    assert [c.data(Qt.ItemDataRole.DecorationRole) for c in others] == [None, None]
    assert history_lines(window) == [f"{TODAY} {stored.history[0].at:%H:%M} — Approved — "
                                     f"{AUTHOR}"]


def test_every_input_of_every_section_is_locked(window, asked):
    approve(window)
    tabs = window.editor.tabs
    texts = tabs.findChildren(QLineEdit) + tabs.findChildren(QPlainTextEdit)
    assert texts and all(t.isReadOnly() for t in texts)
    assert all(s.isReadOnly() for s in tabs.findChildren(QAbstractSpinBox))
    # The Translation section's language and filter only choose what is shown.
    viewing = window.editor.translation.isAncestorOf
    switches = [w for kind in (QPushButton, QCheckBox, QComboBox)
                for w in tabs.findChildren(kind) if not viewing(w)]
    assert switches and [w.objectName() for w in switches if w.isEnabled()] == []


def test_reopening_asks_why_unlocks_and_the_history_shows_it(window, services, asked):
    meeting_id = approve(window)
    window.editor.approval_banner.reopen.click()
    stored = services.meetings.get(meeting_id)
    assert (stored.status, stored.approval) == (Status.DRAFT, None)
    editor = window.editor
    assert not editor.approval_banner.isVisible()
    assert not editor.details.title.isReadOnly() and editor.details.language.isEnabled()
    assert editor.details.status.text() == "Draft"
    assert status_cell(window, meeting_id).data(Qt.ItemDataRole.DecorationRole) is None
    reopened_at = stored.history[-1].at
    assert history_lines(window)[-1] == (f"{TODAY} {reopened_at:%H:%M} — Reopened — {AUTHOR} — "
                                         "опечатка в решении 1.1")

    type_text(editor.details.title, " (исправлено)")
    assert editor.flush()
    changed = services.meetings.get(meeting_id)
    assert changed.title.endswith(" (исправлено)")
    last = changed.history[-1]
    assert (last.what, last.by, last.detail) == ("changed after approval", AUTHOR, "title")
    assert history_lines(window)[-1] == (f"{TODAY} {last.at:%H:%M} — Changed after approval — "
                                         f"{AUTHOR} — title")


def test_a_reopening_without_a_reason_changes_nothing(window, services, asked):
    meeting_id = approve(window)
    asked["reason"] = None  # the secretary cancelled
    window.editor.reopen_action.trigger()
    assert services.meetings.get(meeting_id).status is Status.APPROVED
    assert window.editor.approval_banner.isVisible()
    assert window.editor.details.title.isReadOnly()


def test_a_cancelled_approval_leaves_the_draft_editable(window, services, monkeypatch):
    monkeypatch.setattr(approval, "ask_approver", lambda *_args: None)
    meeting_id = approve(window)
    assert services.meetings.get(meeting_id).status is Status.DRAFT
    assert not window.editor.approval_banner.isVisible()
    assert not window.editor.details.title.isReadOnly()


def test_the_name_given_is_who_approved(window, services, asked):
    asked["approver"] = "Когамов М.Ч."
    meeting_id = approve(window)
    assert services.meetings.get(meeting_id).approval.by == "Когамов М.Ч."
    assert "Approved by Когамов М.Ч. on" in window.editor.approval_banner.label.text()


def test_an_approved_meeting_opens_locked_and_a_draft_after_it_unlocked(
        window, services, asked, stored_meetings):
    draft, approved_one = stored_meetings[0], stored_meetings[2]
    services.meetings.approve(approved_one.id, "Когамов М.Ч.", date(2025, 11, 6))
    window.list_panel.select_meeting(approved_one.id)
    assert window.editor.current_meeting().id == approved_one.id
    assert window.editor.details.title.isReadOnly()
    assert window.editor.approval_banner.label.text().startswith(
        "Approved by Когамов М.Ч. on 06/11/2025.")
    window.list_panel.select_meeting(draft.id)
    assert not window.editor.details.title.isReadOnly()
    assert not window.editor.approval_banner.isVisible()


def test_a_read_only_database_offers_no_reopening(window, asked):
    approve(window)
    window.set_read_only("The database file is read-only.")
    assert not window.editor.approval_banner.reopen.isEnabled()
    assert not window.editor.reopen_action.isEnabled()
    window.set_read_only(None)
    assert window.editor.approval_banner.reopen.isEnabled()
    assert window.editor.details.title.isReadOnly()  # still approved: still locked


def test_approve_and_reopen_are_in_the_file_menu(window):
    file_menu = window.findChild(QMenu, "menuFile")
    names = [action.objectName() for action in file_menu.actions()]
    assert "actionApprove" in names and "actionReopen" in names


CHANGE = HistoryEntry(datetime(2026, 11, 30, 9, 15), "changed after approval", AUTHOR,
                      "title; agenda item 2 decisions, heard; agenda item 3 added")


def test_the_history_names_the_changed_parts_in_the_interface_language(qapp, monkeypatch):
    assert approval.history_text(CHANGE) == (
        "30/11/2026 09:15 — Changed after approval — Петрова А.С. — title; agenda item 2: "
        "decisions, heard; agenda item 3 added")
    installed = i18n.install_translators(qapp, "ru")
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
        assert approval.history_text(CHANGE) == (
            "30.11.2026 09:15 — Изменён после утверждения — Петрова А.С. — название; вопрос "
            "повестки 2: решения, слушали; добавлен вопрос повестки 3")
        reopened = HistoryEntry(datetime(2026, 11, 30, 9, 12), "reopened", AUTHOR, "title")
        assert approval.history_text(reopened).endswith("Открыт для правки — Петрова А.С. — "
                                                        "title")  # a reason stays as typed
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


def test_approved_minutes_cannot_be_deleted_until_reopened(window, services, asked):
    approve(window)
    assert not window.delete_action.isEnabled()
    window.editor.reopen_action.trigger()
    assert window.delete_action.isEnabled()


def test_minutes_approved_elsewhere_are_kept_and_shown_with_the_reason(
        window, services, monkeypatch):
    """Another program approved the meeting after this window opened it: the deletion is
    refused, the meeting stays open and listed, and the status bar says why."""
    from PySide6.QtWidgets import QMessageBox
    meeting_id = window.current_meeting_id()
    services.meetings.approve(meeting_id, "Когамов М.Ч.", date(2026, 3, 20))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *_args, **_kwargs: QMessageBox.StandardButton.Yes))
    window.delete_action.trigger()
    assert services.meetings.get(meeting_id).status is Status.APPROVED
    assert window.current_meeting_id() == meeting_id
    assert window.list_panel.current_meeting_id() == meeting_id
    assert "approved" in window.statusBar().currentMessage()
    assert not window.undo_stack.canUndo()  # the refused deletion is not an undo step
