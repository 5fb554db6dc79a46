"""The Qt binding the project installs must not corrupt the interpreter.

PySide6-Essentials 6.12.0 on Python 3.11 released a reference to None on every call that
returns nothing; after a few thousand calls (a working day of typing) the app aborted with
"Fatal Python error: deallocating None". pyproject.toml pins below it; this keeps it so.
"""

import sys

from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Протокол")
    assert sys.getrefcount(None) >= before - 100
