"""File → Import JSON / Export JSON from the menu, with the file dialogs patched.

Both run on a worker thread behind a progress dialog: `finish` waits until it closes."""

import contextlib
import sqlite3
import threading
from dataclasses import replace
from datetime import date

import pytest
from gui_samples import council_meeting
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from minutes_app.app import main as command_line
from minutes_app.domain import Decision, Vote
from minutes_app.interchange import dump_document, parse_document
from minutes_app.ui import i18n
from minutes_app.ui.dialogs import existing_file
from minutes_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, services, settings, stored_meetings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    return window


def choose_file(monkeypatch, name: str, path) -> None:
    monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: (str(path), "")))


def progress_shown(window: MainWindow) -> bool:
    return any(dialog.isVisible() for dialog in window.findChildren(QProgressDialog))


def finish(qtbot, window: MainWindow) -> None:
    """Wait until the running import or export has reported (its progress dialog closes)."""
    qtbot.waitUntil(lambda: not progress_shown(window), timeout=60_000)  # a busy machine


def trigger(qtbot, window: MainWindow, action) -> None:
    action.trigger()
    finish(qtbot, window)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *a, **k: shown.append(text)))
    return shown


@pytest.fixture
def notes(monkeypatch) -> list[str]:
    """The message boxes listing an import's warnings (information, not failures)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda _parent, _title, text, *a, **k: shown.append(text)))
    return shown


def test_export_writes_every_meeting_and_import_reads_them_back(qtbot, window, services,
                                                                 settings, stored_meetings,
                                                                 tmp_path, monkeypatch, warnings,
                                                                 notes):
    target = tmp_path / "backup" / "all.json"
    target.parent.mkdir()
    choose_file(monkeypatch, "getSaveFileName", target)
    trigger(qtbot, window, window.export_json_action)
    assert window.statusBar().currentMessage() == f"Saved {target}"
    assert parse_document(target.read_bytes()) == stored_meetings
    assert settings.last_json_folder() == str(target.parent)
    assert [p.name for p in target.parent.iterdir()] == ["all.json"]  # no temporary file

    choose_file(monkeypatch, "getOpenFileName", target)
    trigger(qtbot, window, window.import_action)
    assert warnings == []
    # The same numbers again: imported, with a second look asked for each.
    assert notes == ["Imported. Worth a second look:\n"
                     "• Meeting 1 of the file: Общественный совет МВД No. 1 of 2026 is already in "
                     "the database.\n"
                     "• Meeting 2 of the file: Общественный совет МВД No. 2 of 2026 is already in "
                     "the database.\n"
                     "• Meeting 3 of the file: Комиссия по этике No. 7 of 2025 is already in the "
                     "database."]
    assert window.statusBar().currentMessage() == "Imported 3 meeting(s)."
    assert len(services.meetings.list_meetings()) == 6
    assert window.list_panel.proxy.rowCount() == 6
    opened = window.editor.current_meeting()
    assert opened.id not in [m.id for m in stored_meetings] and opened == stored_meetings[0]


def test_export_adds_the_json_extension(qtbot, window, tmp_path, monkeypatch):
    choose_file(monkeypatch, "getSaveFileName", tmp_path / "backup")
    trigger(qtbot, window, window.export_json_action)
    assert len(parse_document((tmp_path / "backup.json").read_bytes())) == 3


def test_bad_file_is_refused_with_one_line_and_nothing_imported(qtbot, window, services,
                                                                tmp_path, monkeypatch, warnings):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "minutes-json", "version": 1, "meetings": [{"title": "x", '
                   '"date": "2026-02-30"}]}', encoding="utf-8")
    choose_file(monkeypatch, "getOpenFileName", bad)
    trigger(qtbot, window, window.import_action)
    assert len(warnings) == 1 and "\n" not in warnings[0]
    assert warnings[0].startswith("bad.json was not imported: ")
    assert warnings[0].endswith("meetings[0].date: 2026-02-30 is not a date")
    assert len(services.meetings.list_meetings()) == 3


def test_cancelled_dialogs_do_nothing(window, services, monkeypatch, warnings):
    choose_file(monkeypatch, "getOpenFileName", "")
    window.import_action.trigger()
    choose_file(monkeypatch, "getSaveFileName", "")
    window.export_json_action.trigger()
    assert not progress_shown(window)
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


def test_an_existing_file_is_replaced_only_when_the_user_says_so(qtbot, window, tmp_path,
                                                                 monkeypatch, answer, warnings):
    target = tmp_path / "all.json"
    target.write_text("my own notes", encoding="utf-8")
    choose_file(monkeypatch, "getSaveFileName", target)

    answer.choice = lambda _target: None  # Cancel
    trigger(qtbot, window, window.export_json_action)
    assert answer.asked == [target] and target.read_text(encoding="utf-8") == "my own notes"

    answer.choice = lambda chosen: chosen.with_name("all (2).json")  # a free name
    trigger(qtbot, window, window.export_json_action)
    assert target.read_text(encoding="utf-8") == "my own notes"
    assert len(parse_document((tmp_path / "all (2).json").read_bytes())) == 3

    answer.choice = lambda chosen: chosen  # Replace
    trigger(qtbot, window, window.export_json_action)
    assert len(parse_document(target.read_bytes())) == 3
    assert warnings == []


def test_a_read_only_file_is_refused_with_one_line(qtbot, window, tmp_path, monkeypatch, answer,
                                                   warnings):
    target = tmp_path / "archive.json"
    target.write_text("kept", encoding="utf-8")
    target.chmod(0o444)
    choose_file(monkeypatch, "getSaveFileName", target)

    trigger(qtbot, window, window.export_json_action)

    assert answer.asked == []
    (warning,) = warnings
    assert warning.startswith(f"{target} is marked read-only, so it was kept as it is.")
    assert target.read_text(encoding="utf-8") == "kept"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~mn-")] == []


# --- one import for the window and the command line ---------------------------------------------
def _voting_meeting(number: str, day: date, cast: int):
    meeting = council_meeting(number, day)
    item = replace(meeting.agenda[0], decisions=(Decision("Принять", Vote(for_=cast)),))
    return replace(meeting, agenda=(item,))


@pytest.fixture
def imports(monkeypatch, services) -> list:
    """Every import the window runs: (the thread it ran on, its ImportResult)."""
    seen: list = []
    real = services.transfer.import_file

    def recorded(data, source_name, **options):
        result = real(data, source_name, **options)
        seen.append((threading.current_thread(), result))
        return result

    monkeypatch.setattr(services.transfer, "import_file", recorded)
    return seen


def test_the_same_file_warns_the_same_in_the_window_and_on_the_command_line(
        qtbot, window, services, stored_meetings, tmp_path, monkeypatch, capsys, imports,
        warnings, notes):
    source = tmp_path / "second-look.json"
    source.write_text(dump_document([
        council_meeting("1", date(2026, 1, 20)),  # stored already
        council_meeting("5", date(2026, 5, 5)),
        council_meeting("5", date(2026, 6, 6), body="ОБЩЕСТВЕННЫЙ СОВЕТ МВД"),  # twice in it
        _voting_meeting("9", date(2026, 9, 9), cast=40),  # 3 members present
    ]), encoding="utf-8")
    # The command line on a database holding the same meetings under the same ids.
    other = str(tmp_path / "cli.sqlite3")
    seed = tmp_path / "seed.json"
    seed.write_text(dump_document(stored_meetings), encoding="utf-8")
    assert command_line(["--db", other, "import", str(seed)]) == 0
    assert capsys.readouterr().out.split() == [str(m.id) for m in stored_meetings]
    assert command_line(["--db", other, "import", str(source)]) == 0
    said = capsys.readouterr().err.splitlines()

    choose_file(monkeypatch, "getOpenFileName", source)
    trigger(qtbot, window, window.import_action)

    ((_thread, result),) = imports
    assert said == [f"minutes-app: warning: {warning}" for warning in result.warnings]
    assert said == [
        f"minutes-app: warning: meetings[0]: Общественный совет МВД № 1 of 2026 is already "
        f"meeting {stored_meetings[0].id} in the database",
        "minutes-app: warning: meetings[2]: ОБЩЕСТВЕННЫЙ СОВЕТ МВД № 5 of 2026 is already "
        "meetings[1] of this file",
        "minutes-app: warning: meetings[3]: decision 1.1: 40 votes cast, but only 3 members "
        "are present",
    ]
    assert notes == ["Imported. Worth a second look:\n"
                     "• Meeting 1 of the file: Общественный совет МВД No. 1 of 2026 is already in "
                     "the database.\n"
                     "• Meeting 3 of the file: ОБЩЕСТВЕННЫЙ СОВЕТ МВД No. 5 of 2026 is also "
                     "meeting 2 of the file.\n"
                     "• Meeting 4 of the file, decision 1.1: 40 votes cast, but only 3 members "
                     "are present."]
    assert warnings == [] and window.list_panel.proxy.rowCount() == 7


def test_a_big_import_runs_in_a_worker_while_the_window_stays_free(qtbot, window, services,
                                                                   tmp_path, monkeypatch,
                                                                   warnings, notes):
    big = tmp_path / "big.json"
    big.write_text(dump_document([council_meeting(str(n), date(2024, 1, 9))
                                  for n in range(100, 400)]), encoding="utf-8")
    gui_ran = threading.Event()
    seen: list = []
    real = services.transfer.import_file

    def held_import(data, source_name, **options):
        # Start only once the GUI thread has handled an event: it can only if it is free.
        seen.append((threading.current_thread(), gui_ran.wait(timeout=30)))
        return real(data, source_name, **options)

    monkeypatch.setattr(services.transfer, "import_file", held_import)
    choose_file(monkeypatch, "getOpenFileName", big)

    window.import_action.trigger()

    assert progress_shown(window)  # the menu command returned; the import goes on
    assert window.list_panel.proxy.rowCount() == 3
    QTimer.singleShot(0, gui_ran.set)
    qtbot.waitUntil(lambda: window.list_panel.proxy.rowCount() == 303, timeout=60_000)
    ((thread, gui_was_free),) = seen
    assert thread is not threading.main_thread() and gui_was_free
    assert not progress_shown(window)
    assert len(services.meetings.list_meetings()) == 303
    assert window.statusBar().currentMessage() == "Imported 300 meeting(s)."
    assert warnings == [] and notes == []


def test_a_failure_halfway_leaves_nothing_behind_in_the_window_and_the_command_line(
        qtbot, window, services, db_path, tmp_path, monkeypatch, capsys, warnings, notes):
    with contextlib.closing(sqlite3.connect(db_path)) as connection:  # one meeting is refused
        connection.execute("CREATE TRIGGER refuse BEFORE INSERT ON meeting "
                           "WHEN NEW.title = 'refused' BEGIN SELECT RAISE(ABORT, 'refused'); END")
        connection.commit()
    meetings = [council_meeting(str(n), date(2024, 2, 2)) for n in range(200)]
    meetings[149] = council_meeting("150", date(2024, 2, 2), title="refused")
    source = tmp_path / "big.json"
    source.write_text(dump_document(meetings), encoding="utf-8")

    assert command_line(["--db", str(db_path), "import", str(source)]) == 1
    printed = capsys.readouterr()
    assert printed.out == "" and len(printed.err.splitlines()) == 1
    assert printed.err.startswith("minutes-app: error: ")

    choose_file(monkeypatch, "getOpenFileName", source)
    trigger(qtbot, window, window.import_action)
    (warning,) = warnings
    assert warning.startswith("big.json was not imported: ") and "\n" not in warning

    assert notes == [] and window.list_panel.proxy.rowCount() == 3
    with contextlib.closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("SELECT count(*) FROM meeting").fetchone()[0] == 3
        assert connection.execute("SELECT count(*) FROM attendance").fetchone()[0] == 12


def test_an_empty_file_imports_nothing_and_says_so(qtbot, window, services, tmp_path,
                                                  monkeypatch, warnings, notes):
    empty = tmp_path / "empty.json"
    empty.write_text(dump_document([]), encoding="utf-8")
    choose_file(monkeypatch, "getOpenFileName", empty)
    trigger(qtbot, window, window.import_action)
    assert notes == ["Nothing was imported.\n• empty.json holds no meetings."]
    assert warnings == [] and len(services.meetings.list_meetings()) == 3


def test_many_warnings_are_counted_beyond_the_first_twelve(qtbot, window, tmp_path,
                                                           monkeypatch, notes):
    again = tmp_path / "again.json"
    again.write_text(dump_document([council_meeting(str(n), date(2024, 3, 3))
                                    for n in range(20)] * 2), encoding="utf-8")
    choose_file(monkeypatch, "getOpenFileName", again)
    trigger(qtbot, window, window.import_action)
    (note,) = notes
    lines = note.splitlines()
    assert len(lines) == 1 + 12 + 1 and lines[-1] == "…and 8 more."


def test_warnings_are_worded_in_the_users_language(qtbot, qapp, window, stored_meetings,
                                                   tmp_path, monkeypatch, notes):
    source = tmp_path / "again.json"
    source.write_text(dump_document([_voting_meeting("1", date(2026, 1, 20), cast=40)]),
                      encoding="utf-8")
    installed = i18n.install_translators(qapp, "ru")
    try:
        choose_file(monkeypatch, "getOpenFileName", source)
        trigger(qtbot, window, window.import_action)
    finally:
        for translator in installed:
            QApplication.removeTranslator(translator)
    assert notes == ["Импорт выполнен. Стоит проверить:\n"
                     "• Заседание 1 в файле: Общественный совет МВД, протокол № 1 за 2026 год уже "
                     "есть в базе.\n"
                     "• Заседание 1 в файле, решение 1.1: голосов подано 40, а членов "
                     "присутствует только 3."]


def test_an_import_waits_for_the_backup_job_running_before_it(qtbot, window, services,
                                                               tmp_path, monkeypatch, notes):
    import_started = threading.Event()
    seen_during_backup: list[bool] = []
    # A backup job that watches, for a while, whether the import starts beside it. Taking
    # turns, it never can; the wait's limit only bounds how long the test looks.
    window.data_safety.jobs.run(
        lambda: seen_during_backup.append(import_started.wait(timeout=3)), lambda *_: None)
    real = services.transfer.import_file

    def recorded(data, source_name, **options):
        import_started.set()
        return real(data, source_name, **options)

    monkeypatch.setattr(services.transfer, "import_file", recorded)
    source = tmp_path / "one.json"
    source.write_text(dump_document([council_meeting("8", date(2024, 4, 4))]), encoding="utf-8")
    choose_file(monkeypatch, "getOpenFileName", source)

    trigger(qtbot, window, window.import_action)

    assert seen_during_backup == [False] and import_started.is_set()
    assert window.list_panel.proxy.rowCount() == 4 and notes == []
