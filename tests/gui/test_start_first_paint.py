"""The program's start paints the window first and opens the newest meeting right after
(issue 11): the window appears without waiting for the editor to fill its pages, and what the
user did before that moment is never undone by it."""

import linecache

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QTabWidget

from minutes_app.ui import startup
from minutes_app.ui.main_window import MainWindow


class PaintWatch(QObject):
    """Notes what the editor held when the window was painted the first time."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.at_first_paint: list[object] = []
        self.forms_at_first_paint: bool | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.Paint and not self.at_first_paint:
            self.at_first_paint.append(self.window.editor.current_meeting())
            self.forms_at_first_paint = forms_of(self.window) is not None
        return False


def forms_of(window: MainWindow) -> QTabWidget | None:
    """The editor's tabs, if they have been built."""
    return window.editor.findChild(QTabWidget, "editorSections")


def started_window(qtbot, services, settings) -> tuple[MainWindow, PaintWatch]:
    window = MainWindow(services, settings, open_first_after_paint=True)
    qtbot.addWidget(window)
    return window, PaintWatch(window)


def test_the_newest_meeting_opens_right_after_the_first_paint(qtbot, services, settings,
                                                               stored_meetings):
    window, watch = started_window(qtbot, services, settings)
    assert window.list_panel.model.rowCount() == 3  # the list is there from the start
    window.show()
    newest = stored_meetings[1]  # 17 February 2026
    qtbot.waitUntil(lambda: window.current_meeting_id() == newest.id)
    assert watch.at_first_paint == [None]  # painted before the editor was filled
    assert window.list_panel.current_meeting_id() == newest.id
    assert window.editor.details.title.text() == newest.title


def test_the_meeting_forms_are_built_after_the_first_paint(qtbot, services, settings,
                                                           stored_meetings):
    """Hundreds of widgets nobody sees before a meeting opens: the window does not wait for
    them (issue 11's start); the newest meeting then shows in them, on its first tab."""
    window, watch = started_window(qtbot, services, settings)
    window.show()
    qtbot.waitUntil(lambda: window.current_meeting_id() is not None)
    assert watch.forms_at_first_paint is False
    forms = forms_of(window)
    assert forms is not None and forms.isVisible() and forms.currentIndex() == 0
    assert window.editor.details.title.isVisible()
    assert window.editor.details.title.text() == stored_meetings[1].title


def test_on_an_empty_database_the_forms_wait_for_the_first_meeting(qtbot, services,
                                                                   settings):
    window, _watch = started_window(qtbot, services, settings)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    assert forms_of(window) is None
    assert window.editor.empty_hint.isVisible()
    window.new_action.trigger()
    forms = forms_of(window)
    assert forms is not None and forms.isVisible() and not window.editor.empty_hint.isVisible()
    assert QApplication.focusWidget() is window.editor.details.title  # ready to type


def test_a_meeting_chosen_before_the_first_paint_stays_open(qtbot, services, settings,
                                                             stored_meetings):
    """A backup imported from the command line, or a meeting the user clicked at once."""
    window, _watch = started_window(qtbot, services, settings)
    older = stored_meetings[2]
    assert window.list_panel.select_meeting(older.id)
    window.show()
    qtbot.wait(50)  # the moment the newest meeting would have been opened
    assert window.current_meeting_id() == older.id


def test_built_for_a_test_or_a_dialog_the_window_opens_the_newest_at_once(qtbot, services,
                                                                          settings,
                                                                          stored_meetings):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    assert window.current_meeting_id() == stored_meetings[1].id


def test_the_start_lets_go_of_the_module_sources_pyside_read(qtbot, services):
    """PySide6 reads the source of every module imported after it into linecache: ~4 MiB
    that the window and its list would otherwise be made beside (issue 11's memory)."""
    linecache.getlines(startup.__file__)  # as PySide6's import hook does
    assert startup.__file__ in linecache.cache
    start = startup.WindowStart([])
    try:
        window = start.build_window(services)
        qtbot.addWidget(window)
    finally:
        start.close()
    assert startup.__file__ not in linecache.cache
    assert window.list_panel.model.rowCount() == 0  # built as usual


def test_the_filter_texts_are_made_once_the_window_is_ready_not_before(
        qtbot, services, settings, stored_meetings, monkeypatch):
    """The filter box has the focus when the window opens: its first key would make every
    row's filter text (57 ms at 10,000 meetings). They are made once the newest meeting is
    open, at the next turn of the event loop: not before the first paint, and not by a key."""
    window, _watch = started_window(qtbot, services, settings)
    model = window.list_panel.model
    made: list[int | None] = []
    real = model.filter_texts

    def watched() -> list[str]:
        made.append(window.current_meeting_id())
        return real()

    monkeypatch.setattr(model, "filter_texts", watched)
    assert made == []
    window.show()
    qtbot.waitUntil(lambda: made != [])
    assert made == [stored_meetings[1].id]  # made after the newest meeting opened
    assert model._filter_texts  # kept for the keys to come
