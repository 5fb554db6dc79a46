"""kill -9 of `minutes-app import FILE.json` at 20 random moments.

The command line imports a file of 1,000 meetings into a database that already holds one, in one
transaction, and prints the new ids after it commits. A first run, not killed, measures how long
the command takes on this machine and when it opens the database (its -wal appears); then each
seed kills a fresh copy's import at a moment drawn from that span (reading the file, checking it,
the transaction, printing the ids, closing). Afterwards every database must open the way the
program opens it, pass `quick_check`, still hold the meeting it had, and hold either none of the
file's meetings or all of them exactly as the file has them; any id printed before the kill must
be there.
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
    quick_check,
)

from minutes_app.domain import Meeting
from minutes_app.interchange import dump_document
from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url

pytestmark = pytest.mark.slow

SEEDS = crash_seeds(20)
MEETINGS_IN_FILE = 1000
RUNS_AT_ONCE = 2


@dataclass
class Import:
    seed: int
    printed: list[int] = field(default_factory=list)
    imported: int = -1  # how many of the file's meetings the database holds
    writing: bool = False  # killed with the import's pages already in the -wal
    problems: list[str] = field(default_factory=list)


def import_command(database: Path, file: Path) -> list[str]:
    return ["-m", "minutes_app", "--db", str(database), "import", str(file)]


def wal_size(database: Path) -> int:
    try:
        return os.stat(f"{database}-wal").st_size
    except FileNotFoundError:
        return -1


def wal_appears(database: Path, command: Child) -> float:
    """Seconds from now until the command has the database open (its -wal exists); the
    moments before it (Python starting, modules loading) cannot touch the file."""
    started = time.monotonic()
    while wal_size(database) < 0 and command.process.poll() is None:
        time.sleep(0.002)
    return time.monotonic() - started


def printed_ids(lines: list[str]) -> list[int]:
    return [int(line) for line in lines if line.strip().isdigit()]


def stored_meetings(database: Path) -> list[Meeting]:
    """All meetings, read the way the program opens the file."""
    opened = open_database(resolve_database_url(str(database)))
    try:
        return Services.build(opened.session_factory, database_path=database) \
            .meetings.export_meetings()
    finally:
        opened.close()


def check_import(outcome: Import, database: Path, before: Meeting,
                 file_meetings: list[Meeting]) -> None:
    try:
        meetings = stored_meetings(database)
    except Exception as error:  # the program would not open it: that is the finding
        outcome.problems.append(f"does not open: {type(error).__name__}: {error}")
        return
    check = quick_check(database)
    if check != "ok":
        outcome.problems.append(f"quick_check: {check}")
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
    started = time.monotonic()
    with Child(import_command(whole, file), env, whole.parent) as command:
        opened = wal_appears(whole, command)
        code = command.finish()
    span = time.monotonic() - started
    assert code == 0, command.describe()
    calibration = Import(0, printed_ids(command.texts()))
    check_import(calibration, whole, before, file_meetings)
    assert not calibration.problems and calibration.imported == MEETINGS_IN_FILE, calibration
    assert len(calibration.printed) == MEETINGS_IN_FILE

    def crash_import(seed: int) -> Import:
        moment = random.Random(seed).uniform(opened, span)
        database = tmp_path / f"seed-{seed}" / "minutes.sqlite3"
        database.parent.mkdir()
        shutil.copyfile(template, database)
        with Child(import_command(database, file), env, database.parent) as command:
            time.sleep(moment)
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
    mid_transaction = sum(1 for outcome in outcomes if outcome.writing and not outcome.imported)
    figures.append(
        f"kill -9 of an import of {MEETINGS_IN_FILE} meetings at {len(outcomes)} moments "
        f"(from {opened:.1f} s to {span:.1f} s after its start): {intact}/{len(outcomes)} "
        f"databases intact; {none} hold none of the file ({mid_transaction} of them killed "
        f"while the import was writing), {whole_file} all of it, "
        f"{len(outcomes) - none - whole_file} a part")
    failures = [f"seed {outcome.seed} (printed {len(outcome.printed)} ids, "
                f"{outcome.imported} stored): " + "; ".join(outcome.problems)
                for outcome in outcomes if outcome.problems]
    assert not failures, "\n".join(failures)
