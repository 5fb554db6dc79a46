"""Opening a 200-item, 500-attendee meeting in the editor, and typing in it.

    QT_QPA_PLATFORM=offscreen python bench/bench_editor.py [--runs 15]

The meeting (bench/generate.big_meeting) is stored in a temporary SQLite file, its body with a
500-member roster (so the quorum line is computed too). One run = services.meetings.get +
filling every widget + processEvents (layout and paint of the shown editor). The baseline,
measured in the same process and interleaved: raw sqlite3 SELECTs of the same rows into tuples
plus a plain QStandardItemModel filled with one row per attendee and agenda item, shown in a
QTableView. Medians are printed with their ratio and against the 150 ms target.

Typing: key events into an agenda item's title; the time per keystroke and how many database
writes happened while typing (the debounce writes once, a second after the last key).

Autosave: leaving the field starts the automatic save (what the debounce does too). Measured:
the time the GUI thread spends on leaving the field, the save itself (wherever it runs), and
keystrokes typed at once into the field while that save is still being written; then the
explicit save (flush) that switching meetings, export and closing use.
"""

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import big_meeting
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView

from minutes_app.domain import Body
from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url
from minutes_app.ui.editor import MeetingEditor

TARGET_MS = 150.0
_CHILD_TABLES = ("attendance", "agenda_item", "statement", "decision", "action_item")


def store_meeting(path: Path) -> tuple[Services, int, object]:
    database = open_database(resolve_database_url(str(path)))
    services = Services.build(database.session_factory)
    meeting = big_meeting(items=200, attendees=500)
    roster = tuple(a.name for a in meeting.attendees if not a.is_group)
    services.directory.save_body(Body(meeting.body, roster))
    stored = services.meetings.create(meeting)
    assert stored.id is not None
    return services, stored.id, database


def open_in_editor(app: QApplication, editor: MeetingEditor, meeting_id: int) -> float:
    editor.open_meeting(None)
    app.processEvents()
    start = time.perf_counter()
    editor.open_meeting(meeting_id)
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def baseline(app: QApplication, path: Path, meeting_id: int, view: QTableView) -> float:
    """Raw reads of the same rows and a plain model with as many rows as the editor shows."""
    start = time.perf_counter()
    with sqlite3.connect(path) as connection:
        rows = {"meeting": connection.execute(
            "SELECT * FROM meeting WHERE id = ?", (meeting_id,)).fetchall()}
        for table in _CHILD_TABLES:  # every child row of the one meeting (a small DB)
            rows[table] = connection.execute(f"SELECT * FROM {table}").fetchall()
    model = QStandardItemModel(0, 3)
    for row in rows["attendance"] + rows["agenda_item"]:
        model.appendRow([QStandardItem(str(value)) for value in row[:3]])
    view.setModel(model)
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def typing(app: QApplication, editor: MeetingEditor, services: Services, keys: int) -> tuple:
    editor.activateWindow()  # focus moves, and leaving a field saves, only when it is active
    while not editor.isActiveWindow():
        app.processEvents()
    editor.tabs.setCurrentWidget(editor.agenda)
    editor.agenda.select(editor.current_meeting().agenda[100].key)
    title = editor.agenda.title
    title.setFocus()
    title.end(False)
    app.processEvents()  # the section is shown and painted before the first key
    writes = []
    real_save = services.meetings.save
    services.meetings.save = lambda m: writes.append(m) or real_save(m)  # type: ignore[method-assign]
    per_key = []
    for char in ("ввод текста " * 10)[:keys]:
        start = time.perf_counter()
        QTest.sendKeyEvent(QTest.KeyAction.Click, title, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)
        app.processEvents()
        per_key.append((time.perf_counter() - start) * 1000)
    writes_while_typing = len(writes)
    start = time.perf_counter()
    editor.flush()  # what the debounce does a second later: one write
    save_ms = (time.perf_counter() - start) * 1000
    services.meetings.save = real_save  # type: ignore[method-assign]
    return statistics.median(per_key), max(per_key), writes_while_typing, save_ms


class TimedSave:
    """Wraps services.meetings.save: when each write started and ended (perf_counter)."""

    def __init__(self, real_save) -> None:  # type: ignore[no-untyped-def]
        self.real_save = real_save
        self.spans: list[tuple[float, float]] = []

    def __call__(self, meeting):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return self.real_save(meeting)
        finally:
            self.spans.append((start, time.perf_counter()))


def autosave(app: QApplication, editor: MeetingEditor, services: Services, keys: int) -> tuple:
    """Leave the title (the automatic save starts), come back and type while it is written."""
    title = editor.agenda.title
    title.setFocus()
    app.processEvents()
    start = time.perf_counter()
    editor.tabs.tabBar().setFocus()  # nothing to save: only the repaint of leaving a field
    app.processEvents()
    idle_leave_ms = (time.perf_counter() - start) * 1000
    timed = TimedSave(services.meetings.save)
    services.meetings.save = timed  # type: ignore[method-assign]
    title.setFocus()
    QTest.sendKeyEvent(QTest.KeyAction.Click, title, Qt.Key.Key_unknown, "!",
                       Qt.KeyboardModifier.NoModifier)
    app.processEvents()
    start = time.perf_counter()
    editor.tabs.tabBar().setFocus()  # leaving the field asks for the automatic save
    app.processEvents()
    leave_ms = (time.perf_counter() - start) * 1000
    title.setFocus()
    typed: list[tuple[float, float]] = []
    for char in ("ещё текст " * 10)[:keys]:
        start = time.perf_counter()
        QTest.sendKeyEvent(QTest.KeyAction.Click, title, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)
        app.processEvents()
        typed.append((start, time.perf_counter()))
    start = time.perf_counter()
    editor.flush()  # switching meetings, export, closing: waits and writes what is on screen
    flush_ms = (time.perf_counter() - start) * 1000
    services.meetings.save = timed.real_save  # type: ignore[method-assign]
    save_start, save_end = timed.spans[0]
    during = [(end - begin) * 1000 for begin, end in typed if begin < save_end]
    return idle_leave_ms, leave_ms, (save_end - save_start) * 1000, during, flush_ms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        services, meeting_id, database = store_meeting(path)
        editor = MeetingEditor(services, QUndoStack())
        editor.resize(1100, 850)
        editor.show()
        view = QTableView()
        view.resize(600, 400)
        view.show()
        open_in_editor(app, editor, meeting_id)  # warm-up
        baseline(app, path, meeting_id, view)
        ours, base = [], []
        for _ in range(args.runs):
            ours.append(open_in_editor(app, editor, meeting_id))
            base.append(baseline(app, path, meeting_id, view))
        key_median, key_max, writes, save_ms = typing(app, editor, services, 60)
        idle_leave_ms, leave_ms, autosave_ms, during, flush_ms = autosave(
            app, editor, services, 60)
        editor.close()
        database.close()
    ours_median, base_median = statistics.median(ours), statistics.median(base)
    verdict = "meets" if ours_median <= TARGET_MS else "MISSES"
    print(f"open 200 items + 500 attendees in the editor: median {ours_median:.1f} ms "
          f"(min {min(ours):.1f}, max {max(ours):.1f}; {args.runs} runs)")
    print(f"baseline raw sqlite3 + QStandardItemModel:    median {base_median:.1f} ms "
          f"(min {min(base):.1f}, max {max(base):.1f})")
    print(f"ratio {ours_median / base_median:.1f}x; target {TARGET_MS:.0f} ms: {verdict}")
    print(f"typing: median {key_median:.2f} ms per key (max {key_max:.2f}); database writes "
          f"while typing: {writes}; an explicit save (flush) afterwards: {save_ms:.1f} ms")
    print(f"autosave: leaving the field costs the GUI thread {leave_ms:.1f} ms (with nothing "
          f"to save {idle_leave_ms:.1f} ms); the save itself {autosave_ms:.1f} ms")
    if during:
        print(f"  {len(during)} keys typed while it was written: median "
              f"{statistics.median(during):.2f} ms per key (max {max(during):.2f})")
    else:
        print("  no key could be typed while it was written (it ran on the GUI thread)")
    print(f"  flush after typing during the save: {flush_ms:.1f} ms")
    return 0 if ours_median <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
