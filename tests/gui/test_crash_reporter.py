"""An unexpected error while the window runs (issue 12): logged with its traceback, the typing
saved first, and one dialog in the interface language with the log's path and the details to
copy; the window goes on."""

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from test_editor_support import type_text

from minutes_app.ui import crash
from minutes_app.ui.crash import CrashDialog, CrashReporter, details_text
from minutes_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, services, settings, stored_meetings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def shown(monkeypatch) -> list[dict[str, object]]:
    dialogs: list[dict[str, object]] = []

    def show(parent, error, saved, log_path, details):
        dialogs.append({"parent": parent, "error": error, "saved": saved,
                        "log_path": log_path, "details": details})

    monkeypatch.setattr(crash, "show_crash_dialog", show)
    return dialogs


def type_at_the_end(widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_End)
    type_text(widget, text)


def raised() -> tuple[type[BaseException], BaseException, object]:
    try:
        {}["нет такого ключа"]
    except KeyError as error:
        return type(error), error, error.__traceback__
    raise AssertionError("unreachable")


def test_the_typing_is_saved_before_the_dialog_and_the_log_has_the_traceback(
        window, services, shown, tmp_path, caplog):
    meeting_id = window.current_meeting_id()
    type_at_the_end(window.editor.details.title, " (черновик)")
    assert not services.meetings.get(meeting_id).title.endswith(" (черновик)")  # pending
    reporter = CrashReporter(window, window.editor.flush, tmp_path / "minutes.log")
    with caplog.at_level(logging.CRITICAL, logger="minutes_app.ui.crash"):
        reporter.report(*raised())
    assert services.meetings.get(meeting_id).title.endswith(" (черновик)")
    [dialog] = shown
    assert dialog["saved"] is True and dialog["parent"] is window
    assert dialog["log_path"] == tmp_path / "minutes.log"
    assert "KeyError" in str(dialog["details"]) and "Minutes " in str(dialog["details"])
    assert "нет такого ключа" in caplog.text and "Traceback" in caplog.text


def test_a_save_that_fails_too_is_said_and_only_one_dialog_shows(window, shown):
    def failing_save() -> bool:
        raise RuntimeError("диск отключён")

    reporter = CrashReporter(window, failing_save, None)
    reporter.report(*raised())
    assert [d["saved"] for d in shown] == [False]


def test_an_error_inside_the_report_is_logged_not_shown_again(window, monkeypatch, caplog):
    calls = []

    def show_and_fail(*args):
        calls.append(args)
        reporter.report(*raised())  # the dialog itself fails: no second dialog, no loop

    monkeypatch.setattr(crash, "show_crash_dialog", show_and_fail)
    reporter = CrashReporter(window, lambda: True, None)
    with caplog.at_level(logging.CRITICAL, logger="minutes_app.ui.crash"):
        reporter.report(*raised())
    assert len(calls) == 1
    assert caplog.text.count("unexpected error") == 2


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_dialog_and_the_window_goes_on(
        qtbot, window, shown):
    reporter = CrashReporter(window, window.editor.flush, None)
    reporter.install()
    try:
        QTimer.singleShot(0, lambda: 1 / 0)
        qtbot.waitUntil(lambda: len(shown) == 1)
    finally:
        reporter.uninstall()
    assert isinstance(shown[0]["error"], ZeroDivisionError)
    assert window.isVisible() and window.current_meeting_id() is not None


def test_the_dialog_copies_the_details_and_names_the_log(qtbot):
    _kind, error, trace = raised()
    details = details_text(error, trace)  # type: ignore[arg-type]
    dialog = CrashDialog(None, error, True, Path("/tmp/logs/minutes.log"), details)
    qtbot.addWidget(dialog)
    assert "/tmp/logs/minutes.log" in dialog.message.text()
    assert "saved" in dialog.message.text()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == details
    assert not dialog.details.isVisibleTo(dialog)
    dialog.show_button.click()
    assert dialog.details.isVisibleTo(dialog)
