"""Crash tests: real processes killed with SIGKILL, and copies of a database cut short.

Each test adds its figure ("20/20 databases intact, 0 acknowledged edits lost") with the
`figures` fixture; the figures are printed at the end of the pytest run, so that every CI log
carries them. The random moments come from fixed seeds: set MINUTES_CRASH_SEEDS (e.g. "7" or
"1,5,9" or "100-119") to replay one of them or to try others.
"""

import pytest

_FIGURES: list[str] = []


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if _FIGURES:
        terminalreporter.section("crash test figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)


@pytest.fixture
def figures() -> list[str]:
    return _FIGURES

