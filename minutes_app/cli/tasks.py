"""The command line's task register: `minutes-app tasks` and `tasks-report` (issue 10).

CONTRACT (issue 10): `add_commands(commands)` adds this part's subcommands to the parser (use
`minutes_app.cli._command` for each, so that `--db` works after the command too);
`handlers(services, args)` gives each command's name its function (returns the exit code).
"""

import argparse
from collections.abc import Callable

from minutes_app.services import Services


def add_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """None yet."""


def handlers(services: Services, args: argparse.Namespace) -> dict[str, Callable[[], int]]:
    return {}
