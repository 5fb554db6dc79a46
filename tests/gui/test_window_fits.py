"""A window that fits (issue 12): on a 1366×768 laptop and on 1920×1080 at 150 % (1280×720
logical pixels), in Russian, Kazakh and English, nothing a secretary types into or clicks lies
outside the window, and no form of the editor scrolls sideways.

The window holds the sample seminar (long Russian and Kazakh texts); each editor section is
shown in turn and every visible input widget is mapped to the window. A widget inside a scroll
area counts when the scroll area is inside the window and needs no horizontal bar. Where the
window goes on such screens (its first size, a geometry saved on a larger screen) is checked in
a child process that has them, through Qt's offscreen platform.
"""

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from minutes_app.domain import ActionItem, Decision, Vote
from minutes_app.ui import i18n, screen_fit, welcome
from minutes_app.ui.main_window import MainWindow

# The window on each screen: all of it, and its client area when maximised (less a taskbar
# of 48 and a title bar of 32 logical pixels).
SIZES = {"1366x768": QSize(1366, 768), "1366x768 maximised": QSize(1366, 688),
         "1920x1080 at 150 %": QSize(1280, 720), "1920x1080 at 150 % maximised": QSize(1280, 640)}
INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QPushButton, QCheckBox, QAbstractSpinBox)
HERE = Path(__file__).resolve().parent


@pytest.fixture(params=["ru", "kk", "en"])
def language(request, qapp) -> Iterator[str]:
    installed = i18n.install_translators(qapp, request.param)
    yield request.param
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


KAZAKH_TASKS = (  # long, as the council writes them, on the seminar's first item
    ActionItem("Қоғамдық кеңестің мүшелеріне аудандық полиция бөлімдерінің азаматтарды қабылдау "
               "кестесін жіберу және оның орындалуын тоқсан сайын қадағалау",
               ("Тұрсынбаев Ерлан Серікұлы", "Әбенова Гүлнар Маратқызы"), date(2026, 12, 28)),
    ActionItem("Полиция департаментінің жұртшылықпен өзара іс-қимылы туралы ақпаратты "
               "жинақтау", ("Ким Андрей Викторович",), None, done=True,
               done_on=date(2026, 11, 20), done_note="2026 жылғы 20 қарашадағы № 45 хат"),
)


@pytest.fixture
def window(qtbot, services, settings, language) -> MainWindow:
    result = services.transfer.import_file(welcome.sample_meeting_json(), welcome.SAMPLE_NAME)
    seminar = services.meetings.get(result.ids[0])
    first, *others = seminar.agenda
    decision = Decision("Жұмыс тобының ұсыныстары қабылдансын.", Vote(for_=9),
                        actions=KAZAKH_TASKS)
    services.meetings.save(replace(seminar, agenda=(
        replace(first, decisions=(*first.decisions, decision)), *others)))
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    window.list_panel.select_meeting(result.ids[0])
    return window


def enclosing_scroll_area(widget: QWidget, window: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area `widget` scrolls in (for a table: not its own)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def cut_off(window: QWidget) -> list[str]:
    """What a secretary could not reach: each visible input (a table: its viewport) outside
    the window, or inside a scroll area that is outside it or needs a horizontal bar; each
    table scrolling sideways."""
    area = window.rect()
    problems: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, (*INPUTS, QTableView)):
            continue
        name = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"
        checked = widget.viewport() if isinstance(widget, QTableView) else widget
        scroll = enclosing_scroll_area(widget, window)
        if scroll is not None:
            if scroll.horizontalScrollBar().maximum() > 0:
                problems.append(f"{name}: its form scrolls sideways")
            checked = scroll
        if not area.contains(rect_in(checked, window)):
            problems.append(f"{name} at {rect_in(checked, window).getRect()} is cut off")
        if isinstance(widget, QTableView) and widget.horizontalScrollBar().maximum() > 0:
            problems.append(f"{name} scrolls sideways")
    return problems


def show_each_section(window: MainWindow) -> Iterator[str]:
    """Each section of the editor in turn (the agenda on its first item); yields its title."""
    tabs = window.editor.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        if tabs.currentWidget() is window.editor.agenda:  # the tasks' decision
            first = window.editor.current_meeting().agenda[0]
            window.editor.agenda.select(first.key)
            window.editor.agenda.decisions.select(first.decisions[-1].key)
        QCoreApplication.processEvents()
        yield tabs.tabText(index)


@pytest.mark.parametrize("screen", SIZES)
def test_nothing_is_cut_off_and_no_form_scrolls_sideways(qtbot, window, screen):
    size = SIZES[screen]
    assert size.expandedTo(window.minimumSizeHint()) == size, (
        f"the window cannot be made smaller than {window.minimumSizeHint()}")
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size, timeout=2000)
    problems = []
    for section in show_each_section(window):
        problems += [f"{section}: {problem}" for problem in cut_off(window)]
        tabs = window.editor.tabs.tabBar()
        last = tabs.tabRect(tabs.count() - 1)
        if not tabs.rect().contains(last):
            problems.append(f"{section}: the last section's tab is cut off")
    for bar in (window.statusBar(), window.list_panel.search_edit, window.menuBar()):
        if not window.rect().contains(rect_in(bar, window)):
            problems.append(f"{bar.objectName()} is cut off")
    assert not problems, "\n".join(problems)


# --- where the window goes on the screen -------------------------------------------------
def test_the_first_window_fits_the_screen_and_is_centred():
    laptop = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel taskbar
    first = screen_fit.first_geometry(laptop)
    assert first.size() == QSize(1280, 728 - 32 - 8)
    assert laptop.marginsRemoved(screen_fit.FRAME).contains(first)
    large = QRect(0, 0, 2560, 1400)
    assert screen_fit.first_geometry(large).size() == screen_fit.DEFAULT_SIZE
    assert screen_fit.first_geometry(large).center() == large.marginsRemoved(
        screen_fit.FRAME).center()


def test_a_geometry_saved_on_a_larger_screen_is_shrunk_and_moved_onto_this_one():
    scaled = QRect(0, 0, 1280, 672)  # 1920×1080 at 150 %, less its taskbar
    room = scaled.marginsRemoved(screen_fit.FRAME)
    clamped = screen_fit.clamped_geometry(QRect(1500, 300, 1800, 1000), scaled)
    assert clamped == room
    small = screen_fit.clamped_geometry(QRect(1200, -20, 600, 400), scaled)
    assert small.size() == QSize(600, 400) and room.contains(small)
    inside = QRect(100, 100, 700, 500)
    assert screen_fit.clamped_geometry(inside, scaled) == inside  # it fitted: left alone


SCREENS = {  # Qt's offscreen platform with the screen a secretary has
    "1366x768": {"width": 1366, "height": 768, "dpr": 1},
    "1920x1080 at 150 %": {"width": 1920, "height": 1080, "dpr": 1.5},
}


def run_window_on(screen: dict[str, float], tmp_path: Path, name: str,
                  resize: tuple[int, int, int, int] | None = None) -> dict[str, list[int]]:
    """Start the main window in a child process on `screen`; what it showed."""
    config = tmp_path / f"{name}.json"
    config.write_text(json.dumps({"screens": [{"name": name, "x": 0, "y": 0, "logicalDpi": 96,
                                               "logicalBaseDpi": 96, **screen}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    code = ("import sys, test_window_fits as t; "
            f"t.report_window(sys.argv[1], {resize!r})")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "app.sqlite3")],
                          cwd=HERE, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report: dict[str, list[int]] = json.loads(done.stdout.splitlines()[-1])
    return report


def report_window(database_path: str, resize: tuple[int, int, int, int] | None) -> None:
    """In the child process: show the main window with the settings beside the database, set
    its geometry to `resize` if given, close it (the layout is saved), print where it was."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from minutes_app.services import Services
    from minutes_app.storage.db import open_database, resolve_database_url
    from minutes_app.ui.settings import AppSettings

    app = QApplication([])
    database = open_database(resolve_database_url(database_path))
    settings = AppSettings(QSettings(database_path + ".ini", QSettings.Format.IniFormat))
    window = MainWindow(Services.build(database.session_factory), settings)
    window.show()
    app.processEvents()
    shown = window.geometry().getRect()
    window.open_tasks()
    assert window._tasks_dialog is not None
    tasks = window._tasks_dialog.size().toTuple()
    window._tasks_dialog.close()
    if resize is not None:
        window.setGeometry(*resize)
        app.processEvents()
    window.close()
    database.close()
    print(json.dumps({"available": app.primaryScreen().availableGeometry().getRect(),
                      "shown": shown, "minimum": window.minimumSizeHint().toTuple(),
                      "tasks": tasks}))


@pytest.mark.parametrize("screen", SCREENS)
def test_on_a_small_screen_the_window_starts_whole_and_comes_back_whole(tmp_path, screen):
    big = run_window_on({"width": 2560, "height": 1440, "dpr": 1}, tmp_path, "monitor",
                        resize=(600, 300, 1900, 1100))
    assert big["shown"][2:] == list(screen_fit.DEFAULT_SIZE.toTuple())  # room enough
    for run in ("after the monitor", "again"):  # the geometry saved on the monitor, then its own
        small = run_window_on(SCREENS[screen], tmp_path, "laptop")
        room = QRect(*small["available"]).marginsRemoved(screen_fit.FRAME)
        assert room.contains(QRect(*small["shown"])), run
        assert QSize(*small["minimum"]).boundedTo(room.size()) == QSize(*small["minimum"])
        assert QSize(*small["tasks"]).boundedTo(room.size()) == QSize(*small["tasks"])


@pytest.mark.parametrize("screen", ["1366x768 maximised", "1920x1080 at 150 % maximised"])
def test_the_task_register_fits_without_scrolling_sideways(qtbot, window, screen):
    window.open_tasks()
    dialog = window._tasks_dialog
    assert dialog is not None and dialog.model.rowCount() == 2
    size = SIZES[screen]
    assert size.expandedTo(dialog.minimumSizeHint()) == size
    dialog.resize(size)
    qtbot.waitUntil(lambda: dialog.size() == size, timeout=2000)
    assert cut_off(dialog) == []
