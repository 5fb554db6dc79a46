"""Render the pages of the official document that docs/export/ shows, to be looked at:

    python docs/make_document_pages.py     # types the seminar into the window first (~1 min)

- seminar_{ru,kk}-page1.png and seminar_{ru,kk}-signatures.png: the seminar of
  tests/gui/seminar_data.py typed into a real window by docs/make_screenshots.py --record
  and exported there as a Russian/Kazakh pair;
- extract_ru-page1.png: an extract of item 2 of the council's meeting of tests/export/samples.py
  (19 of 22 members present: the quorum line of an extract); extract_kk-page1.png: an extract
  of the Kazakh meeting of the same samples;
- minutes_en-page1.png: the English minutes of the samples (a board whose roster is not in the
  directory: no quorum line), signatures included.
- approved_ru-page1.png: the council's meeting of the samples, approved: the QR-code requisite
  at the bottom right of page 1 (issue 10).

Each document goes through LibreOffice to PDF (as Word would print it), then poppler renders
its pages at 100 dpi; the signature page is the last page with the secretary's signature
line before the attendance annex.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "gui")]
RESOLUTION = "100"
ANNEX_TITLES = ("СПИСОК ПРИСУТСТВУЮЩИХ", "ҚАТЫСУШЫЛАРДЫҢ ТІЗІМІ", "LIST OF THOSE PRESENT")


def record_seminar(scratch: Path) -> dict[str, Path]:
    """The seminar typed into the window; its exported documents by language."""
    database = scratch / "seminar.sqlite3"
    subprocess.run([sys.executable, str(ROOT / "docs" / "make_screenshots.py"), "--record",
                    str(database)], check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return {language: scratch / f"seminar_{language}.docx" for language in ("ru", "kk")}


def sample_documents(scratch: Path) -> dict[str, Path]:
    from dataclasses import replace
    from datetime import date

    from minutes_app.domain import Approval, Status
    from minutes_app.domain.fingerprint import fingerprint
    from minutes_app.export import DocxOptions, write_docx
    from tests.export.samples import (
        BODY,
        ORGANIZATION,
        english_meeting,
        kazakh_meeting,
        russian_meeting,
    )

    council = russian_meeting()
    approved = replace(council, status=Status.APPROVED,
                       approval=Approval("М.Ч. Когамов", date(2019, 11, 25), fingerprint(council)))
    written = {}
    for name, meeting, options, body in (
        ("approved_ru", approved, DocxOptions(), BODY),
        ("extract_ru", russian_meeting(), DocxOptions(extract=(2,)), BODY),
        ("extract_kk", kazakh_meeting(), DocxOptions(extract=(1,)), None),
        ("minutes_en", english_meeting(), DocxOptions(), None),  # a board of no roster here
    ):
        written[name] = write_docx(meeting, scratch / f"{name}.docx", options, body,
                                   ORGANIZATION)
    return written


def pdf_of(document: Path, scratch: Path) -> Path:
    profile = scratch / "profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(scratch), str(document)],
                   check=True, stdout=subprocess.DEVNULL, timeout=180)
    return scratch / f"{document.stem}.pdf"


def page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return text.split("\f")[:-1] or [text]


def signature_page(texts: list[str]) -> int:
    """1-based: the last page before the annex that has a signature line."""
    body = [t for t in texts if not any(title in t for title in ANNEX_TITLES)] or texts
    signed = [i for i, text in enumerate(body, start=1) if "______" in text]
    return signed[-1] if signed else len(body)


def render(pdf: Path, page: int, target: Path) -> None:
    stem = target.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", RESOLUTION, "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)


def main() -> int:
    out = ROOT / "docs" / "export"
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="minutes-pages-"))
    try:
        documents = {f"seminar_{k}": v for k, v in record_seminar(scratch).items()}
        documents |= sample_documents(scratch)
        for name, document in documents.items():
            pdf = pdf_of(document, scratch)
            texts = page_texts(pdf)
            render(pdf, 1, out / f"{name}-page1.png")
            signed = signature_page(texts)
            if not name.startswith("extract") and signed > 1:  # else page 1 shows them
                render(pdf, signed, out / f"{name}-signatures.png")
            print(f"{name}: {len(texts)} pages")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
