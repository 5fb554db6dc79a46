"""A power cut while the window autosaves, simulated on copies of its files.

The window (window_driver.py) types numbered edits and the editor saves them. After some saves
the test freezes it (SIGSTOP) and copies the database with its -wal as they are at that instant
(not the -shm, which SQLite rebuilds). The -wal is then cut at 30 random offsets, in half of
the cases also with one byte flipped before the cut: what a write torn by a power cut leaves.
Every copy must open the way the program opens it, pass `quick_check` and the program's own
check, and hold a whole save (the title and the decision carry one edit number), never newer
than the uncut copy; the uncut copy holds every acknowledged edit.
"""

import random
import shutil
import signal
from pathlib import Path

import pytest
from crash_helpers import (
    WINDOW_DRIVER,
    Child,
    Line,
    Stored,
    child_environment,
    copy_database,
    crash_meeting,
    crash_seeds,
    make_database,
    quick_check,
    read_edit_numbers,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="freezing a process is POSIX"),
]

CUTS = 30
SAVES_BEFORE_THE_CUT = 8
WAL_HEADER = 32  # bytes; then frames of a 24-byte header and one page each


def saves(lines: list[Line]) -> int:
    return sum(1 for line in lines if line.text.startswith("SAVED "))


def cut_wal(source: Path, target: Path, offset: int, flip_at: int | None, xor: int) -> None:
    copy_database(source, target)
    wal = Path(f"{target}-wal")
    data = bytearray(wal.read_bytes()[:offset])
    if flip_at is not None:
        data[flip_at] ^= xor
    wal.write_bytes(bytes(data))


def read_copy(database: Path) -> tuple[Stored | None, str]:
    """What a copy holds, or why it does not open."""
    try:
        stored = read_edit_numbers(database)
    except Exception as error:  # the program would not open it: that is the finding
        return None, f"does not open: {type(error).__name__}: {error}"
    check = quick_check(database)
    return stored, "" if check == stored.check == "ok" else f"quick_check: {check}; {stored.check}"


def test_a_wal_torn_at_random_offsets_still_opens_to_whole_saves(
    tmp_path: Path, figures: list[str]
) -> None:
    seed = crash_seeds(1)[0]
    database = tmp_path / "window" / "minutes.sqlite3"
    database.parent.mkdir()
    make_database(database, [crash_meeting()])
    frozen = tmp_path / "frozen" / "minutes.sqlite3"
    env = child_environment(tmp_path / "home")
    with Child([str(WINDOW_DRIVER), "type", str(database), str(seed)], env,
               database.parent) as window:
        window.wait_for_line("READY")
        assert window.wait_for(lambda lines: saves(lines) >= SAVES_BEFORE_THE_CUT, 120), \
            window.describe()
        window.signal(signal.SIGSTOP)
        copy_database(database, frozen)
        window.kill()
    acknowledged = max(int(text.split()[1]) for text in window.texts()
                       if text.startswith("SAVED "))

    uncut = tmp_path / "uncut" / "minutes.sqlite3"
    copy_database(frozen, uncut)  # opening a copy replays its -wal: keep `frozen` as it was
    whole, problem = read_copy(uncut)
    assert not problem, problem
    assert whole is not None and whole.title == whole.decision >= acknowledged, (
        whole, acknowledged)
    wal_size = Path(f"{frozen}-wal").stat().st_size
    assert wal_size > WAL_HEADER, "the saves should still be in the -wal, not checkpointed"

    rng = random.Random(seed)
    failures, recovered, flipped = [], [], 0
    for cut in range(CUTS):
        offset = rng.randrange(0, wal_size + 1)
        flip_at = rng.randrange(0, offset) if cut % 2 and offset else None
        xor = rng.randrange(1, 256)
        flipped += flip_at is not None
        copy = tmp_path / f"cut-{cut}" / "minutes.sqlite3"
        cut_wal(frozen, copy, offset, flip_at, xor)
        stored, problem = read_copy(copy)
        case = f"cut {cut} at {offset} of {wal_size}" + (
            f", byte {flip_at} ^ {xor:#x}" if flip_at is not None else "")
        if problem:
            failures.append(f"{case}: {problem}")
        elif stored is None or stored.title != stored.decision:
            failures.append(f"{case}: half a save: {stored}")
        elif not 0 <= stored.title <= whole.title:
            failures.append(f"{case}: edit {stored.title}, the uncut copy has {whole.title}")
        else:
            recovered.append(stored.title)
        shutil.rmtree(copy.parent)

    figures.append(
        f"-wal cut at {CUTS} random offsets ({flipped} with a flipped byte): "
        f"{len(recovered)}/{CUTS} copies open with quick_check ok and whole saves only "
        f"(edits {min(recovered, default='-')}..{max(recovered, default='-')} recovered; the "
        f"uncut copy has {whole.title}, {acknowledged} acknowledged)")
    assert not failures, "\n".join(failures)
