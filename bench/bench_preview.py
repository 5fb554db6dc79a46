"""The document preview: from an edit to the pages laid out again, for a 20-item meeting.

    QT_QPA_PLATFORM=offscreen python bench/bench_preview.py [--runs 15] [--items 20]

The meeting of bench_export (20 members, five guests; each item heard, discussed, two
decisions with a vote and a task) is stored with its body in a temporary SQLite file and shown
in a real PreviewPane. One run: the title changes (what a keystroke does), the pane is told,
and the event loop runs until the pages are rebuilt; measured are the whole wait (the 250 ms
pause after the last keystroke included) and the rebuild alone (DocumentService.preview +
QPrintPreviewWidget's layout of every page). The baseline, in the same process and
interleaved: writing the Word file of the same meeting (DocumentService.export_docx).
Medians are printed with their ratio and against the target: pages current within 0.5 s of
the last keystroke.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_export import meeting as sample_meeting
from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtWidgets import QApplication

from minutes_app.domain import Meeting
from minutes_app.services import Services
from minutes_app.storage.db import Database, open_database, resolve_database_url
from minutes_app.ui.preview_pane import REBUILD_DELAY_MS, PreviewPane
from minutes_app.ui.settings import AppSettings

TARGET_MS = 500.0


def store(folder: Path, items: int) -> tuple[Services, Meeting, Database]:
    database = open_database(resolve_database_url(str(folder / "bench.sqlite3")))
    services = Services.build(database.session_factory)
    meeting, body, organization = sample_meeting(items)
    services.directory.save_organization(organization)
    services.directory.save_body(body)
    return services, services.meetings.create(meeting), database


def edit_to_pages(app: QApplication, pane: PreviewPane, meeting: Meeting, run: int) -> float:
    """Milliseconds from an edit to its pages, the pause after typing included."""
    edited = replace(meeting, title=f"{meeting.title} {run}")
    loop = QEventLoop()
    pane.rebuilt.connect(loop.quit)
    start = time.perf_counter()
    pane.show_meeting(edited)
    loop.exec()
    elapsed = (time.perf_counter() - start) * 1000
    pane.rebuilt.disconnect(loop.quit)
    app.processEvents()
    return elapsed


def rebuild_alone(app: QApplication, pane: PreviewPane, meeting: Meeting, run: int) -> float:
    pane.show_meeting(replace(meeting, title=f"{meeting.title} r{run}"))
    start = time.perf_counter()
    pane.rebuild()  # what the timer calls when typing pauses
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def word_file(services: Services, meeting_id: int, target: Path) -> float:
    start = time.perf_counter()
    services.documents.export_docx(meeting_id, target)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--items", type=int, default=20)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        services, meeting, database = store(folder, args.items)
        assert meeting.id is not None
        settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
        pane = PreviewPane(services.documents, settings)
        pane.resize(700, 900)
        pane.show()
        edit_to_pages(app, pane, meeting, -1)  # warm-up: fonts, the first layout
        word_file(services, meeting.id, folder / "warm.docx")
        waits, rebuilds, words = [], [], []
        for run in range(args.runs):  # interleaved, so that machine load hits all alike
            waits.append(edit_to_pages(app, pane, meeting, run))
            rebuilds.append(rebuild_alone(app, pane, meeting, run))
            words.append(word_file(services, meeting.id, folder / f"{run}.docx"))
        pages = pane.page_count()
        pane.close()
        database.close()
    wait, rebuild, word = (statistics.median(times) for times in (waits, rebuilds, words))
    print(f"{args.items}-item meeting, {pages} pages; medians of {args.runs} runs, in ms")
    rows = ((f"edit -> pages shown ({REBUILD_DELAY_MS} ms pause included)", wait),
            ("rebuild alone (preview() + page layout)", rebuild),
            ("baseline: the Word file (export_docx)", word))
    for label, value in rows:
        print(f"  {label:<46} {value:8.1f}")
    print(f"  rebuild / baseline: {rebuild / word:.2f}x")
    verdict = "OK" if wait <= TARGET_MS else "SLOW"
    print(f"target: pages current within {TARGET_MS:.0f} ms of the last keystroke: "
          f"{wait:.0f} ms -> {verdict}")
    return 0 if wait <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
