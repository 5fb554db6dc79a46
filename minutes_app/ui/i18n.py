"""The interface language: choosing it, compiling .ts files and installing translators.

Sources are Qt Linguist files in resources/translations/*_{ru,kk}.ts (one pair per part of
the window). At start every .ts is compiled to .qm with pyside6-lrelease when the .qm is
missing or older, beside the .ts, or in the user's cache folder when resources/ is read-only.
Qt's own strings (dialog buttons, file dialogs) come from PySide6's qtbase_{lang}.qm.
"""

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QStandardPaths,
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
    """resources/translations of this checkout (the folder beside the minutes_app package)."""
    return Path(__file__).resolve().parents[2] / "resources" / "translations"


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


def _writable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK)


def _cache_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base or Path.home() / ".cache" / "minutes") / "translations"


def compiled_translations(source_dir: Path | None = None, cache_dir: Path | None = None,
                          ) -> list[Path]:
    """The .qm file of every .ts in `source_dir`, compiling those missing or stale."""
    source_dir = source_dir or translations_dir()
    out_dir = source_dir if _writable(source_dir) else (cache_dir or _cache_dir())
    lrelease = find_lrelease()
    result = []
    for ts in sorted(source_dir.glob("*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            _compile(lrelease, ts, qm)
        if qm.exists():
            result.append(qm)
    return result


def _compile(lrelease: Path | None, ts: Path, qm: Path) -> None:
    if lrelease is None:
        _log.warning("pyside6-lrelease not found; %s stays uncompiled", ts.name)
        return
    qm.parent.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)],
                       check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as error:
        _log.warning("could not compile %s: %s", ts.name, error)


def install_translators(app: QCoreApplication, language: str,
                        qm_files: list[Path] | None = None) -> list[QTranslator]:
    """Install our translators for `language` and Qt's own; returns them (keep them alive).

    Also makes `language` the default QLocale, so dates and numbers follow the interface.
    """
    if language not in _LOCALES:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return []
    QLocale.setDefault(_LOCALES[language])
    files = qm_files if qm_files is not None else compiled_translations()
    paths = [qm for qm in files if qm.stem.endswith(f"_{language}")]
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    paths.append(qt_dir / f"qtbase_{language}.qm")
    translators = []
    for path in paths:
        translator = QTranslator(app)
        if translator.load(str(path)) and app.installTranslator(translator):
            translators.append(translator)
        else:
            _log.warning("could not load translation %s", path)
    return translators
