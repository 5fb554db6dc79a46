"""Every form in every language opens in LibreOffice and prints: converted to PDF, with pages
and the document's own words in the PDF's text.

LibreOffice is installed by .ci/run; locally the test skips without it, but under CI (the CI
environment variable set) a missing LibreOffice is a failure, not a skip.
"""

import contextlib
import os
import re
import shutil
import signal
import subprocess
from datetime import date

import pytest

from minutes_app.export import DocxOptions, write_docx
from tests.export.samples import (
    BODY,
    ORGANIZATION,
    english_meeting,
    kazakh_meeting,
    russian_meeting,
    seminar_in_kazakh_too,
    seminar_meeting,
)
from tests.export.templates import letterhead

CASES = {
    "ru_full": (russian_meeting, {}, ["ПРОТОКОЛ", "СЛУШАЛИ", "СПИСОК ПРИСУТСТВУЮЩИХ"]),
    "ru_short": (russian_meeting, {"form": "short"}, ["ПРОТОКОЛ", "ПОСТАНОВИЛИ"]),
    "ru_extract": (russian_meeting, {"extract": (2,)}, ["ВЫПИСКА ИЗ ПРОТОКОЛА", "Верно:"]),
    "kk_full": (kazakh_meeting, {}, ["ХАТТАМАСЫ", "ТЫҢДАЛДЫ", "ҚАУЛЫ ЕТТІ"]),
    "kk_short": (kazakh_meeting, {"form": "short"}, ["ХАТТАМА", "СӨЗ СӨЙЛЕГЕНДЕР"]),
    "kk_extract": (kazakh_meeting, {"extract": (1,)}, ["хаттамасынан ҮЗІНДІ", "Үзінді дұрыс:"]),
    "en_full": (english_meeting, {}, ["MINUTES", "RESOLVED that", "ACTION ITEMS"]),
    "en_short": (english_meeting, {"form": "short"}, ["MINUTES", "carried"]),
    "en_extract": (english_meeting, {"extract": (1,)}, ["EXTRACT FROM THE MINUTES"]),
    "ru_seminar": (seminar_meeting, {}, ["Форма проведения: семинар",
                                         "Время проведения: 10:00–12:30"]),
    "kk_seminar": (seminar_meeting, {"language": "kk"}, ["Өткізу уақыты: 10:00–12:30"]),
    # the seminar recorded whole, written from its Kazakh texts (issue 8)
    "kk_whole_seminar": (seminar_in_kazakh_too, {"language": "kk"},
                         ["Ұйымдастырушылар", "Барлығы қатысқаны: 67 адам", "Ұсыныстар айтылды",
                          "Қорытындысында қатысушылар атап өтті"]),
}


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is missing on CI; .ci/run must install it")
        pytest.skip("LibreOffice (soffice) is not installed here")
    return found


def _convert(soffice: str, sources: list, outdir, profile) -> None:
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--convert-to", "pdf", "--outdir", str(outdir), *map(str, sources)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        output, _ = process.communicate(timeout=240)
    finally:
        # soffice may leave a helper behind in its own process group (baselines.md §3)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 0, output.decode(errors="replace")


def _pages(pdf) -> int:
    """Page objects in the PDF (LibreOffice writes no compressed object streams)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf.read_bytes()))


@pytest.mark.slow
def test_every_form_and_language_converts_to_pdf(tmp_path):
    soffice = _soffice()
    sources = []
    for name, (make, options, _) in CASES.items():
        options = {"issued_on": date(2019, 11, 25), **options}
        sources.append(write_docx(make(), tmp_path / f"{name}.docx", DocxOptions(**options),
                                  BODY, ORGANIZATION))
    sources.append(write_docx(russian_meeting(), tmp_path / "ru_letterhead.docx",
                              template=letterhead(tmp_path / "blank.docx")))
    outdir = tmp_path / "pdf"

    _convert(soffice, sources, outdir, tmp_path / "profile")

    for source in sources:
        pdf = outdir / f"{source.stem}.pdf"
        assert pdf.is_file() and _pages(pdf) >= 1, source.name
    assert _pages(outdir / "ru_full.pdf") >= 2  # the attendance annex starts a new page
    if shutil.which("pdftotext") is None:
        return
    for name, (_, _, words) in CASES.items():
        pdf = outdir / f"{name}.pdf"
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True,
                              timeout=60).stdout.decode()
        for word in words:
            assert word in text, f"{name}: {word!r} not in the PDF text"
