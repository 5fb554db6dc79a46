"""Refresh the .ts files from the sources, in one command (from the project's folder):

    .venv/bin/python resources/translations/update.py

Each part of the interface has its own pair of files:
  window_{ru,kk}.ts  every translatable string in minutes_app/ui outside ui/editor (and
                     app.py), written without source locations;
  editor_{ru,kk}.ts  minutes_app/ui/editor, with source locations (file and line).
New strings arrive unfinished (empty): translate them in Qt Linguist (`pyside6-linguist
resources/translations/window_ru.ts`) or in a text editor, and remove `type="unfinished"`,
then run this again: it also compiles every .ts into the package
(minutes_app/ui/translations/*.qm, committed with the .ts), which is what the program loads.
Strings no longer in the sources are dropped. tests/gui/test_translations_sync.py runs the
same update on copies and fails while any string is missing or unfinished, or a packaged .qm
is not the compiled form of its .ts.
"""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parents[1]
LANGUAGES = ("ru", "kk")
PACKAGED = PROJECT / "minutes_app" / "ui" / "translations"  # the compiled .qm files
# part -> lupdate's -locations value (as the committed files were made)
LOCATIONS = {"window": "none", "editor": "absolute"}


def sources(part: str, project: Path = PROJECT) -> list[Path]:
    """The Python files whose strings go to the `part`_*.ts files."""
    ui = project / "minutes_app" / "ui"
    editor = ui / "editor"
    if part == "editor":
        return sorted(editor.rglob("*.py"))
    if part == "window":
        window = [path for path in ui.rglob("*.py") if editor not in path.parents]
        return sorted([*window, project / "minutes_app" / "app.py"])
    raise ValueError(f"no sources are known for the part {part!r}")


def update(ts_folder: Path = HERE, *, keep_obsolete: bool = False,
           project: Path = PROJECT) -> None:
    """Run lupdate for every part over the .ts files in `ts_folder`.

    `keep_obsolete`: keep strings that left the sources, marked vanished (the sync test
    wants to see them); by default they are dropped."""
    for part, locations in LOCATIONS.items():
        targets = [ts_folder / f"{part}_{language}.ts" for language in LANGUAGES]
        command = [str(_lupdate()), "-silent", "-locations", locations,
                   *(str(path) for path in sources(part, project)),
                   *([] if keep_obsolete else ["-no-obsolete"]),
                   "-ts", *(str(path) for path in targets)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=300)
        if result.returncode != 0:
            raise RuntimeError(f"lupdate failed on the {part} files: {result.stderr.strip()}")


def compile_all(ts_folder: Path = HERE, qm_folder: Path = PACKAGED) -> list[Path]:
    """Compile every .ts of `ts_folder` into `qm_folder` (pyside6-lrelease; its output is the
    same bytes for the same .ts, so a test can compare)."""
    qm_folder.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(ts_folder.glob("*.ts")):
        qm = qm_folder / ts.with_suffix(".qm").name
        result = subprocess.run([str(_lrelease()), "-silent", str(ts), "-qm", str(qm)],
                                capture_output=True, text=True, timeout=300)
        if result.returncode != 0:
            raise RuntimeError(f"lrelease failed on {ts.name}: {result.stderr.strip()}")
        made.append(qm)
    return made


def _lrelease() -> Path:
    from minutes_app.ui.i18n import find_lrelease

    lrelease = find_lrelease()
    if lrelease is None:
        raise SystemExit("pyside6-lrelease not found: install the project (pip install -e .)")
    return lrelease


def _lupdate() -> Path:
    from minutes_app.ui.i18n import find_lupdate

    lupdate = find_lupdate()
    if lupdate is None:
        raise SystemExit("pyside6-lupdate not found: install the project (pip install -e .)")
    return lupdate


if __name__ == "__main__":
    sys.path.insert(0, str(PROJECT))  # minutes_app from this checkout, installed or not
    update()
    compile_all()
    print(f"updated the .ts files in {HERE} and compiled them into {PACKAGED}")
