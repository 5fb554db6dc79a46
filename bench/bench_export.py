"""Export speed: our exporter against a plain python-docx script writing the same paragraphs.

    python bench/bench_export.py [--repeat 5] [--sizes 100 500]

For each size a synthetic meeting of N agenda items is exported by `build_document` (+ save
to memory). The baseline is the "--fast" script of research/baselines.md §2b: it writes the
very paragraphs and tables our document holds (taken from it before timing) with bare
python-docx, styles looked up once, tables filled row by row via `row.cells`. Both run in this
process, interleaved, after one warm-up; best and median seconds and the ratio of medians are
printed. Target: ratio <= 1.5.
"""

import argparse
import io
import statistics
import sys
import time
from datetime import date
from pathlib import Path

import docx
from docx.document import Document
from docx.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Body,
    Decision,
    Meeting,
    Member,
    Organization,
    Role,
    Statement,
    Vote,
)
from minutes_app.export import DocxOptions, build_document

WORDS = ("совет", "рассмотрел", "вопрос", "о", "профилактике", "правонарушений", "среди",
         "несовершеннолетних", "и", "поручил", "департаменту", "полиции", "подготовить", "план",
         "мероприятий", "на", "следующий", "год")


def text(words: int, seed: int) -> str:
    return " ".join(WORDS[(seed + i) % len(WORDS)] for i in range(words)).capitalize() + "."


def meeting(items: int) -> tuple[Meeting, Body, Organization]:
    members = [f"Членов{i} Иван Петрович" for i in range(20)]
    attendees = (
        Attendee(name="Когамов Марат Чингизович", role=Role.CHAIR, position="председатель"),
        Attendee(name="Петрова Анна Сергеевна", role=Role.SECRETARY, position="секретарь"),
        *(Attendee(name=m) for m in members),
        *(Attendee(name=f"Гостев{i} Олег", role=Role.INVITED, position="эксперт")
          for i in range(5)),
    )
    agenda = tuple(
        AgendaItem(
            title=f"О вопросе номер {n}: {text(12, n)}",
            presenters=(members[n % 20],),
            heard=(Statement(speaker=members[n % 20], text=text(80, n)),),
            discussion=(Statement(speaker=members[(n + 1) % 20], text=text(40, n + 1)),),
            decisions=(
                Decision(text=text(20, n + 2), vote=Vote(for_=18, against=1, abstained=1),
                         actions=(ActionItem(task=text(10, n), responsible=(members[n % 20],),
                                             due=date(2026, 12, 1)),)),
                Decision(text=text(15, n + 3), vote=Vote(unanimous=True)),
            ),
        )
        for n in range(items)
    )
    body = Body(name="Совет", members=tuple(Member(m) for m in members))
    return (Meeting(title="заседания совета", date=date(2026, 3, 15), number="1",
                    organization="Министерство", body="Совет", place="г. Астана",
                    attendees=attendees, agenda=agenda),
            body, Organization(name="Министерство"))


def ours(subject: tuple[Meeting, Body, Organization]) -> bytes:
    meeting_, body, organization = subject
    buffer = io.BytesIO()
    build_document(meeting_, DocxOptions(), body, organization).save(buffer)
    return buffer.getvalue()


def blocks_of(doc: Document) -> list[tuple]:
    """("p", text, bold) and ("t", rows) in document order."""
    out: list[tuple] = []
    for block in doc.iter_inner_content():
        if isinstance(block, Table):
            out.append(("t", [[c.text for c in row.cells] for row in block.rows]))
        else:
            out.append(("p", block.text, bool(block.style.font.bold)))
    return out


def baseline(blocks: list[tuple], by_id: bool = False) -> bytes:
    """Plain python-docx, done the fast way (baselines.md §2b "--fast"). `by_id`: set the
    paragraph style by its id, as our exporter does, skipping python-docx's per-paragraph
    scan for the default style: the fastest python-docx can write these paragraphs."""
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    heading = doc.styles["Heading 2"]
    grid = doc.styles["Table Grid"]
    for block in blocks:
        if block[0] == "p" and by_id:
            paragraph = doc.add_paragraph()
            paragraph._p.style = heading.style_id if block[2] else normal.style_id
            paragraph.add_run(block[1])
            continue
        if block[0] == "p":
            doc.add_paragraph(block[1], heading if block[2] else normal)
            continue
        rows = block[1]
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = grid
        for row, values in zip(table.rows, rows, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def timed(function, *arguments) -> float:
    started = time.perf_counter()
    function(*arguments)
    return time.perf_counter() - started


def _pair(times: list[float]) -> str:
    return f"{min(times):.3f} / {statistics.median(times):.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500])
    args = parser.parse_args()
    print("seconds, best / median of", args.repeat, "runs, in process, saved to memory")
    print(f"{'items':>5} {'exporter':>15} {'baseline --fast':>16} {'ratio':>6}"
          f" {'baseline by id':>16} {'ratio':>6}")
    worst = 0.0
    for size in args.sizes:
        subject = meeting(size)
        blocks = blocks_of(docx.Document(io.BytesIO(ours(subject))))  # also the warm-up
        baseline(blocks)
        mine, fast, by_id = [], [], []
        for _ in range(args.repeat):  # interleaved, so that machine load hits all alike
            mine.append(timed(ours, subject))
            fast.append(timed(baseline, blocks))
            by_id.append(timed(baseline, blocks, True))
        ratio = statistics.median(mine) / statistics.median(fast)
        worst = max(worst, ratio)
        print(f"{size:>5} {_pair(mine):>15} {_pair(fast):>16} {ratio:>5.2f}x"
              f" {_pair(by_id):>16} {statistics.median(mine) / statistics.median(by_id):>5.2f}x")
    print(f"target: exporter / baseline --fast <= 1.5x; worst {worst:.2f}x -> "
          f"{'OK' if worst <= 1.5 else 'SLOW'}")
    return 0 if worst <= 1.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
