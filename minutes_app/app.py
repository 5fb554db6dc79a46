"""The composition root: `minutes-app` and `python main.py` start here.

With a command, it opens the database, builds the services and runs the command line; without
one, the window. Whatever goes wrong, the user gets one line on standard error and an exit
code (2: the command line is wrong; 1: the data, a file or the database is) - never a traceback.
"""

import argparse
import io
import os
import sys
from collections.abc import Sequence

from minutes_app import cli
from minutes_app.domain import DomainError
from minutes_app.interchange import InterchangeError
from minutes_app.services import ServiceError, Services
from minutes_app.storage.db import DatabaseError, open_database, resolve_database_url

EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
_MAX_MESSAGE = 500


def main(argv: Sequence[str] | None = None) -> int:
    _never_fail_on_unencodable_output()
    try:
        args = cli.parse_args(argv)
    except cli.UsageError as error:
        _say(str(error))
        return EXIT_USAGE
    except SystemExit as done:  # --help, --version
        return done.code if isinstance(done.code, int) else 0
    if args.command is None:
        return _run_window(args)
    try:
        return _run_command(args)
    except KeyboardInterrupt:
        _say(f"{cli.PROG}: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `minutes-app list | head -1`: the reader has gone, not an error
        _silence_stdout()
        return EXIT_DATA
    except Exception as error:  # the last resort: one line, never a traceback
        _say(f"{cli.PROG}: error: {describe_error(error)}")
        return EXIT_DATA


def _run_command(args: argparse.Namespace) -> int:
    database = open_database(resolve_database_url(args.db))
    try:
        return cli.run(args, Services.build(database.session_factory))
    finally:
        database.close()


def _run_window(args: argparse.Namespace) -> int:
    """Open the main window on the database of `args.db` (None: $MINUTES_DB, else the default
    file) and return the application's exit code."""
    from minutes_app import ui  # Qt is loaded only when the window is wanted

    try:
        database = open_database(resolve_database_url(args.db))
    except DatabaseError as error:
        message = describe_error(error)
        _say(f"{cli.PROG}: error: {message}")
        ui.show_startup_error(message)  # started from a desktop icon, nobody reads stderr
        return EXIT_DATA
    try:
        return ui.run_window(Services.build(database.session_factory), sys.argv[:1])
    finally:
        database.close()


def describe_error(error: BaseException) -> str:
    """What went wrong, on one line a person can read."""
    if isinstance(error, DomainError):
        text = f"{error.field}: {error.message}" if error.field else error.message
    elif isinstance(error, UnicodeError):
        text = f"the text is not valid UTF-8 ({error})"
    elif isinstance(error, OSError) and error.strerror:
        text = f"{error.filename}: {error.strerror}" if error.filename else error.strerror
    elif isinstance(
        error, InterchangeError | ServiceError | DatabaseError | cli.CommandError | OSError
    ):
        text = str(error)
    else:
        text = f"unexpected {type(error).__name__}" + (f": {error}" if str(error) else "")
    lines = text.strip().splitlines() or [type(error).__name__]
    first = lines[0]
    return first if len(first) <= _MAX_MESSAGE else first[:_MAX_MESSAGE] + "…"


def _say(line: str) -> None:
    print(line, file=sys.stderr)


def _never_fail_on_unencodable_output() -> None:
    """A console or pipe in a legacy code page (cp1251 has no ә, ғ, қ) must not turn a Kazakh
    title into a crash: unencodable characters become "?" instead."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so that the final flush cannot raise."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
