"""Drives the real Minutes window in its own process, for the crash tests.

    python window_driver.py type DB SEED   open the window on DB and type numbered edits until
                                           killed: one line `READY`, then `EDIT <n>` for each
                                           edit and `SAVED <n>` each time the window reports a
                                           save of edit n (its `meeting_saved` signal, the one
                                           that puts "Saved 14:02" in the status bar)
    python window_driver.py show DB        open the window on DB, print `SHOWN <title>` and the
                                           status bar's text (`STATUS <text>`), close it

The window starts the way the program starts it (`minutes_app.app.main(["--db", DB])`); this
script only finds it by its objectName and works its widgets. Edit n puts "Crash test <n>" into
the meeting's title and "Decision <n>" into the first decision's text, both within one turn of
the event loop, so every snapshot the editor can save carries one number in two tables. Saves
are the editor's own: a field losing focus (the driver moves between Title and Place as a
secretary tabbing through the form would), the pause after typing, or a save while typing goes
on; the driver never calls a save method. A dialog would wait for a click forever here, so
any dialog is printed as `DIALOG <text>` and ends the process with exit code 3.
"""

import os
import random
import sys

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

TITLE_PREFIX = "Crash test "
DECISION_PREFIX = "Decision "
FIND_WINDOW_TRIES = 200  # every 50 ms: start-up checks may come before the window
EDIT_GAP_MS = (50, 150)  # between two edits while typing goes on
PAUSE_MS = (1100, 1600)  # a secretary stops to listen: longer than the autosave's debounce
PAUSE_CHANCE = 0.1
FOCUS_MOVE_CHANCE = 0.5


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def number_in(text: str, prefix: str) -> int:
    """The edit number in "Crash test 12" (-1 when the text is not one of ours)."""
    tail = text[len(prefix):] if text.startswith(prefix) else ""
    return int(tail) if tail.isdigit() else -1


def refuse_dialogs() -> None:
    """Nobody can click here: report any dialog and stop instead of waiting forever."""

    def report(*args: object, **_kwargs: object) -> None:
        texts = [a for a in args if isinstance(a, str)]
        for widget in args:
            if isinstance(widget, QMessageBox):
                texts.append(widget.text())
        say("DIALOG " + " | ".join(t.replace("\n", " ") for t in texts))
        os._exit(3)

    for name in ("critical", "warning", "question", "information", "about"):
        setattr(QMessageBox, name, staticmethod(report))
    QDialog.exec = report  # type: ignore[method-assign]
    QMessageBox.exec = report  # type: ignore[method-assign]


def find(window: QWidget, kind: type[QWidget], name: str) -> QWidget:
    widget = window.findChild(kind, name)
    if widget is None:
        say(f"FAILED no {kind.__name__} named {name}")
        os._exit(4)
    return widget


def select_first_row(view: QAbstractItemView) -> None:
    view.selectionModel().setCurrentIndex(
        view.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


class Typist:
    """Numbered edits through the real widgets, on a timer, until the process is killed."""

    def __init__(self, window: QWidget, seed: int) -> None:
        self.rng = random.Random(seed)
        self.number = 0
        self.window = window
        self.title = find(window, QLineEdit, "titleEdit")
        self.place = find(window, QLineEdit, "placeEdit")
        self.decision = find(window, QPlainTextEdit, "decisionTextEdit")
        select_first_row(find(window, QAbstractItemView, "agendaList"))
        select_first_row(find(window, QAbstractItemView, "decisionList"))
        window.editor.tabs.setCurrentIndex(0)  # Details: Title and Place take the focus
        window.editor.meeting_saved.connect(self.on_saved)
        window.editor.save_failed.connect(lambda *why: say(f"NOT_SAVED {why!r}"))
        self.check_start()

    def check_start(self) -> None:
        shown = (number_in(self.title.text(), TITLE_PREFIX),
                 number_in(self.decision.toPlainText(), DECISION_PREFIX))
        if shown != (0, 0) or not self.decision.isEnabled():
            say(f"FAILED the window does not show edit 0 ready to type: {shown}")
            os._exit(4)
        self.title.setFocus()

    def on_saved(self, meeting: object) -> None:
        title = number_in(meeting.title, TITLE_PREFIX)
        decision = number_in(meeting.agenda[0].decisions[0].text, DECISION_PREFIX)
        if title != decision:
            say(f"MISMATCH title {title} decision {decision}")
        say(f"SAVED {title}")

    def start(self) -> None:
        say("READY")
        QTimer.singleShot(self.rng.randint(*EDIT_GAP_MS), self.edit)

    def edit(self) -> None:
        self.number += 1
        # Both fields in one turn of the event loop: no autosave can run between them.
        self.title.selectAll()
        self.title.insert(f"{TITLE_PREFIX}{self.number}")
        self.decision.selectAll()
        self.decision.insertPlainText(f"{DECISION_PREFIX}{self.number}")
        say(f"EDIT {self.number}")
        if self.rng.random() < FOCUS_MOVE_CHANCE:  # leaving a field saves what was typed
            target = self.place if self.title.hasFocus() else self.title
            target.setFocus()
        pause = self.rng.random() < PAUSE_CHANCE
        QTimer.singleShot(self.rng.randint(*(PAUSE_MS if pause else EDIT_GAP_MS)), self.edit)


def main_window() -> QWidget | None:
    """The window, once shown with its newest meeting open (it opens it right after its first
    paint)."""
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "mainWindow" and widget.isVisible() and _opened(widget):
            return widget
    return None


def _opened(window: QWidget) -> bool:
    return (window.list_panel.model.rowCount() == 0  # type: ignore[attr-defined]
            or window.current_meeting_id() is not None)  # type: ignore[attr-defined]


def when_window_shows(act, tries: int = FIND_WINDOW_TRIES) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    if window is not None:
        act(window)
    elif tries > 0:
        QTimer.singleShot(50, lambda: when_window_shows(act, tries - 1))
    else:
        say("FAILED the main window did not show")
        os._exit(4)


def show(window: QWidget) -> None:
    title = find(window, QLineEdit, "titleEdit").text()
    say(f"SHOWN {title}")
    say(f"STATUS {window.statusBar().currentMessage()}")
    window.close()


def main(argv: list[str]) -> int:
    mode, database = argv[0], argv[1]
    app = QApplication(sys.argv[:1])
    refuse_dialogs()
    keep: list[Typist] = []  # the typist lives as long as the window

    def begin_typing(window: QWidget) -> None:
        typist = Typist(window, int(argv[2]))
        keep.append(typist)
        typist.start()

    if mode == "type":
        when_window_shows(begin_typing)
    else:
        when_window_shows(show)
    from minutes_app.app import main as run_program  # the program, as `minutes-app --db DB`

    code = run_program(["--db", database])
    say(f"EXIT {code}")
    del app
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
