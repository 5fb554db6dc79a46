"""Read a PDF back as a person reads it: its text page by page and its title, with poppler's
pdftotext and pdfinfo (installed by .ci/run with LibreOffice)."""

import html
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from minutes_app.export.pdf import find_libreoffice
from tests.export.conftest import plain


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing; install poppler-utils (.ci/run does)")
    return found


def pdf_pages(pdf: Path) -> list[str]:
    """The text of every page, no-break spaces as spaces."""
    out = subprocess.run([_tool("pdftotext"), "-layout", str(pdf), "-"], capture_output=True,
                         check=True, timeout=60).stdout.decode()
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()  # pdftotext ends every page with a form feed
    return [plain(page) for page in pages]


def pdf_text(pdf: Path) -> str:
    """The whole text, each run of spaces (a justified line's) as one space."""
    return "\n".join(" ".join(line.split()) for page in pdf_pages(pdf)
                     for line in page.splitlines())


def pdf_title(pdf: Path) -> str:
    out = subprocess.run([_tool("pdfinfo"), str(pdf)], capture_output=True, check=True,
                         timeout=60).stdout.decode()
    titles = [line.split(":", 1)[1].strip() for line in out.splitlines()
              if line.startswith("Title:")]
    return titles[0] if titles else ""


def needs_libreoffice() -> Path:
    """LibreOffice's program; locally a test skips without it, under CI it fails (as in
    test_pdf_conversion.py)."""
    found = find_libreoffice()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is missing on CI; .ci/run must install it")
        pytest.skip("LibreOffice (soffice) is not installed here")
    return found


def pdf_words(pdf: Path, page: int = 1) -> list[tuple[str, float, float, float, float]]:
    """The words of one page (1-based) with their boxes in points from the top left corner:
    (word, left, top, right, bottom)."""
    out = subprocess.run([_tool("pdftotext"), "-bbox", "-f", str(page), "-l", str(page),
                          str(pdf), "-"], capture_output=True, check=True, timeout=60).stdout
    words = []
    for match in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                             r'yMax="([\d.]+)">([^<]*)</word>', out.decode()):
        left, top, right, bottom = (float(match.group(i)) for i in range(1, 5))
        words.append((html.unescape(match.group(5)), left, top, right, bottom))
    return words


def pdf_fonts(pdf: Path) -> list[str]:
    """The names of the fonts the PDF uses (pdffonts)."""
    out = subprocess.run([_tool("pdffonts"), str(pdf)], capture_output=True, check=True,
                         timeout=60).stdout.decode()
    return [line.split()[0] for line in out.splitlines()[2:] if line.strip()]
