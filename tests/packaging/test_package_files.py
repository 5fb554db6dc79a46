"""What an installed Minutes needs besides its code: the icon inside the package, a licence,
and a window entry that survives pythonw (no standard streams)."""

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]


def test_the_licence_is_mit_with_its_files_and_the_notices_name_qt_lgpl():
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    for name in project["license-files"]:
        assert (PROJECT / name).is_file(), name
    assert "MIT License" in (PROJECT / "LICENSE").read_text(encoding="utf-8")
    notices = (PROJECT / "THIRD_PARTY_NOTICES.md").read_text(encoding="utf-8")
    assert "LGPL-3.0" in notices and "PySide6" in notices


def test_the_window_has_a_gui_script_and_the_command_line_a_console_script():
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["gui-scripts"] == {"minutes": "minutes_app.window_main:main"}
    assert project["scripts"]["minutes-app"] == "minutes_app.app:main"


def test_the_icon_has_every_size_and_loads(qapp):
    from minutes_app.ui.app_icon import SIZES, app_icon

    icon = app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(SIZES)
    assert not icon.pixmap(48, 48).isNull()


def test_the_window_entry_runs_without_standard_streams(tmp_path):
    """pythonw.exe gives no stdout/stderr: the entry must not crash on its first message.
    `--version` writes to stdout; run with both streams closed to None as pythonw does."""
    code = ("import sys; sys.stdout = sys.stderr = None; sys.argv = ['minutes', '--version']\n"
            "from minutes_app.window_main import main\n"
            "try:\n    main()\nexcept SystemExit as done:\n    raise SystemExit(done.code)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("size", [16, 256])
def test_the_icon_files_are_in_the_package(size):
    from importlib.resources import files

    data = (files("minutes_app.ui") / "icons" / f"minutes-{size}.png").read_bytes()
    assert data.startswith(b"\x89PNG")
