"""The core runs without Qt: a backstop for the import-linter contracts in pyproject.toml."""

import subprocess
import sys


def test_core_imports_without_qt() -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None; sys.modules['shiboken6'] = None\n"
        "import minutes_app.domain, minutes_app.storage.db, minutes_app.services\n"
        "import minutes_app.export, minutes_app.interchange, minutes_app.cli\n"
        "print('ok')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
