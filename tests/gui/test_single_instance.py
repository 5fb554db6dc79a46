"""One window per database: two real processes, the second refused and told who has it; after
`kill -9` of the first, its stale lock is taken over.

Each process runs `minutes-app --db FILE` for real (the window on the offscreen platform) from
a small driver script that prints what a user would see: "SHOWN" when the window is up, and
every start-up message as "ASKED: ..." (a real modal box would wait forever).
"""

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo

from minutes_app.ui.single_instance import InstanceLock, lock_path_for

DRIVER = r'''
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import minutes_app.ui.startup as startup


def choose(title, text, choices, *args):
    print("ASKED:", " ".join(text.split()), flush=True)
    return choices[-1][0]


startup.choose = choose
real_run = startup.WindowStart.run


def run(self, window):
    QTimer.singleShot(0, lambda: print("SHOWN", flush=True))
    if "--quit-when-shown" in sys.argv:
        QTimer.singleShot(0, QApplication.quit)
    return real_run(self, window)


startup.WindowStart.run = run
from minutes_app.app import main

sys.exit(main(["--db", sys.argv[1]]))
'''


@pytest.fixture
def start(tmp_path: Path):  # type: ignore[no-untyped-def]
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MINUTES_UI_LANG": "en",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    started: list[subprocess.Popen[str]] = []

    def start(db: Path, *extra: str) -> subprocess.Popen[str]:
        process = subprocess.Popen([sys.executable, str(driver), str(db), *extra], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def wait_for_line(process: subprocess.Popen[str], expected: str) -> str:
    """Read the process's output up to a line starting with `expected` (a watchdog kills a
    process that hangs, so the test fails instead of waiting forever)."""
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith(expected):
                return line
        errors = process.stderr.read() if process.stderr else ""
        raise AssertionError(f"no {expected!r}; stderr: {errors}")
    finally:
        watchdog.cancel()


def test_a_second_window_on_the_same_database_is_refused_until_the_first_dies(start, tmp_path):
    db = tmp_path / "minutes.sqlite3"
    first = start(db)
    wait_for_line(first, "SHOWN")

    second = start(db)
    out, err = second.communicate(timeout=60)
    assert second.returncode == 1
    assert "SHOWN" not in out
    (asked,) = [line for line in out.splitlines() if line.startswith("ASKED:")]
    assert "already open in another window" in asked
    assert f"process {first.pid} " in asked  # names the first: its process id,
    assert QSysInfo.machineHostName() in asked  # its computer,
    assert "python" in asked  # and its program
    assert "Traceback" not in err

    os.kill(first.pid, signal.SIGKILL)  # a crash: no chance to remove the lock
    first.wait()
    assert Path(f"{db}.lock").exists()

    third = start(db, "--quit-when-shown")
    wait_for_line(third, "SHOWN")  # the stale lock was taken over
    assert third.wait(timeout=60) == 0
    assert not Path(f"{db}.lock").exists()  # released on a normal exit


def test_the_lock_names_its_holder_and_frees_on_release(tmp_path):
    path = lock_path_for(tmp_path / "minutes.sqlite3", "unused")
    assert path == tmp_path / "minutes.sqlite3.lock"
    first, second = InstanceLock(path), InstanceLock(path)
    assert first.acquire() is None
    holder = second.acquire()
    assert holder is not None
    assert (holder.pid, holder.host) == (os.getpid(), QSysInfo.machineHostName())
    first.release()
    assert second.acquire() is None
    second.release()


def test_a_server_database_is_locked_in_the_users_data_folder():
    from PySide6.QtCore import QStandardPaths

    one = lock_path_for(None, "postgresql://minutes:secret@server/minutes")
    other = lock_path_for(None, "postgresql://minutes:secret@server/archive")
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppLocalDataLocation)
    assert one != other
    assert one.parent == Path(folder) and one.suffix == ".lock"
    assert "secret" not in str(one)  # the file name never carries the address
