"""The command line's approval: `minutes-app approve`, `reopen`, `history` and `verify` (issue 10).

CONTRACT (issue 10): `add_commands(commands)` adds this part's subcommands to the parser (use
`minutes_app.cli._command` for each, so that `--db` works after the command too);
`handlers(services, args)` gives each command's name its function (returns the exit code).
"""

import argparse
import getpass
from collections.abc import Callable
from datetime import date
from pathlib import Path

from minutes_app.cli import _command, _meeting_id, one_line
from minutes_app.domain import HistoryEntry
from minutes_app.domain.fingerprint import short_fingerprint
from minutes_app.services import Services
from minutes_app.services.documents import Verdict, Verification


def add_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    approve = _command(commands, "approve",  # type: ignore[arg-type]
                       "approve a meeting's minutes: they can no longer be changed until "
                       "reopened; prints the record's fingerprint")
    approve.add_argument("meeting_id", metavar="ID", type=_meeting_id)
    _add_by(approve, "who approves (default: your user name)")
    reopen = _command(commands, "reopen",  # type: ignore[arg-type]
                      "reopen approved minutes for changes; the reason goes into the history")
    reopen.add_argument("meeting_id", metavar="ID", type=_meeting_id)
    reopen.add_argument("--reason", required=True, metavar="TEXT", help="why (required)")
    _add_by(reopen, "who reopens (default: your user name)")
    history = _command(commands, "history",  # type: ignore[arg-type]
                       "what happened to a meeting's record, one event a line: date and "
                       "time, event, who, detail")
    history.add_argument("meeting_id", metavar="ID", type=_meeting_id)
    _add_verify(commands)


def _add_by(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--by", metavar="NAME", help=help_text)


def handlers(services: Services, args: argparse.Namespace) -> dict[str, Callable[[], int]]:
    return {"approve": lambda: approve(services, args),
            "reopen": lambda: reopen(services, args),
            "history": lambda: history(services, args.meeting_id),
            "verify": lambda: verify(services, args)}


def _who(args: argparse.Namespace) -> str:
    """`--by`, else the person logged in: the history always says who."""
    return str(args.by) if args.by else getpass.getuser()


def approve(services: Services, args: argparse.Namespace) -> int:
    meeting = services.meetings.approve(args.meeting_id, _who(args), date.today())
    assert meeting.approval is not None
    print(f"approved by {one_line(meeting.approval.by)} on {meeting.approval.on:%Y-%m-%d}; "
          f"fingerprint {short_fingerprint(meeting.approval.fingerprint).upper()}")
    return 0


def reopen(services: Services, args: argparse.Namespace) -> int:
    services.meetings.reopen(args.meeting_id, args.reason, _who(args))
    print("reopened: the minutes can be changed again")
    return 0


def history(services: Services, meeting_id: int) -> int:
    """One event a line, oldest first; a meeting with no history prints nothing."""
    for entry in services.meetings.history(meeting_id):
        print(history_line(entry))
    return 0


def history_line(entry: HistoryEntry) -> str:
    """«2026-11-29 14:03  approved  Петрова А.С.», then the detail (a reason, what changed);
    two spaces apart, as names and details have single spaces in them."""
    cells = [f"{entry.at:%Y-%m-%d %H:%M}", entry.what, entry.by, entry.detail]
    return "  ".join(one_line(cell) for cell in cells if cell)


# -- verify ----------------------------------------------------------------------------------
def _add_verify(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    verify = _command(commands, "verify",  # type: ignore[arg-type]
                      "check an exported protocol against the database: "
                      "matches, differs (naming the first place that differs: item 2, "
                      "decision 2.1) or unknown")
    given = verify.add_mutually_exclusive_group(required=True)
    given.add_argument("file", metavar="FILE.docx", type=Path, nargs="?",
                       help="a Word document of an approved protocol made by this program")
    given.add_argument("--code", metavar="DIGITS",
                       help="the 16 hex digits printed under a paper copy's QR code")


def verify(services: Services, args: argparse.Namespace) -> int:
    """One line; exit 0 only when the document is the approved record's."""
    if args.code is not None:
        answer = services.documents.verify_code(args.code)
    else:
        answer = services.documents.verify_document(args.file)
    print(one_line(verdict_line(answer)))
    return 0 if answer.verdict is Verdict.MATCHES else 1


def verdict_line(answer: Verification) -> str:
    """The issue's three answers; a document the record no longer has anywhere (a foreign
    one, or of a protocol deleted here) is unknown like a code nobody has."""
    requisite, meeting = answer.requisite, answer.meeting
    if requisite is None or meeting is None or answer.verdict is Verdict.UNKNOWN:
        return "unknown: no approved protocol has this fingerprint"
    protocol = f"protocol № {requisite.number} of {requisite.date:%d.%m.%Y}"
    if answer.verdict is Verdict.MATCHES and meeting.approval is not None:
        approval = meeting.approval
        return f"matches: {protocol}, approved {approval.on:%d.%m.%Y} by {approval.by}"
    where = str(answer.place) if answer.place is not None else \
        "the record was changed after the document was made"
    return f"differs from {protocol}: {where}"
