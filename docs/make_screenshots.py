"""Take the README screenshots: the list, each editor section and the export dialog, ru and kk.

    python docs/make_screenshots.py            # all of them, into docs/screenshots/
    python docs/make_screenshots.py --show agenda   # one view on screen (MINUTES_UI_LANG=kk)

Each picture is taken by ../shared/tools/screenshot (a virtual X screen) of this script run
with --show VIEW on a temporary database filled with docs/sample_meetings.py.
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "docs")]

VIEWS = ("list", "details", "attendees", "agenda", "export")
LANGUAGES = ("ru", "kk")
SCREENSHOT_TOOL = ROOT.parent / "shared" / "tools" / "screenshot"
SIZE = "1400x900"


def take_all(out_dir: Path, languages: tuple[str, ...], views: tuple[str, ...]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for language in languages:
        for view in views:
            target = out_dir / f"{language}-{view}.png"
            env = {**os.environ, "MINUTES_UI_LANG": language}
            subprocess.run([str(SCREENSHOT_TOOL), str(target), "--size", SIZE, "--wait", "5",
                            "--", sys.executable, __file__, "--show", view],
                           check=True, env=env)


def show(view: str) -> int:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication, QTabWidget
    from sample_meetings import fill

    from minutes_app.services import Services
    from minutes_app.storage.db import open_database, resolve_database_url
    from minutes_app.ui.dialogs.export_dialog import ExportDialog
    from minutes_app.ui.i18n import choose_language, install_translators
    from minutes_app.ui.main_window import MainWindow
    from minutes_app.ui.settings import AppSettings

    scratch = Path(tempfile.mkdtemp(prefix="minutes-shots-"))
    database = open_database(resolve_database_url(str(scratch / "sample.db")))
    services = Services.build(database.session_factory)
    seminar = fill(services)
    app = QApplication(sys.argv[:1])
    language = choose_language("system")
    translators = install_translators(app, language)
    settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, settings)
    window.list_panel.select_meeting(seminar.get(language, seminar["ru"]))
    if view == "export":
        dialog = ExportDialog(services, settings, window.editor.current_meeting())
        dialog.items.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.show()
    else:
        window.setGeometry(app.primaryScreen().availableGeometry())
        tabs = window.editor.findChild(QTabWidget)
        if tabs is not None and view in VIEWS[1:4]:
            tabs.setCurrentIndex(VIEWS.index(view) - 1)
        if view == "list":
            window.list_panel.search_edit.setText("рейд" if language == "ru" else "рейдтер")
        window.show()
        if view != "list":  # the picture is of the editor: give it the room a user would
            width = sum(window.splitter.sizes())
            window.splitter.setSizes([width * 3 // 10, width - width * 3 // 10])
    code = app.exec()
    del translators
    database.close()
    return code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=VIEWS, help="show one view instead of taking all")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=LANGUAGES, action="append")
    parser.add_argument("--view", choices=VIEWS, action="append")
    args = parser.parse_args()
    if args.show:
        return show(args.show)
    take_all(args.out, tuple(args.lang or LANGUAGES), tuple(args.view or VIEWS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
