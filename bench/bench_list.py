"""The meeting list at 10,000 meetings: sorting, typing in the filter box, opening a meeting.

    QT_QPA_PLATFORM=offscreen python bench/bench_list.py [--db /tmp/bench_new/app.sqlite3]

The real main window (list panel, its model and proxy, the editor) on a copy of the database,
shown offscreen and started as the program starts it (the newest meeting opened after the
first paint, then what waits for the window to be ready). Timed, each until the events it
causes are processed (the view repainted):
- sorting by each column in both orders, as a click on the header does (sortByColumn);
- entering the filter box, then typing a word into it one key at a time and deleting it one
  key at a time;
- the editor opening the selected meeting (the Down key in the list);
- Directory → Tasks… opening the task register (every task of every meeting), beside sqlite3
  reading the same rows (no target: printed for scale).
The baseline, in the same run: a QSortFilterProxyModel over a QStandardItemModel holding the
same rows' display texts (and their folded filter text), in a QTableView shown beside: Qt
sorting and filtering in C++ with nothing of ours. Medians; target (issue 11): 50 ms for
every sort and keystroke, 150 ms for opening a meeting.
"""

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.models.meeting_table_model import MeetingTableModel
from minutes_app.ui.settings import AppSettings

DECADE_DB = Path("/tmp/bench_new/app.sqlite3")
WORDS = ("совет", "2019")  # a word of many titles and bodies; a year, as people type dates
COLUMN_NAMES = ("date", "number", "title", "body", "status")
SORT_MS, OPEN_MS = 50.0, 150.0
ORDERS = ((Qt.SortOrder.AscendingOrder, "asc"), (Qt.SortOrder.DescendingOrder, "desc"))


def timed_ms(app: QApplication, action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def baseline_view(window: MainWindow) -> tuple[QTableView, QLineEdit]:
    """The same rows' texts in Qt's own models: a view sorted and filtered in C++."""
    source = window.list_panel.model
    model = QStandardItemModel(source.rowCount(), source.columnCount() + 1)
    for row in range(source.rowCount()):
        for column in range(source.columnCount()):
            model.setItem(row, column, QStandardItem(str(source.index(row, column).data())))
        folded = source.index(row, 0).data(MeetingTableModel.FilterTextRole)
        model.setItem(row, source.columnCount(), QStandardItem(folded))
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(source.columnCount())
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.resize(800, 600)
    view.show()
    edit = QLineEdit()
    edit.textChanged.connect(proxy.setFilterFixedString)
    return view, edit


def focus_ms(app: QApplication, edit: QLineEdit) -> float:
    """Entering the filter box (a click, or Ctrl+F), as a person does before typing."""
    edit.window().activateWindow()
    edit.clearFocus()
    app.processEvents()
    return timed_ms(app, lambda: edit.setFocus(Qt.FocusReason.MouseFocusReason))


def typing_ms(app: QApplication, edit: QLineEdit, word: str) -> list[float]:
    """Each key of `word` typed into the box, then each Backspace until it is empty."""
    edit.clear()
    app.processEvents()
    keys = [lambda c=char: QTest.keyClick(edit, c) for char in word]
    keys += [lambda: QTest.keyClick(edit, Qt.Key.Key_Backspace)] * len(word)
    return [timed_ms(app, key) for key in keys]


def open_ms(app: QApplication, window: MainWindow) -> list[float]:
    """Down in the list, over several meetings: the editor opens each."""
    table = window.list_panel.table
    table.setFocus()
    app.processEvents()
    return [timed_ms(app, lambda: QTest.keyClick(table, Qt.Key.Key_Down)) for _ in range(9)]


def raw_open_ms(path: Path, meeting_ids: list[int]) -> list[float]:
    """The baseline of opening: the meeting's rows read with sqlite3 (as bench_storage)."""
    result = []
    with closing(sqlite3.connect(path)) as connection:
        for meeting_id in meeting_ids:
            start = time.perf_counter()
            connection.execute("SELECT * FROM meeting WHERE id = ?", (meeting_id,)).fetchall()
            for table in ("attendance", "agenda_item"):
                connection.execute(f"SELECT * FROM {table} WHERE meeting_id = ?",
                                   (meeting_id,)).fetchall()
            result.append((time.perf_counter() - start) * 1000)
    return result


def raw_tasks_ms(path: Path) -> float:
    """The baseline of the task register: its rows read with sqlite3, in its order."""
    with closing(sqlite3.connect(path)) as connection:
        start = time.perf_counter()
        connection.execute(
            "SELECT a.task, a.responsible, a.due, a.done, a.done_on, a.done_note, a.key,"
            " a.translations, m.id, m.date, m.number, m.title, m.body, i.ordinal, d.ordinal"
            " FROM action_item a JOIN decision d ON a.decision_id = d.id"
            " JOIN agenda_item i ON d.agenda_item_id = i.id JOIN meeting m ON i.meeting_id = m.id"
            " ORDER BY a.due IS NULL, a.due, m.date, m.id, i.ordinal, d.ordinal, a.ordinal"
        ).fetchall()
        return (time.perf_counter() - start) * 1000


def row(label: str, ours: float, base: float, target: float | None) -> None:
    verdict = "" if target is None else (
        f"< {target:.0f} ms " + ("ok" if ours <= target else "MISSED"))
    print(f"{label:<30} {ours:>9.1f} ms {base:>9.1f} ms {ours / base:>7.1f}x  {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DECADE_DB, help="copied, never changed")
    parser.add_argument("--runs", type=int, default=3, help="sorts per column and order")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="minutes-bench-list-"))
    os.environ["HOME"] = str(folder)  # no user settings
    app = QApplication(sys.argv[:1])
    try:
        print(f"copying {args.db} ...", flush=True)
        path = folder / "decade.sqlite3"
        shutil.copyfile(args.db, path)
        database = open_database(resolve_database_url(str(path)))
        services = Services.build(database.session_factory, database_path=path)
        start = time.perf_counter()
        window = MainWindow(services, AppSettings(QSettings(str(folder / "settings.ini"),
                                                            QSettings.Format.IniFormat)),
                            open_first_after_paint=True)  # as the program starts it
        window.show()
        while window.current_meeting_id() is None:  # painted, then the newest opened
            app.processEvents()
        app.processEvents()  # what the window does once it is ready
        print(f"window with {window.list_panel.model.rowCount()} meetings built and shown in "
              f"{(time.perf_counter() - start) * 1000:.0f} ms")
        view, edit = baseline_view(window)
        table = window.list_panel.table
        print(f"\n{'':<30} {'Minutes':>12} {'Qt alone':>12} {'ratio':>8}  target")
        sorts = [(column, name, order, order_name) for column, name in enumerate(COLUMN_NAMES)
                 for order, order_name in ORDERS]
        ours: dict[str, list[float]] = {}
        base: dict[str, list[float]] = {}
        for _ in range(args.runs):  # each sort differs from the one before (else a no-op)
            for column, name, order, order_name in sorts:
                label = f"sort by {name}, {order_name}"
                ours.setdefault(label, []).append(
                    timed_ms(app, lambda c=column, o=order: table.sortByColumn(c, o)))
                base.setdefault(label, []).append(
                    timed_ms(app, lambda c=column, o=order: view.sortByColumn(c, o)))
        for label, times in ours.items():
            row(label, statistics.median(times), statistics.median(base[label]), SORT_MS)
        table.sortByColumn(MeetingTableModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        row("entering the filter box", focus_ms(app, window.list_panel.filter_edit),
            focus_ms(app, edit), SORT_MS)
        for word in WORDS:
            typed = typing_ms(app, window.list_panel.filter_edit, word)
            typed_base = typing_ms(app, edit, word)
            row(f"filter: type {word!r}, per key", statistics.median(typed),
                statistics.median(typed_base), SORT_MS)
            row("  the slowest key", max(typed), max(typed_base), SORT_MS)
        opened = open_ms(app, window)
        proxy = window.list_panel.proxy
        ids = [proxy.index(r, 0).data(MeetingTableModel.SummaryRole).id for r in range(1, 10)]
        row("editor opens the next meeting", statistics.median(opened),
            statistics.median(raw_open_ms(path, ids)), OPEN_MS)
        register_ms = timed_ms(app, window.open_tasks)
        listed = window._tasks_dialog.model.rowCount() if window._tasks_dialog else 0
        row(f"task register ({listed} tasks)", register_ms, raw_tasks_ms(path), None)
        window.close()
        database.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
