"""Interface language: choice, .ts completeness, compiling, and Russian/Kazakh on screen."""

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from minutes_app.ui import i18n
from minutes_app.ui.main_window import MainWindow

TS_FILES = sorted(i18n.translations_dir().glob("*.ts"))


def test_environment_overrides_setting_and_setting_overrides_system():
    russian = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    assert i18n.choose_language("en", {"MINUTES_UI_LANG": "kk"}, russian) == "kk"
    assert i18n.choose_language("en", {}, russian) == "en"
    assert i18n.choose_language("system", {}, russian) == "ru"
    assert i18n.choose_language("system", {"MINUTES_UI_LANG": "xx"},
                                QLocale(QLocale.Language.German)) == "en"


def test_window_translations_exist_for_russian_and_kazakh():
    names = {path.name for path in TS_FILES}
    assert {"window_ru.ts", "window_kk.ts"} <= names


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_translation_is_finished_and_not_empty(ts: Path):
    root = ET.parse(ts).getroot()
    problems = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                    f and f.strip() for f in forms):
                problems.append(f"{context.findtext('name')}: {source!r}")
    assert problems == []


def test_the_package_holds_a_compiled_translation_of_every_ts():
    packaged = i18n.packaged_translations()
    assert sorted(packaged) == sorted(ts.with_suffix(".qm").name for ts in TS_FILES)
    assert all(len(data) > 1000 for data in packaged.values())


def test_nothing_is_compiled_or_run_at_start(monkeypatch, qapp, clean_translators):
    """An installed program has no lrelease: installing the translators must not need it."""
    import subprocess

    def refuse(*args, **kwargs):
        raise AssertionError(f"a program was run at start: {args}")

    monkeypatch.setattr(subprocess, "run", refuse)
    monkeypatch.setattr(i18n, "find_lrelease", lambda: None)
    monkeypatch.setenv("PATH", "")
    clean_translators.extend(i18n.install_translators(qapp, "kk"))
    assert QCoreApplication.translate("MainWindow", "&File") == "&Файл"
    assert len(clean_translators) == 3  # window, editor and Qt's own


@pytest.fixture
def clean_translators(qapp: QApplication) -> Iterator[list]:
    installed: list = []
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.mark.parametrize(("language", "menus", "cancel"), [
    ("ru", ["&Файл", "&Правка", "&Вид", "Спр&авочники", "&Справка"], "Отмена"),
    ("kk", ["&Файл", "Тү&зету", "&Көрініс", "Анықта&малықтар", "&Анықтама"], "Бас тарту"),
])
def test_window_speaks_the_chosen_language(qtbot, qapp, services, settings, monkeypatch,
                                           clean_translators, language, menus, cancel):
    monkeypatch.setenv("MINUTES_UI_LANG", language)
    chosen = i18n.choose_language(settings.ui_language)
    clean_translators.extend(i18n.install_translators(qapp, chosen))
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    assert _menu_titles(window) == menus
    assert QLocale().language() != QLocale.Language.English
    # Qt's own strings come from qtbase_*.qm.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
