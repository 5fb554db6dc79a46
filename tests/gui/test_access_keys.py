"""No two access keys (Alt+letter) clash where they are live together, in every language.

Qt compares mnemonics case-insensitively; when two targets share a letter it only cycles the
focus between them and runs neither (the issue's example: Alt+П went to the search box instead
of «Председатель»). The scopes are those where Qt keeps the keys live together: each menu; the
main window's menu bar with everything visible beside it and one editor tab at a time; each
dialog. The widgets are the real ones, built with the translators installed."""

from collections.abc import Iterable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from minutes_app.domain import Meeting
from minutes_app.domain.conflicts import EditConflict, differences
from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url
from minutes_app.ui import i18n
from minutes_app.ui.dialogs.backups_dialog import BackupsDialog
from minutes_app.ui.dialogs.bodies_dialog import BodiesDialog
from minutes_app.ui.dialogs.conflict_dialog import ConflictDialog
from minutes_app.ui.dialogs.export_dialog import ExportDialog
from minutes_app.ui.dialogs.help_dialog import AboutDialog, HelpDialog
from minutes_app.ui.dialogs.organizations_dialog import OrganizationsDialog
from minutes_app.ui.dialogs.people_dialog import PeopleDialog
from minutes_app.ui.dialogs.server_dialog import ServerDialog
from minutes_app.ui.dialogs.settings_dialog import SettingsDialog
from minutes_app.ui.dialogs.tasks_dialog import TasksDialog
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.settings import AppSettings
from minutes_app.ui.welcome import WelcomeDialog

LANGUAGES = ("en", "ru", "kk")


def access_key(text: str) -> str:
    """The key Qt binds for `text` ("" when none): Qt's own reading of the `&`, upper-cased
    as Qt matches it whatever the case."""
    return QKeySequence.mnemonic(text).toString().upper()


def clashes(scope: str, texts: Iterable[str]) -> list[str]:
    """One line per key that two or more of `texts` share."""
    by_key: dict[str, list[str]] = {}
    for text in texts:
        key = access_key(text)
        if key:
            by_key.setdefault(key, []).append(text)
    return [f"{scope}: {key} = {' / '.join(owners)}"
            for key, owners in sorted(by_key.items()) if len(owners) > 1]


def live_texts(top: QWidget) -> list[str]:
    """The texts whose access keys are live in `top` as it stands: the menu bar's titles,
    buttons, check boxes, group titles, labels with a buddy, and tab titles, of every widget
    that is visible (a hidden tab's page is not)."""
    texts: list[str] = []
    if isinstance(top, QMainWindow):
        texts += [action.text() for action in top.menuBar().actions() if action.isVisible()]
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(index) for index in range(widget.count())
                      if widget.isTabVisible(index)]
    return texts


def menu_clashes(window: MainWindow) -> list[str]:
    found = []
    for menu in window.menuBar().findChildren(QMenu):
        texts = [action.text() for action in menu.actions()
                 if action.isVisible() and not action.isSeparator()]
        found += clashes(f"menu {menu.title()}", texts)
    return found


def window_clashes(window: MainWindow) -> list[str]:
    """The menu bar and the list beside each editor tab in turn, and the attendees page with
    each of its forms open."""
    found = []
    tabs = window.editor.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        found += clashes(f"window, tab {tabs.tabText(index)}", live_texts(window))
    tabs.setCurrentWidget(window.editor.attendees)
    adders = window.editor.attendees.adders
    adders.open_person_form()
    found += clashes("window, new person form", live_texts(window))
    adders.open_group_form()
    found += clashes("window, new group form", live_texts(window))
    return found


def dialogs(window: MainWindow, services: Services, settings: AppSettings,
            meeting: Meeting) -> list[QWidget]:
    menus = window.menuBar().findChildren(QMenu)
    return [ExportDialog(services, settings, meeting, window), SettingsDialog(settings, window),
            BodiesDialog(services, window), OrganizationsDialog(services, window),
            PeopleDialog(window, window),
            TasksDialog(services.tasks, window, window.data_safety.jobs, window),
            BackupsDialog(window.data_safety, window), AboutDialog(window),
            HelpDialog([action for menu in menus for action in menu.actions()], window),
            WelcomeDialog("", window), ConflictDialog(_conflict(meeting), window),
            ServerDialog(window)]


def _conflict(meeting: Meeting) -> EditConflict:  # type: ignore[type-arg]
    theirs = replace(meeting, title="заседания (выездного)")
    return EditConflict(meeting, theirs, "", None, differences(meeting, theirs))


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[list]:
    installed: list = []
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_access_keys_clash_in_a_menu_a_window_tab_or_a_dialog(
        qtbot, qapp, services, settings, stored_meetings, translators, language):
    if language != "en":
        translators.extend(i18n.install_translators(qapp, language))
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    assert window.editor.current_meeting() is not None  # the editor's pages are on screen
    found = menu_clashes(window) + window_clashes(window)
    for dialog in dialogs(window, services, settings, stored_meetings[0]):
        qtbot.addWidget(dialog)
        found += clashes(f"dialog {dialog.windowTitle()}", live_texts(dialog))
    assert not found, "access keys that clash:\n" + "\n".join(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_backups_window_of_a_database_file_has_no_clashing_keys(
        qtbot, qapp, tmp_path, settings, translators, language):
    """`services` is a server stand-in, whose Backups window shows its JSON copies instead:
    the window of a database file, with Back up now and Restore…, is checked here."""
    if language != "en":
        translators.extend(i18n.install_translators(qapp, language))
    database = open_database(resolve_database_url(str(tmp_path / "minutes.sqlite3")))
    window = MainWindow(Services.build(database.session_factory, database_path=database.path),
                        settings)
    qtbot.addWidget(window)
    try:
        dialog = BackupsDialog(window.data_safety, window)
        qtbot.addWidget(dialog)
        assert dialog.restore_button.isVisibleTo(dialog)
        found = clashes(f"dialog {dialog.windowTitle()}", live_texts(dialog))
        assert not found, "access keys that clash:\n" + "\n".join(found)
    finally:
        window.data_safety.shut_down()
        database.close()


def test_a_shared_letter_is_found_whatever_its_case():
    """The check itself: Qt treats «&Поиск» and «&правка» as one key, and `&&` is no key."""
    assert clashes("s", ["&Поиск…", "&правка", "Save && close", "&Secretary"]) == [
        "s: ALT+П = &Поиск… / &правка"]


@pytest.mark.parametrize(("language", "undo", "redo"), [
    ("en", "&Undo create meeting", "&Redo create meeting"),
    ("ru", "&Отменить создание заседания", "&Повторить создание заседания"),
    ("kk", "&Болдырмау: отырыс құру", "&Қайталау: отырыс құру"),
])
def test_undo_and_redo_name_the_command_in_the_language_word_order(
        qtbot, qapp, services, settings, stored_meetings, translators, language, undo, redo):
    """Qt's own prefix glued «Отменить Изменение…» with a capital mid-phrase and put the
    Kazakh verb first; the %1 template of each language places the name."""
    if language != "en":
        translators.extend(i18n.install_translators(qapp, language))
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    bare_undo, bare_redo = window.undo_action.text(), window.redo_action.text()
    assert "%1" not in bare_undo + bare_redo
    window.new_action.trigger()
    assert window.undo_action.text() == undo
    window.undo_action.trigger()
    assert (window.undo_action.text(), window.redo_action.text()) == (bare_undo, redo)
    assert access_key(redo) == access_key(bare_redo)  # the key stays where the menu has it
