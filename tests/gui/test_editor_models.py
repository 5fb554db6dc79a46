"""The editor's Qt models: the Qt contract (qtmodeltester), what each row shows, and how a new
tuple of snapshots is announced to the views."""

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Decision,
    Outcome,
    Person,
    Role,
    Statement,
    Vote,
)
from minutes_app.ui.editor.models import (
    ActionTableModel,
    AgendaListModel,
    AttendeeTableModel,
    DecisionListModel,
    PeopleListModel,
    StatementListModel,
)
from minutes_app.ui.editor.snapshot_model import KeyRole, SnapshotRole

DISPLAY = Qt.ItemDataRole.DisplayRole
CHECK = Qt.ItemDataRole.CheckStateRole


def attendees() -> tuple[Attendee, ...]:
    return (
        Attendee(name="Когамов Марат Чингизович", role=Role.CHAIR, position="председатель"),
        Attendee(name="Ахметова Айгуль Сериковна", present=False, absence_reason="болезнь"),
        Attendee(group="Представители НПО", count=12, role=Role.INVITED),
    )


def agenda() -> tuple[AgendaItem, ...]:
    return tuple(AgendaItem(f"Вопрос {n}") for n in range(1, 5))


def decisions() -> tuple[Decision, ...]:
    return (
        Decision("Принять к сведению.", Vote(unanimous=True)),
        Decision("Отклонить проект.", Vote(2, 5, 1)),
        Decision("Поручить доработать.", None, Outcome.REJECTED),
    )


def actions() -> tuple[ActionItem, ...]:
    return (
        ActionItem("Провести рейды", ("Нурланов К.",), date(2026, 12, 1)),
        ActionItem("Отчитаться", (), None, done=True),
    )


@pytest.mark.parametrize(
    ("model_class", "rows"),
    [
        (AttendeeTableModel, attendees()),
        (AgendaListModel, agenda()),
        (StatementListModel, (Statement("Доложил.", "Нурланов К."), Statement(""))),
        (DecisionListModel, decisions()),
        (ActionTableModel, actions()),
    ],
)
def test_snapshot_models_keep_the_qt_contract(qtmodeltester, model_class, rows):
    model = model_class()
    qtmodeltester.check(model)  # empty
    model.set_rows(rows)
    qtmodeltester.check(model)
    model.set_rows(rows[1:])  # one removed
    model.set_rows(tuple(reversed(rows)))  # a reset
    qtmodeltester.check(model)


def test_people_model_keeps_the_qt_contract(qtmodeltester):
    model = PeopleListModel()
    model.set_people([Person("Когамов", "Марат", "Чингизович", position="председатель"),
                      Person("Smith", "Anne")])
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Когамов Марат Чингизович — председатель"
    assert model.index(1, 0).data() == "Anne Smith"  # Latin: given name first
    assert model.index(1, 0).data(PeopleListModel.PersonRole).surname == "Smith"


def test_attendee_rows_show_name_position_role_presence_and_reason():
    model = AttendeeTableModel()
    model.set_rows(attendees())
    cells = [[model.index(row, column).data() for column in range(5)] for row in range(3)]
    assert cells[0][:3] == ["Когамов Марат Чингизович", "председатель", "Chair"]
    assert cells[1][4] == "болезнь"
    assert cells[2][0] == "Представители НПО (12 people)"
    assert cells[2][2] == "Invited"
    presence = [model.index(row, model.COL_PRESENT).data(CHECK) for row in range(3)]
    assert presence == [Qt.CheckState.Checked, Qt.CheckState.Unchecked, Qt.CheckState.Checked]
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Present"


def test_ticking_presence_asks_for_the_change_instead_of_making_it(qtbot):
    model = AttendeeTableModel()
    rows = attendees()
    model.set_rows(rows)
    index = model.index(1, model.COL_PRESENT)
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    with qtbot.waitSignal(model.present_toggled, timeout=100) as signal:
        assert model.setData(index, Qt.CheckState.Checked.value, CHECK)
    assert signal.args == [rows[1].key, True]
    assert model.rows == rows  # the editor changes the meeting, then hands the model the rows


def test_a_changed_row_repaints_that_row_only(qtbot):
    model = AgendaListModel()
    rows = agenda()
    model.set_rows(rows)
    changed = (*rows[:2], replace(rows[2], title="Новое название"), rows[3])
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(
            model.dataChanged, timeout=100) as s:
        model.set_rows(changed)
    assert (s.args[0].row(), s.args[1].row()) == (2, 2)
    assert model.index(2, 0).data() == "3. Новое название"


def test_one_inserted_row_is_an_insert_not_a_reset(qtbot):
    model = AttendeeTableModel()
    rows = attendees()
    model.set_rows(rows)
    new = Attendee(name="Иванов Пётр Сергеевич")
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(
            model.rowsInserted, timeout=100) as s:
        model.set_rows((*rows[:1], new, *rows[1:]))
    assert s.args[1:] == [1, 1]
    assert model.index(1, 0).data() == "Иванов Пётр Сергеевич"
    with qtbot.waitSignal(model.rowsRemoved, timeout=100):
        model.set_rows(rows)
    assert model.row_of(rows[2].key) == 2


def test_numbered_rows_renumber_after_an_insert():
    model = AgendaListModel()
    rows = agenda()
    model.set_rows(rows)
    model.set_rows((*rows[:1], AgendaItem("Разное"), *rows[1:]))
    assert [model.index(r, 0).data() for r in range(5)][:3] == [
        "1. Вопрос 1", "2. Разное", "3. Вопрос 2"]


def test_moving_a_row_moves_it_and_reports_the_new_place(qtbot):
    model = AgendaListModel()
    rows = agenda()
    model.set_rows(rows)
    with qtbot.waitSignal(model.moved, timeout=100) as signal:
        # Qt counts the destination before the move: "before row 3" puts row 0 at place 2.
        assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert signal.args == [rows[0].key, 2]
    assert [model.index(r, 0).data(KeyRole) for r in range(4)] == [
        rows[1].key, rows[2].key, rows[0].key, rows[3].key]
    assert model.index(2, 0).data() == "3. Вопрос 1"
    assert not model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 2)  # onto itself
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled


def test_decisions_are_numbered_under_their_item_with_outcome_and_vote():
    model = DecisionListModel()
    model.set_rows(decisions())
    model.set_item_number(3)
    texts = [model.index(r, 0).data() for r in range(3)]
    assert texts[0] == "3.1. Принять к сведению. — adopted (unanimous)"
    assert texts[1] == "3.2. Отклонить проект. — rejected (for 2, against 5, abstained 1)"
    assert texts[2] == "3.3. Поручить доработать. — rejected (no vote)"
    assert model.index(1, 0).data(SnapshotRole) == decisions()[1]


def test_statement_rows_show_speaker_and_text():
    model = StatementListModel()
    model.set_rows((Statement("Доложил о работе.", "Нурланов К."), Statement("")))
    assert model.index(0, 0).data() == "Нурланов К.: Доложил о работе."
    assert model.index(1, 0).data() == "(no text yet)"


def test_task_rows_show_responsible_due_date_and_done(qtbot):
    model = ActionTableModel()
    rows = actions()
    model.set_rows(rows)
    assert model.index(0, model.COL_RESPONSIBLE).data() == "Нурланов К."
    assert model.index(0, model.COL_DUE).data() == "01/12/2026"  # en-GB short date
    assert model.index(1, model.COL_DUE).data() == "no date"
    assert model.index(1, model.COL_DONE).data(CHECK) == Qt.CheckState.Checked
    with qtbot.waitSignal(model.done_toggled, timeout=100) as signal:
        model.setData(model.index(0, model.COL_DONE), Qt.CheckState.Checked, CHECK)
    assert signal.args == [rows[0].key, True]
