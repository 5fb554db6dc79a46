"""File → Import JSON / Export JSON from the menu, with the file dialogs patched."""

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from minutes_app.interchange import parse_document
from minutes_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, services, settings, stored_meetings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    return window


def choose_file(monkeypatch, name: str, path) -> None:
    monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: (str(path), "")))


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *a, **k: shown.append(text)))
    return shown


def test_export_writes_every_meeting_and_import_reads_them_back(window, services, settings,
                                                                 stored_meetings, tmp_path,
                                                                 monkeypatch, warnings):
    target = tmp_path / "backup" / "all.json"
    target.parent.mkdir()
    choose_file(monkeypatch, "getSaveFileName", target)
    window.export_json_action.trigger()
    assert parse_document(target.read_bytes()) == stored_meetings
    assert settings.last_json_folder() == str(target.parent)
    assert not list(target.parent.glob(".*.tmp"))  # the temporary file is gone

    choose_file(monkeypatch, "getOpenFileName", target)
    window.import_action.trigger()
    assert warnings == []
    assert len(services.meetings.list_meetings()) == 6
    assert window.list_panel.proxy.rowCount() == 6
    opened = window.editor.current_meeting()
    assert opened.id not in [m.id for m in stored_meetings] and opened == stored_meetings[0]


def test_export_adds_the_json_extension(window, tmp_path, monkeypatch):
    choose_file(monkeypatch, "getSaveFileName", tmp_path / "backup")
    window.export_json_action.trigger()
    assert len(parse_document((tmp_path / "backup.json").read_bytes())) == 3


def test_bad_file_is_refused_with_one_line_and_nothing_imported(window, services, tmp_path,
                                                                monkeypatch, warnings):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "minutes-json", "version": 1, "meetings": [{"title": "x", '
                   '"date": "2026-02-30"}]}', encoding="utf-8")
    choose_file(monkeypatch, "getOpenFileName", bad)
    window.import_action.trigger()
    assert len(warnings) == 1 and "\n" not in warnings[0]
    assert warnings[0].startswith("bad.json was not imported: meetings[0].date")
    assert len(services.meetings.list_meetings()) == 3


def test_cancelled_dialogs_do_nothing(window, services, monkeypatch, warnings):
    choose_file(monkeypatch, "getOpenFileName", "")
    window.import_action.trigger()
    choose_file(monkeypatch, "getSaveFileName", "")
    window.export_json_action.trigger()
    assert warnings == [] and len(services.meetings.list_meetings()) == 3
