"""kill -9 of `minutes-app import FILE.json` at 20 random moments.

The command line imports a file of 600 meetings into a database that already holds one, in one
transaction, and prints the new ids after it commits. A first run, not killed, measures how long
the command takes on this machine and when it opens the database and writes (its -wal appears,
grows, stops changing); then each seed kills a fresh copy's import at a moment drawn from the
span after the database is open (reading the file, checking it, a backup, the transaction,
printing the ids, closing), or of the writes, or of the printing; each run counts from the moment
its own -wal or output shows that point. Afterwards every
database must open the way the program opens it, pass `quick_check` and the program's own check,
still hold the meeting it had, and hold either none of the file's meetings or all of them exactly
as the file has them; any id printed before the kill must be there, and every backup copy listed
must be whole.
"""

import os
import random
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from crash_helpers import (
    Child,
    child_environment,
    crash_meeting,
    crash_seeds,
    make_database,
    many_meetings,
    opened,
    program_check,
    quick_check,
)

from minutes_app.domain import Meeting
from minutes_app.interchange import dump_document

pytestmark = pytest.mark.slow

SEEDS = crash_seeds(20)
MEETINGS_IN_FILE = 600
RUNS_AT_ONCE = 2


@dataclass
class Import:
    seed: int
    printed: list[int] = field(default_factory=list)
    imported: int = -1  # how many of the file's meetings the database holds
    writing: bool = False  # killed with the import's pages already in the -wal
    leftovers: list[str] = field(default_factory=list)  # files in backups/ that are no backup
    problems: list[str] = field(default_factory=list)


def import_command(database: Path, file: Path) -> list[str]:
    return ["-m", "minutes_app", "--db", str(database), "import", str(file)]


def wal_size(database: Path) -> int:
    try:
        return os.stat(f"{database}-wal").st_size
    except FileNotFoundError:
        return -1


@dataclass(frozen=True)
class Timeline:
    """When, in seconds from its start, the command did what (seen in the database's -wal and
    in its output)."""

    opened: float  # the -wal exists: the database is open (before: Python and modules load)
    writing: float  # the -wal has pages: the import's transaction is writing
    printed: float  # the first new id is printed: the transaction has committed
    done: float  # the -wal stopped changing: checkpointed and closed
    end: float  # the process has ended


def watch(database: Path, command: Child) -> Timeline:
    """Follow the -wal of `database` until `command` ends (polled every 2 ms)."""
    moments: dict[str, float] = {}
    last = -1
    while command.process.poll() is None:
        size, now = wal_size(database), time.monotonic() - command.started
        if size >= 0:
            moments.setdefault("opened", now)
        if size > 0:
            moments.setdefault("writing", now)
        if size != last:
            moments["done"], last = now, size
        time.sleep(0.002)
    end = time.monotonic() - command.started
    command.finish()
    opened = moments.get("opened", 0.0)
    printed = command.lines[0].at - command.started if command.lines else end
    return Timeline(opened, moments.get("writing", opened), printed, moments.get("done", end),
                    end)


def printed_ids(lines: list[str]) -> list[int]:
    return [int(line) for line in lines if line.strip().isdigit()]


def stored_meetings(database: Path) -> list[Meeting]:
    with opened(database) as services:
        return services.meetings.export_meetings()


def check_import(outcome: Import, database: Path, before: Meeting,
                 file_meetings: list[Meeting]) -> None:
    try:
        with opened(database) as services:
            meetings = services.meetings.export_meetings()
            check = program_check(services)
            backups = services.backups.list_backups()
    except Exception as error:  # the program would not open it: that is the finding
        outcome.problems.append(f"does not open: {type(error).__name__}: {error}")
        return
    raw_check = quick_check(database)
    if raw_check != "ok" or check != "ok":
        outcome.problems.append(f"quick_check: {raw_check}; {check}")
    if not meetings or meetings[0] != before:
        outcome.problems.append("the meeting stored before the import changed or is gone")
    imported = meetings[1:]
    outcome.imported = len(imported)
    if imported and imported != file_meetings:
        outcome.problems.append(f"{len(imported)} of the file's {len(file_meetings)} meetings "
                                f"are stored, or they differ from the file")
    missing = set(outcome.printed) - {meeting.id for meeting in imported}
    if missing:
        outcome.problems.append(f"printed ids missing from the database: {sorted(missing)[:5]}")
    # A backup taken before the import holds the database as it was: the one meeting.
    outcome.problems += [f"the backup {copy.path.name} is not whole ({copy.meetings} meetings)"
                         for copy in backups if copy.meetings != 1]
    listed = {copy.path for copy in backups}
    folder = database.parent / "backups"
    outcome.leftovers = sorted(path.name for path in folder.glob("*")
                               if path not in listed and path.suffix != ".json"
                               ) if folder.is_dir() else []


def test_kill_9_of_a_command_line_import_leaves_none_or_all_of_the_file(
    tmp_path: Path, figures: list[str]
) -> None:
    template = tmp_path / "template.sqlite3"
    make_database(template, [crash_meeting()])
    before = stored_meetings(template)[0]
    file_meetings = many_meetings(MEETINGS_IN_FILE)
    file = tmp_path / "meetings.json"
    file.write_text(dump_document(file_meetings), encoding="utf-8")
    env = child_environment(tmp_path / "home")

    # The whole command, not killed: it works, and its length is the span of the moments.
    whole = tmp_path / "whole" / "minutes.sqlite3"
    whole.parent.mkdir()
    shutil.copyfile(template, whole)
    with Child(import_command(whole, file), env, whole.parent) as command:
        timeline = watch(whole, command)
    assert command.process.returncode == 0, command.describe()
    calibration = Import(0, printed_ids(command.texts()))
    check_import(calibration, whole, before, file_meetings)
    assert not calibration.problems and calibration.imported == MEETINGS_IN_FILE, calibration
    assert len(calibration.printed) == MEETINGS_IN_FILE

    def crash_import(seed: int) -> Import:
        database = tmp_path / f"seed-{seed}" / "minutes.sqlite3"
        database.parent.mkdir()
        shutil.copyfile(template, database)
        with Child(import_command(database, file), env, database.parent) as command:
            # A third of the seeds: any moment once the database is open; a third: while the
            # import writes; a third: once it prints ids. Each run counts from when it reaches
            # that point itself, as two runs at once go slower than the calibration.
            rng = random.Random(seed)
            reached, span = (
                (lambda: wal_size(database) >= 0, timeline.end - timeline.opened),
                (lambda: wal_size(database) > 0, timeline.done - timeline.writing),
                (lambda: bool(command.lines), timeline.end - timeline.printed),
            )[seed % 3]
            while not reached() and command.process.poll() is None:
                time.sleep(0.002)
            time.sleep(rng.uniform(0, span))
            writing = wal_size(database) > 0
            command.kill()
        outcome = Import(seed, printed_ids(command.texts()), writing=writing)
        if "Traceback" in command.stderr:
            outcome.problems.append(f"a traceback: {command.stderr[-600:]}")
        check_import(outcome, database, before, file_meetings)
        return outcome

    with ThreadPoolExecutor(RUNS_AT_ONCE) as pool:
        outcomes = list(pool.map(crash_import, SEEDS))

    intact = sum(1 for outcome in outcomes if not outcome.problems)
    none = sum(1 for outcome in outcomes if outcome.imported == 0)
    whole_file = sum(1 for outcome in outcomes if outcome.imported == MEETINGS_IN_FILE)
    printed = sum(1 for outcome in outcomes if outcome.printed)
    left_behind = sum(1 for outcome in outcomes if outcome.leftovers)
    mid_transaction = sum(1 for outcome in outcomes if outcome.writing and not outcome.imported)
    figures.append(
        f"kill -9 of an import of {MEETINGS_IN_FILE} meetings at {len(outcomes)} moments "
        f"({timeline.opened:.1f} s to {timeline.end:.1f} s after its start; writing from "
        f"{timeline.writing:.1f} s, ids printed from {timeline.printed:.1f} s): "
        f"{intact}/{len(outcomes)} databases intact; {none} hold none of the file "
        f"({mid_transaction} killed while the import was writing), {whole_file} all of it "
        f"({printed} killed after printing ids), {len(outcomes) - none - whole_file} a part; "
        f"{left_behind} left an unfinished backup copy in backups/")
    failures = [f"seed {outcome.seed} (printed {len(outcome.printed)} ids, "
                f"{outcome.imported} stored): " + "; ".join(outcome.problems)
                for outcome in outcomes if outcome.problems]
    assert not failures, "\n".join(failures)
