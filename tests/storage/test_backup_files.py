"""Backup copies as files: made checked, listed, rotated, put back; damaged ones passed over."""

import os
import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from legacy_schema import OLD_MEETINGS, build_at_revision_0001

from minutes_app.domain import Meeting
from minutes_app.services import Services
from minutes_app.storage import backup
from minutes_app.storage.db import DatabaseError, open_database, resolve_database_url
from minutes_app.storage.migrate import head_revision

pytestmark = pytest.mark.sqlite_only(
    "copies of SQLite files; a server's own backup is its administrator's")


def _titles(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("SELECT title FROM meeting ORDER BY id")]


def _add(database, *titles: str) -> None:
    meetings = Services.build(database.session_factory).meetings
    for title in titles:
        meetings.create(Meeting(title=title, date=date(2026, 3, 1)))


def _damage_a_page(path: Path, page: int = 3) -> None:
    """Random-looking bytes over one page in the middle of the file (not its header)."""
    with closing(sqlite3.connect(path)) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as file:
        file.seek(size * (page - 1))
        file.write(bytes((i * 151 + 7) % 256 for i in range(size)))


def test_a_copy_is_named_by_time_and_reason_checked_and_self_contained(database, db_path):
    _add(database, "Первое", "Второе")
    made = backup.make_backup(db_path, "manual", now=datetime(2026, 11, 29, 14, 30, 5))
    assert made == db_path.parent / "backups" / "minutes-2026-11-29_143005-manual.sqlite3"
    assert _titles(made) == ["Первое", "Второе"]
    assert backup.quick_check(made).ok
    # One file: no -wal that could be separated from it, and no temporary left behind.
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]
    with closing(sqlite3.connect(made)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_the_list_is_newest_first_with_meeting_counts(database, db_path):
    _add(database, "Первое")
    older = backup.make_backup(db_path, "start", now=datetime(2026, 11, 28, 9, 0, 0))
    _add(database, "Второе")
    newer = backup.make_backup(db_path, "manual", now=datetime(2026, 11, 29, 9, 0, 0))
    (db_path.parent / "backups" / "notes.txt").write_text("not a copy")
    listed = backup.list_backups(db_path)
    assert [(i.path, i.meetings, i.reason) for i in listed] == [
        (newer, 2, "manual"), (older, 1, "start")]
    assert listed[0].created == datetime(2026, 11, 29, 9, 0, 0)
    assert listed[0].size == newer.stat().st_size


def test_two_copies_in_one_second_both_stay(database, db_path):
    moment = datetime(2026, 11, 29, 9, 0, 0)
    first = backup.make_backup(db_path, "manual", now=moment)
    second = backup.make_backup(db_path, "manual", now=moment)
    assert first != second
    assert [i.path for i in backup.list_backups(db_path)] == [second, first]


def _copies_at(db_path: Path, moments, reason: str = "daily") -> dict[datetime, Path]:
    """Copies named as if taken at these moments (rotation goes by the names)."""
    model = backup.make_backup(db_path, "model")
    made = {}
    for moment in moments:
        target = model.with_name(f"minutes-{moment:%Y-%m-%d_%H%M%S}-{reason}.sqlite3")
        target.write_bytes(model.read_bytes())
        made[moment] = target
    model.unlink()
    return made


def test_rotation_keeps_7_days_4_weeks_12_months_and_what_was_kept_aside(database, db_path):
    start = datetime(2025, 1, 1, 12, 0, 0)
    # A copy a day for 400 days, and a second one on some days.
    moments = [start + timedelta(days=day) for day in range(400)]
    moments += [start + timedelta(days=day, hours=3) for day in range(0, 400, 50)]
    made = _copies_at(db_path, moments)
    kept_aside = db_path.with_name(db_path.name + ".replaced-20250101-120000")
    kept_aside.write_bytes(b"a replaced database")
    last = max(made)
    removed = backup.rotate(db_path, today=last.date())
    kept = {i.created for i in backup.list_backups(db_path, count_meetings=False)}
    assert removed and all(not p.exists() for p in removed)
    days = {m.date() for m in kept}
    # The newest copy of each of the last 7 days ...
    assert {last.date() - timedelta(days=n) for n in range(7)} <= days
    # ... of each of the last 4 ISO weeks and 12 months, and nothing else.
    weeks = sorted({m.isocalendar()[:2] for m in made}, reverse=True)[:4]
    months = sorted({(m.year, m.month) for m in made}, reverse=True)[:12]
    assert {w for w in weeks} <= {m.isocalendar()[:2] for m in kept}
    assert set(months) == {(m.year, m.month) for m in kept}
    assert len(kept) <= 7 + 4 + 12
    for moment in kept:  # each one is the newest of some period it stands for
        same_day = [m for m in made if m.date() == moment.date()]
        same_month = [m for m in made if (m.year, m.month) == (moment.year, moment.month)]
        same_week = [m for m in made if m.isocalendar()[:2] == moment.isocalendar()[:2]]
        assert moment in (max(same_day), max(same_month), max(same_week))
    assert kept_aside.read_bytes() == b"a replaced database"


def test_rotation_takes_the_json_export_with_its_copy(database, db_path):
    (old,) = _copies_at(db_path, [datetime(2024, 1, 1, 9, 0, 0)]).values()
    old.with_suffix(".json").write_text("{}")
    # Thirteen newer months (and more than 7 days, 4 weeks) push January 2024 out.
    _copies_at(db_path, [datetime(2025, 1 + n, 2, 9, 0, 0) for n in range(12)]
               + [datetime(2026, 1, 2, 9, 0, 0)])
    backup.rotate(db_path, today=date(2026, 1, 2))
    assert not old.exists()
    assert not old.with_suffix(".json").exists()


def test_todays_before_restore_copies_are_never_rotated_away(database, db_path):
    morning = backup.make_backup(db_path, "before-restore", now=datetime(2026, 11, 29, 9, 0, 0))
    backup.make_backup(db_path, "manual", now=datetime(2026, 11, 29, 10, 0, 0))
    backup.make_backup(db_path, "manual", now=datetime(2026, 11, 29, 11, 0, 0))
    backup.rotate(db_path, today=date(2026, 11, 29))
    assert morning.exists()
    backup.rotate(db_path, today=date(2026, 11, 30))  # the next day it rotates like any other
    assert not morning.exists()


def test_a_damaged_copy_never_pushes_out_a_good_one(database, db_path):
    _add(database, *(f"Заседание {n}" for n in range(60)))
    good = backup.make_backup(db_path, "manual", now=datetime(2026, 11, 29, 9, 0, 0))
    bad = backup.make_backup(db_path, "manual", now=datetime(2026, 11, 29, 10, 0, 0))
    _damage_a_page(bad)
    assert not backup.quick_check(bad).ok
    assert backup.newest_good_backup(db_path).path == good
    backup.rotate(db_path, today=date(2026, 11, 29))
    assert good.exists()  # the day's newest good copy stands for the day, not the damaged one
    assert bad.exists()  # and the newest copy always stays (it may be looked at)


def test_move_aside_keeps_the_file_with_its_wal(database, db_path, tmp_path):
    _add(database, "Сохранённое")
    # The state a crash leaves: the meeting is only in the -wal, not yet in the file.
    crashed = tmp_path / "crashed.sqlite3"
    crashed.write_bytes(db_path.read_bytes())
    Path(f"{crashed}-wal").write_bytes(Path(f"{db_path}-wal").read_bytes())
    kept = backup.move_aside(crashed, now=datetime(2026, 11, 29, 14, 30, 5))
    assert kept.name == "crashed.sqlite3.damaged-20261129-143005"
    assert not crashed.exists() and not Path(f"{crashed}-wal").exists()
    assert Path(f"{kept}-wal").exists()
    assert _titles(kept) == ["Сохранённое"]
    crashed.write_bytes(b"")  # a second one in the same second gets a name of its own
    assert backup.move_aside(crashed, now=datetime(2026, 11, 29, 14, 30, 5)) != kept


def test_restore_file_puts_a_copy_in_place_and_keeps_the_current_file(database, db_path):
    _add(database, "Старое")
    copy = backup.make_backup(db_path, "manual")
    _add(database, "Новое")
    database.close()
    kept = backup.restore_file(copy, db_path)
    assert kept is not None and "replaced" in kept.name
    assert _titles(db_path) == ["Старое"]
    assert _titles(kept) == ["Старое", "Новое"]
    reopened = open_database(resolve_database_url(str(db_path)))
    reopened.close()


@pytest.mark.parametrize("spoil", ["damaged", "foreign", "newer"])
def test_restore_file_refuses_a_copy_that_would_not_do(database, db_path, spoil):
    _add(database, *(f"Заседание {n}" for n in range(60)))
    copy = backup.make_backup(db_path, "manual")
    if spoil == "damaged":
        _damage_a_page(copy)
    else:
        with closing(sqlite3.connect(copy)) as connection:
            statement = ("DROP TABLE alembic_version" if spoil == "foreign"
                         else "UPDATE alembic_version SET version_num = '0099_future'")
            connection.execute(statement)
            connection.commit()
    database.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match=f"cannot restore {copy.name}") as error:
        backup.restore_file(copy, db_path)
    assert "\n" not in str(error.value)
    assert db_path.read_bytes() == before
    assert backup.newest_good_backup(db_path) is None


def test_a_copy_from_an_earlier_version_is_upgraded_when_restored(database, db_path, tmp_path):
    old = tmp_path / "old" / "minutes.sqlite3"
    old.parent.mkdir()
    build_at_revision_0001(old)
    _add(database, "Текущее")
    services = Services.build(database.session_factory, database_path=db_path)
    kept = services.backups.restore(old)
    assert [m.title for m in services.meetings.export_meetings()] == \
        [m.title for m in OLD_MEETINGS]
    assert services.meetings.search(OLD_MEETINGS[0].title.split()[0])  # its search index built
    assert _titles(kept) == ["Текущее"]
    with closing(sqlite3.connect(db_path)) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == head_revision()


def test_a_copy_killed_halfway_leaves_nothing_for_long(database, db_path):
    folder = db_path.parent / "backups"
    folder.mkdir()
    stale = folder / "minutes-2026-11-28_090000-periodic.sqlite3.tmp"
    fresh = folder / "minutes-2026-11-29_090000-periodic.sqlite3.tmp"
    for leftover in (stale, fresh):
        leftover.write_bytes(b"half a copy")
    two_hours_ago = datetime.now().timestamp() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    backup.make_backup(db_path, "manual")
    assert not stale.exists()
    assert fresh.exists()  # perhaps another program's copy in progress
    assert [i.reason for i in backup.list_backups(db_path)] == ["manual"]
