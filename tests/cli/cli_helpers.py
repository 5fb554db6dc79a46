"""Helpers of the command-line tests: documents built as plain data, what a run printed,
what the database holds."""

import contextlib
import copy
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


def meeting(**overrides: Any) -> dict[str, Any]:
    """A valid meeting with people, a group, an agenda item, a vote and a task."""
    base: dict[str, Any] = {
        "title": "заседания Общественного совета",
        "kind": "заседание",
        "body": "Общественный совет",
        "number": "3",
        "date": "2026-03-15",
        "start_time": "10:00",
        "end_time": "12:30",
        "place": "г. Кокшетау",
        "language": "ru",
        "attendees": [
            {"name": "Иванов Иван Иванович", "position": "председатель", "role": "chair"},
            {"name": "Петрова Анна Сергеевна", "role": "secretary"},
            {"name": "Сидоров Пётр", "present": False, "absence_reason": "командировка"},
            {"group": "представители НПО", "count": 12, "role": "invited"},
        ],
        "agenda": [
            {
                "title": "О работе совета",
                "presenters": ["Иванов Иван Иванович"],
                "heard": [{"speaker": "Иванов Иван Иванович", "text": "доклад о бюджете"}],
                "decisions": [
                    {
                        "text": "Принять к сведению",
                        "vote": {"for": 2, "against": 0, "abstained": 0},
                        "actions": [{"task": "Подготовить отчёт", "due": "2026-04-01"}],
                    }
                ],
            }
        ],
    }
    base.update(copy.deepcopy(overrides))
    return base


def document(*meetings: dict[str, Any]) -> dict[str, Any]:
    return {"format": "minutes-json", "version": 1, "meetings": list(meetings)}


def write(path: Path, content: dict[str, Any] | str | bytes) -> str:
    if isinstance(content, dict):
        content = json.dumps(content, ensure_ascii=False, indent=2)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return str(path)


def row_counts(db_file: str) -> dict[str, int]:
    """Rows in every table of the SQLite database (whatever its schema)."""
    with contextlib.closing(sqlite3.connect(db_file)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
