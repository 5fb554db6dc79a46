"""Start benchmark: whole processes, from launch to the window's first paint, and their memory.

    python bench/bench_start.py [--db /tmp/bench_new/app.sqlite3] [--runs 5]

Three kinds of child process, each started with this interpreter, offscreen, in a fresh
temporary HOME (no settings, no user state), run in turn (baseline, 10,000 meetings, empty) so
that a slower or faster moment of the machine falls on all of them:
- the baseline: `import sqlalchemy.orm`, then PySide6, and a bare QMainWindow shown;
- Minutes: `minutes_app.app.main([])` (what `python main.py` runs without a command) on the
  given database (a copy of it: the window may write, e.g. its lock), and on an empty one.
Each child is timed from just before it is launched to the first Paint event of its main
window (an event filter installed by the child script), and to the moment the window is ready
to type in: its newest meeting open in the editor (the window opens it right after the first
paint; the baseline has nothing to open). The child then quits; its peak memory (ru_maxrss
from os.wait4) includes the open meeting. Medians of `--runs` runs, after one warm-up each
that also writes the bytecode of every module into a temporary PYTHONPYCACHEPREFIX (as an
installed program has it; PYTHONDONTWRITEBYTECODE is dropped for the children).
Two more children are printed for reference, with no target: the baseline's window with a line
of text and a menu (Qt's fonts, which a bare window never loads), and the same after importing
the program's data modules (domain, storage, services): what the window pays before it does
anything of its own, so that the ratios left to gain can be told from those that cannot.
Targets (issue 11): the window within 1.3x of the baseline with 10,000 meetings, 1.2x empty;
peak memory within 1.3x of the baseline's.
`--before FOLDER` (a checkout of older code, e.g. `git worktree add /tmp/old main`): its window
is started too, in the same rounds, and printed beside ours: a before/after on a shared machine.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DECADE_DB = Path("/tmp/bench_new/app.sqlite3")  # 10,000 meetings, made by bench/generate.py

# Shared by both children: print the milliseconds since the launch at the first Paint event of
# the watched window, then those until `ready()` is true (checked after every turn of the event
# loop) with the peak memory so far (VmHWM, KiB), then quit the application (its normal
# shutdown follows, which waits for the window's background check of the database).
_FIRST_PAINT = """
import sys, time
LAUNCHED = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

def since_launch():
    return f"{(time.perf_counter() - LAUNCHED) * 1000:.1f}"

def peak_kib():
    with open("/proc/self/status") as status:
        return next(line.split()[1] for line in status if line.startswith("VmHWM:"))

class FirstPaint(QObject):
    painted = False
    ready = staticmethod(lambda: True)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            print(since_launch(), flush=True)
            QTimer.singleShot(0, self.quit_when_ready)
        return False

    def quit_when_ready(self):
        if not self.ready():
            QTimer.singleShot(0, self.quit_when_ready)
            return
        print(since_launch(), peak_kib(), flush=True)
        QApplication.quit()

FIRST_PAINT = FirstPaint()
"""

# The baseline imports SQLAlchemy's ORM before PySide6, its cheaper order (PySide6 would read
# the source of every SQLAlchemy module imported after it: 60-80 ms more), as the program does.
BASELINE_CHILD = "import sqlalchemy.orm\n" + _FIRST_PAINT + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.installEventFilter(FIRST_PAINT)
window.show()
app.exec()
"""

# Two reference children, with no target, to tell what part of the ratio the window's own work
# can still change: the baseline's window showing a line of text under a menu bar (a window
# with text loads Qt's fonts and lays out text: the bare one never does), and the same after
# importing the program's modules that reading the database takes (app.py: domain, storage,
# services; no module of the window's), as the program does, before PySide6.
_TEXT_WINDOW = _FIRST_PAINT + """
from PySide6.QtWidgets import QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Протокол заседания общественного совета"))
window.menuBar().addMenu("Файл")
window.installEventFilter(FIRST_PAINT)
window.show()
app.exec()
"""
TEXT_WINDOW_CHILD = "import sqlalchemy.orm\n" + _TEXT_WINDOW
DATA_LAYER_CHILD = "import gc\ngc.disable()\nimport minutes_app.app\n" + _TEXT_WINDOW

# The window's own start (app.main without a command) with the filter put on the main window
# as it is built; the database comes from MINUTES_DB. minutes_app.app is imported first, as
# main.py does (with the cycle collector off, as there), so that the program's modules load in
# their own order: PySide6, once imported, reads the source of every module imported after it
# (shibokensupport's feature_imported, to see whether it uses PySide6); importing Qt first for
# the filter made the child read ~270 more modules than the program does, 50-100 ms measured.
APP_CHILD = "import gc\ngc.disable()\nfrom minutes_app.app import main\n" + _FIRST_PAINT + """
from minutes_app.ui import startup
build_window = startup.WindowStart.build_window

def watched_build_window(self, services):
    window = build_window(self, services)
    window.installEventFilter(FIRST_PAINT)
    has_meetings = window.list_panel.model.rowCount() > 0
    FIRST_PAINT.ready = lambda: not has_meetings or window.current_meeting_id() is not None
    return window

startup.WindowStart.build_window = watched_build_window
sys.exit(main([]))
"""


@dataclass
class Run:
    paint_ms: float
    ready_ms: float
    peak_mib: float  # the whole process, its shutdown included
    ready_peak_mib: float  # up to the moment it was ready


def run_child(code: str, database: Path | None, home: Path, bytecode: Path,
              root: Path = ROOT) -> Run:
    """One child process in a fresh HOME: its time to first paint and its peak memory."""
    home.mkdir()
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("XDG_", "MINUTES_", "QT_", "PYTHONDONTWRITEBYTECODE"))}
    env.update(HOME=str(home), PYTHONPYCACHEPREFIX=str(bytecode),
               XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
               QT_QPA_PLATFORM="offscreen")
    if database is not None:
        env["MINUTES_DB"] = str(database)
    launched = time.perf_counter()  # CLOCK_MONOTONIC: the same clock in the child
    child = subprocess.Popen([sys.executable, "-c", code, repr(launched)], cwd=root, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    out, err = child.communicate()
    lines = out.split()
    if child.returncode != 0 or not lines:
        raise SystemExit(f"the child failed ({child.returncode}):\n{out}\n{err}")
    return Run(float(lines[0]), float(lines[1]), usage.ru_maxrss / 1024,  # maxrss: KiB
               float(lines[2]) / 1024)


def row(label: str, ours: float, base: float, unit: str, target: float) -> None:
    ratio = ours / base
    verdict = "ok" if ratio <= target else "MISSED"
    print(f"{label:<32} {ours:>9.1f} {unit:<3} {base:>9.1f} {unit:<3} {ratio:>6.2f}x"
          f"  <= {target}x {verdict}")


def print_figures(runs: dict[str, list[Run]], suffix: str) -> None:
    """The figures of the children `decade{suffix}` and `empty{suffix}` against the baseline's
    (medians)."""
    def median(kind: str, figure: str) -> float:
        return statistics.median(getattr(run, figure) for run in runs[kind])

    decade, empty = f"decade{suffix}", f"empty{suffix}"
    base_ms, base_mib = median("baseline", "paint_ms"), median("baseline", "peak_mib")
    row("start, 10,000 meetings", median(decade, "paint_ms"), base_ms, "ms", 1.3)
    row("  newest meeting open (10,000)", median(decade, "ready_ms"), base_ms, "ms", 1.3)
    row("start, empty database", median(empty, "paint_ms"), base_ms, "ms", 1.2)
    row("peak memory at start (10,000)", median(decade, "peak_mib"), base_mib, "MiB", 1.3)
    # The window's background check of the database runs on after it is ready (and the
    # shutdown waits for it): the peak up to "ready" tells the start's own share.
    row("  peak until ready (10,000)", median(decade, "ready_peak_mib"),
        median("baseline", "ready_peak_mib"), "MiB", 1.3)
    row("  peak memory, empty database", median(empty, "peak_mib"), base_mib, "MiB", 1.3)


def print_references(runs: dict[str, list[Run]]) -> None:
    """The reference children against the baseline: no target, what the program's window
    cannot avoid paying before it does anything of its own."""
    base_ms = statistics.median(run.paint_ms for run in runs["baseline"])
    base_mib = statistics.median(run.peak_mib for run in runs["baseline"])
    print("for reference, no target (the same baseline):")
    for kind, label in (("text window", "a window with text and a menu"),
                        ("data layer", "  + the program's data modules")):
        ms = statistics.median(run.paint_ms for run in runs[kind])
        mib = statistics.median(run.peak_mib for run in runs[kind])
        print(f"{label:<32} {ms:>9.1f} ms  {ms / base_ms:>5.2f}x    "
              f"{mib:>6.1f} MiB {mib / base_mib:>5.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DECADE_DB,
                        help="the database with many meetings (copied, never changed)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=Path,
                        help="a checkout of older code, started in the same rounds")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="minutes-bench-start-"))
    try:
        print(f"copying {args.db} ...", flush=True)
        big = folder / "decade.sqlite3"
        shutil.copyfile(args.db, big)
        kinds = {"baseline": (BASELINE_CHILD, None, ROOT), "decade": (APP_CHILD, big, ROOT),
                 "empty": (APP_CHILD, folder / "empty.sqlite3", ROOT),
                 "text window": (TEXT_WINDOW_CHILD, None, ROOT),
                 "data layer": (DATA_LAYER_CHILD, None, ROOT)}
        if args.before is not None:  # copies of their own: each code migrates its own
            print("copying it again for the older code ...", flush=True)
            shutil.copyfile(args.db, folder / "decade-before.sqlite3")
            kinds.update({"decade before": (APP_CHILD, folder / "decade-before.sqlite3",
                                            args.before.resolve()),
                          "empty before": (APP_CHILD, folder / "empty-before.sqlite3",
                                           args.before.resolve())})
        runs: dict[str, list[Run]] = {kind: [] for kind in kinds}
        for attempt in range(args.runs + 1):  # the first round warms caches and makes "empty"
            for kind, (code, database, root) in kinds.items():
                done = run_child(code, database, folder / f"home-{kind}-{attempt}",
                                 folder / f"bytecode-{root.name}", root)
                if attempt:
                    runs[kind].append(done)
        print(f"\n{args.runs} runs each, medians; baseline: PySide6 + sqlalchemy.orm, a bare "
              "QMainWindow")
        print(f"{'':<32} {'Minutes':>13} {'baseline':>13} {'ratio':>7}  target")
        print_figures(runs, "")
        print_references(runs)
        if args.before is not None:
            print(f"the same, with the code in {args.before}:")
            print_figures(runs, " before")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
