"""Smoke test of an installed or frozen Minutes, run by .ci/run (packaging/ci_package.sh):

    python packaging/smoke_test.py PATH/TO/minutes-app

From a temporary folder outside the checkout, with a fresh HOME: the version; the sample
seminar imported into a new database (the migrations run); its protocol exported to Word in
Russian and Kazakh and read back; and `self-test --lang ru`, which starts the window offscreen
in Russian and prints its menu titles (the compiled translations and Qt's own are inside the
package). Exit status 0 when every step gives what a user would see; else the failing step.
"""

import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "minutes_app" / "samples" / "seminar.json"
RUSSIAN_MENUS = ("Файл", "Правка", "Справка")


def run(command: list[str], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"FAILED ({done.returncode}): {' '.join(command)}\n"
                         f"{done.stdout}\n{done.stderr}")
    return done.stdout


def document_text(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read("word/document.xml").decode("utf-8")


def main() -> int:
    program = str(Path(sys.argv[1]).resolve())
    with tempfile.TemporaryDirectory(prefix="minutes-smoke-") as folder:
        home = Path(folder)
        env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
               "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
               "XDG_STATE_HOME": str(home / "state"), "PYTHONPATH": ""}
        env.pop("MINUTES_DB", None)
        db = ["--db", str(home / "smoke.sqlite3")]
        print("version:", run([program, "--version"], home, env).strip())
        run([program, *db, "import", str(SAMPLE)], home, env)
        listed = run([program, *db, "list"], home, env)
        assert "Взаимодействие полиции" in listed, listed
        for language, expected in (("ru", "ПРОТОКОЛ"), ("kk", "ХАТТАМА")):
            target = home / f"protocol-{language}.docx"
            run([program, *db, "export-docx", "1", "-o", str(target), "--lang", language],
                home, env)
            text = document_text(target)
            assert expected in text, f"{language}: {expected} is not in the document"
            print(f"export-docx --lang {language}: {target.stat().st_size} bytes, {expected}")
        menus = run([program, *db, "self-test", "--lang", "ru"], home, env)
        missing = [title for title in RUSSIAN_MENUS if title not in menus]
        assert not missing, f"the window's menus are not in Russian: {menus}"
        print("self-test:", menus.strip().replace("\n", " | "))
    print("smoke test passed:", program)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
