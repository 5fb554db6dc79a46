"""`minutes-app import` shows how far it is on a terminal and says nothing more when piped."""

import io
import os
import pty
import subprocess
import sys
import tempfile
from pathlib import Path

from cli_helpers import document, meeting, write

from minutes_app.app import main as command_line
from minutes_app.cli import ProgressLine
from minutes_app.services.transfer import TransferStage


def run_import(tmp_path: Path, source: str, *, terminal: bool) -> tuple[int, str, str]:
    """The real program in a child process, its standard error a terminal (a pty) or a
    pipe: (exit code, standard output, standard error)."""
    env = {k: v for k, v in os.environ.items() if k != "MINUTES_DB"}
    env |= {"XDG_DATA_HOME": str(tmp_path / "xdg-data"), "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "minutes_app", "--db", str(tmp_path / "m.sqlite3"),
               "import", source]
    if not terminal:
        done = subprocess.run(command, capture_output=True, env=env, timeout=60, check=False)
        return done.returncode, done.stdout.decode(), done.stderr.decode()
    controller, terminal_end = pty.openpty()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=terminal_end,
                          env=env) as child:
        os.close(terminal_end)
        shown = bytearray()
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the child closed the terminal (EIO on Linux)
                break
            if not chunk:
                break
            shown += chunk
        assert child.stdout is not None
        out = child.stdout.read().decode()
        code = child.wait(timeout=60)
    os.close(controller)
    return code, out, shown.decode()


def three_meetings(tmp_path: Path) -> str:
    return write(tmp_path / "in.json", document(*(meeting(number=str(n)) for n in (1, 2, 3))))


def test_on_a_terminal_a_progress_line_is_rewritten_in_place(tmp_path):
    code, out, shown = run_import(tmp_path, three_meetings(tmp_path), terminal=True)
    assert code == 0, shown
    assert len(out.split()) == 3  # the ids, on standard output as ever
    assert "\rchecked 1 meetings (" in shown
    lines = shown.replace("\r\n", "\n").split("\n")
    last = lines[-2].split("\r")[-1]  # what stays on the screen
    assert last.startswith("imported 3 / 3 meetings (") and last.rstrip().endswith("/s)")
    assert lines[-1] == ""


def test_piped_the_import_prints_only_the_ids(tmp_path):
    code, out, err = run_import(tmp_path, three_meetings(tmp_path), terminal=False)
    assert (code, err) == (0, "")
    assert len(out.split()) == 3


def test_the_line_counts_with_thousands_separators_and_blanks_a_longer_one():
    stream = io.StringIO()
    line = ProgressLine(stream)
    line.show(TransferStage.CHECKING, 12_345, 0)
    line.show(TransferStage.IMPORTING, 0, 12_345)
    line.show(TransferStage.IMPORTING, 12_345, 12_345)
    line.end()
    shown = stream.getvalue().split("\r")[1:]
    assert shown[0].startswith("checked 12,345 meetings (")
    assert shown[1].startswith("imported 0 / 12,345 meetings (")
    assert len(shown[1]) >= len(shown[0])  # the longer line before is blanked out
    assert shown[2].startswith("imported 12,345 / 12,345 meetings (") and shown[2].endswith("\n")


def test_nothing_shown_nothing_to_end():
    stream = io.StringIO()
    ProgressLine(stream).end()
    assert stream.getvalue() == ""


def test_standard_input_is_imported_from_a_temporary_copy_that_is_then_removed(
        tmp_path, monkeypatch, capsys):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    data = Path(three_meetings(tmp_path)).read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert command_line(["--db", str(tmp_path / "m.sqlite3"), "import", "-"]) == 0
    assert len(capsys.readouterr().out.split()) == 3
    assert list(scratch.iterdir()) == []
