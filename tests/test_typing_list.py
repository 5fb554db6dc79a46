"""mypy's "not yet typed" list in pyproject.toml only ever shrinks.

`mypy` (run by .ci/run) is strict on the whole package except the ui modules listed in one
`[[tool.mypy.overrides]]` entry with `ignore_errors = true`. The rule, kept here:

- only ui modules may be listed: domain, storage, services, export, interchange, the command
  line and app.py are always strict;
- the list is sorted, without repeats, and every entry names a module that exists;
- no module joins the list: a new module is typed from its first commit;
- a listed module leaves the list (and FIRST_LIST below) as soon as it passes strict checking:
  one mypy run without the list finds errors in every listed module.
"""

import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"

# The list as it was when type checking started (issue 8); it may lose entries, never gain any.
FIRST_LIST = frozenset({
    "minutes_app.ui.dialogs.export_dialog",
    "minutes_app.ui.dialogs.settings_dialog",
    "minutes_app.ui.editor.agenda_page",
    "minutes_app.ui.editor.attendee_adders",
    "minutes_app.ui.editor.attendees_page",
    "minutes_app.ui.editor.details_page",
    "minutes_app.ui.editor.edits",
    "minutes_app.ui.editor.meeting_editor",
    "minutes_app.ui.editor.statements_box",
    "minutes_app.ui.editor.widgets",
    "minutes_app.ui.main_window",
    "minutes_app.ui.meeting_list_panel",
    "minutes_app.ui.models.backup_table_model",
    "minutes_app.ui.models.meeting_table_model",
    "minutes_app.ui.startup",
})

# What a library's override may say; anything else would loosen our own code.
LIBRARY_KEYS = {"module", "ignore_missing_imports"}


def _mypy() -> dict[str, Any]:
    config: dict[str, Any] = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["mypy"]
    return config


def _modules(override: dict[str, Any]) -> list[str]:
    modules = override["module"]
    return [modules] if isinstance(modules, str) else list(modules)


def _not_yet_typed() -> list[str]:
    lists = [o for o in _mypy().get("overrides", []) if o.get("ignore_errors")]
    assert len(lists) == 1, "one [[tool.mypy.overrides]] entry lists the modules not yet typed"
    return _modules(lists[0])


def _file_of(module: str) -> Path:
    path = ROOT.joinpath(*module.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def test_the_whole_package_is_checked_strictly() -> None:
    config = _mypy()
    assert config["strict"] is True
    assert config["files"] == ["minutes_app"]


def test_only_ui_modules_wait_to_be_typed() -> None:
    outside_ui = [m for m in _not_yet_typed() if not m.startswith("minutes_app.ui.")]
    assert outside_ui == [], f"must be checked strictly, remove from the list: {outside_ui}"


def test_the_list_is_sorted_without_repeats() -> None:
    listed = _not_yet_typed()
    assert listed == sorted(set(listed)), "keep the not-yet-typed list sorted, each module once"


def test_every_listed_module_exists() -> None:
    missing = [m for m in _not_yet_typed() if not _file_of(m).is_file()]
    assert missing == [], f"no such module (renamed or deleted? take it off the list): {missing}"


def test_no_module_joins_the_list() -> None:
    joined = sorted(set(_not_yet_typed()) - FIRST_LIST)
    assert joined == [], f"type these instead of listing them: {joined}"


def test_first_list_shrinks_with_the_list() -> None:
    # A typed module leaves both lists, so that it can never come back.
    left = sorted(FIRST_LIST - set(_not_yet_typed()))
    assert left == [], f"typed now: take them off FIRST_LIST in this test as well: {left}"


@pytest.mark.slow
def test_every_listed_module_still_fails_strict_checking(tmp_path: Path) -> None:
    # One mypy run with pyproject's settings but no list: a listed module without errors is
    # typed already and must leave the list.
    config = tmp_path / "mypy.ini"
    config.write_text(_ini_without_the_list(), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(config),
         "--cache-dir", str(tmp_path / "cache"), "--no-error-summary"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode in (0, 1), result.stderr  # 1: type errors found; 2: mypy failed
    failing = {line.split(":")[0] for line in result.stdout.splitlines() if ": error:" in line}
    typed = [m for m in _not_yet_typed() if _file_of(m).relative_to(ROOT).as_posix() not in failing]
    assert typed == [], f"typed now: take them off the list (and FIRST_LIST): {typed}"


def _ini_without_the_list() -> str:
    """pyproject's [tool.mypy] as a mypy.ini, leaving out the not-yet-typed list."""
    config = _mypy()
    sections = [("mypy", {k: v for k, v in config.items() if k != "overrides"})]
    for override in config.get("overrides", []):
        if not override.get("ignore_errors"):
            options = {k: v for k, v in override.items() if k != "module"}
            sections += [(f"mypy-{module}", options) for module in _modules(override)]
    lines = []
    for name, options in sections:
        lines.append(f"[{name}]")
        lines += [f"{key} = {_ini_value(value)}" for key, value in options.items()]
    return "\n".join(lines) + "\n"


def _ini_value(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def test_library_overrides_only_forgive_missing_types() -> None:
    libraries = [o for o in _mypy().get("overrides", []) if not o.get("ignore_errors")]
    for override in libraries:
        assert set(override) <= LIBRARY_KEYS, override
        ours = [m for m in _modules(override) if m.split(".")[0] == "minutes_app"]
        assert ours == [], f"our own modules are checked, not forgiven: {ours}"


def test_ci_runs_mypy_after_the_tests() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    tests = script.index(".venv/bin/python -m pytest")
    mypy = re.search(r"^\s*(time\s+)?\.venv/bin/mypy\b", script, re.MULTILINE)
    assert mypy is not None and mypy.start() > tests
