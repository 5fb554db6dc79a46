"""Task reports of a decade: the Word report and the Excel workbook of many tasks.

    python bench/bench_reports.py [--tasks 1000 4000]

Writes the register's two reports (Directory → Tasks… → Save) of N synthetic tasks, then of
4N, and prints the larger one's time beside four times the smaller one's, measured in the same
run: a report whose time grows with the number of tasks squared shows a ratio near 4 (the
workbook took 21 s for 6,000 tasks so, the Word report over 25 s); linear, near 1. Medians of
--repeat runs. No target in an issue: the ratio is what a regression would move.
"""

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from minutes_app.domain import Language
from minutes_app.export.tasks_report import write_tasks_report
from minutes_app.export.tasks_workbook import write_tasks_workbook
from minutes_app.services.tasks import TaskRow

TODAY = date(2026, 11, 30)
BODIES = ("Общественный совет по вопросам деятельности органов внутренних дел",
          "Комиссия по этике")
PEOPLE = ("Иванов Иван Иванович", "Сеитова Айгуль Маратовна", "Smith John")


def tasks(count: int) -> list[TaskRow]:
    """`count` tasks of a council's decade: half done, a few with no due date."""
    return [TaskRow(n // 5, date(2016 + n % 10, 1 + n % 12, 1 + n % 28), str(n // 5 % 60),
                    "Заседание общественного совета", BODIES[n % 2], 1 + n % 5, 1,
                    f"k{n}", f"Подготовить и представить информацию о ходе работы № {n}",
                    (PEOPLE[n % 3],), None if n % 17 == 0 else date(2017 + n % 9, 6, 30),
                    n % 2 == 0, date(2018, 1, 15) if n % 2 == 0 else None,
                    "письмо № 12" if n % 4 == 0 else "")
            for n in range(count)]


def seconds(write, rows: list[TaskRow], target: Path, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        write(rows, target, Language.RU, TODAY)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=1000, help="N: the smaller report")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    small, large = tasks(args.tasks), tasks(4 * args.tasks)
    print(f"{'':<34} {4 * args.tasks:>7} tasks  4 x {args.tasks:<6} ratio")
    with tempfile.TemporaryDirectory() as folder:
        for name, write, suffix in (("Word report", write_tasks_report, ".docx"),
                                    ("Excel workbook", write_tasks_workbook, ".xlsx")):
            target = Path(folder) / f"tasks{suffix}"
            big = seconds(write, large, target, args.repeat)
            base = 4 * seconds(write, small, target, args.repeat)
            print(f"{name:<34} {big:>9.2f} s {base:>9.2f} s {big / base:>6.2f}x"
                  "  (near 1: linear; near 4: quadratic)")


if __name__ == "__main__":
    main()
