"""Directory → Councils and commissions…: a body typed through the window's widgets is stored
whole; a save a rule refuses says why, marks the field, keeps the typing and stores nothing;
Delete asks; unsaved typing is not lost by moving on.
"""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget
from test_window_end_to_end import Secretary

from minutes_app.domain import (
    Body,
    DecisionVerb,
    DocumentSettings,
    Language,
    Member,
    Numbering,
    Person,
    QuorumKind,
    QuorumRule,
    Role,
    Translations,
)
from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url
from minutes_app.ui.dialogs import bodies_dialog, directory_dialog
from minutes_app.ui.dialogs.bodies_dialog import BodiesDialog
from minutes_app.ui.dialogs.directory_dialog import Unsaved
from minutes_app.ui.editor.labels import role_label
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.models.body_models import BodyListModel, MemberRow, MemberTableModel

COUNCIL = "Общественный совет МВД РК"


@pytest.fixture
def window(qtbot, services, settings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def open_bodies(window: MainWindow) -> BodiesDialog:
    """Directory → Councils and commissions…, as a user opens it."""
    menu = window.menuBar().findChild(QWidget, "menuDirectory")
    assert menu is not None
    window.bodies_action.trigger()
    dialog = window.findChild(BodiesDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    return dialog


def add_member(me: Secretary, name: str, role: Role = Role.MEMBER,
               from_: date | None = None, to: date | None = None) -> None:
    me.click("addMemberButton")
    me.fill("memberPersonEdit", name)
    if role is not Role.MEMBER:
        me.choose("memberRoleCombo", role_label(role))
    for key, day in (("memberFrom", from_), ("memberTo", to)):
        if day is not None:
            me.click(f"{key}SetCheck")
            me.find(QDateEdit, f"{key}Edit").setDate(QDate(day.year, day.month, day.day))


def error_text(dialog: BodiesDialog) -> str:
    return dialog.error.text() if dialog.error.isVisible() else ""


def stored_body(db_path: Path, name: str) -> Body | None:
    again = open_database(resolve_database_url(str(db_path)))
    try:
        return Services.build(again.session_factory).directory.get_body(name)
    finally:
        again.close()


def test_the_window_lists_its_entries_with_valid_models(qtmodeltester) -> None:
    bodies = BodyListModel()
    bodies.set_entries([Body(COUNCIL, id=1), Body("Комиссия по этике", id=2)])
    qtmodeltester.check(bodies)
    assert bodies.index(1, 0).data() == "Комиссия по этике"
    members = MemberTableModel()
    members.set_members([Member("Когамов Марат Чингисович", Role.CHAIR, date(2019, 1, 15)),
                         Member("Ким Ольга Викторовна", to=date(2022, 1, 15))])
    qtmodeltester.check(members)
    assert members.index(0, MemberTableModel.COL_ROLE).data() == role_label(Role.CHAIR)
    assert members.index(1, MemberTableModel.COL_TO).data() == "15/01/2022"


def test_member_rows_refuse_values_of_the_wrong_kind() -> None:
    members = MemberTableModel()
    members.add_row(MemberRow("Ким Ольга Викторовна"))
    role = members.index(0, MemberTableModel.COL_ROLE)
    assert not members.setData(role, Role.INVITED.value)  # a guest is no member of a body
    assert not members.setData(members.index(0, MemberTableModel.COL_FROM), "2019-01-15")
    assert members.setData(role, Role.SECRETARY.value)
    assert members.members() == (Member("Ким Ольга Викторовна", Role.SECRETARY),)


def test_a_body_typed_in_the_window_is_stored_with_all_its_fields(
        qtbot, window, db_path, services, monkeypatch, tmp_path) -> None:
    letterhead = tmp_path / "бланк совета.docx"
    monkeypatch.setattr(bodies_dialog, "choose_letterhead", lambda _parent, _folder:
                        str(letterhead))
    services.directory.save_person(Person("Ким", "Ольга", "Викторовна", "член совета"))
    dialog = open_bodies(window)
    me = Secretary(qtbot, dialog)
    me.click("newButton")
    me.fill("nameEdit", COUNCIL)
    me.fill("nameKkEdit", "ҚР ІІМ Қоғамдық кеңесі")
    me.fill("nameEnEdit", "Public Council of the Ministry of Internal Affairs")
    me.fill("organizationCombo", "Министерство внутренних дел Республики Казахстан")
    me.fill("kindCombo", "заседание")
    me.fill("placeEdit", "г. Астана")
    me.fill("placeKkEdit", "Астана қ.")
    me.choose("quorumCombo", "at least two thirds of the members")
    assert dialog.quorum_count.isHidden()  # a number only for "at least this number"
    me.choose("numberingCombo", "continuous, across years")
    me.click("chooseLetterheadButton")
    assert dialog.findChild(QLabel, "letterheadLabel").text() == "бланк совета.docx"
    add_member(me, "Когамов Марат Чингисович", Role.CHAIR, from_=date(2019, 1, 15))
    add_member(me, "Ким Ольга Викторовна", to=date(2022, 1, 15))
    add_member(me, "Жумабаева Сауле Ерлановна", Role.SECRETARY)
    assert not services.directory.list_bodies()  # nothing stored before Save
    me.click("saveButton")
    assert error_text(dialog) == ""
    assert [body.name for body in dialog.model.entries()] == [COUNCIL]
    window.close()

    body = stored_body(db_path, COUNCIL.upper())  # any letter case finds it
    assert body is not None
    assert (body.name, body.name_in("kk"), body.name_in("en")) == (
        COUNCIL, "ҚР ІІМ Қоғамдық кеңесі", "Public Council of the Ministry of Internal Affairs")
    assert (body.organization, body.kind, body.place) == (
        "Министерство внутренних дел Республики Казахстан", "заседание", "г. Астана")
    assert body.translations.get("place", Language.KK) == "Астана қ."
    assert body.quorum == QuorumRule(QuorumKind.TWO_THIRDS)
    assert body.numbering is Numbering.CONTINUOUS
    assert body.letterhead == str(letterhead)
    assert body.members == (
        Member("Когамов Марат Чингисович", Role.CHAIR, date(2019, 1, 15)),
        Member("Ким Ольга Викторовна", Role.MEMBER, to=date(2022, 1, 15)),
        Member("Жумабаева Сауле Ерлановна", Role.SECRETARY),
    )


def test_members_not_in_the_directory_are_added_to_it(qtbot, window, services) -> None:
    me = Secretary(qtbot, open_bodies(window))
    me.fill("nameEdit", "Комиссия по этике")
    add_member(me, "Сидоров Пётр Ильич")
    me.click("saveButton")
    assert [p.full_name for p in services.directory.list_people()] == ["Сидоров Пётр Ильич"]


def test_a_stored_body_is_shown_and_changed(qtbot, window, services) -> None:
    services.directory.save_body(Body(
        COUNCIL, members=(Member("Когамов Марат Чингисович", Role.CHAIR),),
        quorum=QuorumRule(QuorumKind.COUNT, 7), letterhead="/home/s/бланк.dotx",
        translations=Translations((("name", "kk", "ҚР ІІМ Қоғамдық кеңесі"),))))
    dialog = open_bodies(window)
    me = Secretary(qtbot, dialog)
    assert dialog.name.text() == COUNCIL
    assert dialog.names[Language.KK].text() == "ҚР ІІМ Қоғамдық кеңесі"
    assert (dialog.quorum_count.isEnabled(), dialog.quorum_count.value()) == (True, 7)
    assert not dialog.quorum_count.isHidden()
    assert dialog.members.rows() == [MemberRow("Когамов Марат Чингисович", Role.CHAIR)]
    assert dialog.letterhead.text() == "бланк.dotx"
    assert not dialog.save_button.isEnabled()  # nothing typed yet
    me.fill("placeEnEdit", "Astana")
    me.click("clearLetterheadButton")
    me.click("saveButton")
    body = services.directory.get_body(COUNCIL)
    assert body.translations.get("place", "en") == "Astana"
    assert body.name_in("kk") == "ҚР ІІМ Қоғамдық кеңесі"  # kept: not typed over
    assert body.quorum == QuorumRule(QuorumKind.COUNT, 7)
    assert body.letterhead == ""


@pytest.mark.parametrize(("members", "field"), [
    ((("Когамов Марат Чингисович", Role.CHAIR, date(2019, 1, 1), None),
      ("Ким Ольга Викторовна", Role.CHAIR, date(2020, 1, 1), date(2021, 1, 1))),
     "memberRoleCombo"),
    ((("Ким Ольга Викторовна", Role.MEMBER, date(2022, 1, 15), date(2021, 1, 15)),),
     "memberToEdit"),
])
def test_a_roster_a_rule_refuses_is_not_saved_and_the_row_is_marked(
        qtbot, window, services, members, field) -> None:
    dialog = open_bodies(window)
    me = Secretary(qtbot, dialog)
    me.fill("nameEdit", COUNCIL)
    for name, role, from_, to in members:
        add_member(me, name, role, from_, to)
    me.click("saveButton")
    assert services.directory.list_bodies() == []  # nothing saved half
    message = error_text(dialog)
    assert message and "members[" not in message  # worded for a person, not a path
    marked = me.find(QWidget, field)
    assert marked.property("invalid") and marked.toolTip() == message
    assert dialog.members.index(dialog.member_table.currentIndex().row(), 0).data() == (
        members[-1][0])  # the row at fault is shown
    assert dialog.name.text() == COUNCIL and len(dialog.members.rows()) == len(members)
    assert dialog.dirty and dialog.save_button.isEnabled()


def test_a_body_without_a_name_is_refused_in_words(qtbot, window, services) -> None:
    dialog = open_bodies(window)
    me = Secretary(qtbot, dialog)
    add_member(me, "Ким Ольга Викторовна")
    me.click("saveButton")
    assert error_text(dialog) == "Enter a name."
    assert dialog.name.property("invalid")
    assert services.directory.list_bodies() == [] and services.directory.list_people() == []
    me.fill("nameEdit", COUNCIL)  # corrected: saved, the mark goes
    me.click("saveButton")
    assert error_text(dialog) == "" and not dialog.name.property("invalid")
    assert services.directory.get_body(COUNCIL) is not None


def test_a_second_body_of_the_same_name_in_another_case_is_refused(
        qtbot, window, services) -> None:
    services.directory.save_body(Body(COUNCIL, members=(Member("Ким Ольга Викторовна"),)))
    dialog = open_bodies(window)
    me = Secretary(qtbot, dialog)
    me.click("newButton")
    me.fill("nameEdit", COUNCIL.lower())
    me.click("saveButton")
    assert COUNCIL in error_text(dialog)
    [body] = services.directory.list_bodies()
    assert body.members == (Member("Ким Ольга Викторовна"),)  # the stored one is untouched


def test_delete_asks_and_says_the_meetings_keep_the_name(qtbot, window, services,
                                                        monkeypatch) -> None:
    services.directory.save_body(Body(COUNCIL))
    services.directory.save_body(Body("Комиссия по этике"))
    asked: list[str] = []

    def answer(_parent, _title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return len(asked) > 1  # "No" the first time, "Yes" the second

    monkeypatch.setattr(directory_dialog, "confirm_delete", answer)
    dialog = open_bodies(window)
    me = Secretary(qtbot, dialog)
    dialog.select_row(dialog.model.row_of(services.directory.get_body(COUNCIL).id))
    me.click("deleteButton")
    assert COUNCIL in asked[0] and "meetings keep" in asked[0]
    assert len(services.directory.list_bodies()) == 2
    me.click("deleteButton")
    assert [b.name for b in services.directory.list_bodies()] == ["Комиссия по этике"]
    assert [b.name for b in dialog.model.entries()] == ["Комиссия по этике"]
    assert dialog.name.text() == "Комиссия по этике"


def test_unsaved_typing_is_not_lost_by_moving_to_another_body(qtbot, window, services,
                                                            monkeypatch) -> None:
    services.directory.save_body(Body(COUNCIL))
    services.directory.save_body(Body("Комиссия по этике"))
    answers = [Unsaved.CANCEL, Unsaved.SAVE]
    monkeypatch.setattr(directory_dialog, "ask_unsaved", lambda _p, _name: answers.pop(0))
    dialog = open_bodies(window)
    me = Secretary(qtbot, dialog)
    first = dialog.current
    me.fill("placeEdit", "г. Кокшетау")
    dialog.select_row(1)  # Cancel: stays, the typing with it
    assert dialog.current == first and dialog.place.text() == "г. Кокшетау"
    assert dialog.list.currentIndex().row() == 0
    dialog.select_row(1)  # Save: stored, then the other one is shown
    assert services.directory.get_body(first.name).place == "г. Кокшетау"
    assert dialog.current.name != first.name and dialog.place.text() == ""


def test_cancel_shows_the_stored_body_again(qtbot, window, services) -> None:
    services.directory.save_body(Body(COUNCIL, place="г. Астана"))
    dialog = open_bodies(window)
    me = Secretary(qtbot, dialog)
    me.fill("placeEdit", "г. Кокшетау")
    me.click("cancelButton")
    assert dialog.place.text() == "г. Астана" and not dialog.dirty
    assert services.directory.get_body(COUNCIL).place == "г. Астана"


def test_closing_with_unsaved_typing_asks_first(qtbot, window, services, monkeypatch) -> None:
    services.directory.save_body(Body(COUNCIL))
    answers = [Unsaved.CANCEL, Unsaved.DISCARD]
    monkeypatch.setattr(directory_dialog, "ask_unsaved", lambda _p, _name: answers.pop(0))
    dialog = open_bodies(window)
    Secretary(qtbot, dialog).fill("placeEdit", "г. Кокшетау")
    dialog.close()  # Cancel: the window and the typing stay
    assert dialog.isVisible() and dialog.place.text() == "г. Кокшетау"
    dialog.close()  # Discard
    assert not dialog.isVisible() and answers == []
    assert services.directory.get_body(COUNCIL).place == ""


def test_a_read_only_database_can_be_read_but_not_changed(qtbot, window, services) -> None:
    services.directory.save_body(Body(COUNCIL))
    window.set_read_only("The database file is read-only.")
    dialog = open_bodies(window)
    Secretary(qtbot, dialog).fill("placeEdit", "г. Кокшетау")
    assert (dialog.name.text(), dialog.place.text()) == (COUNCIL, "")  # read, not typed in
    assert not dialog.add_member.isEnabled()
    assert not any(button.isEnabled() for button in (
        dialog.new_button, dialog.delete_button, dialog.save_button))
    assert not dialog.save()
    assert services.directory.get_body(COUNCIL).place == ""


def test_the_document_settings_are_typed_and_stored(qtbot, window, services) -> None:
    services.directory.save_body(Body(COUNCIL))
    dialog = open_bodies(window)
    me = Secretary(qtbot, dialog)
    # a new body's documents are set as GOST's usual: Times New Roman 14, ПОСТАНОВИЛИ
    assert (dialog.font_combo.currentText(), dialog.font_size.value()) == ("Times New Roman", 14)
    assert not dialog.margin_check.isChecked()
    me.fill("fontCombo", "PT Astra Serif")  # not installed here: still the body's choice
    dialog.font_size.setFocus()
    dialog.font_size.selectAll()
    qtbot.keyClicks(dialog.font_size, "12.5")
    me.click("marginCheck")
    me.choose("decisionVerbCombo", "РЕШИЛИ / ШЕШТІ / DECIDED")
    me.click("saveButton")
    assert error_text(dialog) == ""
    assert services.directory.get_body(COUNCIL).document == DocumentSettings(
        "PT Astra Serif", 12.5, True, DecisionVerb.DECIDED)


def test_a_stored_body_shows_its_document_settings(qtbot, window, services) -> None:
    services.directory.save_body(Body(COUNCIL, document=DocumentSettings(
        "PT Astra Serif", 12.5, True, DecisionVerb.DECIDED)))
    dialog = open_bodies(window)
    assert dialog.font_combo.currentText() == "PT Astra Serif"
    assert (dialog.font_size.value(), dialog.margin_check.isChecked()) == (12.5, True)
    assert dialog.decision_verb.currentText() == "РЕШИЛИ / ШЕШТІ / DECIDED"
    assert not dialog.save_button.isEnabled()  # showing them is no edit


def test_an_empty_font_name_is_refused_and_marked(qtbot, window, services) -> None:
    services.directory.save_body(Body(COUNCIL, document=DocumentSettings("Arial", 12)))
    dialog = open_bodies(window)
    me = Secretary(qtbot, dialog)
    me.fill("fontCombo", " ")
    me.click("saveButton")
    message = error_text(dialog)
    assert "font" in message
    assert dialog.font_combo.property("invalid") and dialog.font_combo.toolTip() == message
    assert services.directory.get_body(COUNCIL).document == DocumentSettings("Arial", 12)
