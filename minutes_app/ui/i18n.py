"""The interface language: choosing it and installing translators.

Sources are Qt Linguist files in resources/translations/*_{ru,kk}.ts (one pair per part of
the window). Their compiled .qm files are part of the package (minutes_app/ui/translations),
made by resources/translations/update.py and checked against the .ts by the tests, and read
with importlib.resources: a wheel, an installed copy and a frozen app load them alike, and
nothing is compiled or run from PATH at start. Qt's own strings (dialog buttons, file dialogs)
come from PySide6's qtbase_{lang}.qm.
"""

import logging
import os
import shutil
import sys
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

LANGUAGES = ("ru", "kk", "en")
ENV_OVERRIDE = "MINUTES_UI_LANG"
_LOCALES = {
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
    "kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
}
_log = logging.getLogger(__name__)


def translations_dir() -> Path:
    """resources/translations of this checkout: the .ts sources (a developer's folder; an
    installed program reads only `packaged_translations`)."""
    return Path(__file__).resolve().parents[2] / "resources" / "translations"


PACKAGED = "translations"  # the folder of the compiled .qm files inside minutes_app.ui


def packaged_translations() -> dict[str, bytes]:
    """The compiled translations inside the package: file name -> its bytes."""
    folder = files("minutes_app.ui") / PACKAGED
    return {entry.name: entry.read_bytes() for entry in folder.iterdir()
            if entry.name.endswith(".qm")}


def choose_language(setting: str, environ: dict[str, str] | None = None,
                    system_locale: QLocale | None = None) -> str:
    """MINUTES_UI_LANG, else the setting unless "system", else the system locale; else en."""
    env = (environ if environ is not None else os.environ).get(ENV_OVERRIDE, "").strip().lower()
    if env in LANGUAGES:
        return env
    if setting in LANGUAGES:
        return setting
    system = (system_locale or QLocale.system()).name().split("_")[0]
    return system if system in LANGUAGES else "en"


def find_lrelease() -> Path | None:
    """pyside6-lrelease: on PATH, beside this Python, or the binary inside the PySide6 package."""
    return _find_qt_tool("lrelease")


def find_lupdate() -> Path | None:
    """pyside6-lupdate, found the same way (resources/translations/update.py and its test)."""
    return _find_qt_tool("lupdate")


def _find_qt_tool(name: str) -> Path | None:
    candidates = [shutil.which(f"pyside6-{name}"),
                  str(Path(sys.executable).with_name(f"pyside6-{name}"))]
    try:
        import PySide6

        candidates.append(str(Path(PySide6.__file__).with_name(name)))
    except ImportError:  # pragma: no cover - PySide6 is always there when the UI runs
        pass
    return next((Path(c) for c in candidates if c and Path(c).is_file()), None)


def install_translators(app: QCoreApplication, language: str,
                        qm_files: dict[str, bytes] | None = None) -> list[QTranslator]:
    """Install our translators for `language` and Qt's own; returns them (keep them alive).

    Also makes `language` the default QLocale, so dates and numbers follow the interface.
    `qm_files`: name -> compiled bytes (by default the package's).
    """
    if language not in _LOCALES:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return []
    QLocale.setDefault(_LOCALES[language])
    compiled = qm_files if qm_files is not None else packaged_translations()
    translators = []
    for name in sorted(n for n in compiled if n.endswith(f"_{language}.qm")):
        translator = QTranslator(app)
        data = compiled[name]
        # Qt reads the bytes in place: the translator keeps them alive as long as itself.
        translator._minutes_data = data  # type: ignore[attr-defined]
        if translator.load(data) and app.installTranslator(translator):
            translators.append(translator)
        else:
            _log.warning("could not load translation %s", name)
    qt_file = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / (
        f"qtbase_{language}.qm")
    translator = QTranslator(app)
    if translator.load(str(qt_file)) and app.installTranslator(translator):
        translators.append(translator)
    else:
        _log.warning("could not load translation %s", qt_file)
    return translators
