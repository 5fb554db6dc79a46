"""mypy's "not yet typed" list in pyproject.toml only ever shrinks.

`mypy` (run by .ci/run) is strict on the whole package except the ui modules listed in one
`[[tool.mypy.overrides]]` entry with `ignore_errors = true`. The rule, kept here:

- only ui modules may be listed: domain, storage, services, export, interchange, the command
  line and app.py are always strict;
- the list is sorted, without repeats, and every entry names a module that exists;
- no module joins the list: a new module is typed from its first commit. A listed module leaves
  the list (and FIRST_LIST below) once `mypy` passes without it.
"""

import re
import tomllib
from pathlib import Path
from typing import Any

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
    "minutes_app.ui.editor.keyed_list",
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
