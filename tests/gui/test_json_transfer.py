"""File → Import JSON / Export JSON from the menu, with the file dialogs patched."""

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from minutes_app.interchange import parse_document
from minutes_app.ui.dialogs import existing_file
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
    assert [p.name for p in target.parent.iterdir()] == ["all.json"]  # no temporary file

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
    assert warnings[0].startswith("bad.json was not imported: ")
    assert warnings[0].endswith("meetings[0].date: 2026-02-30 is not a date")
    assert len(services.meetings.list_meetings()) == 3


def test_cancelled_dialogs_do_nothing(window, services, monkeypatch, warnings):
    choose_file(monkeypatch, "getOpenFileName", "")
    window.import_action.trigger()
    choose_file(monkeypatch, "getSaveFileName", "")
    window.export_json_action.trigger()
    assert warnings == [] and len(services.meetings.list_meetings()) == 3


@pytest.fixture
def answer(monkeypatch):
    """Stands in for the "the file exists" question; `answer.choice(target)` decides."""
    asked: list = []

    def ask(_parent, target):
        asked.append(target)
        return ask.choice(target)

    ask.asked = asked
    ask.choice = lambda target: target
    monkeypatch.setattr(existing_file, "ask", ask)
    return ask


def test_an_existing_file_is_replaced_only_when_the_user_says_so(window, tmp_path, monkeypatch,
                                                                 answer, warnings):
    target = tmp_path / "all.json"
    target.write_text("my own notes", encoding="utf-8")
    choose_file(monkeypatch, "getSaveFileName", target)

    answer.choice = lambda _target: None  # Cancel
    window.export_json_action.trigger()
    assert answer.asked == [target] and target.read_text(encoding="utf-8") == "my own notes"

    answer.choice = lambda chosen: chosen.with_name("all (2).json")  # a free name
    window.export_json_action.trigger()
    assert target.read_text(encoding="utf-8") == "my own notes"
    assert len(parse_document((tmp_path / "all (2).json").read_bytes())) == 3

    answer.choice = lambda chosen: chosen  # Replace
    window.export_json_action.trigger()
    assert len(parse_document(target.read_bytes())) == 3
    assert warnings == []


def test_a_read_only_file_is_refused_with_one_line(window, tmp_path, monkeypatch, answer,
                                                   warnings):
    target = tmp_path / "archive.json"
    target.write_text("kept", encoding="utf-8")
    target.chmod(0o444)
    choose_file(monkeypatch, "getSaveFileName", target)

    window.export_json_action.trigger()

    assert answer.asked == []
    (warning,) = warnings
    assert warning.startswith(f"{target} is marked read-only, so it was kept as it is.")
    assert target.read_text(encoding="utf-8") == "kept"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~mn-")] == []
