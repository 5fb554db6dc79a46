"""The real program in a child process: exit codes, one-line errors, no traceback, ever."""

import os
import subprocess
import sys
from pathlib import Path

from cli_helpers import Result, document, meeting, write

from minutes_app.interchange import parse_document

MAIN_PY = Path(__file__).resolve().parents[2] / "main.py"


def program(*args: str, tmp_path: Path, entry: tuple[str, ...] = ("-m", "minutes_app")) -> Result:
    env = {k: v for k, v in os.environ.items() if k != "MINUTES_DB"}
    env |= {"XDG_DATA_HOME": str(tmp_path / "xdg-data"), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, *entry, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )
    assert "Traceback" not in done.stderr
    return Result(done.returncode, done.stdout, done.stderr)


def test_bad_import_exits_1_with_one_line_and_imports_nothing(tmp_path: Path):
    db = str(tmp_path / "m.sqlite3")
    bad = write(
        tmp_path / "bad.json",
        document(meeting(number="1"), meeting(number="2", attendees=[{"nmae": "Петров"}])),
    )
    result = program("--db", db, "import", bad, tmp_path=tmp_path)
    assert (result.code, result.out) == (1, "")
    assert result.err == 'minutes-app: error: meetings[1].attendees[0]: unknown key "nmae"\n'
    listed = program("list", "--db", db, tmp_path=tmp_path)
    assert (listed.code, listed.out, listed.err) == (0, "", "")


def test_main_py_imports_and_export_gives_the_meetings_back(tmp_path: Path):
    db = str(tmp_path / "m.sqlite3")
    source = write(
        tmp_path / "in.json",
        document(meeting(number="1"), meeting(number="2", title="Қазақ тілінде 👩🏽‍💻")),
    )
    imported = program("import", source, "--db", db, tmp_path=tmp_path, entry=(str(MAIN_PY),))
    assert imported.code == 0, imported.err
    assert len(imported.out.split()) == 2
    exported = program("--db", db, "export-json", "-o", "-", tmp_path=tmp_path)
    assert exported.code == 0, exported.err
    assert parse_document(exported.out) == parse_document(Path(source).read_bytes())


def test_usage_error_and_broken_database_never_show_a_traceback(tmp_path: Path):
    usage = program("export-docx", "1", "-o", "p.docx", "--extract", "x", tmp_path=tmp_path)
    assert usage.code == 2 and len(usage.err.splitlines()) == 1
    broken = write(tmp_path / "broken.sqlite3", b"\x00garbage" * 1000)
    result = program("--db", broken, "search", '"(AND*', tmp_path=tmp_path)
    assert result.code == 1 and len(result.err.splitlines()) == 1
    assert result.err.startswith("minutes-app: error: ")
