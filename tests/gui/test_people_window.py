"""Directory → People…: the list and its filter, editing a person, their meetings and tasks,
merging two entries of one person through the window and undoing it in the main window."""

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Decision,
    Meeting,
    Person,
    Role,
    Statement,
    Vote,
)
from minutes_app.services import Services
from minutes_app.services.views import PersonActivity, PersonMeeting, PersonTask
from minutes_app.ui.dialogs import people_dialog
from minutes_app.ui.dialogs.people_dialog import PeopleDialog
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.models.people_model import (
    PeopleFilterProxyModel,
    PeopleTableModel,
    PersonMeetingsModel,
    PersonTasksModel,
)

IVANOV = "Иванов Иван Иванович"
IVANOV_MISSPELT = "Иванов Иван Иваныч"
PETROVA = "Петрова Анна Сергеевна"
ORLOVA = "Орлова Алёна Петровна"


def meeting(number: str, day: date, ivanov: str) -> Meeting:
    """A meeting where `ivanov` chairs, speaks and is given a task."""
    return Meeting(
        title=f"Заседание {number}", date=day, number=number, body="Совет",
        attendees=(Attendee(name=ivanov, role=Role.CHAIR, position="депутат"),
                   Attendee(name=PETROVA, role=Role.SECRETARY)),
        agenda=(AgendaItem(
            "О плане работы", presenters=(ivanov,),
            heard=(Statement("Доложил о плане.", ivanov),),
            decisions=(Decision("План утвердить.", Vote(for_=2), actions=(
                ActionItem(f"Задача {number}", (ivanov,), date(2026, 6, 1)),)),)),))


@pytest.fixture
def meetings(services: Services) -> list[Meeting]:
    first = services.meetings.create(meeting("1", date(2026, 2, 10), IVANOV))
    second = services.meetings.create(meeting("2", date(2026, 3, 10), IVANOV_MISSPELT))
    services.directory.save_person(Person("Орлова", "Алёна", "Петровна", position="юрист"))
    return [first, second]


@pytest.fixture
def window(qtbot, services, settings, meetings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def dialog(qtbot, window) -> PeopleDialog:
    window.open_people()
    dialog = window._people_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def listed(dialog: PeopleDialog) -> list[str]:
    proxy = dialog.proxy
    return [" ".join(proxy.index(row, column).data() for column in range(3)).strip()
            for row in range(proxy.rowCount())]


def person_id(services: Services, name: str) -> int:
    person = services.directory.find_person(name)
    assert person is not None and person.id is not None
    return person.id


def type_into(edit, text: str) -> None:
    """Replace the field's text as typing would (non-ASCII goes in as key events' text)."""
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, edit, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)


def select_both(dialog: PeopleDialog, first: int, second: int) -> None:
    model = dialog.table.selectionModel()
    rows = QItemSelectionModel.SelectionFlag.Rows
    dialog.select_person(first)
    index = dialog.proxy.mapFromSource(dialog.model.index(dialog.model.row_of(second), 0))
    model.select(index, QItemSelectionModel.SelectionFlag.Select | rows)


# -- the models ----------------------------------------------------------------------------
def test_the_models_pass_the_model_tester(qtmodeltester):
    people = PeopleTableModel()
    people.set_rows([Person("Иванов", "Иван", id=1), Person("Ёлкина", "Анна", position="юрист",
                                                           id=2)])
    qtmodeltester.check(people)
    proxy = PeopleFilterProxyModel()
    proxy.setSourceModel(people)
    proxy.set_filter_text("елк")
    qtmodeltester.check(proxy)
    meetings = PersonMeetingsModel()
    meetings.set_rows([PersonMeeting(3, date(2026, 1, 2), "5", "Заседание", Role.CHAIR, True),
                       PersonMeeting(4, date(2026, 2, 2), "", "Семинар", Role.INVITED, False)])
    qtmodeltester.check(meetings)
    tasks = PersonTasksModel()
    tasks.set_rows([PersonTask(3, date(2026, 1, 2), "5", "Подготовить план", None, False),
                    PersonTask(4, date(2026, 2, 2), "", "Отчитаться", date(2026, 3, 1), True)])
    qtmodeltester.check(tasks)
    assert [tasks.index(1, c).data() for c in range(4)] == [
        "Отчитаться", "02/02/2026", "01/03/2026", "done"]
    assert meetings.index(1, PersonMeetingsModel.COL_PRESENT).data() == "absent"


def test_the_filter_matches_any_part_in_any_case_and_yo_as_ye(dialog):
    assert listed(dialog) == [IVANOV, IVANOV_MISSPELT, ORLOVA, PETROVA]
    dialog.filter.setText("АЛЕН")  # «Алёна», typed in capitals and with е
    assert listed(dialog) == [ORLOVA]
    dialog.filter.setText("иваны")  # the middle of a name
    assert listed(dialog) == [IVANOV_MISSPELT]
    dialog.filter.setText("ЮРИСТ")  # the position
    assert listed(dialog) == [ORLOVA]
    dialog.filter.setText("нет такого")
    assert listed(dialog) == []
    dialog.filter.clear()
    assert len(listed(dialog)) == 4


# -- one person --------------------------------------------------------------------------------
def test_a_person_edited_in_the_window_is_found_after_reopening(qtbot, window, dialog, services):
    orlova = person_id(services, ORLOVA)
    assert dialog.select_person(orlova)
    assert not dialog.save_button.isEnabled()
    type_into(dialog.fields["surname"], "Орлова-Ким")
    type_into(dialog.fields["degree"], "кандидат юридических наук")
    type_into(dialog.fields["rank"], "майор полиции")
    type_into(dialog.kazakh["position"], "заңгер")
    assert dialog.save_button.isEnabled() and dialog.revert_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.save_button.isEnabled()
    assert "Орлова-Ким Алёна Петровна" in listed(dialog)
    dialog.close()

    stored = services.directory.get_person(orlova)
    assert (stored.surname, stored.degree, stored.rank, stored.position) == (
        "Орлова-Ким", "кандидат юридических наук", "майор полиции", "юрист")
    assert stored.translations.get("position", "kk") == "заңгер"
    window.open_people()  # the same window again, read afresh
    assert window._people_dialog.select_person(orlova)
    assert window._people_dialog.fields["rank"].text() == "майор полиции"
    assert window._people_dialog.kazakh["position"].text() == "заңгер"


def test_revert_shows_the_person_as_saved(dialog, services):
    dialog.select_person(person_id(services, ORLOVA))
    type_into(dialog.fields["position"], "адвокат")
    dialog.revert_button.click()
    assert dialog.fields["position"].text() == "юрист"
    assert not dialog.is_modified()
    assert services.directory.find_person(ORLOVA).position == "юрист"


def test_a_name_another_entry_has_is_refused_and_the_typing_stays(dialog, services):
    orlova = person_id(services, ORLOVA)
    dialog.select_person(orlova)
    type_into(dialog.fields["surname"], "Петрова")
    type_into(dialog.fields["given_name"], "Анна")
    type_into(dialog.fields["patronymic"], "Сергеевна")
    dialog.save_button.click()
    assert PETROVA in dialog.message.text()
    assert dialog.fields["surname"].text() == "Петрова"  # kept to be corrected
    # Choosing another person tries to save first; refused, the form stays on Orlova.
    assert not dialog.select_person(person_id(services, IVANOV))
    assert dialog.typed_person().id == orlova
    assert services.directory.get_person(orlova).surname == "Орлова"


def test_typing_for_one_person_is_saved_when_another_is_chosen(dialog, services):
    orlova = person_id(services, ORLOVA)
    dialog.select_person(orlova)
    type_into(dialog.fields["position"], "адвокат")
    assert dialog.select_person(person_id(services, PETROVA))
    assert dialog.fields["surname"].text() == "Петрова"
    assert services.directory.get_person(orlova).position == "адвокат"


def test_a_persons_meetings_and_tasks_show_and_open_in_the_main_window(
        qtbot, window, dialog, services, meetings):
    dialog.select_person(person_id(services, IVANOV))
    view = dialog.meetings_view
    assert [view.model().index(0, c).data() for c in range(5)] == [
        "10/02/2026", "1", "Заседание 1", "Chair", "present"]
    assert dialog.tasks_model.rowCount() == 1
    assert dialog.tasks_model.index(0, 0).data() == "Задача 1"
    assert window.current_meeting_id() == meetings[1].id  # the newest is open

    index = view.model().index(0, 2)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_meeting_id() == meetings[0].id


# -- merging -----------------------------------------------------------------------------------
def test_merging_two_entries_through_the_window_then_ctrl_z_in_the_main_window(
        qtbot, window, dialog, services, meetings, monkeypatch):
    kept, dropped = person_id(services, IVANOV), person_id(services, IVANOV_MISSPELT)
    before = [services.meetings.get(m.id) for m in meetings]
    people_before = services.directory.list_people()
    assert window.current_meeting_id() == meetings[1].id  # the editor shows the misspelt one

    asked = []

    def keep_the_first(_parent, first, second, activities):
        asked.append((first.full_name, second.full_name,
                      [len(a.meetings) for a in activities]))
        return first if first.id == kept else second

    monkeypatch.setattr(people_dialog, "ask_merge", keep_the_first)
    select_both(dialog, kept, dropped)
    assert dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    assert sorted(asked[0][:2]) == [IVANOV, IVANOV_MISSPELT] and asked[0][2] == [1, 1]
    assert listed(dialog) == [IVANOV, ORLOVA, PETROVA]  # the dropped one is gone
    assert dialog.meetings_model.rowCount() == 2 and dialog.tasks_model.rowCount() == 2
    second = services.meetings.get(meetings[1].id)
    item = second.agenda[0]
    assert (second.attendees[0].name, item.presenters, item.heard[0].speaker,
            item.decisions[0].actions[0].responsible) == (IVANOV, (IVANOV,), IVANOV, (IVANOV,))
    # The open meeting was read again: the editor shows (and will save) the kept name.
    assert window.editor.current_meeting().attendees[0].name == IVANOV
    assert window.undo_stack.undoText() == "merge people"

    dialog.close()  # back to the main window, and Ctrl+Z there
    with qtbot.waitActive(window):
        window.activateWindow()
    window.list_panel.table.setFocus()
    QTest.keyClick(window.list_panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.undo_stack.index() == 0

    assert [services.meetings.get(m.id) for m in meetings] == before
    assert services.directory.list_people() == people_before
    window.open_people()
    assert listed(dialog) == [IVANOV, IVANOV_MISSPELT, ORLOVA, PETROVA]
    assert window.editor.current_meeting().attendees[0].name == IVANOV_MISSPELT
    window.editor.flush()  # nothing stale is written back
    assert services.meetings.get(meetings[1].id) == before[1]


def test_a_cancelled_merge_changes_nothing(qtbot, dialog, services, meetings, monkeypatch):
    monkeypatch.setattr(people_dialog, "ask_merge", lambda *_args: None)
    before = services.directory.list_people()
    select_both(dialog, person_id(services, IVANOV), person_id(services, IVANOV_MISSPELT))
    dialog.merge_button.click()
    assert services.directory.list_people() == before
    assert len(listed(dialog)) == 4


def test_no_merge_while_the_open_meetings_typing_cannot_be_saved(
        window, dialog, services, meetings, monkeypatch):
    monkeypatch.setattr(people_dialog, "ask_merge", lambda _p, first, _second, _a: first)
    monkeypatch.setattr(window.editor, "flush", lambda: False)
    before = services.directory.list_people()
    select_both(dialog, person_id(services, IVANOV), person_id(services, IVANOV_MISSPELT))
    dialog.merge_button.click()
    assert "Not merged" in dialog.message.text()
    assert services.directory.list_people() == before
    assert window.undo_stack.count() == 0
    monkeypatch.undo()  # before the window closes (which saves, or asks)


def test_merge_needs_exactly_two_entries(dialog, services):
    dialog.select_person(person_id(services, IVANOV))
    assert not dialog.merge_button.isEnabled()
    dialog.table.selectAll()
    assert not dialog.merge_button.isEnabled()


def test_ask_merge_is_told_what_each_entry_holds(dialog, services, monkeypatch):
    seen: list[tuple[PersonActivity, PersonActivity]] = []
    monkeypatch.setattr(people_dialog, "ask_merge",
                        lambda _p, _f, _s, activities: seen.append(activities))
    select_both(dialog, person_id(services, ORLOVA), person_id(services, IVANOV))
    dialog.merge_button.click()
    counts = sorted((len(a.meetings), len(a.tasks)) for a in seen[0])
    assert counts == [(0, 0), (1, 1)]


def test_closing_the_window_saves_the_form_or_stays_open_saying_why(qtbot, window, dialog,
                                                                    services):
    orlova = person_id(services, ORLOVA)
    dialog.select_person(orlova)
    type_into(dialog.fields["surname"], "Петрова")
    type_into(dialog.fields["given_name"], "Анна")
    type_into(dialog.fields["patronymic"], "Сергеевна")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and PETROVA in dialog.message.text()  # refused: still open

    type_into(dialog.fields["surname"], "Орлова")
    type_into(dialog.fields["given_name"], "Алёна")
    type_into(dialog.fields["patronymic"], "Петровна")
    type_into(dialog.fields["position"], "адвокат")
    dialog.close()
    assert not dialog.isVisible()
    assert services.directory.get_person(orlova).position == "адвокат"
