"""kill -9 of the real window while it autosaves, at 20 random moments.

The window runs in its own process (window_driver.py) on a database holding one meeting and
types numbered edits: edit n puts n into the meeting's title and into a decision's text, two
tables, and the driver prints `SAVED n` whenever the window reports a save. The moment of the
kill comes from the seed: a few milliseconds (0-40) after the driver made edit k (k from 2 to
14); when the driver has just moved the focus (half the edits) or the autosave's longest wait
is up, that is while the editor's save of edit k is on its way to the disk. Then the file is
opened the way the program opens it, and the window is started on it once more. Each database
must open with `quick_check` ok, hold every edit the window said it saved, hold no edit that
was never made, and carry one number in both tables (no half-written save).
"""

import random
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from crash_helpers import (
    TITLE_PREFIX,
    WINDOW_DRIVER,
    Child,
    Stored,
    child_environment,
    crash_meeting,
    crash_seeds,
    make_database,
    quick_check,
    read_edit_numbers,
)

pytestmark = pytest.mark.slow

SEEDS = crash_seeds(20)
KILL_AFTER_EDIT = (2, 14)
KILL_DELAY_MS = (0, 40)
RUNS_AT_ONCE = 2  # CI has two cores; each window is mostly waiting on its timer


@dataclass
class Crash:
    seed: int
    edits: int = 0  # the last edit the window made
    acknowledged: int = 0  # the last edit the window reported saved
    stored: Stored | None = None
    stale_lock: bool = False  # the kill left the window's lock file behind
    problems: list[str] = field(default_factory=list)

    @property
    def lost(self) -> int:
        """Acknowledged edits missing from the database."""
        if self.stored is None:
            return self.acknowledged
        return max(0, self.acknowledged - self.stored.title)


def last_number(lines: list[str], word: str) -> int:
    numbers = [int(line.split()[1]) for line in lines if line.startswith(word + " ")]
    return max(numbers, default=0)


def crash_window(seed: int, folder: Path, template: Path) -> Crash:
    rng = random.Random(seed)
    kill_after = rng.randint(*KILL_AFTER_EDIT)
    delay = rng.uniform(*KILL_DELAY_MS) / 1000
    crash = Crash(seed)
    database = folder / "minutes.sqlite3"
    folder.mkdir()
    shutil.copyfile(template, database)
    env = child_environment(folder / "home")
    with Child([str(WINDOW_DRIVER), "type", str(database), str(seed)], env, folder) as window:
        window.wait_for_line("READY")
        edit = window.wait_for_line(f"EDIT {kill_after}")
        time.sleep(max(0.0, edit.at + delay - time.monotonic()))
        window.kill()
    crash.stale_lock = Path(f"{database}.lock").exists()
    lines = window.texts()
    crash.edits = last_number(lines, "EDIT")
    crash.acknowledged = last_number(lines, "SAVED")
    crash.problems += [line for line in lines
                       if line.split(" ", 1)[0] in ("MISMATCH", "NOT_SAVED", "DIALOG", "FAILED")]
    if "Traceback" in window.stderr:
        crash.problems.append(f"the window printed a traceback: {window.stderr[-600:]}")
    check_database(crash, database)
    if crash.stored is not None:
        check_window_reopens(crash, database, env, folder)
    return crash


def check_database(crash: Crash, database: Path) -> None:
    try:
        crash.stored = stored = read_edit_numbers(database)
    except Exception as error:  # the program would not open it: that is the finding
        crash.problems.append(f"does not open: {type(error).__name__}: {error}")
        return
    check = quick_check(database)
    if check != "ok" or stored.check != "ok":
        crash.problems.append(f"quick_check: {check}; {stored.check}")
    if stored.title != stored.decision:
        crash.problems.append(f"half an edit: title has {stored.title}, "
                              f"decision has {stored.decision}")
    if stored.title < crash.acknowledged:
        crash.problems.append(f"edit {crash.acknowledged} was reported saved, "
                              f"the database has {stored.title}")
    if stored.title > crash.edits:
        crash.problems.append(f"the database has edit {stored.title}, never made")


def check_window_reopens(crash: Crash, database: Path, env: dict[str, str],
                         folder: Path) -> None:
    """The program starts on the crashed file (a stale lock, a -wal to replay) and shows
    the stored meeting, without a dialog."""
    assert crash.stored is not None
    with Child([str(WINDOW_DRIVER), "show", str(database)], env, folder) as window:
        code = window.finish()
    lines = window.texts()
    shown = [line for line in lines if line.startswith("SHOWN ")]
    expected = f"SHOWN {TITLE_PREFIX}{crash.stored.title}"
    if code != 0 or shown != [expected]:
        crash.problems.append(f"reopening the window: exit {code}, {lines[-4:]}, "
                              f"expected {expected!r}; stderr {window.stderr[-400:]!r}")


def test_kill_9_of_the_window_while_it_autosaves_loses_no_acknowledged_edit(
    tmp_path: Path, figures: list[str]
) -> None:
    template = tmp_path / "template.sqlite3"
    make_database(template, [crash_meeting()])
    with ThreadPoolExecutor(RUNS_AT_ONCE) as pool:
        crashes = list(pool.map(
            lambda seed: crash_window(seed, tmp_path / f"seed-{seed}", template), SEEDS))

    intact = sum(1 for crash in crashes if not crash.problems)
    lost = sum(crash.lost for crash in crashes)
    in_flight = sum(1 for crash in crashes
                    if crash.stored is not None and crash.stored.title > crash.acknowledged)
    stale_locks = sum(crash.stale_lock for crash in crashes)
    figures.append(
        f"kill -9 of the window at {len(crashes)} moments: {intact}/{len(crashes)} databases "
        f"intact, {lost} acknowledged edits lost ({sum(c.acknowledged for c in crashes)} saves "
        f"acknowledged; {in_flight} kills came after a save's commit, before its report; "
        f"{stale_locks} windows reopened over the lock file the kill left)")
    failures = [f"seed {crash.seed} (edits {crash.edits}, acknowledged {crash.acknowledged}): "
                + "; ".join(crash.problems) for crash in crashes if crash.problems]
    assert not failures, "\n".join(failures)
    # The moments must have fallen while the window was saving, or the test proves little.
    assert sum(crash.acknowledged > 0 for crash in crashes) >= len(crashes) // 2, [
        (crash.seed, crash.edits, crash.acknowledged) for crash in crashes]

