"""The editor's «Орган» picker: it lists the bodies of the directory (and follows the bodies
window), and a body chosen for a meeting with nobody listed fills the meeting with its members
on the date, its next number, place, kind and organisation, as one change Ctrl+Z takes back.
The quorum line follows the roster of the meeting's date.
"""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel
from test_window_end_to_end import Secretary

from minutes_app.domain import (
    Attendee,
    Body,
    Meeting,
    Member,
    Numbering,
    Role,
)
from minutes_app.ui.dialogs.bodies_dialog import BodiesDialog
from minutes_app.ui.main_window import MainWindow

COUNCIL = "Общественный совет МВД РК"
MINISTRY = "Министерство внутренних дел Республики Казахстан"
CHAIR, FORMER, SECRETARY, MEMBER, LATER = (
    "Когамов Марат Чингисович", "Ким Ольга Викторовна", "Жумабаева Сауле Ерлановна",
    "Сидоров Пётр Ильич", "Ахметов Ерлан Болатович")


def council(numbering: Numbering = Numbering.YEARLY) -> Body:
    return Body(
        COUNCIL, numbering=numbering, organization=MINISTRY, place="г. Астана",
        kind="заседание",
        members=(Member(CHAIR, Role.CHAIR, date(2019, 1, 15)),
                 Member(FORMER, to=date(2022, 1, 15)),
                 Member(SECRETARY, Role.SECRETARY),
                 Member(MEMBER),
                 Member(LATER, from_=date(2026, 6, 1))))


def meeting_of(body: str, number: str, day: date, attendees: tuple[Attendee, ...] = ()
               ) -> Meeting:
    return Meeting(title="заседания Общественного совета", date=day, body=body,
                   number=number, attendees=attendees)


@pytest.fixture
def window(qtbot, services, settings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def new_meeting_on(qtbot, window: MainWindow, day: date) -> Secretary:  # type: ignore[no-untyped-def]
    """File → New meeting, dated `day` as the calendar picker does."""
    window.new_action.trigger()
    window.editor.tabs.setCurrentIndex(0)
    window.findChild(QDateEdit, "dateEdit").setDate(QDate(day.year, day.month, day.day))
    return Secretary(qtbot, window)


def show(window: MainWindow, meeting: Meeting) -> None:
    """The meeting stored after the window opened, chosen in the list."""
    assert meeting.id is not None
    window.list_panel.reload()
    window.list_panel.select_meeting(meeting.id)
    assert window.editor.current_meeting().id == meeting.id


def choose_body(me: Secretary, typed: str) -> None:
    """Type the body's name into the picker and press Enter."""
    me.fill("bodyCombo", typed)
    QTest.keyClick(me.find(QComboBox, "bodyCombo").lineEdit(), Qt.Key.Key_Return)


def combo_items(window: MainWindow) -> list[str]:
    combo = window.findChild(QComboBox, "bodyCombo")
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_body_saved_in_the_bodies_window_is_listed_by_the_picker(qtbot, window) -> None:
    window.new_action.trigger()
    assert combo_items(window) == []
    window.bodies_action.trigger()
    dialog = window.findChild(BodiesDialog)
    me = Secretary(qtbot, dialog)
    me.fill("nameEdit", COUNCIL)
    me.click("saveButton")
    assert combo_items(window) == [COUNCIL]


def test_choosing_a_body_fills_a_new_meeting_and_undo_empties_it(qtbot, window,
                                                                 services) -> None:
    services.directory.save_body(council())
    services.meetings.create(meeting_of(COUNCIL, "4", date(2026, 2, 1)))
    me = new_meeting_on(qtbot, window, date(2026, 3, 15))
    choose_body(me, COUNCIL)
    meeting = window.editor.current_meeting()
    assert [(a.name, a.role, a.present) for a in meeting.attendees] == [
        (CHAIR, Role.CHAIR, True), (SECRETARY, Role.SECRETARY, True),
        (MEMBER, Role.MEMBER, True)]  # the members of 15 March 2026, all present
    assert (meeting.number, meeting.place, meeting.kind, meeting.organization) == (
        "5", "г. Астана", "заседание", MINISTRY)
    assert window.findChild(QComboBox, "organizationCombo").currentText() == MINISTRY
    assert window.editor.attendees.quorum.text() == "Present: 3 of 3 members — quorum"

    window.undo_action.trigger()  # Ctrl+Z: the filling goes, the typed body stays
    meeting = window.editor.current_meeting()
    assert (meeting.attendees, meeting.number, meeting.place, meeting.kind) == ((), "", "", "")
    assert meeting.body == COUNCIL
    assert window.editor.attendees.model.rowCount() == 0
    window.redo_action.trigger()
    assert len(window.editor.current_meeting().attendees) == 3
    assert window.editor.flush()
    assert services.meetings.get(meeting.id).number == "5"
    window.undo_action.trigger()
    choose_body(me, COUNCIL)  # leaving the field again is no new choice: nothing comes back
    assert window.editor.current_meeting().attendees == ()


def test_what_is_typed_already_is_kept(qtbot, window, services) -> None:
    services.directory.save_body(council())
    me = new_meeting_on(qtbot, window, date(2026, 3, 15))
    me.fill("numberEdit", "12-с")
    me.fill("placeEdit", "г. Кокшетау")
    choose_body(me, COUNCIL)
    meeting = window.editor.current_meeting()
    assert (meeting.number, meeting.place, meeting.kind) == ("12-с", "г. Кокшетау", "заседание")
    assert len(meeting.attendees) == 3


def test_a_meeting_with_attendees_keeps_them(qtbot, window, services) -> None:
    services.directory.save_body(council())
    stored = services.meetings.create(meeting_of("", "", date(2026, 3, 15),
                                                 (Attendee(name="Петрова Анна Сергеевна"),)))
    show(window, stored)
    me = Secretary(qtbot, window)
    choose_body(me, COUNCIL)
    meeting = window.editor.current_meeting()
    assert [a.name for a in meeting.attendees] == ["Петрова Анна Сергеевна"]
    assert meeting.number == "" and meeting.body == COUNCIL


def test_the_next_meeting_of_the_body_gets_the_next_number(qtbot, window, services) -> None:
    services.directory.save_body(council())
    me = new_meeting_on(qtbot, window, date(2026, 3, 15))
    choose_body(me, COUNCIL)
    assert window.editor.current_meeting().number == "1"
    me = new_meeting_on(qtbot, window, date(2026, 4, 20))
    choose_body(me, COUNCIL)
    assert window.editor.current_meeting().number == "2"
    me = new_meeting_on(qtbot, window, date(2027, 1, 20))  # per year: a new year starts at 1
    choose_body(me, COUNCIL)
    assert window.editor.current_meeting().number == "1"


def test_continuous_numbering_goes_on_across_a_year(qtbot, window, services) -> None:
    services.directory.save_body(council(Numbering.CONTINUOUS))
    services.meetings.create(meeting_of(COUNCIL, "12", date(2025, 12, 10)))
    me = new_meeting_on(qtbot, window, date(2026, 1, 20))
    choose_body(me, COUNCIL)
    assert window.editor.current_meeting().number == "13"


def test_a_body_typed_in_another_case_is_the_same_body(qtbot, window, services) -> None:
    services.directory.save_body(council())
    services.meetings.create(meeting_of(COUNCIL, "4", date(2026, 2, 1)))
    me = new_meeting_on(qtbot, window, date(2026, 3, 15))
    choose_body(me, "общественный совет мвд рк")
    meeting = window.editor.current_meeting()
    assert meeting.body == COUNCIL  # as the directory spells it
    assert (meeting.number, len(meeting.attendees)) == ("5", 3)
    assert window.findChild(QComboBox, "bodyCombo").currentText() == COUNCIL


def test_an_unknown_body_fills_nothing(qtbot, window, services) -> None:
    services.directory.save_body(council())
    me = new_meeting_on(qtbot, window, date(2026, 3, 15))
    choose_body(me, "Комиссия по этике")
    meeting = window.editor.current_meeting()
    assert (meeting.body, meeting.attendees, meeting.number) == ("Комиссия по этике", (), "")


def test_the_quorum_line_follows_the_roster_of_the_meetings_date(qtbot, window,
                                                                 services) -> None:
    services.directory.save_body(council())
    present = tuple(Attendee(name=name, role=role) for name, role in (
        (CHAIR, Role.CHAIR), (FORMER, Role.MEMBER), (SECRETARY, Role.SECRETARY)))
    show(window, services.meetings.create(meeting_of(COUNCIL, "3", date(2026, 3, 15),
                                                     present)))
    quorum = window.editor.attendees.findChild(QLabel, "quorumLabel")
    # 15 March 2026: Ким's membership ended in 2022 and Ахметов's begins in June, so the
    # roster is three (Когамов, Жумабаева, Сидоров); two of them are present.
    assert quorum.text() == "Present: 2 of 3 members — quorum"
    dates = window.findChild(QDateEdit, "dateEdit")
    dates.setDate(QDate(2026, 7, 1))  # Ахметов is a member by then: 2 of 4, 3 needed
    assert quorum.text() == "Present: 2 of 4 members — no quorum (3 needed)"
    assert quorum.property("invalid")
    dates.setDate(QDate(2021, 6, 1))  # Ким still a member, Ахметов not yet: 3 of 4
    assert quorum.text() == "Present: 3 of 4 members — quorum"
