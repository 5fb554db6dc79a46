"""Import benchmark: `minutes-app import` of a big JSON backup, its time and peak memory.

    python bench/bench_import.py [--meetings 10000] [--keep DIR] [--compare CHECKOUT [--runs 3]]

Writes a Minutes JSON backup of a decade of generated meetings (bench/generate.py) in a child
process, then imports it into a new database with the real command line, as a child process,
and reads its wall time and peak memory (`os.wait4`'s ru_maxrss). Baselines from the same run:
for the time, plain sqlite3 inserting the same rows into the same schema with executemany (the
FTS triggers building the index as they go: bench_storage.raw_import_seconds); for the memory,
a child that only imports the modules the import needs and opens the database.
Targets (issue 11): time within 2x of the raw inserts; peak memory under 300 MB whatever the
file's size (the ratio to the bare child is printed for scale). Then the database is exported
again with `minutes-app export-json` (the whole archive: what File → Export JSON and the readable
copy beside the day's first backup write): its peak memory is held to the same bound, and its
time printed beside sqlite3 reading every row of every table.

--compare CHECKOUT: a before/after of two versions of the import on a shared machine, where
the load moves both figures of a ratio: the same file imported by this checkout and by another
one (`git worktree add /tmp/before main`), alternately, --runs times each; their medians and
their ratio instead of the figures above.
"""

import argparse
import atexit
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_storage import TABLES, raw_import_seconds, row

ROOT = Path(__file__).resolve().parent.parent
MEMORY_TARGET_MB = 300

# The child that writes the file: the parent never holds the meetings.
WRITE = """
import sys
sys.path.insert(0, {bench!r})
import generate
from pathlib import Path
from minutes_app.domain import Archive
from minutes_app.interchange import dump_archive
Path(sys.argv[1]).write_text(dump_archive(Archive(meetings=tuple(generate.decade(int(sys.argv[2]))))),
                             encoding="utf-8")
"""

# The memory baseline: what an import cannot do without (its modules and an open database).
BARE = """
import sys
from minutes_app.services import Services
from minutes_app.services.transfer import TransferService
from minutes_app.storage.db import open_database, resolve_database_url
database = open_database(resolve_database_url(sys.argv[1]))
Services.build(database.session_factory)
database.close()
"""


# Starts the measured child and waits for it: a child's peak memory counts the memory of the
# process it was started from (Linux keeps the high-water mark across exec), so that process
# is this bare interpreter, never the benchmark itself. Writes "seconds peak_kib exit_code
# cpu_seconds".
LAUNCH = """
import os, sys, time
start = time.perf_counter()
pid = os.posix_spawn(sys.executable, [sys.executable, *sys.argv[2:]], os.environ)
_, status, usage = os.wait4(pid, 0)
seconds, code = time.perf_counter() - start, os.waitstatus_to_exitcode(status)
with open(sys.argv[1], "w") as out:
    out.write(f"{seconds} {usage.ru_maxrss} {code} {usage.ru_utime + usage.ru_stime}")
"""


def child(args: list[str], checkout: Path = ROOT) -> tuple[float, float, float]:
    """Run a child Python to its end in `checkout` (whose minutes_app it imports): (wall
    seconds, peak resident MB, processor seconds). Its output is dropped (its warnings into a
    file, not a pipe that would fill up); a failure stops the benchmark."""
    with tempfile.TemporaryDirectory() as scratch:
        result, errors = Path(scratch) / "result", Path(scratch) / "errors"
        with errors.open("wb") as stderr:
            subprocess.run([sys.executable, "-S", "-c", LAUNCH, str(result), *args],
                           cwd=checkout, stdout=subprocess.DEVNULL, stderr=stderr, check=True)
        seconds, peak_kib, code, cpu = result.read_text().split()
        text = errors.read_bytes()
    if int(code) != 0:
        tail = text.decode(errors="replace")[-2000:]
        raise SystemExit(f"{' '.join(args[:3])} failed ({code}):\n{tail}")
    if text:
        lines = text.count(b"\n")
        print(f"  ({lines} lines on standard error)")
    return float(seconds), int(peak_kib) * 1024 / 1e6, float(cpu)  # KiB on Linux


def load() -> str:
    """The machine's load: on a shared machine the two figures of a ratio move with it."""
    return "load average " + ", ".join(f"{n:.2f}" for n in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="keep the file and databases in this folder")
    parser.add_argument("--compare", type=Path, metavar="CHECKOUT",
                        help="compare the import with the one of another checkout")
    parser.add_argument("--runs", type=int, default=3, help="imports by each, with --compare")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="minutes-bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    if args.keep is None:  # some 3 GB at 10,000 meetings: gone at the end, unless kept
        atexit.register(shutil.rmtree, folder, True)
    backup, app_db, raw_db, bare_db = (folder / "backup.json", folder / "app.sqlite3",
                                       folder / "raw.sqlite3", folder / "bare.sqlite3")
    for path in (app_db, raw_db, bare_db):
        path.unlink(missing_ok=True)

    print(f"writing {args.meetings} meetings to {backup} ...", flush=True)
    child(["-c", WRITE.format(bench=str(Path(__file__).resolve().parent)), str(backup),
           str(args.meetings)])
    if args.compare:
        compare(backup, app_db, args.compare.resolve(), args.runs)
        return
    print(f"importing {backup.stat().st_size / 2**20:.0f} MiB ... ({load()})", flush=True)
    import_s, import_mb, _ = child(["main.py", "--db", str(app_db), "import", str(backup)])
    _, bare_mb, _ = child(["-c", BARE, str(bare_db)])
    raw_s = raw_import_seconds(app_db, raw_db)
    print(f"done ({load()})")

    print(f"exporting them again ... ({load()})", flush=True)
    export_s, export_mb, _ = child(["main.py", "--db", str(app_db), "export-json",
                                    "--output", str(folder / "export.json")])
    read_s = raw_read_seconds(app_db)
    print(f"done ({load()})")

    print(f"\n{'':<34} {'Minutes':>14} {'baseline':>14} {'ratio':>8}  target")
    row(f"import {args.meetings} meetings", import_s, raw_s, "s", "<= 2x")
    row("peak memory of the import", import_mb, bare_mb, "MB", f"< {MEMORY_TARGET_MB} MB")
    # The export of the whole archive (File → Export JSON, export-json, the readable copy
    # beside the day's first backup) is held to the import's bound on memory; its time is
    # printed beside the reading alone of every row, for scale.
    row(f"export-json of {args.meetings} meetings", export_s, read_s, "s", "")
    row("peak memory of the export", export_mb, bare_mb, "MB", f"< {MEMORY_TARGET_MB} MB")
    for what, peak in (("import", import_mb), ("export", export_mb)):
        verdict = "meets" if peak < MEMORY_TARGET_MB else "MISSES"
        print(f"the {what}'s peak memory {verdict} the target")
    if args.keep:
        print(f"files in {folder}")


def raw_read_seconds(database: Path) -> float:
    """Every row of every table read with sqlite3 into tuples: what any export must do."""
    with closing(sqlite3.connect(database)) as connection:
        start = time.perf_counter()
        for name in TABLES:
            for _row in connection.execute(f"SELECT * FROM {name}"):
                pass
        return time.perf_counter() - start


def compare(backup: Path, database: Path, other: Path, runs: int) -> None:
    """The file imported by this checkout and by `other`, alternately, into a new database
    each time: the medians of their times, peaks and processor times, and their ratios (the
    processor time moves less with the load than the wall time)."""
    figures: dict[Path, list[tuple[float, float, float]]] = {ROOT: [], other: []}
    for run in range(runs):
        for checkout in (other, ROOT) if run % 2 else (ROOT, other):
            for path in database.parent.glob(database.name + "*"):
                path.unlink()
            figures[checkout].append(child(["main.py", "--db", str(database), "import",
                                            str(backup)], checkout))
            seconds, peak, cpu = figures[checkout][-1]
            print(f"  {checkout}: {seconds:.2f} s, {peak:.0f} MB, processor {cpu:.2f} s "
                  f"({load()})", flush=True)
    ours, theirs = ([statistics.median(f[i] for f in figures[c]) for i in (0, 1, 2)]
                    for c in (ROOT, other))
    print(f"\n{'medians of ' + str(runs):<34} {'this':>14} {'compared':>14} {'ratio':>8}")
    row("import", ours[0], theirs[0], "s", "")
    row("peak memory of the import", ours[1], theirs[1], "MB", "")
    row("processor time of the import", ours[2], theirs[2], "s", "")


if __name__ == "__main__":
    main()
