"""Directory → Organisations…: names in Russian, Kazakh and English and the address, typed
through the window, stored, changed and deleted; the editor and the bodies window offer them.
"""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QWidget
from test_window_end_to_end import Secretary

from minutes_app.domain import Organization
from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url
from minutes_app.ui.dialogs import directory_dialog
from minutes_app.ui.dialogs.bodies_dialog import BodiesDialog
from minutes_app.ui.dialogs.organizations_dialog import OrganizationsDialog
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.models.organization_model import OrganizationListModel

MINISTRY = "Министерство внутренних дел Республики Казахстан"


@pytest.fixture
def window(qtbot, services, settings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def open_organizations(window: MainWindow) -> OrganizationsDialog:
    window.organizations_action.trigger()
    dialog = window.findChild(OrganizationsDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    return dialog


def test_the_list_model_is_valid(qtmodeltester) -> None:
    model = OrganizationListModel()
    model.set_entries([Organization(MINISTRY, id=3), Organization("Акимат города Астаны", id=4)])
    qtmodeltester.check(model)
    assert model.row_of(4) == 1 and model.row_of(None) == -1
    assert model.index(0, 0).data(OrganizationListModel.EntryRole).id == 3


def test_the_directory_menu_sits_between_view_and_help(window) -> None:
    titles = [action.menu().objectName() for action in window.menuBar().actions()
              if action.menu() is not None]
    assert titles[:3] == ["menuFile", "menuEdit", "menuView"]
    assert titles.index("menuDirectory") == titles.index("menuView") + 1
    assert titles.index("menuHelp") == titles.index("menuDirectory") + 1
    directory = window.menuBar().findChild(QWidget, "menuDirectory")
    names = [action.objectName() for action in directory.actions()]
    assert {"actionBodies", "actionOrganizations"} <= set(names)


def test_an_organisation_typed_in_the_window_is_stored(qtbot, window, db_path) -> None:
    dialog = open_organizations(window)
    me = Secretary(qtbot, dialog)
    assert dialog.current is None  # an empty directory opens on a new entry
    me.fill("nameEdit", MINISTRY)
    me.fill("nameKkEdit", "Қазақстан Республикасы Ішкі істер министрлігі")
    me.fill("nameEnEdit", "Ministry of Internal Affairs of the Republic of Kazakhstan")
    me.fill("addressEdit", "г. Астана, ул. Тәуелсіздік, 1")
    me.click("saveButton")
    assert [o.name for o in dialog.model.entries()] == [MINISTRY]
    window.close()

    again = open_database(resolve_database_url(str(db_path)))
    try:
        stored = Services.build(again.session_factory).directory.get_organization(MINISTRY)
    finally:
        again.close()
    assert stored is not None
    assert (stored.name_in("kk"), stored.name_in("en"), stored.address) == (
        "Қазақстан Республикасы Ішкі істер министрлігі",
        "Ministry of Internal Affairs of the Republic of Kazakhstan",
        "г. Астана, ул. Тәуелсіздік, 1")


def test_a_refused_save_keeps_the_typing_and_stores_nothing(qtbot, window, services) -> None:
    services.directory.save_organization(Organization(MINISTRY))
    dialog = open_organizations(window)
    me = Secretary(qtbot, dialog)
    me.click("newButton")
    me.fill("nameEdit", MINISTRY.upper())  # the same organisation in capitals
    me.fill("addressEdit", "г. Астана")
    me.click("saveButton")
    assert MINISTRY in dialog.error.text() and dialog.name.property("invalid")
    assert dialog.address.text() == "г. Астана" and dialog.dirty
    assert [o.address for o in services.directory.list_organizations()] == [""]
    dialog.name.setFocus()
    dialog.name.selectAll()
    QTest.keyClick(dialog.name, Qt.Key.Key_Backspace)
    me.click("saveButton")
    assert dialog.error.text() == "Enter a name."
    assert len(services.directory.list_organizations()) == 1


def test_delete_asks_first(qtbot, window, services, monkeypatch) -> None:
    services.directory.save_organization(Organization(MINISTRY))
    asked: list[str] = []
    monkeypatch.setattr(directory_dialog, "confirm_delete",
                        lambda _p, _title, text: asked.append(text) or True)
    dialog = open_organizations(window)
    Secretary(qtbot, dialog).click("deleteButton")
    assert MINISTRY in asked[0]
    assert services.directory.list_organizations() == []
    assert dialog.current is None and dialog.name.text() == ""


def test_saved_organisations_are_offered_in_the_editor_and_the_bodies_window(
        qtbot, window, services) -> None:
    window.new_action.trigger()
    window.bodies_action.trigger()
    bodies = window.findChild(BodiesDialog)
    dialog = open_organizations(window)
    me = Secretary(qtbot, dialog)
    me.fill("nameEdit", MINISTRY)
    me.click("saveButton")
    editor_combo = window.editor.details.findChild(QComboBox, "organizationCombo")
    assert [editor_combo.itemText(i) for i in range(editor_combo.count())] == [MINISTRY]
    assert [bodies.organization.itemText(i) for i in range(bodies.organization.count())] == [
        MINISTRY]
    Secretary(qtbot, window).fill("organizationEdit", MINISTRY)  # the combo's own line
    assert window.editor.current_meeting().organization == MINISTRY
