"""Help (issue 12): F1 opens a short guide in the interface language inside the program, with
the window's real shortcuts; About lists every component with its version and licence."""

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtTest import QTest

from minutes_app import __version__
from minutes_app.ui import i18n
from minutes_app.ui.dialogs import help_dialog
from minutes_app.ui.dialogs.help_dialog import GUIDE_LANGUAGES, AboutDialog, component_rows
from minutes_app.ui.main_window import MainWindow


@pytest.fixture
def russian(qapp):
    installed = i18n.install_translators(qapp, "ru")
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def make_window(qtbot, services, settings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def guide_text(window: MainWindow) -> str:
    assert window._help is not None and window._help.isVisible()
    return window._help.browser.toPlainText()


def test_f1_opens_the_guide_in_russian_with_the_menus_real_keys(qtbot, services, settings,
                                                                  stored_meetings, russian):
    window = make_window(qtbot, services, settings)
    with qtbot.waitActive(window):  # a window shortcut reaches only the active window
        window.activateWindow()
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    text = guide_text(window)
    assert "краткое руководство" in text
    assert "Ctrl+N" in text and "Новое заседание" in text  # from the File menu, translated
    assert "Ctrl+Shift+T" in text and "Контроль исполнения" in text
    assert "{shortcuts}" not in text
    window.help_action.trigger()  # again: the same guide, not a second one
    assert len(window.findChildren(help_dialog.HelpDialog)) == 1


def test_the_guide_follows_the_interface_language(qtbot, services, settings, stored_meetings):
    window = make_window(qtbot, services, settings)
    window.help_action.trigger()
    text = guide_text(window)
    assert "Minutes: a short guide" in text and "Ctrl+N" in text


def test_every_language_has_a_guide_with_a_table_of_keys():
    from importlib.resources import files

    for language in GUIDE_LANGUAGES:
        page = (files("minutes_app.ui") / "help" / f"guide_{language}.html").read_text("utf-8")
        assert page.count("{shortcuts}") == 1, language
    kazakh = QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan)
    assert help_dialog.guide_language(kazakh) == "kk"
    assert help_dialog.guide_language(QLocale(QLocale.Language.German)) == "en"


def test_about_lists_versions_and_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(),
                                             dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())}
    assert rows["Minutes"] == (__version__, "MIT")
    assert rows["PySide6-Essentials"][1].startswith("LGPL-3.0")
    assert rows["python-docx"][1] == "MIT"
    assert rows["segno"][1] == "BSD-3-Clause"  # only a classifier in its metadata
    assert "Qt" in rows and "SQLAlchemy" in rows


def test_a_component_that_is_not_installed_is_left_out(monkeypatch):
    monkeypatch.setattr(help_dialog, "COMPONENTS", ("no-such-package", "SQLAlchemy"))
    names = [name for name, _, _ in component_rows()]
    assert "no-such-package" not in names and "SQLAlchemy" in names
