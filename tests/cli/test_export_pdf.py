"""export-pdf end to end: the command writes a PDF a person can read, says where and how, and
fails in one line.

A run with the qt engine starts Qt in this process: those tests take the `qapp` fixture, so
that the application is pytest-qt's QApplication (the window's tests need one) and not the
command line's own QGuiApplication."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import document, meeting, write

from minutes_app.export import pdf as pdf_engine
from tests.export.pdf_text import needs_libreoffice, pdf_text


def _stored(run, db: str, tmp_path: Path) -> str:
    source = write(tmp_path / "in.json", document(meeting(title="заседания совета по туризму")))
    (meeting_id,) = run("--db", db, "import", source).out.split()
    return meeting_id


def _one_error_line(result) -> None:
    assert result.code == 1 and result.out == ""
    assert result.err.startswith("minutes-app: error: ") and len(result.err.splitlines()) == 1


def test_export_pdf_with_qt_writes_the_protocol_and_says_where_and_how(qapp, run, db, tmp_path):
    meeting_id = _stored(run, db, tmp_path)
    target = tmp_path / "протокол.pdf"

    result = run("--db", db, "export-pdf", meeting_id, "-o", str(target), "--engine", "qt")

    assert (result.code, result.out, result.err) == (0, f"{target}\tqt\n", "")
    text = pdf_text(target)
    assert "ПРОТОКОЛ" in text and "заседания совета по туризму" in text
    assert "15.03.2026" in text and "И.И. Иванов" in text and "А.С. Петрова" in text


@pytest.mark.slow
def test_export_pdf_uses_libreoffice_when_it_is_installed(run, db, tmp_path):
    needs_libreoffice()
    meeting_id = _stored(run, db, tmp_path)
    target = tmp_path / "protocol.pdf"

    result = run("--db", db, "export-pdf", meeting_id, "-o", str(target), "--form", "short")

    assert (result.code, result.out, result.err) == (0, f"{target}\tlibreoffice\n", "")
    assert "заседания совета по туризму" in pdf_text(target)


def test_without_libreoffice_its_engine_is_one_line_and_writes_nothing(
    run, db, tmp_path, monkeypatch
):
    monkeypatch.setattr(pdf_engine, "find_libreoffice", lambda: None)
    meeting_id = _stored(run, db, tmp_path)
    target = tmp_path / "protocol.pdf"

    result = run("--db", db, "export-pdf", meeting_id, "-o", str(target),
                 "--engine", "libreoffice")

    _one_error_line(result)
    assert "LibreOffice is not installed" in result.err
    assert not target.exists()


def test_without_libreoffice_auto_writes_with_qt(qapp, run, db, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_engine, "find_libreoffice", lambda: None)
    meeting_id = _stored(run, db, tmp_path)
    target = tmp_path / "protocol.pdf"

    result = run("--db", db, "export-pdf", meeting_id, "-o", str(target), "--lang", "kk")

    assert (result.code, result.out) == (0, f"{target}\tqt\n")
    assert "ХАТТАМА" in pdf_text(target)
    assert result.err  # the Russian texts without a Kazakh version, one warning each
    assert all(line.startswith("minutes-app: warning: ") for line in result.err.splitlines())


@pytest.mark.parametrize("arguments, message", [
    (["--template", "no-such-letterhead.docx"], "cannot read the template"),
    (["--extract", "5"], "there is no item 5"),
])
def test_a_bad_option_is_one_line_and_writes_nothing(qapp, run, db, tmp_path, arguments,
                                                      message):
    meeting_id = _stored(run, db, tmp_path)
    target = tmp_path / "protocol.pdf"

    result = run("--db", db, "export-pdf", meeting_id, "-o", str(target), "--engine", "qt",
                 *arguments)

    _one_error_line(result)
    assert message in result.err
    assert not target.exists()


def test_a_missing_meeting_or_folder_is_one_line(run, db, tmp_path):
    meeting_id = _stored(run, db, tmp_path)

    _one_error_line(run("--db", db, "export-pdf", "99", "-o", str(tmp_path / "a.pdf")))
    missing = run("--db", db, "export-pdf", meeting_id, "-o", str(tmp_path / "no" / "a.pdf"))
    _one_error_line(missing)
    assert "does not exist" in missing.err


def test_an_unknown_engine_is_a_usage_error(run, db, tmp_path):
    result = run("--db", db, "export-pdf", "1", "-o", str(tmp_path / "a.pdf"),
                 "--engine", "word")
    assert result.code == 2 and "invalid choice: 'word'" in result.err


def test_the_real_program_writes_with_qt_when_its_display_cannot_be_reached(run, db, tmp_path):
    """A child process with no Qt application of its own yet, and a DISPLAY that leads
    nowhere (ssh): Qt's default platform would abort it."""
    meeting_id = _stored(run, db, tmp_path)
    target = tmp_path / "protocol.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "MINUTES_DB")}
    env |= {"DISPLAY": ":99", "PYTHONIOENCODING": "utf-8"}

    done = subprocess.run([sys.executable, "-m", "minutes_app", "--db", db, "export-pdf",
                           meeting_id, "-o", str(target), "--engine", "qt"],
                          capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=120, check=False)

    assert (done.returncode, done.stdout) == (0, f"{target}\tqt\n"), done.stderr
    assert "ПРОТОКОЛ" in pdf_text(target)
