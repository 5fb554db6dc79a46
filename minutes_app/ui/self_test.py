"""`minutes-app self-test`: does this installation have what the window needs?

Support staff and the packaging smoke tests (packaging/smoke_test.py) run it on an installed or
frozen Minutes: it makes the application in the chosen language, builds the main window on the
database (offscreen when there is no screen), and prints one line a check — the translations
found inside the package, the window's menu titles, python-docx's template, the database's
revision. Exit status 0 when the window speaks the language asked for; 1 otherwise.
"""

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from minutes_app.services import Services
from minutes_app.ui.i18n import LANGUAGES, install_translators, packaged_translations

Say = Callable[[str], None]


def run_self_test(services: Services, language: str, say: Say = print) -> int:
    if language not in LANGUAGES:
        say(f"self-test: unknown language {language!r} (one of {', '.join(LANGUAGES)})")
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    ours = sorted(name for name in packaged_translations() if name.endswith(f"_{language}.qm"))
    translators = install_translators(app, language)
    try:
        say(f"translations: {', '.join(ours) or 'none'}; {len(translators)} loaded")
        titles = _menu_titles(services)
        say("menus: " + " | ".join(titles))
        template = _word_template()
        say(f"word template: {template}")
        translated = language == "en" or (
            titles[:1] != ["File"] and len(translators) == len(ours) + 1)  # + Qt's own
        return 0 if translated and template == "ok" else 1
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def _menu_titles(services: Services) -> list[str]:
    """The main window's menu titles, the window built on a settings file of its own (the
    user's preferences are neither read nor changed)."""
    from minutes_app.ui.main_window import MainWindow  # only now: the window's modules
    from minutes_app.ui.settings import AppSettings

    with tempfile.TemporaryDirectory(prefix="minutes-self-test-") as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, AppSettings(settings))
        titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
        window.close()
        window.deleteLater()
    return titles


def _word_template() -> str:
    """python-docx's own template (a frozen app must carry it)."""
    try:
        import docx

        docx.Document()
    except Exception as error:  # what is missing, said in one line
        return f"MISSING ({error})"
    return "ok"
