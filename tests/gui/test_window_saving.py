"""The window never drops what was typed when the database cannot take it.

Failures are real where SQLite can make them: a full disk is `PRAGMA max_page_count` on every
connection of the app's engine, a busy database is another sqlite3 connection holding
`BEGIN IMMEDIATE`. The question asked on closing is answered by a stand-in (no modal dialog
runs in a test).
"""

import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)
from sqlalchemy import event
from test_editor_support import click, focus_away, type_text

import minutes_app.ui.main_window as main_window_module
from minutes_app.domain import AgendaItem, Meeting
from minutes_app.services import Services
from minutes_app.storage.db import Database
from minutes_app.ui.banner import MessageBanner
from minutes_app.ui.main_window import SAVE_BANNER, CloseChoice, MainWindow

LONG_NOTES = "Стенограмма заседания. " * 2000  # ~46 KB: needs new pages in the file


# --- real failures ---------------------------------------------------------------------------
class DiskLimit:
    """A full disk for the app's connections: the file may not grow beyond its pages now."""

    def __init__(self, database: Database, db_path: Path) -> None:
        self._database = database
        self._db_path = db_path
        self._pages: int | None = None
        event.listen(database.engine, "connect", self._apply)

    def _apply(self, dbapi_connection, _record) -> None:
        if self._pages is not None:
            dbapi_connection.execute(f"PRAGMA max_page_count={self._pages}")

    def fill(self) -> None:
        with closing(sqlite3.connect(self._db_path)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._pages = connection.execute("PRAGMA page_count").fetchone()[0]
        self._database.engine.dispose()  # the next connections are new, with the limit

    def free(self) -> None:
        self._pages = 1_000_000
        self._database.engine.dispose()


@pytest.fixture
def disk(database: Database, db_path: Path) -> DiskLimit:
    return DiskLimit(database, db_path)


class OtherProgram:
    """Another program holding the database's write lock (a long import, say)."""

    def __init__(self, db_path: Path) -> None:
        self._connection = sqlite3.connect(db_path, isolation_level=None,
                                           check_same_thread=False)

    def lock(self) -> None:
        self._connection.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        if self._connection.in_transaction:
            self._connection.execute("ROLLBACK")

    def close(self) -> None:
        self.release()
        self._connection.close()


@pytest.fixture
def other_program(db_path: Path) -> Iterator[OtherProgram]:
    other = OtherProgram(db_path)
    yield other
    other.close()


@dataclass
class SaveSpy:
    """Wraps the real services.meetings.save and records how it was called; it forwards."""

    real_save: object
    calls: list[tuple[bool, float | None]] = field(default_factory=list)  # (GUI thread, wait)

    def __call__(self, meeting: Meeting, *, wait_seconds: float | None = None) -> Meeting:
        on_gui = threading.current_thread() is threading.main_thread()
        self.calls.append((on_gui, wait_seconds))
        return self.real_save(meeting, wait_seconds=wait_seconds)  # type: ignore[operator]


@pytest.fixture
def spy(services: Services, monkeypatch) -> SaveSpy:
    spy = SaveSpy(services.meetings.save)
    monkeypatch.setattr(services.meetings, "save", spy)
    return spy


@dataclass
class CloseQuestion:
    answers: list[CloseChoice] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    before_answer: object = None  # called before answering (e.g. the other program ends)

    def __call__(self, _parent, reason: str) -> CloseChoice:
        self.reasons.append(reason)
        if callable(self.before_answer):
            self.before_answer()
        return self.answers.pop(0) if self.answers else CloseChoice.CLOSE


@pytest.fixture(autouse=True)
def close_question(monkeypatch) -> CloseQuestion:
    """Every test: the question on closing never runs a real dialog."""
    question = CloseQuestion()
    monkeypatch.setattr(main_window_module, "ask_before_closing_unsaved", question)
    return question


# --- the window ------------------------------------------------------------------------------
@pytest.fixture
def meetings(services: Services) -> tuple[Meeting, Meeting]:
    first = services.meetings.create(Meeting(
        title="Первое заседание", date=date(2026, 3, 2), agenda=(AgendaItem("Вопрос"),)))
    second = services.meetings.create(Meeting(title="Второе заседание", date=date(2026, 3, 1)))
    return first, second


@pytest.fixture
def window(qtbot, services, settings, meetings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    window.list_panel.select_meeting(meetings[0].id)
    assert window.current_meeting_id() == meetings[0].id
    return window


def save_banner(window: MainWindow) -> MessageBanner | None:
    banner = window.banners.get(SAVE_BANNER)
    return banner if banner is not None and banner.isVisible() else None


def banner_button(banner: MessageBanner, text: str) -> QPushButton:
    (button,) = [b for b in banner.buttons if b.text() == text]
    return button


def stored(services: Services, meeting_id: int) -> Meeting:
    return services.meetings.get(meeting_id)


# --- switching meetings ----------------------------------------------------------------------
def test_a_busy_database_holds_the_switch_and_retry_saves_then_switches(
        qtbot, window, services, meetings, other_program, spy):
    first, second = meetings
    type_text(window.editor.details.place, "Астана")
    other_program.lock()

    window.list_panel.select_meeting(second.id)  # the secretary clicks the next meeting

    assert window.current_meeting_id() == first.id  # still on the meeting with the typing
    assert window.list_panel.current_meeting_id() == first.id  # and the list says so
    assert window.editor.details.place.text() == "Астана"
    banner = save_banner(window)
    assert banner is not None and "busy in another program" in banner.text()
    assert [b.text() for b in banner.buttons] == ["Retry", "Discard my changes"]
    # The window's own save waited a moment only, never the 5 s busy timeout.
    assert spy.calls and all(wait == 0.3 for on_gui, wait in spy.calls if on_gui)

    other_program.release()
    click(qtbot, banner_button(banner, "Retry"))

    assert stored(services, first.id).place == "Астана"
    assert save_banner(window) is None
    assert window.current_meeting_id() == second.id  # the switch asked for goes on
    assert window.list_panel.current_meeting_id() == second.id
    assert re.fullmatch(r"Saved \d\d:\d\d", window.statusBar().currentMessage())


def test_a_full_disk_holds_the_switch_and_discard_reloads_then_switches(
        qtbot, window, services, meetings, disk):
    first, second = meetings
    disk.fill()
    window.editor.details.notes.insertPlainText(LONG_NOTES)

    window.list_panel.select_meeting(second.id)

    assert window.current_meeting_id() == first.id
    assert window.editor.details.notes.toPlainText() == LONG_NOTES
    banner = save_banner(window)
    assert banner is not None and "disk is full" in banner.text()

    click(qtbot, banner_button(banner, "Discard my changes"))

    assert save_banner(window) is None
    assert window.current_meeting_id() == second.id
    assert stored(services, first.id).notes == ""
    window.list_panel.select_meeting(first.id)
    assert window.editor.details.notes.toPlainText() == ""  # the stored meeting, as it was


def test_an_autosave_waiting_on_a_busy_database_holds_the_switch_and_the_discard(
        qtbot, window, services, meetings, other_program, spy):
    first, second = meetings
    with qtbot.waitActive(window):  # focus moves (and leaving a field saves) only there
        window.activateWindow()
    other_program.lock()
    type_text(window.editor.details.place, "Астана")
    focus_away(qtbot, window.editor)  # the autosave starts and waits for the lock
    qtbot.waitUntil(lambda: (False, None) in spy.calls, timeout=3000)

    window.list_panel.select_meeting(second.id)
    assert window.current_meeting_id() == first.id
    click(qtbot, banner_button(save_banner(window), "Discard my changes"))

    # Not while that save may still store the typing: nothing changes, the banner stays.
    assert window.current_meeting_id() == first.id
    assert window.editor.details.place.text() == "Астана"
    assert "busy in another program" in save_banner(window).text()

    other_program.release()  # the waiting autosave goes through
    qtbot.waitUntil(lambda: save_banner(window) is None, timeout=10000)
    assert stored(services, first.id).place == "Астана"
    assert window.current_meeting_id() == first.id  # saved: the secretary chooses again


def test_retry_while_still_failing_keeps_the_banner_and_the_meeting(
        qtbot, window, services, meetings, other_program):
    first, second = meetings
    type_text(window.editor.details.place, "Астана")
    other_program.lock()
    window.list_panel.select_meeting(second.id)

    click(qtbot, banner_button(save_banner(window), "Retry"))

    assert save_banner(window) is not None
    assert window.current_meeting_id() == first.id
    assert window.editor.details.place.text() == "Астана"


def test_actions_that_need_the_typing_stored_wait_for_it(window, services, meetings,
                                                         other_program, monkeypatch):
    first, _second = meetings
    type_text(window.editor.details.place, "Астана")
    other_program.lock()
    count = len(services.meetings.list_meetings())

    window.next_action.trigger()
    window.delete_action.trigger()  # no question asked: it waits for the save

    assert len(services.meetings.list_meetings()) == count
    assert window.current_meeting_id() == first.id
    assert save_banner(window) is not None


# --- closing ---------------------------------------------------------------------------------
def test_closing_asks_when_the_last_save_fails_and_cancel_keeps_the_typing(
        qtbot, window, services, meetings, other_program, close_question):
    first, _second = meetings
    type_text(window.editor.details.place, "Астана")
    other_program.lock()
    close_question.answers = [CloseChoice.CANCEL]

    window.close()

    assert len(close_question.reasons) == 1
    assert "busy in another program" in close_question.reasons[0]
    assert window.isVisible()
    assert window.editor.details.place.text() == "Астана"

    other_program.release()
    window.close()  # the save now succeeds: no question

    assert not window.isVisible()
    assert len(close_question.reasons) == 1
    assert stored(services, first.id).place == "Астана"


def test_retry_on_closing_saves_once_the_database_is_free(
        window, services, meetings, other_program, close_question):
    first, _second = meetings
    type_text(window.editor.details.place, "Астана")
    other_program.lock()
    close_question.answers = [CloseChoice.RETRY]
    close_question.before_answer = other_program.release

    window.close()

    assert not window.isVisible()
    assert stored(services, first.id).place == "Астана"


def test_close_without_saving_closes(window, services, meetings, disk, close_question):
    first, _second = meetings
    disk.fill()
    window.editor.details.notes.insertPlainText(LONG_NOTES)
    close_question.answers = [CloseChoice.CLOSE]

    window.close()

    assert not window.isVisible()
    assert "disk is full" in close_question.reasons[0]
    assert stored(services, first.id).notes == ""


# --- autosave failures -----------------------------------------------------------------------
def test_a_full_disk_during_autosave_keeps_a_banner_until_a_retry_saves(
        qtbot, window, services, meetings, disk, spy):
    first, _second = meetings
    disk.fill()
    with qtbot.waitSignal(window.editor.save_failed, timeout=5000):
        window.editor.details.notes.insertPlainText(LONG_NOTES)  # saved a second later

    banner = save_banner(window)
    assert banner is not None and "disk is full" in banner.text()
    assert window.editor.details.notes.toPlainText() == LONG_NOTES
    # It tries again by itself; still failing, the banner stays.
    attempts = len(spy.calls)
    qtbot.waitUntil(lambda: len(spy.calls) > attempts, timeout=5000)
    qtbot.wait(100)
    assert save_banner(window) is not None
    assert all(wait is None for on_gui, wait in spy.calls if not on_gui)  # full timeout

    disk.free()
    with qtbot.waitSignal(window.editor.meeting_saved, timeout=20000):
        pass  # the next automatic retry

    assert stored(services, first.id).notes == LONG_NOTES
    assert save_banner(window) is None
    assert re.fullmatch(r"Saved \d\d:\d\d", window.statusBar().currentMessage())


def test_the_next_change_after_a_failure_saves_too(qtbot, window, services, meetings,
                                                   other_program):
    first, _second = meetings
    other_program.lock()
    type_text(window.editor.details.place, "Астана")
    with qtbot.waitSignal(window.editor.save_failed, timeout=10000):
        pass  # the autosave a second later waits out the busy timeout, then fails
    assert save_banner(window) is not None

    other_program.release()
    with qtbot.waitSignal(window.editor.meeting_saved, timeout=5000):
        type_text(window.editor.details.place, ", ул. Абая")

    assert stored(services, first.id).place == "Астана, ул. Абая"
    assert save_banner(window) is None


def test_a_meeting_deleted_elsewhere_is_not_promised_a_retry(qtbot, window, services,
                                                              meetings):
    first, _second = meetings
    services.meetings.delete(first.id)  # by the command line, say
    type_text(window.editor.details.place, "Астана")

    window.editor.flush()

    banner = save_banner(window)
    assert banner is not None and "no longer in the database" in banner.text()
    assert "automatically" not in banner.text()
    assert window.editor.details.place.text() == "Астана"


# --- read-only mode --------------------------------------------------------------------------
def test_read_only_mode_locks_every_input_and_says_why(qtbot, window, services, meetings):
    first, second = meetings
    editor = window.editor

    window.set_read_only("The database file is read-only.")

    assert window.banners["read_only"].text() == "The database file is read-only."
    type_text(editor.details.title, " изменено")
    type_text(editor.details.notes, "заметка")
    assert editor.details.title.text() == "Первое заседание"
    assert editor.details.notes.toPlainText() == ""
    # The Translation tab's language picker and filter change only what is shown: the
    # versions in every language can still be read.
    view_only = {"translationLanguageCombo", "translationFilterCheck"}
    for kind in (QPushButton, QCheckBox, QComboBox):
        enabled = [w.objectName() for w in editor.findChildren(kind)
                   if w.isEnabled() and w.objectName() not in view_only]
        assert enabled == [], kind.__name__
    for kind in (QLineEdit, QPlainTextEdit, QAbstractSpinBox):
        writable = [w.objectName() for w in editor.findChildren(kind) if not w.isReadOnly()]
        assert writable == [], kind.__name__
    for action in (window.new_action, window.next_action, window.delete_action,
                   window.import_action, window.undo_action, window.redo_action):
        assert not action.isEnabled(), action.objectName()
    assert window.export_docx_action.isEnabled()  # reading and exporting still work
    editor.tabs.setCurrentWidget(editor.agenda)
    editor.agenda.select(first.agenda[0].key)
    assert not editor.agenda.remove_item.isEnabled()  # selecting does not unlock it
    window.list_panel.select_meeting(second.id)
    assert window.current_meeting_id() == second.id  # other meetings can be read
    assert not editor.agenda.add_item.isEnabled()
    editor.flush()
    assert stored(services, first.id) == first

    window.set_read_only(None)

    assert "read_only" not in window.banners
    assert window.new_action.isEnabled() and editor.agenda.add_item.isEnabled()
    assert not editor.agenda.remove_item.isEnabled()  # still nothing to remove here
    type_text(editor.details.notes, "заметка")
    editor.flush()
    assert stored(services, second.id).notes == "заметка"


def test_banners_are_named_for_screen_readers_and_replace_by_key(qtbot, window):
    pressed = []
    window.show_banner("damaged", "The file is damaged.", [("Restore", lambda: pressed.append(1))])
    window.show_banner("damaged", "The file is damaged: restore the backup of 2 March.",
                       [("Restore the backup", lambda: pressed.append(2))])

    banner = window.banners["damaged"]
    assert banner.isVisible()
    assert banner.accessibleName().endswith("restore the backup of 2 March.")
    (button,) = banner.buttons
    assert isinstance(button, QAbstractButton) and button.accessibleName() == "Restore the backup"
    click(qtbot, button)
    assert pressed == [2]
    window.hide_banner("damaged")
    assert "damaged" not in window.banners and not banner.isVisible()
    window.hide_banner("damaged")  # hiding twice is harmless
