"""What the crash tests share: the meeting they edit, a process they can kill, and a look at
what a database holds afterwards, taken the way the program opens it."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from minutes_app.domain import AgendaItem, Attendee, Decision, Meeting, Role, Vote
from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
WINDOW_DRIVER = HERE / "window_driver.py"
TITLE_PREFIX = "Crash test "  # as in window_driver.py
DECISION_PREFIX = "Decision "
START_TIMEOUT = 90.0  # seconds a process may take to start on a busy CI machine (not a figure)


def crash_seeds(count: int) -> list[int]:
    """Seeds 1..count, unless MINUTES_CRASH_SEEDS names others ("7", "1,5,9", "100-119")."""
    chosen = os.environ.get("MINUTES_CRASH_SEEDS", "").strip()
    if not chosen:
        return list(range(1, count + 1))
    seeds: list[int] = []
    for part in chosen.split(","):
        first, _, last = part.strip().partition("-")
        seeds += list(range(int(first), int(last or first) + 1))
    return seeds


def crash_meeting() -> Meeting:
    """The meeting the window driver edits: edit 0 in its title and in its decision."""
    return Meeting(
        title=f"{TITLE_PREFIX}0", date=date(2026, 3, 15), kind="заседание",
        body="Общественный совет", number="1", place="г. Астана",
        attendees=(Attendee(name="Когамов Марат Чапаевич", role=Role.CHAIR),
                   Attendee(name="Петрова Анна Сергеевна", role=Role.SECRETARY)),
        agenda=(AgendaItem(title="О профилактике правонарушений",
                           decisions=(Decision(f"{DECISION_PREFIX}0", Vote(for_=2)),)),),
    )


def many_meetings(count: int) -> list[Meeting]:
    """`count` different meetings of a council, each with attendees, items and decisions, so
    that importing them is one long transaction."""
    people = [f"Участник{i} Иван Петрович" for i in range(8)]
    return [
        Meeting(
            title=f"Заседание совета № {n}", date=date(2020 + n % 7, 1 + n % 12, 1 + n % 28),
            kind="заседание", body="Общественный совет", number=str(n), place="г. Астана",
            attendees=tuple(Attendee(name=name, role=Role.CHAIR if i == 0 else Role.MEMBER)
                            for i, name in enumerate(people)),
            agenda=tuple(
                AgendaItem(title=f"Вопрос {item} заседания {n}: о профилактике правонарушений",
                           decisions=(Decision(f"Решение {item} заседания {n}. " * 20,
                                               Vote(for_=7, against=1)),))
                for item in range(1, 6)),
        )
        for n in range(1, count + 1)
    ]


def make_database(path: Path, meetings: list[Meeting]) -> list[int]:
    """A closed database file (no -wal left) holding `meetings`; returns their ids."""
    with opened(path) as services:
        ids = [services.meetings.create(meeting).id for meeting in meetings]
    assert not Path(f"{path}-wal").exists(), "the last connection should have checkpointed"
    return ids  # type: ignore[return-value]


def number_in(text: str, prefix: str) -> int:
    tail = text[len(prefix):] if text.startswith(prefix) else ""
    return int(tail) if tail.isdigit() else -1


# --- what a database holds -------------------------------------------------------------------
def quick_check(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    finally:
        connection.close()
    return "; ".join(str(row[0]) for row in rows)


@contextmanager
def opened(path: Path) -> Iterator[Services]:
    """The services on the file, opened the way the program opens it (migrations, checks and
    all); raises what the program would show instead."""
    database = open_database(resolve_database_url(str(path)))
    try:
        yield Services.build(database.session_factory, database_path=path)
    finally:
        database.close()


def program_check(services: Services) -> str:
    """`minutes-app check`: quick_check and the search index's own check; "ok" or the damage."""
    result = services.backups.check()
    return "ok" if result.ok else f"check: {result.problem}"


@dataclass(frozen=True)
class Stored:
    """The edit numbers of the crash meeting's title and decision as the program reads them,
    and what the program's own check says of the file."""

    title: int
    decision: int
    check: str = "ok"


def read_edit_numbers(path: Path) -> Stored:
    with opened(path) as services:
        summaries = services.meetings.list_meetings()
        assert len(summaries) == 1, f"expected the one crash meeting, found {len(summaries)}"
        meeting = services.meetings.get(summaries[0].id)  # type: ignore[arg-type]
        check = program_check(services)
    return Stored(number_in(meeting.title, TITLE_PREFIX),
                  number_in(meeting.agenda[0].decisions[0].text, DECISION_PREFIX), check)


def copy_database(source: Path, target: Path) -> None:
    """Copy a database file with its -wal (not -shm: after a power loss it is rebuilt)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    wal = Path(f"{source}-wal")
    if wal.exists():
        shutil.copyfile(wal, f"{target}-wal")


# --- processes -------------------------------------------------------------------------------
def child_environment(home: Path) -> dict[str, str]:
    """English, offscreen, and a profile of its own: QSettings, the data folder and any
    default database stay inside `home`, never the user's."""
    env = {k: v for k, v in os.environ.items() if k not in ("MINUTES_DB", "QT_QPA_PLATFORM")}
    for folder in (".config", ".local/share", ".cache", "runtime"):
        (home / folder).mkdir(parents=True, exist_ok=True)
    (home / "runtime").chmod(0o700)
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "MINUTES_UI_LANG": "en",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "PYTHONPATH": os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p),
        "PYTHONIOENCODING": "utf-8",
        "PYTHONUNBUFFERED": "1",
    }
    return env


@dataclass(frozen=True)
class Line:
    text: str
    at: float  # time.monotonic() when it was read


class Child:
    """A process whose standard output is read line by line as it comes.

    Use it as a context manager: on leaving, a process still running is killed and always
    reaped, and the reader threads are joined.
    """

    def __init__(self, args: list[str], env: dict[str, str], cwd: Path) -> None:
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, *args], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env=env, cwd=cwd, text=True, encoding="utf-8",
            errors="replace")
        self.lines: list[Line] = []
        self.stderr = ""
        self._changed = threading.Condition()
        self._readers = [threading.Thread(target=self._read_out, daemon=True),
                         threading.Thread(target=self._read_err, daemon=True)]
        for reader in self._readers:
            reader.start()

    def __enter__(self) -> "Child":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.reap()

    def _read_out(self) -> None:
        assert self.process.stdout is not None
        for text in self.process.stdout:
            with self._changed:
                self.lines.append(Line(text.rstrip("\n"), time.monotonic()))
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def _read_err(self) -> None:
        assert self.process.stderr is not None
        self.stderr = self.process.stderr.read()

    def wait_for(self, found: Callable[[list[Line]], bool], timeout: float) -> bool:
        """Wait until `found(lines)` holds; False when the process ended or time ran out."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not found(self.lines):
                left = deadline - time.monotonic()
                if left <= 0 or (self.process.poll() is not None and not self._readers[0]
                                 .is_alive()):
                    return found(self.lines)
                self._changed.wait(min(left, 0.2))
            return True

    def wait_for_line(self, text: str, timeout: float = START_TIMEOUT) -> Line:
        def seen(lines: list[Line]) -> bool:
            return any(line.text == text for line in lines)

        if not self.wait_for(seen, timeout):
            raise AssertionError(f"no {text!r} from {self.describe()}")
        return next(line for line in self.lines if line.text == text)

    def texts(self) -> list[str]:
        with self._changed:
            return [line.text for line in self.lines]

    def signal(self, number: signal.Signals) -> None:
        self.process.send_signal(number)

    def kill(self) -> None:
        """SIGKILL, as a crash or a power cut would stop it, then reap it."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()

    def finish(self, timeout: float = START_TIMEOUT) -> int:
        """Wait for the process to end by itself; returns its exit code."""
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"still running after {timeout} s: {self.describe()}") from None

    def reap(self) -> None:
        if self.process.poll() is None:
            if hasattr(signal, "SIGCONT"):  # POSIX: let a stopped process run to its death
                self.process.send_signal(signal.SIGCONT)
            self.process.kill()
        self.process.wait()
        for reader in self._readers:
            reader.join(timeout=10)

    def describe(self) -> str:
        tail = self.texts()[-8:]
        err = self.stderr.strip().splitlines()[-8:]
        return (f"process {self.process.pid} (exit {self.process.poll()}); last lines "
                f"{tail}; stderr {err}")
