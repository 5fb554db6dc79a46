"""The program's log: a rotating file in the user's log folder, and Python's fault handler.

When something goes wrong on a secretary's laptop, whoever helps her asks for this file: it says
what the program did and, for an unexpected error, the whole traceback. A hard crash (a fault in
Qt or a driver, where Python cannot say anything) still leaves the stacks of every thread in
`faults.log`, written by `faulthandler`.

The folder: $MINUTES_LOG_DIR when set (tests, portable installs), else the platform's log folder
(Windows: %LOCALAPPDATA%\\Minutes\\Logs; Linux: ~/.local/state/Minutes/log).
"""

import faulthandler
import logging
import os
import platform
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO

import platformdirs

from minutes_app import __version__

ENV_LOG_DIR = "MINUTES_LOG_DIR"
LOG_NAME = "minutes.log"
FAULTS_NAME = "faults.log"
MAX_BYTES = 1_000_000  # a few weeks of a day's work; then the oldest of 5 files goes
BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_handler: RotatingFileHandler | None = None
_faults: IO[str] | None = None


def log_folder() -> Path:
    configured = os.environ.get(ENV_LOG_DIR, "").strip()
    if configured:
        return Path(configured)
    return platformdirs.user_log_path("Minutes", appauthor=False)


def start_logging(folder: Path | None = None) -> Path | None:
    """Send the program's log records to `folder`/minutes.log (rotating) and faults to
    faults.log; returns the log's path, or None when the folder cannot be written (the program
    runs on without a log rather than not at all). Calling it again moves the log."""
    global _handler, _faults
    folder = folder or log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / LOG_NAME, maxBytes=MAX_BYTES,
                                      backupCount=BACKUPS, encoding="utf-8")
        faults = (folder / FAULTS_NAME).open("a", encoding="utf-8")
    except OSError:
        return None
    stop_logging()
    handler.setFormatter(logging.Formatter(_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    _handler = handler
    if faulthandler.is_enabled():  # already on (python -X faulthandler, a test runner): kept
        faults.close()
    else:
        _faults = faults
        faulthandler.enable(file=faults, all_threads=True)
    logging.getLogger("minutes_app").info(
        "Minutes %s started: Python %s, %s", __version__, platform.python_version(),
        platform.platform())
    return folder / LOG_NAME


def stop_logging() -> None:
    """Close the log and the fault file (the end of a run, or a test)."""
    global _handler, _faults
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    if _faults is not None:  # only when this module turned the fault handler on
        faulthandler.disable()
        _faults.close()
        _faults = None
