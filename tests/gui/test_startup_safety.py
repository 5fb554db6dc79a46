"""The window's start on real files: in-memory refused, damaged or foreign files moved aside
with the newest good backup offered, damage met while the window builds or found by the
background check, a read-only file, and the automatic backups.

`minutes-app --db FILE` runs for real (app.main) up to the event loop; the start-up questions
go through a recorder (ui.startup.choose), and a stand-in for QApplication.exec looks at the
window the way a user would, then closes it.
"""

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from safety_helpers import (
    Asked,
    back_up,
    damage_page_of,
    make_database,
    meeting_numbers,
    zero_header,
)
from test_editor_support import replace_text

from minutes_app.app import main
from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.models.backup_table_model import backup_time

Inspect = Callable[[MainWindow], None]


def listed_numbers(window: MainWindow) -> list[str]:
    model = window.list_panel.model
    return sorted(model.index(row, model.COL_NUMBER).data() for row in range(model.rowCount()))


def visible_texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel)
            if label.isVisible() and label.text()]


def visible_button(window: MainWindow, starts_with: str) -> QPushButton:
    (button,) = [b for b in window.findChildren(QPushButton)
                 if b.isVisible() and b.text().startswith(starts_with)]
    return button


class Launcher:
    """Runs `minutes-app --db PATH` in this process; `inspect(window)` sees the running window
    once its background check and start backup are done."""

    def __init__(self, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.monkeypatch = monkeypatch
        self.asked = Asked()
        self.windows_shown = 0
        monkeypatch.setattr("minutes_app.ui.startup.choose", self.asked)

    def __call__(self, db: Path | str, inspect: Inspect | None = None) -> int:
        def event_loop() -> int:
            (window,) = [w for w in QApplication.topLevelWidgets()
                         if isinstance(w, MainWindow) and w.isVisible()]
            self.windows_shown += 1
            self.qtbot.waitUntil(lambda: not window.data_safety.jobs.busy, timeout=30_000)
            if inspect is not None:
                inspect(window)
            self.qtbot.waitUntil(lambda: not window.data_safety.jobs.busy, timeout=30_000)
            window.close()
            window.deleteLater()
            return 0

        self.monkeypatch.setattr(QApplication, "exec", staticmethod(event_loop))
        return main(["--db", str(db)])


@pytest.fixture
def launch(qapp, qtbot, monkeypatch, tmp_path) -> Iterator[Launcher]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    monkeypatch.setenv("MINUTES_UI_LANG", "en")
    yield Launcher(qtbot, monkeypatch)
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


# --- addresses the window refuses ------------------------------------------------------------
@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_a_database_in_memory_is_refused_with_a_clear_message(launch, url):
    assert launch(url) == 1
    (text,) = launch.asked.texts
    assert "in memory" in text and "--db FILE" in text
    assert launch.windows_shown == 0


def test_start_up_messages_come_after_the_translators(launch, monkeypatch):
    """The first thing the start can say is already in the user's language."""
    monkeypatch.setenv("MINUTES_UI_LANG", "ru")
    seen = []

    def choose(title, text, choices, *_args):  # type: ignore[no-untyped-def]
        seen.append((QCoreApplication.translate("MainWindow", "Minutes"), QLocale().name()))
        return choices[-1][0]

    monkeypatch.setattr("minutes_app.ui.startup.choose", choose)
    assert launch("sqlite://") == 1
    assert seen == [("Протоколы", "ru_RU")]
    # ... and taken out again when the start is over.
    assert QCoreApplication.translate("MainWindow", "Minutes") == "Minutes"


# --- damaged and foreign files -----------------------------------------------------------
def test_a_zeroed_header_is_kept_aside_and_the_newest_backup_restored(launch, tmp_path):
    db = tmp_path / "minutes.sqlite3"
    make_database(db, ["1", "2"])
    backup = back_up(db)
    make_database(db, ["3"])  # made after the backup: lost with the damage
    zero_header(db)
    damaged_bytes = db.read_bytes()
    launch.asked.answers = ["restore"]
    seen: list[list[str]] = []

    assert launch(db, lambda window: seen.append(listed_numbers(window))) == 0

    (kept,) = tmp_path.glob("minutes.sqlite3.damaged-*")
    assert kept.read_bytes() == damaged_bytes  # kept as it was, never overwritten
    ((_title, text, keys),) = launch.asked.questions
    assert keys == ["restore", "quit"]
    assert str(kept) in text and "nothing was deleted" in text
    created = backup_time(_created_of(backup))
    assert f"backup is of {created} and holds 2 meeting" in text
    assert seen == [["1", "2"]]
    assert meeting_numbers(db) == ["1", "2"]


def _created_of(backup: Path):  # type: ignore[no-untyped-def]
    from minutes_app.storage.backup import list_backups

    (info,) = [b for b in list_backups(backup.parent.parent / "minutes.sqlite3")
               if b.path == backup]
    return info.created


def test_a_damaged_file_without_backup_offers_an_empty_database_or_quit(launch, tmp_path):
    db = tmp_path / "minutes.sqlite3"
    make_database(db, ["1"])
    zero_header(db)
    damaged_bytes = db.read_bytes()

    assert launch(db) == 1  # the recorder answers the last choice: Quit
    ((_title, text, keys),) = launch.asked.questions
    assert keys == ["empty", "quit"]
    assert "There is no backup copy" in text
    assert not db.exists()  # not silently replaced by an empty database
    (kept,) = tmp_path.glob("minutes.sqlite3.damaged-*")
    assert kept.read_bytes() == damaged_bytes

    launch.asked.answers = ["empty"]
    kept.rename(db)
    seen: list[list[str]] = []
    assert launch(db, lambda window: seen.append(listed_numbers(window))) == 0
    assert seen == [[]]  # asked for, so started empty...
    assert len(list(tmp_path.glob("minutes.sqlite3.damaged-*"))) == 1  # ...and kept aside


def test_a_sqlite_file_of_another_program_is_never_overwritten(launch, tmp_path):
    import sqlite3
    from contextlib import closing

    foreign = tmp_path / "notes.db"
    with closing(sqlite3.connect(foreign)) as connection, connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
        connection.execute("INSERT INTO notes VALUES ('не трогать')")
    original = foreign.read_bytes()

    assert launch(foreign) == 1
    (text,) = launch.asked.texts
    (kept,) = tmp_path.glob("notes.db.damaged-*")
    assert str(kept) in text
    assert kept.read_bytes() == original


def test_damage_met_while_the_window_builds_shows_the_same_dialog(launch, tmp_path, capfd):
    db = tmp_path / "minutes.sqlite3"
    make_database(db, ["1", "2", "3"])
    back_up(db)
    damage_page_of(db, "meeting")  # the meetings table cannot be read; the file still opens
    launch.asked.answers = ["restore"]
    seen: list[list[str]] = []

    assert launch(db, lambda window: seen.append(listed_numbers(window))) == 0

    ((_title, text, keys),) = launch.asked.questions
    assert keys == ["restore", "quit"] and "holds 3 meeting" in text
    assert seen == [["1", "2", "3"]]
    assert len(list(tmp_path.glob("minutes.sqlite3.damaged-*"))) == 1
    assert "Traceback" not in capfd.readouterr().err


# --- read-only file ----------------------------------------------------------------------
def test_a_read_only_file_opens_locked_with_a_banner_saying_so(launch, tmp_path):
    db = tmp_path / "minutes.sqlite3"
    make_database(db, ["1"])
    db.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    seen = {}

    def inspect(window: MainWindow) -> None:
        seen["numbers"] = listed_numbers(window)
        seen["banner"] = [t for t in visible_texts(window) if "read-only" in t]
        seen["new"] = window.new_action.isEnabled()

    try:
        assert launch(db, inspect) == 0
    finally:
        db.chmod(0o644)
    assert seen["numbers"] == ["1"]
    assert seen["banner"] and seen["new"] is False
    assert not (tmp_path / "backups").exists()  # nothing written beside it either


# --- the check after the window shows ------------------------------------------------------
def test_damage_found_by_the_background_check_locks_the_editor_and_offers_the_backup(
    launch, tmp_path, monkeypatch, qtbot
):
    db = tmp_path / "minutes.sqlite3"
    make_database(db, ["1", "2"])
    backup = back_up(db)
    make_database(db, ["3"])
    # Damage that neither the list nor the open meeting reads: only the check can find it.
    damage_page_of(db, "ix_body_member_person_id")
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *_args: QMessageBox.StandardButton.Yes))
    seen = {}

    def inspect(window: MainWindow) -> None:
        seen["numbers before"] = listed_numbers(window)
        seen["damage banner"] = [t for t in visible_texts(window) if "is damaged" in t]
        seen["new before"] = window.new_action.isEnabled()
        when = backup_time(_created_of(backup))
        visible_button(window, f"Restore the backup of {when}").click()
        qtbot.waitUntil(lambda: not window.data_safety.jobs.busy, timeout=30_000)
        seen["numbers after"] = listed_numbers(window)
        seen["damage banner after"] = [t for t in visible_texts(window) if "is damaged" in t]
        seen["new after"] = window.new_action.isEnabled()

    assert launch(db, inspect) == 0
    assert seen["numbers before"] == ["1", "2", "3"]
    assert seen["damage banner"] and seen["new before"] is False
    assert seen["numbers after"] == ["1", "2"]
    assert seen["damage banner after"] == [] and seen["new after"] is True
    (kept,) = tmp_path.glob("minutes.sqlite3.replaced-*")  # the damaged file, kept aside
    assert kept.exists()


# --- automatic backups -------------------------------------------------------------------
def backups_of(db: Path) -> list[str]:
    folder = db.parent / "backups"
    return sorted(p.name for p in folder.glob("*.sqlite3")) if folder.is_dir() else []


def test_closing_the_window_stops_the_check_so_the_database_opens_again_at_once(
        launch, tmp_path, monkeypatch, long_check):
    """At 10,000 meetings the check reads for some eight seconds, and the program holds the
    database's lock until it ends: closed just after it opened, the window could not be
    opened again meanwhile ("already open"). Closing it stops the check; the stopped check
    says nothing (no banner, no start backup), and the next start checks again."""
    db = tmp_path / "minutes.sqlite3"
    make_database(db, ["1"])

    def close_while_checking() -> int:
        (window,) = [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, MainWindow) and w.isVisible()]
        launch.qtbot.waitUntil(long_check.started.is_set, timeout=10_000)
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(close_while_checking))
    assert main(["--db", str(db)]) == 0
    assert long_check.started.is_set() and not long_check.read_to_the_end
    assert launch.asked.questions == [] and backups_of(db) == []
    long_check.remove()
    assert launch(db) == 0  # not "already open"
    assert launch.asked.questions == [] and len(backups_of(db)) == 1


def test_a_backup_is_taken_on_start_only_when_the_data_changed(launch, tmp_path):
    db = tmp_path / "minutes.sqlite3"
    make_database(db, ["1"])
    assert launch(db) == 0
    first = backups_of(db)
    assert len(first) == 1 and first[0].endswith("-start.sqlite3")
    assert launch(db) == 0
    assert backups_of(db) == first  # nothing changed since
    make_database(db, ["2"])
    assert launch(db) == 0
    assert len(backups_of(db)) == 2


@pytest.fixture
def file_window(qtbot, tmp_path, settings) -> Iterator[MainWindow]:
    """A main window on a database file with one meeting, its backups available."""
    db = tmp_path / "minutes.sqlite3"
    make_database(db, ["1"])
    database = open_database(resolve_database_url(str(db)))
    services = Services.build(database.session_factory, database_path=database.path)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.data_safety.shut_down()
    window.editor.flush()
    database.close()


def test_periodic_backups_are_taken_only_after_the_editor_saved(file_window, qtbot, tmp_path):
    db = tmp_path / "minutes.sqlite3"
    safety = file_window.data_safety
    safety.periodic_timer.timeout.emit()  # 30 minutes, nothing typed
    qtbot.waitUntil(lambda: not safety.jobs.busy)
    assert backups_of(db) == []

    replace_text(file_window.editor.details.title, "Заседание совета")
    file_window.editor.flush()
    safety.periodic_timer.timeout.emit()
    qtbot.waitUntil(lambda: not safety.jobs.busy)
    (made,) = backups_of(db)
    assert made.endswith("-periodic.sqlite3")


def test_a_failing_backup_shows_in_a_banner_and_never_stops_the_typing(
    file_window, qtbot, tmp_path
):
    (tmp_path / "backups").write_text("a file where the backups folder should be")
    safety = file_window.data_safety
    safety.start()
    qtbot.waitUntil(lambda: not safety.jobs.busy)
    assert [t for t in visible_texts(file_window) if "automatic backup failed" in t]

    replace_text(file_window.editor.details.title, "Печатается дальше")
    file_window.editor.flush()
    meeting_id = file_window.editor.current_meeting().id
    assert file_window.services.meetings.get(meeting_id).title == "Печатается дальше"

    (tmp_path / "backups").unlink()  # the disk is fixed: the banner's Try again succeeds
    visible_button(file_window, "Try again").click()
    qtbot.waitUntil(lambda: not safety.jobs.busy)
    assert not [t for t in visible_texts(file_window) if "automatic backup failed" in t]
    assert len(backups_of(tmp_path / "minutes.sqlite3")) == 1


def test_the_read_only_flag_of_the_file_is_what_the_window_reads(tmp_path):
    """Backstop for the read-only test: the file really opens read-only (root ignores chmod)."""
    db = tmp_path / "minutes.sqlite3"
    make_database(db, ["1"])
    db.chmod(stat.S_IRUSR)
    try:
        database = open_database(resolve_database_url(str(db)))
        assert database.read_only
        database.close()
    finally:
        os.chmod(db, 0o644)


def test_anything_unforeseen_while_the_window_builds_is_a_message_not_a_traceback(
    launch, tmp_path, monkeypatch, capfd
):
    """Nothing real fails this way today: a stand-in window that cannot be built."""
    def broken_window(*_args):  # type: ignore[no-untyped-def]
        raise RuntimeError("the window could not be built")

    monkeypatch.setattr("minutes_app.ui.startup.WindowStart.build_window", broken_window)
    assert launch(tmp_path / "minutes.sqlite3") == 1
    (text,) = launch.asked.texts
    assert "the window could not be built" in text
    assert "Traceback" not in capfd.readouterr().err
    assert not (tmp_path / "minutes.sqlite3.lock").exists()  # the lock was let go


def test_a_database_of_a_newer_version_is_explained_in_the_window_not_in_core_english(
    launch, tmp_path
):
    """Any start-up refusal goes through error_text.describe, the translated sentence."""
    import sqlite3

    db = tmp_path / "minutes.sqlite3"
    make_database(db, ["1"])
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db.read_bytes()
    assert launch(db) == 1
    (text,) = launch.asked.texts
    assert text.startswith("This database was made by a newer version of Minutes")
    assert "9999_future" not in text  # the core's detail is for the command line
    assert db.read_bytes() == before and launch.windows_shown == 0


def test_typing_a_damaged_file_refused_is_saved_into_the_restored_backup(
    file_window, qtbot, tmp_path, monkeypatch
):
    """The save fails because the file is damaged; the check then finds the damage. Nothing
    more is written into the damaged file, the typing stays on screen, and once the backup is
    restored it is saved there: a damaged file does not cost what was typed."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from minutes_app.services import StorageFailure

    db = tmp_path / "minutes.sqlite3"
    safety = file_window.data_safety
    backup = back_up(db)
    meetings = file_window.services.meetings
    real_save = meetings.save
    damaged = StorageFailure(OperationalError(
        "UPDATE meeting", {}, sqlite3.DatabaseError("database disk image is malformed")))
    attempts = []

    def failing_save(*args, **kwargs):  # type: ignore[no-untyped-def]
        attempts.append(args)
        raise damaged

    monkeypatch.setattr(meetings, "save", failing_save)
    replace_text(file_window.editor.details.title, "Typed before the damage was found")
    assert file_window.editor.flush() is False
    safety.report_damage("page 7: btreeInitPage() returns error code 11")
    qtbot.waitUntil(lambda: not safety.jobs.busy)
    tries_while_damaged = len(attempts)
    qtbot.wait(2500)  # the first automatic retry would have come by now
    assert len(attempts) == tries_while_damaged  # nothing more written into the damaged file

    monkeypatch.setattr(meetings, "save", real_save)  # the restored file takes writes again
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *_args: QMessageBox.StandardButton.Yes))
    restored = {}
    safety.restore(_info_of(file_window, backup), lambda kept, error: restored.update(
        kept=kept, error=error))
    qtbot.waitUntil(lambda: "kept" in restored and not safety.jobs.busy, timeout=30_000)
    assert restored["error"] is None
    qtbot.waitUntil(lambda: not file_window.editor.retrying_save(), timeout=5_000)
    titles = [m.title for m in meetings.export_meetings()]
    assert titles == ["Typed before the damage was found"]
    assert file_window.editor.details.title.text() == "Typed before the damage was found"


def _info_of(window: MainWindow, backup: Path):  # type: ignore[no-untyped-def]
    (info,) = [b for b in window.services.backups.list_backups() if b.path == backup]
    return info
