from pathlib import Path

import pytest
from cli_helpers import Result

from minutes_app.app import main


@pytest.fixture(autouse=True)
def _no_real_user_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --db the program falls back to $MINUTES_DB, then to the user's data folder:
    point both into the test's folder so that no test ever touches a real database."""
    monkeypatch.delenv("MINUTES_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "minutes.sqlite3")


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run `minutes-app ARGS` in-process; returns its exit code and what it printed."""

    def run(*args: str) -> Result:
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
