"""The committed .ts files hold every string of the sources, each translated, and no leftovers.

pyside6-lupdate runs over the sources exactly as resources/translations/update.py does, on
copies of the committed files; a string the sources have and a .ts lacks, a translation still
unfinished, or a string the sources no longer have fails, named with its file and context.
"""

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from minutes_app.ui import i18n

COMMITTED = i18n.translations_dir()
TS_FILES = sorted(COMMITTED.glob("*.ts"))
LEFTOVER = ("vanished", "obsolete")


def _load_update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_update",
                                                  COMMITTED / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update_script = _load_update_script()


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> the translation's type ("" when finished)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            found[(name, message.findtext("source") or "")] = kind
    return found


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Copies of the committed .ts files, run through lupdate over today's sources."""
    assert i18n.find_lupdate() is not None, "pyside6-lupdate is part of PySide6; not found"
    folder = tmp_path_factory.mktemp("translations")
    for ts in TS_FILES:
        shutil.copy(ts, folder / ts.name)
    update_script.update(folder, keep_obsolete=True)
    return folder


def test_every_committed_ts_belongs_to_a_part_with_sources():
    parts = {ts.stem.rsplit("_", 1)[0] for ts in TS_FILES}
    assert parts == set(update_script.LOCATIONS)
    for part in parts:
        assert update_script.sources(part), part


def test_the_parts_split_the_interface_between_them():
    """Every file of minutes_app/ui goes to exactly one part, the editor to `editor`."""
    window, editor = (set(update_script.sources(part)) for part in ("window", "editor"))
    ui = update_script.PROJECT / "minutes_app" / "ui"
    assert window & editor == set()
    assert set(ui.rglob("*.py")) <= window | editor
    assert ui / "editor" / "messages.py" in editor
    assert ui / "error_text.py" in window


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.name)
def test_ts_file_is_in_sync_with_the_sources(refreshed: Path, ts: Path):
    problems = _problems(ts, refreshed / ts.name)
    if problems:
        pytest.fail("\n".join([*problems, "Run resources/translations/update.py, then "
                                           "translate them."]), pytrace=False)


def test_the_check_names_each_missing_unfinished_and_leftover_string(tmp_path: Path):
    committed, refreshed = tmp_path / "committed.ts", tmp_path / "refreshed.ts"
    committed.write_text(_ts(("Done", ""), ("Half", "unfinished"), ("Gone", "")),
                         encoding="utf-8")
    refreshed.write_text(_ts(("Done", ""), ("Half", "unfinished"), ("Gone", "vanished"),
                             ("New", "unfinished")), encoding="utf-8")
    assert _problems(committed, refreshed) == [
        "committed.ts lacks these strings of the sources (1):", "    Errors: 'New'",
        "committed.ts has these strings untranslated (1):", "    Errors: 'Half'",
        "committed.ts has these strings the sources no longer have (1):", "    Errors: 'Gone'",
    ]
    assert _problems(committed, committed) == [
        "committed.ts has these strings untranslated (1):", "    Errors: 'Half'"]


def _problems(committed: Path, refreshed: Path) -> list[str]:
    before, after = _messages(committed), _messages(refreshed)
    missing = [key for key in after if key not in before]
    unfinished = [key for key, kind in before.items()
                  if kind == "unfinished" and after.get(key) == "unfinished"]
    leftover = [key for key, kind in after.items() if kind in LEFTOVER]
    name = committed.name
    return (_listed(f"{name} lacks these strings of the sources", missing)
            + _listed(f"{name} has these strings untranslated", unfinished)
            + _listed(f"{name} has these strings the sources no longer have", leftover))


def _listed(heading: str, keys: list[tuple[str, str]]) -> list[str]:
    if not keys:
        return []
    return [f"{heading} ({len(keys)}):", *(f"    {context}: {source!r}"
                                           for context, source in keys)]


def _ts(*messages: tuple[str, str]) -> str:
    """A .ts file with one context "Errors": (source, translation type) pairs."""
    body = ""
    for source, kind in messages:
        translation = (f'<translation type="{kind}"></translation>' if kind
                       else "<translation>x</translation>")
        body += f"<message><source>{source}</source>{translation}</message>"
    return ('<?xml version="1.0"?><TS version="2.1"><context><name>Errors</name>'
            f"{body}</context></TS>")


def test_each_packaged_qm_is_the_compiled_form_of_its_ts(tmp_path):
    """The program loads minutes_app/ui/translations/*.qm: after a .ts changes, update.py must
    have compiled it again (lrelease gives the same bytes for the same .ts)."""
    fresh = update_script.compile_all(COMMITTED, tmp_path)
    packaged = i18n.packaged_translations()
    stale = [qm.name for qm in fresh if packaged.get(qm.name) != qm.read_bytes()]
    assert stale == [], f"run resources/translations/update.py: {stale} are out of date"
