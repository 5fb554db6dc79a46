"""Helpers of the start-up, single-window and Backups tests: real files, real damage."""

import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from gui_samples import council_meeting

from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url


def make_database(path: Path, numbers: list[str]) -> None:
    """A database file holding one council meeting per number (then closed)."""
    database = open_database(resolve_database_url(str(path)))
    try:
        services = Services.build(database.session_factory, database_path=database.path)
        for n, number in enumerate(numbers):
            services.meetings.create(council_meeting(number, date(2026, 1, 1 + n % 28)))
    finally:
        database.close()


def back_up(path: Path, reason: str = "manual") -> Path:
    """A real backup copy through the service (as the window makes them)."""
    database = open_database(resolve_database_url(str(path)))
    try:
        services = Services.build(database.session_factory, database_path=database.path)
        return services.backups.make_backup(reason).path
    finally:
        database.close()


def meeting_numbers(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return sorted(row[0] for row in connection.execute("SELECT number FROM meeting"))


def checkpoint(path: Path) -> None:
    """Move everything from the -wal into the file itself, so that damage to the file counts."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def damage_page_of(path: Path, name: str) -> None:
    """Write garbage over the root page of table or index `name` (as a failing disk would)."""
    checkpoint(path)
    with closing(sqlite3.connect(path)) as connection:
        (page,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                                     (name,)).fetchone()
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as file:
        file.seek((page - 1) * page_size)
        file.write(b"\xa5" * page_size)


def zero_header(path: Path) -> None:
    checkpoint(path)
    with path.open("r+b") as file:
        file.write(b"\0" * 100)


def copy_of(path: Path, target: Path) -> Path:
    shutil.copyfile(path, target)
    return target


@dataclass
class Asked:
    """What the start-up asked the user (minutes_app.ui.startup.choose, replaced)."""

    answers: list[str] = field(default_factory=list)  # keys to answer, in order
    questions: list[tuple[str, str, list[str]]] = field(default_factory=list)

    def __call__(self, title: str, text: str, choices, *_args) -> str:  # type: ignore[no-untyped-def]
        keys = [key for key, _label in choices]
        self.questions.append((title, text, keys))
        answer = self.answers.pop(0) if self.answers else keys[-1]
        assert answer in keys, f"{answer!r} was not offered: {keys}"
        return answer

    @property
    def texts(self) -> list[str]:
        return [text for _title, text, _keys in self.questions]
