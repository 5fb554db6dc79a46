"""The window starts without what it may never use (issue 11): python-docx, lxml, Alembic,
openpyxl, segno, PyStemmer, the command-line module, Qt's printing, the document preview and
the dialogs of the menus are loaded when first needed."""

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from minutes_app import app, cli, export
from minutes_app.domain import Meeting
from minutes_app.export import render, writer

ROOT = Path(__file__).resolve().parents[1]
NOT_AT_START = ("docx", "lxml", "alembic", "openpyxl", "segno", "Stemmer", "minutes_app.cli",
                "PySide6.QtPrintSupport", "minutes_app.export.html", "minutes_app.ui.preview_pane",
                "minutes_app.ui.dialogs.export_dialog", "minutes_app.ui.dialogs.tasks_dialog",
                "minutes_app.ui.dialogs.people_dialog", "minutes_app.ui.dialogs.bodies_dialog")
# The window's start as main.py runs it (no command), closed as soon as the window is shown
# and has opened the newest meeting; then the modules that were loaded, of those above.
START_THE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from minutes_app.ui import startup

built = startup.WindowStart.build_window

def build_and_close(self, services):
    window = built(self, services)

    def close_once_open():
        if window.current_meeting_id() is None:
            QTimer.singleShot(10, close_once_open)
        else:
            QApplication.quit()

    close_once_open()
    return window

startup.WindowStart.build_window = build_and_close
from minutes_app.app import main
code = main(sys.argv[1:3])
print(code, *sorted(name for name in sys.argv[3].split(",") if name in sys.modules))
"""


def run_window_child(code: str, tmp_path: Path, db_path: Path, *more: str) -> list[str]:
    """What the child `code` printed, started on `db_path` offscreen in a fresh home."""
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local/share"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code, "--db", str(db_path), *more],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def start_the_window(tmp_path: Path, db_path: Path) -> list[str]:
    return run_window_child(START_THE_WINDOW, tmp_path, db_path, ",".join(NOT_AT_START))


def test_the_window_starts_without_documents_migrations_stemmer_or_command_line(
        tmp_path, db_path, services):
    services.meetings.create(Meeting(title="Заседание", date=date(2026, 3, 15), number="1",
                                     body="Общественный совет"))  # the editor opens it
    assert start_the_window(tmp_path, db_path) == ["0"]


# The same start, reporting the cycle collector once the newest meeting is open: off during the
# start (app.py), on again with the start's objects frozen out of its way (startup.py).
GC_AFTER_THE_START = """
import gc, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from minutes_app.ui import startup

built = startup.WindowStart.build_window
seen = []

def build_and_watch(self, services):
    window = built(self, services)
    seen.append(gc.isenabled())  # while the window is built

    def report_once_ready():
        if window.current_meeting_id() is None or not gc.isenabled():
            QTimer.singleShot(10, report_once_ready)
            return
        seen.extend([gc.isenabled(), gc.get_freeze_count() > 1000])
        QApplication.quit()

    report_once_ready()
    return window

startup.WindowStart.build_window = build_and_watch
from minutes_app.app import main
code = main(sys.argv[1:3])
print(code, *seen, gc.isenabled())
"""


def test_the_cycle_collector_waits_for_the_end_of_the_start(tmp_path, db_path, services):
    services.meetings.create(Meeting(title="Заседание", date=date(2026, 3, 15)))
    printed = run_window_child(GC_AFTER_THE_START, tmp_path, db_path)
    # off while building; on, with the start's objects frozen, once ready; on after the end
    assert printed == ["0", "False", "True", "True", "True"]


def test_export_loads_its_writers_when_first_asked():
    assert export.write_docx is writer.write_docx
    assert export.write_document is writer.write_document
    assert export.build_document is render.build_document
    assert export.document_fallbacks is render.document_fallbacks
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        _ = export.nothing_here  # type: ignore[attr-defined]


def test_the_window_says_errors_with_the_command_lines_name():
    assert app.PROG == cli.PROG


@pytest.mark.parametrize(("arguments", "window"), [
    ([], True), (["--db", "x.sqlite3"], True), (["--db=x.sqlite3"], False),
    (["--db", "x.sqlite3", "list"], False), (["list"], False), (["--help"], False),
    (["--db", "--help"], False), (["--db"], False),
])
def test_only_no_arguments_or_db_alone_start_the_window_directly(arguments, window):
    assert app._only_the_window(arguments) is window


def test_the_collector_comes_back_once_with_the_start_frozen():
    """What the first paint calls, and at the latest 10 s after the start (a window started
    minimized is not painted until it is restored): the first call freezes what the start made
    and turns the collector on; a later one changes nothing."""
    import gc

    from minutes_app.ui import startup

    gc.disable()
    try:
        startup.collect_from_now_on()
        frozen = gc.get_freeze_count()
        assert gc.isenabled() and frozen > 0
        _made_after = [object() for _ in range(1000)]
        startup.collect_from_now_on()
        assert gc.isenabled() and gc.get_freeze_count() == frozen
    finally:
        gc.enable()
        gc.unfreeze()


# The first start on an empty database: whether the welcome was loaded when the window was
# first painted, then whether its dialog came.
WELCOME_AFTER_THE_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from minutes_app.ui import startup

built = startup.WindowStart.build_window
seen = []

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen.append("minutes_app.ui.welcome" in sys.modules)
            wait_for_the_welcome()
        return False

def wait_for_the_welcome():
    if not any(isinstance(widget, QDialog) and widget.isVisible()
               for widget in QApplication.topLevelWidgets()):
        QTimer.singleShot(10, wait_for_the_welcome)
        return
    seen.append(True)
    QApplication.quit()

def build_and_watch(self, services):
    window = built(self, services)
    window.installEventFilter(WATCH)
    return window

WATCH = FirstPaint()
startup.WindowStart.build_window = build_and_watch
from minutes_app.app import main
code = main(sys.argv[1:3])
print(code, *seen)
"""


def test_the_welcome_comes_after_the_first_paint(tmp_path, db_path):
    printed = run_window_child(WELCOME_AFTER_THE_PAINT, tmp_path, db_path)
    assert printed == ["0", "False", "True"]  # not loaded at the paint; then shown


def test_the_command_line_runs_with_the_collector_that_main_py_turned_off(capsys):
    import gc

    gc.disable()  # as main.py does while the modules load
    try:
        assert app.main(["--version"]) == 0
        assert gc.isenabled()  # a long import or export collects as usual
    finally:
        gc.enable()
    assert capsys.readouterr().out.strip()


def test_the_window_entry_loads_the_program_with_the_collector_off(monkeypatch):
    import gc

    from minutes_app import window_main

    seen: list[bool] = []
    monkeypatch.setattr(app, "main", lambda argv: seen.append(gc.isenabled()) or 0)
    try:
        assert window_main.main() == 0
    finally:
        gc.enable()
    assert seen == [False]


@pytest.mark.parametrize("entry", ["main.py", "minutes_app/__main__.py"])
def test_python_main_py_loads_the_program_with_the_collector_off(entry, monkeypatch):
    import gc
    import runpy

    seen: list[bool] = []
    monkeypatch.setattr(app, "main", lambda: seen.append(gc.isenabled()) or 0)
    try:
        with pytest.raises(SystemExit):
            runpy.run_path(str(ROOT / entry), run_name="__main__")
    finally:
        gc.enable()
    assert seen == [False]
