"""The automatic save runs on a worker thread; the explicit saves wait for it and keep order.

A save can be held in flight by a `Gate`: it wraps services.meetings.save and waits on a
threading.Event, so the tests decide when the database write may go on (no sleeps, no timing).
"""

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
import test_editor_support as support
from test_editor_support import focus_away, replace_text, type_text

from minutes_app.domain import AgendaItem, Meeting
from minutes_app.services import Services
from minutes_app.storage.db import Database, open_database, resolve_database_url
from minutes_app.ui.error_text import describe
from minutes_app.ui.main_window import MainWindow

editor = support.editor
undo_stack = support.undo_stack

LONG_ENOUGH_S = 10.0  # a gate left shut opens by itself, so a failing test cannot hang


@dataclass
class Gate:
    """Stands in for services.meetings.save, recording each call; shut, it holds the caller."""

    real_save: Callable[[Meeting], Meeting]
    release: threading.Event = field(default_factory=threading.Event)
    entered: threading.Event = field(default_factory=threading.Event)
    written: list[Meeting] = field(default_factory=list)
    threads: list[threading.Thread] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    waits: list[float | None] = field(default_factory=list)  # each call's wait_seconds

    def __call__(self, meeting: Meeting, *, wait_seconds: float | None = None) -> Meeting:
        self.threads.append(threading.current_thread())
        self.waits.append(wait_seconds)
        self.events.append(f"start {meeting.place}")
        self.entered.set()
        self.release.wait(LONG_ENOUGH_S)
        stored = self.real_save(meeting)
        self.written.append(meeting)
        self.events.append(f"end {meeting.place}")
        return stored

    def open_soon(self) -> None:
        """Open from another thread: the GUI thread is about to block waiting for the save."""
        threading.Thread(target=self.release.set).start()


@pytest.fixture
def meeting(services: Services) -> Meeting:
    return services.meetings.create(Meeting(
        title="Заседание совета", date=date(2026, 4, 2), agenda=(AgendaItem("Первый вопрос"),)))


@pytest.fixture
def gate(services: Services, monkeypatch) -> Gate:
    gate = Gate(services.meetings.save)
    gate.release.set()  # open unless a test shuts it
    monkeypatch.setattr(services.meetings, "save", gate)
    return gate


def stored(services: Services, meeting_id: int) -> Meeting:
    return services.meetings.get(meeting_id)


def start_a_held_save(qtbot, editor, gate: Gate, place: str) -> None:
    """Type a place and leave the field: its save starts on the worker and is held there."""
    gate.release.clear()
    gate.entered.clear()
    type_text(editor.details.place, place)
    focus_away(qtbot, editor)
    qtbot.waitUntil(gate.entered.is_set, timeout=3000)


@pytest.mark.parametrize("trigger", ["leaving the field", "the one-second debounce"])
def test_the_automatic_save_runs_off_the_gui_thread(qtbot, editor, services, meeting, gate,
                                                    trigger):
    editor.open_meeting(meeting.id)
    with qtbot.waitSignal(editor.meeting_saved, timeout=3000) as saved:
        type_text(editor.details.place, "Астана")
        if trigger == "leaving the field":
            focus_away(qtbot, editor)

    assert saved.args[0].place == "Астана"
    assert len(gate.threads) == 1
    assert gate.threads[0] is not threading.main_thread()
    assert stored(services, meeting.id).place == "Астана"


def test_edits_during_a_held_save_are_taken_at_once_and_coalesce(qtbot, editor, services,
                                                                 meeting, gate):
    editor.open_meeting(meeting.id)
    start_a_held_save(qtbot, editor, gate, "Астана")

    # The worker is stuck in the database; the editor takes every key at once meanwhile.
    for text in ("Алматы", "Шымкент", "Караганда"):
        replace_text(editor.details.place, text)
        assert editor.current_meeting().place == text
        focus_away(qtbot, editor)  # each asks for a save: they wait as one, the newest
    assert editor.details.place.text() == "Караганда"
    assert gate.written == []

    saved = []
    editor.meeting_saved.connect(saved.append)
    gate.release.set()
    qtbot.waitUntil(lambda: len(saved) == 2, timeout=3000)

    assert [m.place for m in gate.written] == ["Астана", "Караганда"]
    assert saved[-1] is editor.current_meeting()
    assert stored(services, meeting.id).place == "Караганда"
    editor.flush()  # nothing is left to write
    assert len(gate.written) == 2


def test_flush_during_a_save_waits_for_it_then_writes_the_newest(qtbot, editor, services,
                                                                 meeting, gate):
    editor.open_meeting(meeting.id)
    start_a_held_save(qtbot, editor, gate, "Астана")
    replace_text(editor.details.place, "Алматы")  # not asked for yet: the debounce is waiting

    gate.open_soon()
    editor.flush()

    assert gate.events == ["start Астана", "end Астана", "start Алматы", "end Алматы"]
    assert gate.threads[1] is threading.main_thread()  # the explicit save is synchronous
    assert gate.waits == [None, 0.3]  # the worker waits out a busy database; the window not
    assert stored(services, meeting.id).place == "Алматы"


def test_undo_during_a_save_is_written_after_it(qtbot, editor, undo_stack, services, meeting,
                                                gate):
    editor.open_meeting(meeting.id)
    start_a_held_save(qtbot, editor, gate, "Астана")

    gate.open_soon()
    undo_stack.undo()  # the place goes back to empty: that must be the last write

    assert editor.details.place.text() == ""
    assert gate.events == ["start Астана", "end Астана", "start ", "end "]
    assert stored(services, meeting.id).place == ""


def test_a_failing_background_save_is_reported_and_a_flush_writes_it(
        qtbot, editor, services, meeting, monkeypatch, caplog):
    real_save = services.meetings.save
    failures = []

    def disk_full_once(meeting: Meeting, **options) -> Meeting:
        if not failures:
            failures.append(threading.current_thread())
            raise OSError("disk full\nerrno 28")
        return real_save(meeting, **options)

    monkeypatch.setattr(services.meetings, "save", disk_full_once)
    editor.open_meeting(meeting.id)
    type_text(editor.details.place, "Астана")
    with caplog.at_level(logging.ERROR), \
            qtbot.waitSignal(editor.save_failed, timeout=3000) as failed:
        focus_away(qtbot, editor)

    (error,) = failed.args
    assert isinstance(error, OSError) and str(error) == "disk full\nerrno 28"
    assert failures[0] is not threading.main_thread()
    assert "saving meeting" in caplog.text and "disk full" in caplog.text  # logged, too
    assert stored(services, meeting.id).place == ""
    assert editor.details.place.text() == "Астана"  # nothing typed is lost

    with qtbot.waitSignal(editor.meeting_saved, timeout=100):
        editor.flush()
    assert stored(services, meeting.id).place == "Астана"


def test_a_meeting_deleted_behind_the_editor_is_reported_in_one_line(
        qtbot, editor, services, meeting):
    editor.open_meeting(meeting.id)
    services.meetings.delete(meeting.id)
    type_text(editor.details.place, "Астана")
    with qtbot.waitSignal(editor.save_failed, timeout=3000) as failed:
        focus_away(qtbot, editor)
    assert describe(failed.args[0]) and "\n" not in describe(failed.args[0])


def reopened(db_path: Path, database: Database, meeting_id: int) -> Meeting:
    database.close()
    again = open_database(resolve_database_url(str(db_path)))
    try:
        return Services.build(again.session_factory).meetings.get(meeting_id)
    finally:
        again.close()


def test_closing_the_editor_during_a_save_keeps_every_value(qtbot, editor, services, meeting,
                                                            gate, db_path, database):
    editor.open_meeting(meeting.id)
    start_a_held_save(qtbot, editor, gate, "Астана")
    replace_text(editor.details.title, "Заседание комиссии")
    type_text(editor.details.notes, "Кворум есть.")

    gate.open_soon()
    editor.close()

    worker = gate.threads[0]
    assert worker is not threading.main_thread()
    assert not worker.is_alive()  # closing ends the worker thread after the last write
    meeting = reopened(db_path, database, meeting.id)
    assert (meeting.place, meeting.title, meeting.notes) == (
        "Астана", "Заседание комиссии", "Кворум есть.")


def test_closing_the_window_during_a_save_keeps_every_value(qtbot, services, settings, meeting,
                                                            gate, db_path, database):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):  # focus moves (and leaving a field saves) only there
        window.activateWindow()
    editor = window.editor
    editor.open_meeting(meeting.id)
    start_a_held_save(qtbot, editor, gate, "Астана")
    type_text(editor.details.notes, "Кворум есть.")

    gate.open_soon()
    window.close()

    meeting = reopened(db_path, database, meeting.id)
    assert (meeting.place, meeting.notes) == ("Астана", "Кворум есть.")
