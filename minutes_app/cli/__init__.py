"""The command line: `minutes-app import | export-json | export-docx | export-pdf | list |
search | backup | backups | restore | check`.

Parsing and the commands live here; app.py opens the database, builds the services and calls
`run`. Every command reaches data only through the services. Errors are raised, not printed:
app.py turns each into one line on standard error and an exit code (2 for usage, 1 for data).
"""

import argparse
import sys
import time
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import NoReturn, TextIO

from minutes_app import __version__
from minutes_app.domain import Language, Status, TextFallback
from minutes_app.services import BackupInfo, Services
from minutes_app.services.documents import PDF_ENGINES, fallback_language
from minutes_app.services.transfer import TransferStage
from minutes_app.services.views import SearchFilter

PROG = "minutes-app"
STDIO = "-"


class UsageError(Exception):
    """The command line itself is wrong; the message is one line, prefixed with the program."""


class CommandError(Exception):
    """A command cannot do what was asked (unreadable file, unwritable target)."""


class DamageFound(CommandError):
    """`check` found the database damaged; the message names the newest good backup."""


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing the usage and exiting, so that app.py prints
    exactly one line and the tests can call `main` in-process."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: error: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Minutes: meeting minutes (протоколы) of public councils. Without a "
        "command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_db_option(parser, default=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for part in _review_parts():
        part.add_commands(commands)

    imp = _command(commands, "import", "import meetings, organisations, people and bodies from "
                   "a Minutes JSON file, version 1 or 2 (all or nothing)")
    imp.add_argument("file", metavar="FILE.json", help='the file to import ("-": standard input)')

    exp = _command(commands, "export-json", "write meetings as a Minutes JSON file (version 2), "
                   "with the organisations, people and bodies they name")
    exp.add_argument(
        "--meeting", metavar="ID", type=_meeting_id, action="append", dest="meeting_ids",
        help="a meeting to export (repeat for several; default: all, with the whole directory)",
    )
    exp.add_argument("-o", "--output", required=True, metavar="FILE.json",
                     help='where to write ("-": standard output)')

    _add_export_docx(commands)
    _add_export_pdf(commands)

    _command(commands, "list", "list the meetings: id, date, number, title")

    search = _command(commands, "search", "find meetings: id, date, number, title, passage")
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--from", dest="date_from", metavar="DATE", type=_search_date,
                        help="meetings on or after this date (YYYY-MM-DD or DD.MM.YYYY)")
    search.add_argument("--to", dest="date_to", metavar="DATE", type=_search_date,
                        help="meetings on or before this date")
    search.add_argument("--body", metavar="NAME", default="", help="meetings of this body")
    search.add_argument("--person", metavar="NAME", default="",
                        help="meetings this person attended or was given a task at")
    search.add_argument("--status", choices=[status.value for status in Status])

    _command(commands, "backup", "make a checked backup copy now and print its path")
    _command(commands, "backups", "list the backup copies: path, date and time, size, meetings")
    restore = _command(commands, "restore",
                       "put a backup copy in place of the database (the current file is kept)")
    restore.add_argument("backup", metavar="BACKUP", type=Path, help="the backup copy")
    _command(commands, "check", "check the database and its search index: ok, or the damage")
    self_test = _command(commands, "self-test", "check this installation: the translations "
                         "inside the package, the window's menus in a language (started "
                         "offscreen when there is no screen), python-docx's template")
    self_test.add_argument("--lang", choices=("ru", "kk", "en"), default="ru",
                           help="the interface language to check (default: ru)")
    return parser


def _add_export_docx(commands: "argparse._SubParsersAction[_Parser]") -> None:
    docx = _command(commands, "export-docx", "write the protocol of a meeting as a Word file")
    docx.add_argument("meeting_id", metavar="ID", type=_meeting_id, help="the meeting's id")
    docx.add_argument("-o", "--output", required=True, metavar="FILE.docx")
    _add_document_options(docx)
    docx.add_argument("--pair", metavar="LANG", choices=[language.value for language in Language],
                      help="also write the document in this language beside FILE.docx, as "
                      "FILE.LANG.docx (a хаттама and a протокол with one number and date)")


def _add_export_pdf(commands: "argparse._SubParsersAction[_Parser]") -> None:
    pdf = _command(commands, "export-pdf", "write the protocol of a meeting as a PDF file "
                   "(through LibreOffice when it is installed, else Qt's own PDF writer)")
    pdf.add_argument("meeting_id", metavar="ID", type=_meeting_id, help="the meeting's id")
    pdf.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    _add_document_options(pdf)
    pdf.add_argument("--engine", choices=PDF_ENGINES, default="auto",
                     help="libreoffice: the Word file as Word would print it; qt: laid out by "
                     "this program (no letterhead); auto: LibreOffice when installed, else qt")


def _add_document_options(parser: argparse.ArgumentParser) -> None:
    """What the document is: export-docx's and export-pdf's options."""
    parser.add_argument("--form", choices=("full", "short"), default="full",
                        help="full or short protocol (default: full)")
    parser.add_argument("--lang", choices=[language.value for language in Language],
                        help="the document language (default: the meeting's)")
    parser.add_argument("--template", metavar="LETTERHEAD.docx", type=Path,
                        help="the organisation's letterhead")
    parser.add_argument("--extract", metavar="N[,N...]", type=_agenda_numbers, default=(),
                        help="write an extract (выписка) of these agenda items only")


def _command(
    commands: "argparse._SubParsersAction[_Parser]", name: str, summary: str
) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=summary, description=summary)
    # SUPPRESS: `--db` after the command overrides the one before it only when given.
    _add_db_option(parser, default=argparse.SUPPRESS)
    return parser


def _add_db_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db", metavar="PATH_OR_URL", default=default,
        help="the database: a file path or an SQLAlchemy URL (default: $MINUTES_DB, else the "
        "file in your data folder)",
    )


def _meeting_id(text: str) -> int:
    if not text.strip().isascii() or not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a meeting id (a whole number)")
    return int(text)


def _agenda_numbers(text: str) -> tuple[int, ...]:
    """ "2,3" → (2, 3): the 1-based agenda items of an extract, each once."""
    parts = [part.strip() for part in text.split(",")]
    if not all(part.isascii() and part.isdigit() and int(part) >= 1 for part in parts):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a list of agenda item numbers such as 2,3"
        )
    return tuple(dict.fromkeys(int(part) for part in parts))


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Raises UsageError; `--help` and `--version` print and raise SystemExit(0)."""
    return build_parser().parse_args(argv)


def print_help() -> None:
    build_parser().print_help()


def run(args: argparse.Namespace, services: Services) -> int:
    """Run the parsed command; returns the exit code, raises on bad data."""
    commands = {
        "import": lambda: import_json(services, args.file),
        "export-json": lambda: export_json(services, args.meeting_ids, args.output),
        "export-docx": lambda: export_docx(services, args),
        "export-pdf": lambda: export_pdf(services, args),
        "list": lambda: list_meetings(services),
        "search": lambda: search(services, args.text, SearchFilter(
            args.date_from, args.date_to, args.body, args.person,
            Status(args.status) if args.status else None)),
        "backup": lambda: make_backup(services),
        "backups": lambda: list_backups(services),
        "restore": lambda: restore(services, args.backup),
        "check": lambda: check(services),
    }
    for part in _review_parts():
        commands |= part.handlers(services, args)
    return commands[args.command]()


def _review_parts() -> tuple[ModuleType, ...]:
    """The review half's commands (issue 10), each part in its own module of this package;
    imported here, when this module is whole, since they use its helpers."""
    from minutes_app.cli import approval, tasks

    return (tasks, approval)


def import_json(services: Services, file: str) -> int:
    """Import the whole file (its directory and meetings) in one transaction, reading it as it
    goes (standard input is first copied to a temporary file); print the new meetings' ids,
    then warn. On a terminal, standard error shows how far the import is; piped, it stays
    quiet."""
    if file == STDIO:
        with _standard_input_copy() as copy:
            return _import(services, copy, file)
    return _import(services, _readable(file), file)


def _import(services: Services, source: Path, file: str) -> int:
    line = ProgressLine(sys.stderr) if sys.stderr.isatty() else None
    try:
        result = services.transfer.import_file(source, file,
                                               progress=line.show if line else None)
    except OSError as error:  # the file could not be read to its end
        raise CommandError(f"cannot read {file}: {error.strerror or error}") from None
    finally:
        if line is not None:
            line.end()
    for meeting_id in result.ids:
        print(meeting_id)
    for warning in result.warnings:
        warn(one_line(str(warning)))
    return 0


class ProgressLine:
    """One line on a terminal, rewritten in place: "imported 1,234 / 10,000 meetings (456/s)"
    (first "checked 1,234 meetings (…/s)" while the file is checked). Rewritten at most
    five times a second, and always for the first and the last meeting of a stage."""

    INTERVAL = 0.2

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._stage: TransferStage | None = None
        self._started = self._shown = 0.0
        self._width = 0  # of the line shown, to blank what a shorter one leaves

    def show(self, stage: TransferStage, done: int, total: int) -> None:
        now = time.monotonic()
        if stage is not self._stage:
            self._stage, self._started, self._shown = stage, now, 0.0
        elif now - self._shown < self.INTERVAL and done != total:
            return
        self._shown = now
        rate = done / max(now - self._started, 1e-3)
        text = (f"imported {done:,} / {total:,} meetings ({rate:,.0f}/s)"
                if stage is TransferStage.IMPORTING else
                f"checked {done:,} meetings ({rate:,.0f}/s)")
        self._stream.write("\r" + text.ljust(self._width))
        self._stream.flush()
        self._width = len(text)

    def end(self) -> None:
        """Leave the last line shown on the screen."""
        if self._width:
            self._stream.write("\n")
            self._stream.flush()


def export_json(services: Services, meeting_ids: list[int] | None, output: str) -> int:
    """Write the meetings (all, with the whole directory, when no ids) as one document, into
    a file atomically or onto standard output, as they are read (a decade's archive is half
    a gigabyte: it is never held whole)."""
    if output == STDIO:
        sys.stdout.flush()
        services.transfer.write_json(sys.stdout.buffer, meeting_ids)  # UTF-8 whatever the
        sys.stdout.flush()  # console's encoding
    else:
        with writing_into(Path(output)):
            services.transfer.export_json_to(Path(output), meeting_ids)
    return 0


def export_docx(services: Services, args: argparse.Namespace) -> int:
    """Write the document (and with --pair its other-language twin); warn, one line each,
    about every text written in another language for want of a version in the document's."""
    meeting = services.meetings.get(args.meeting_id)  # a missing one: one line, before work
    if args.template is not None and not args.template.is_file():
        raise CommandError(f"cannot read the template {args.template}: there is no such file")
    language = Language(args.lang or meeting.language)
    target = Path(args.output)
    options = {"form": args.form, "template": args.template, "extract": args.extract}
    if args.pair is None:
        results = [services.documents.export_document(args.meeting_id, target,
                                                      language=language, **options)]
    else:
        if args.pair == language:
            raise CommandError(f"--pair {args.pair}: the document is already in {args.pair}; "
                               "give the pair's other language")
        targets = {language.value: target, args.pair: pair_target(target, args.pair)}
        results = services.documents.export_pair(args.meeting_id, targets, **options)
    for result in results:
        prefix = f"{result.path.name}: " if args.pair else ""
        for fallback in result.fallbacks:
            warn(prefix + fallback_warning(fallback, result.language,
                                           fallback_language(fallback, meeting)))
    return 0


def export_pdf(services: Services, args: argparse.Namespace) -> int:
    """Write the PDF; print its path and the engine that made it (a tab between); warn about
    texts written in another language, as export-docx does."""
    meeting = services.meetings.get(args.meeting_id)
    if args.template is not None and not args.template.is_file():
        raise CommandError(f"cannot read the template {args.template}: there is no such file")
    language = Language(args.lang or meeting.language)
    result = services.documents.export_pdf(
        args.meeting_id, Path(args.output), engine=args.engine, language=language,
        form=args.form, template=args.template, extract=args.extract)
    _print_row(result.path, result.engine)
    for fallback in result.fallbacks:
        warn(fallback_warning(fallback, result.language, fallback_language(fallback, meeting)))
    return 0


_LANGUAGE_NAMES = {Language.RU: "Russian", Language.KK: "Kazakh", Language.EN: "English"}
_QUOTED = 60  # characters of a fallen-back text shown in its warning


def pair_target(target: Path, language: str) -> Path:
    """протокол.docx -> протокол.ru.docx: the twin of a pair beside the first document."""
    return target.with_name(f"{target.stem}.{language}{target.suffix or '.docx'}")


def fallback_warning(fallback: TextFallback, language: Language, used: Language) -> str:
    """ "agenda[1].heard[0].text has no Kazakh text; the Russian text is used: «…»"."""
    text = one_line(fallback.text)
    if len(text) > _QUOTED:
        text = text[: _QUOTED - 1].rstrip() + "…"
    return (f"{fallback.path} has no {_LANGUAGE_NAMES[language]} text; the "
            f"{_LANGUAGE_NAMES[used]} text is used: «{text}»")


def list_meetings(services: Services) -> int:
    for summary in services.meetings.list_meetings():
        _print_row(summary.id, summary.date.isoformat(), summary.number, summary.title)
    return 0


def search(services: Services, text: str, filters: SearchFilter) -> int:
    """Print the matching meetings; finding nothing is not an error."""
    for hit in services.meetings.search(text, filters=filters):
        _print_row(hit.meeting_id, hit.date.isoformat(), hit.number, hit.title, hit.passage)
    return 0


def _search_date(text: str) -> date:
    """2019-11-22 or 22.11.2019, as a secretary writes it."""
    for form in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2019-11-22 or 22.11.2019")


def make_backup(services: Services) -> int:
    print(services.backups.make_backup("manual").path)
    return 0


def list_backups(services: Services) -> int:
    """One copy a line, newest first: path, date and time, size in bytes, meetings."""
    for info in services.backups.list_backups():
        meetings = str(info.meetings) if info.meetings >= 0 else "unreadable"
        _print_row(info.path, f"{info.created:%Y-%m-%d %H:%M:%S}", info.size, meetings)
    return 0


def restore(services: Services, backup: Path) -> int:
    """Print where the current file was kept."""
    if not backup.is_file():
        raise CommandError(f"cannot restore {backup}: there is no such file")
    print(services.backups.restore(backup))
    return 0


def check(services: Services) -> int:
    result = services.backups.check()
    if not result.ok:
        raise DamageFound(damaged_line(
            f"{services.backups.database_path} is damaged ({result.problem})",
            services.backups.newest_good_backup()))
    print("ok")
    return 0


def damaged_line(statement: str, newest: BackupInfo | None) -> str:
    """`statement` (what is damaged) and the way back: the newest good backup, if any."""
    if newest is None:
        return f"{statement}; there is no good backup of it"
    return (f"{statement}; the newest good backup is {newest.path} of "
            f"{newest.created:%Y-%m-%d %H:%M} — restore it with "
            f"`{PROG} restore {newest.path}`")


def _print_row(*cells: object) -> None:
    print("\t".join(one_line(str(cell)) for cell in cells))


def one_line(text: str) -> str:
    """Tabs and line breaks would break the one-meeting-a-line output, and control characters
    (ESC sequences from pasted text) would drive the terminal: make them all spaces."""
    # A printable text has no control character: only another is read a character at a time
    # (an import of ten years may print tens of thousands of warnings).
    visible = text if text.isprintable() else "".join(
        " " if unicodedata.category(c) == "Cc" else c for c in text)
    return " ".join(visible.split())


def warn(message: str) -> None:
    print(f"{PROG}: warning: {message}", file=sys.stderr)


@contextmanager
def _standard_input_copy() -> Iterator[Path]:
    """Standard input in a temporary file, removed afterwards: the import reads its file twice
    and a meeting at a time, never whole in memory."""
    import shutil  # only an import from standard input needs them
    import tempfile

    handle, name = tempfile.mkstemp(prefix="minutes-import-", suffix=".json")
    try:
        try:
            with open(handle, "wb") as copy:
                shutil.copyfileobj(sys.stdin.buffer, copy, 1 << 20)
        except OSError as error:
            raise CommandError(f"cannot copy standard input to {name}: "
                               f"{error.strerror or error}") from None
        yield Path(name)
    finally:
        with suppress(OSError):  # never hides why the import failed
            Path(name).unlink(missing_ok=True)


def _readable(file: str) -> Path:
    """The file, once it is known to open: a missing one is one line before any work."""
    path = Path(file)
    try:
        with path.open("rb"):
            return path
    except OSError as error:
        raise CommandError(f"cannot read {file}: {error.strerror or error}") from None


@contextmanager
def writing_into(target: Path) -> Iterator[None]:
    """A file that cannot be written is said in one line (the writers replace `target` whole
    or not at all: minutes_app.files)."""
    try:
        yield
    except OSError as error:
        hint = " (is it open in another program?)" if isinstance(error, PermissionError) else ""
        raise CommandError(f"cannot write {target}: {error.strerror or error}{hint}") from None
