"""The composition root: `minutes-app` and `python main.py` start here.

With a command, it opens the database, builds the services and runs the command line; without
one, the window. Whatever goes wrong, the user gets one line on standard error and an exit
code (2: the command line is wrong; 1: the data, a file or the database is) - never a traceback.
The window's start (no arguments, or only --db) loads no command-line module.
"""

import gc
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

from minutes_app.domain import DomainError
from minutes_app.interchange import InterchangeError
from minutes_app.services import ServiceError, Services, StorageFailure
from minutes_app.storage import backup as backups
from minutes_app.storage.db import (
    Database,
    DatabaseDamaged,
    DatabaseError,
    open_database,
    resolve_database_url,
    with_password,
)
from minutes_app.storage.errors import PasswordRequired
from minutes_app.storage.migrate import sqlite_path

if TYPE_CHECKING:  # the window's modules are imported only when the window is wanted
    import argparse

    from minutes_app.export.html import PagedHtml
    from minutes_app.ui.startup import WindowStart

PROG = "minutes-app"  # cli.PROG, known without loading the command line
EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
_MAX_MESSAGE = 500
_MAX_RECOVERIES = 3  # damaged files moved aside in one start before giving up


def main(argv: Sequence[str] | None = None) -> int:
    _never_fail_on_unencodable_output()
    backup = _backup_to_open(list(sys.argv[1:] if argv is None else argv))
    if backup is not None:  # `minutes FILE.json`: the installer's double-click on a backup
        return _run_window(None, backup)
    arguments = list(sys.argv[1:] if argv is None else argv)
    if _only_the_window(arguments):
        return _run_window(arguments[-1] if arguments else None)
    gc.enable()  # main.py turned it off while the modules loaded; only the window waits
    from minutes_app import cli

    try:
        args = cli.parse_args(argv)
    except cli.UsageError as error:
        _say(str(error))
        return EXIT_USAGE
    except SystemExit as done:  # --help, --version
        return done.code if isinstance(done.code, int) else 0
    if args.command is None:
        return _run_window(args.db)
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


def _only_the_window(arguments: list[str]) -> bool:
    """No arguments, or `--db PATH_OR_URL` alone: the window, without parsing by the command
    line (anything else, --db=... and --help included, goes to cli.parse_args)."""
    return not arguments or (len(arguments) == 2 and arguments[0] == "--db"
                             and not arguments[1].startswith("-"))


def _backup_to_open(arguments: list[str]) -> Path | None:
    """A path ending in .json as the only argument: the window, offering that backup."""
    if len(arguments) == 1 and arguments[0].lower().endswith(".json"):
        return Path(arguments[0])
    return None


def _run_command(args: "argparse.Namespace") -> int:
    from minutes_app import cli

    url = resolve_database_url(args.db)
    try:
        database = open_database(url)
    except DatabaseDamaged as damaged:
        if args.command == "restore":  # the way out of a damaged file must stay open
            return _restore_over_damaged(url, damaged.path, args.backup)
        raise cli.CommandError(cli.damaged_line(str(damaged), damaged.newest_backup)) from None
    try:
        services = Services.build(database.session_factory, database_path=database.path,
                                  read_only=database.read_only, pdf_writer=write_pdf_with_qt)
        if args.command == "self-test":  # the window's side: Qt, only here
            from minutes_app.ui.self_test import run_self_test

            return run_self_test(services, args.lang)
        return cli.run(args, services)
    except StorageFailure as failure:
        # Damage that opening did not see (a bad page in the middle) shows up in a query.
        if failure.kind != "damaged" or database.path is None:
            raise
        database.close()
        raise cli.CommandError(cli.damaged_line(
            f"{database.path} is damaged ({failure.detail})",
            backups.newest_good_backup(database.path))) from None
    finally:
        database.close()


def write_pdf_with_qt(paged: "PagedHtml", target: Path) -> None:
    """Qt's PDF writer for the services (used without LibreOffice); Qt is imported only when
    it writes, so the other commands start without it."""
    from minutes_app.ui.pages import write_pdf

    write_pdf(paged, target)


def _restore_over_damaged(url: str, path: Path, backup: Path) -> int:
    """`restore` on a file that cannot be opened: it is renamed aside (never deleted), the
    copy put in its place and opened once (an older copy is upgraded); prints where the
    damaged file went."""
    from minutes_app import cli

    if not backup.is_file():
        raise cli.CommandError(f"cannot restore {backup}: there is no such file")
    checked = backups.check_copy(backup)
    if not checked.ok:
        raise cli.CommandError(f"cannot restore {backup}: {checked.problem}")
    kept = backups.move_aside(path, "damaged")
    try:
        backups.restore_file(backup, path)
        open_database(url).close()
    except DatabaseError:
        backups.remove_database_files(path)
        backups.put_back(kept, path)
        raise
    print(kept)
    return 0


def _run_window(db: str | None, backup: Path | None = None) -> int:
    """Open the main window on the database `db` (None: $MINUTES_DB, else the default file)
    and return the application's exit code.

    In this order: the application and its language (so every message after it is in the
    user's language); the database's address (one in memory is refused: the window's
    background saves would lose it); the one-window lock, held until the window closes; the
    database, whose damaged file is moved aside and the newest good backup offered; the window.
    """
    # The start makes hundreds of thousands of objects that all live on (modules, widgets, the
    # list's rows) and no garbage to speak of: the cycle collector would only walk them again
    # and again (an eighth of the start at 10,000 meetings, measured). It is off until the window
    # is ready, which then freezes what the start made and turns it back on (startup.py).
    gc.disable()
    from minutes_app.ui.startup import WindowStart  # Qt is loaded only for the window

    start = WindowStart(sys.argv[:1])
    start.backup = backup  # offered for import once the window is shown
    try:
        return _start_window(resolve_database_url(db), start)
    except Exception as error:  # started from a desktop icon: a box, never a traceback
        _say(f"{PROG}: error: {describe_error(error)}")
        start.messages.cannot_open_because(error)  # in the user's language
        return EXIT_DATA
    finally:
        start.close()
        gc.enable()  # also when the window never got that far


def _start_window(url: str, start: "WindowStart") -> int:
    """The lock, then the database and the window (see _run_window)."""
    from minutes_app.ui.single_instance import InstanceLock, lock_path_for

    parsed = make_url(url)
    path = sqlite_path(parsed)
    if path is None and parsed.get_backend_name() == "sqlite":
        _say(f"{PROG}: error: the window cannot use a database in memory")
        start.messages.refuse_in_memory_database()
        return EXIT_DATA
    shown_name = str(path) if path is not None else parsed.render_as_string(hide_password=True)
    lock = InstanceLock(lock_path_for(path, shown_name))
    holder = lock.acquire()
    if holder is not None:
        _say(f"{PROG}: error: {shown_name} is already open in another window "
             f"(process {holder.pid} on {holder.host})")
        start.messages.refuse_second_copy(holder, shown_name)
        return EXIT_DATA
    try:
        return _open_and_run_window(url, path, start)
    finally:
        lock.release()


def _open_and_run_window(url: str, path: Path | None, start: "WindowStart") -> int:
    """Open the database and run the window; a damaged file (found while opening, or while
    the window reads the meetings) goes through _recover_damaged, then we try again."""
    for _attempt in range(_MAX_RECOVERIES):
        try:
            opened = _open_asking_password(url, start)
        except DatabaseDamaged as damage:
            if not _recover_damaged(damage, start):
                return EXIT_DATA
            continue
        if opened is None:  # no password given: the user chose not to connect
            return EXIT_DATA
        database, url = opened
        try:
            services = Services.build(database.session_factory, database_path=database.path,
                                      read_only=database.read_only, pdf_writer=write_pdf_with_qt)
            try:
                window = start.build_window(services)
            except StorageFailure as error:
                if path is None or error.kind != "damaged":
                    raise
                database.close()  # no connection may stay open on a file moved aside
                damaged = DatabaseDamaged(f"{path} is damaged ({error.detail})", path=path,
                                          newest_backup=backups.newest_good_backup(path))
                if not _recover_damaged(damaged, start):
                    return EXIT_DATA
                continue
            return start.run(window)
        finally:
            database.close()
    raise DatabaseError("the database is still damaged after restoring its backups")


def _open_asking_password(url: str, start: "WindowStart") -> tuple[Database, str] | None:
    """Open the database; a server that asks for a password gets the one the user types,
    asked again while it is refused; None when the user gives none. The password is kept in
    memory only (in the URL returned with the database), never in the settings."""
    asked = url
    while True:
        try:
            return open_database(asked), asked
        except PasswordRequired as needed:
            _say(f"{PROG}: {needed}")
            password = start.messages.ask_password(needed.server, refused=needed.refused)
            if password is None:
                return None
            asked = with_password(url, password)


def _recover_damaged(damage: DatabaseDamaged, start: "WindowStart") -> bool:
    """Move the damaged file aside (never deleted, never overwritten) and ask: restore the
    newest good backup, or with none start empty, or quit. True: open the database again."""
    from minutes_app.ui.startup import EMPTY, RESTORE

    kept_as = damage.moved_to or backups.move_aside(damage.path)
    _say(f"{PROG}: {describe_error(damage)}; the file was kept as {kept_as}")
    backup = damage.newest_backup
    answer = start.messages.ask_after_damage(damage, kept_as, backup)
    if answer == RESTORE and isinstance(backup, backups.BackupInfo):
        backups.restore_file(backup.path, damage.path)
        return True
    return answer == EMPTY and backup is None


def describe_error(error: BaseException) -> str:
    """What went wrong, on one line a person can read."""
    from minutes_app import cli  # its errors are among those said as they are

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
