"""The seminar's own parts typed through the editor's widgets: organisers on the Details page,
proposals and conclusions under an agenda item, the whole meeting's conclusions on the Outcome
page, and a task done on a day with a note on how. Each is one undo step, survives reopening
the meeting from the database, can be reordered and removed, is locked in read-only mode, and
is not lost when the secretary switches meetings in the middle of typing."""

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import test_editor_support as support
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from test_editor_support import click, press, type_text

import minutes_app.ui.main_window as main_window_module
from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Decision,
    Meeting,
    Organization,
    Statement,
    TextEntry,
)
from minutes_app.services import Services
from minutes_app.ui.editor import MeetingEditor
from minutes_app.ui.editor.conclusions_box import TextListBox
from minutes_app.ui.editor.models import ActionTableModel, TextEntryListModel
from minutes_app.ui.main_window import CloseChoice, MainWindow

editor = support.editor
undo_stack = support.undo_stack

EEC = "ОФ «Eurasian Expert Council»"
COUNCIL = "Общественный совет МВД РК"
AGENCY = "Департамент по противодействию коррупции"
BUKREEV = "Букреев Виктор"
PROPOSAL = "развивать новые формы сотрудничества"
NOTED = "взаимодействие полиции с гражданским обществом развивается"
FINALLY = "нужно дальнейшее совершенствование"


@pytest.fixture
def seminar(services: Services) -> Meeting:
    return services.meetings.create(Meeting(
        title="семинара «Взаимодействие полиции с институтами гражданского общества»",
        date=date(2019, 11, 22), kind="семинар",
        agenda=(AgendaItem("О взаимодействии полиции", heard=(Statement("О цели семинара."),),
                           decisions=(Decision("Принять к сведению.",
                                               actions=(ActionItem("Подготовить план"),)),)),
                AgendaItem("Разное"))))


def stored(services: Services, meeting_id: int) -> Meeting:
    return services.meetings.get(meeting_id)


def texts(entries: tuple[TextEntry, ...]) -> list[str]:
    return [e.text for e in entries]


def shown(box: TextListBox) -> list[str]:
    return [box.model.index(r, 0).data() for r in range(box.model.rowCount())]


def add_text(qtbot, box: TextListBox, text: str) -> None:
    click(qtbot, box.add_button)
    assert box.text.hasFocus() and box.text.isEnabled()
    type_text(box.text, text)


def open_item(ed: MeetingEditor, number: int) -> None:
    ed.tabs.setCurrentWidget(ed.agenda)
    ed.agenda.select(ed.current_meeting().agenda[number - 1].key)


def reopen(ed: MeetingEditor, meeting_id: int) -> None:
    """Save, close and open the meeting again: the widgets show what the database holds."""
    assert ed.flush()
    ed.open_meeting(None)
    ed.open_meeting(meeting_id)


# --- recorded, stored, shown again ---------------------------------------------------------
def test_the_seminars_parts_typed_in_the_widgets_are_stored_and_shown_again(
        qtbot, editor, services, seminar):
    editor.open_meeting(seminar.id)
    organizers = editor.details.organizers
    for name in (EEC, COUNCIL):
        add_text(qtbot, organizers, name)
    open_item(editor, 1)
    proposals = editor.agenda.proposals
    click(qtbot, proposals.add_button)
    assert proposals.speaker.hasFocus() and proposals.speaker.currentText() == ""
    type_text(proposals.speaker.lineEdit(), BUKREEV)
    type_text(proposals.text, PROPOSAL)
    add_text(qtbot, editor.agenda.conclusions, NOTED)
    editor.tabs.setCurrentWidget(editor.outcome)
    add_text(qtbot, editor.outcome.conclusions, FINALLY)

    reopen(editor, seminar.id)

    meeting = stored(services, seminar.id)
    assert texts(meeting.organizers) == [EEC, COUNCIL]
    item = meeting.agenda[0]
    assert [(p.speaker, p.text) for p in item.proposals] == [(BUKREEV, PROPOSAL)]
    assert texts(item.conclusions) == [NOTED]
    assert texts(meeting.conclusions) == [FINALLY]
    assert item.heard == seminar.agenda[0].heard and item.discussion == ()  # others untouched
    assert meeting.agenda[1].proposals == () and meeting.agenda[1].conclusions == ()
    assert shown(editor.details.organizers) == [EEC, COUNCIL]
    assert shown(editor.outcome.conclusions) == [FINALLY]
    open_item(editor, 1)
    assert shown(editor.agenda.proposals) == [f"{BUKREEV}: {PROPOSAL}"]
    assert editor.agenda.proposals.text.toPlainText() == PROPOSAL
    assert shown(editor.agenda.conclusions) == [NOTED]
    assert editor.agenda.conclusions.text.toPlainText() == NOTED


def test_a_task_done_on_a_day_with_a_note(qtbot, editor, services, seminar):
    editor.open_meeting(seminar.id)
    open_item(editor, 1)
    tasks = editor.agenda.decisions.tasks
    assert tasks.task.toPlainText() == "Подготовить план"
    assert not tasks.done.isChecked() and tasks.done_on.value() is None

    click(qtbot, tasks.done_on.check)  # the day it was done: today, until changed
    assert tasks.done.isChecked()  # a day it was done on ticks "done"
    tasks.done_on.editor.setDate(QDate(2020, 1, 28))
    type_text(tasks.done_note, "письмо № 12")
    reopen(editor, seminar.id)

    action = stored(services, seminar.id).agenda[0].decisions[0].actions[0]
    assert (action.done, action.done_on, action.done_note) == (
        True, date(2020, 1, 28), "письмо № 12")
    open_item(editor, 1)
    assert tasks.done.isChecked()
    assert tasks.done_on.value() == date(2020, 1, 28)
    assert tasks.done_note.text() == "письмо № 12"
    assert tasks.model.index(0, ActionTableModel.COL_DONE).data() == "28/01/2020"

    tasks.done.setFocus()
    press(tasks.done, Qt.Key.Key_Space)  # not done after all: the day goes, the note stays
    assert tasks.done_on.value() is None and not tasks.done_on.editor.isEnabled()
    editor.flush()
    action = stored(services, seminar.id).agenda[0].decisions[0].actions[0]
    assert (action.done, action.done_on, action.done_note) == (False, None, "письмо № 12")


def test_unticking_done_in_the_table_forgets_the_day(qtbot, editor, services, seminar):
    editor.open_meeting(seminar.id)
    open_item(editor, 1)
    tasks = editor.agenda.decisions.tasks
    click(qtbot, tasks.done_on.check)
    tasks.done_on.editor.setDate(QDate(2020, 1, 28))
    done_cell = tasks.model.index(0, ActionTableModel.COL_DONE)

    tasks.model.setData(done_cell, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)

    assert not tasks.done.isChecked() and tasks.done_on.value() is None
    editor.flush()
    action = stored(services, seminar.id).agenda[0].decisions[0].actions[0]
    assert (action.done, action.done_on) == (False, None)


def test_clearing_the_day_keeps_the_task_done(qtbot, editor, services, seminar):
    editor.open_meeting(seminar.id)
    open_item(editor, 1)
    tasks = editor.agenda.decisions.tasks
    click(qtbot, tasks.done_on.check)
    click(qtbot, tasks.done_on.check)
    editor.flush()
    action = stored(services, seminar.id).agenda[0].decisions[0].actions[0]
    assert (action.done, action.done_on) == (True, None)
    assert tasks.done.isChecked()


# --- undo and redo ---------------------------------------------------------------------------
def test_adding_and_typing_an_organiser_are_two_undo_steps(
        qtbot, editor, undo_stack, services, seminar):
    editor.open_meeting(seminar.id)
    add_text(qtbot, editor.details.organizers, EEC)
    assert [undo_stack.text(i) for i in range(undo_stack.count())] == [
        "Add organiser", "Edit organiser"]  # every keystroke merged into one edit

    undo_stack.undo()
    assert shown(editor.details.organizers) == ["(no text yet)"]
    assert editor.details.organizers.text.text() == ""
    undo_stack.undo()
    assert shown(editor.details.organizers) == []
    assert not editor.details.organizers.text.isEnabled()
    assert stored(services, seminar.id).organizers == ()

    undo_stack.redo()
    undo_stack.redo()
    assert editor.details.organizers.text.text() == EEC
    editor.flush()
    assert texts(stored(services, seminar.id).organizers) == [EEC]


@pytest.mark.parametrize("part", ["proposals", "item conclusions", "meeting conclusions"])
def test_each_part_is_undone_and_redone(qtbot, editor, undo_stack, services, seminar, part):
    editor.open_meeting(seminar.id)
    open_item(editor, 1)
    if part == "meeting conclusions":
        editor.tabs.setCurrentWidget(editor.outcome)
    box = {"proposals": editor.agenda.proposals, "item conclusions": editor.agenda.conclusions,
           "meeting conclusions": editor.outcome.conclusions}[part]
    field = box.text
    click(qtbot, box.add_button)
    type_text(field, "первая мысль")
    assert undo_stack.count() == 2

    def in_meeting() -> list[str]:
        meeting = editor.current_meeting()
        entries = {"proposals": meeting.agenda[0].proposals,
                   "item conclusions": meeting.agenda[0].conclusions,
                   "meeting conclusions": meeting.conclusions}[part]
        return [e.text for e in entries]

    undo_stack.undo()
    assert in_meeting() == [""] and field.toPlainText() == ""
    undo_stack.undo()
    assert in_meeting() == [] and not field.isEnabled()
    undo_stack.redo()
    undo_stack.redo()
    assert in_meeting() == ["первая мысль"] and field.toPlainText() == "первая мысль"
    editor.flush()
    assert in_meeting() == ["первая мысль"]


# --- order and removal -----------------------------------------------------------------------
@pytest.fixture
def with_parts(services: Services, seminar: Meeting) -> Meeting:
    first = seminar.agenda[0]
    return services.meetings.save(Meeting(
        title=seminar.title, date=seminar.date, id=seminar.id,
        organizers=tuple(TextEntry(t) for t in (EEC, COUNCIL, AGENCY)),
        agenda=(AgendaItem(first.title, conclusions=(TextEntry(NOTED), TextEntry(FINALLY))),
                AgendaItem("Разное", conclusions=(TextEntry("по второму вопросу"),))),
        conclusions=(TextEntry(FINALLY),)))


def test_organisers_move_with_the_buttons_and_alt_arrows(
        qtbot, editor, undo_stack, services, with_parts):
    editor.open_meeting(with_parts.id)
    box = editor.details.organizers
    box.select(with_parts.organizers[2].key)
    up, down = box.move_buttons
    assert up.isEnabled() and not down.isEnabled()  # the last one goes nowhere further down

    click(qtbot, up)
    assert shown(box) == [EEC, AGENCY, COUNCIL]
    assert box.text.text() == AGENCY  # still the one selected
    press(box.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert shown(box) == [AGENCY, EEC, COUNCIL]
    assert not up.isEnabled() and down.isEnabled()
    press(box.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already first
    assert shown(box) == [AGENCY, EEC, COUNCIL] and undo_stack.count() == 2
    press(box.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert shown(box) == [EEC, AGENCY, COUNCIL]
    editor.flush()
    assert texts(stored(services, with_parts.id).organizers) == [EEC, AGENCY, COUNCIL]

    undo_stack.undo()
    assert shown(box) == [AGENCY, EEC, COUNCIL]


def test_removing_conclusions_leaves_an_empty_disabled_form(
        qtbot, editor, services, with_parts):
    editor.open_meeting(with_parts.id)
    open_item(editor, 1)
    box = editor.agenda.conclusions
    assert box.text.toPlainText() == NOTED
    click(qtbot, box.remove_button)
    assert shown(box) == [FINALLY] and box.text.toPlainText() == FINALLY
    box.view.setFocus()
    press(box.view, Qt.Key.Key_Delete)

    assert shown(box) == []
    assert (box.text.toPlainText(), box.text.isEnabled()) == ("", False)
    assert not box.remove_button.isEnabled()
    assert not any(b.isEnabled() for b in box.move_buttons)
    editor.flush()
    meeting = stored(services, with_parts.id)
    assert meeting.agenda[0].conclusions == ()
    assert texts(meeting.agenda[1].conclusions) == ["по второму вопросу"]  # the other item's


def test_each_item_shows_its_own_conclusions_and_typing_lands_there(
        qtbot, editor, services, with_parts):
    editor.open_meeting(with_parts.id)
    open_item(editor, 1)
    box = editor.agenda.conclusions
    open_item(editor, 2)
    assert shown(box) == ["по второму вопросу"]
    assert box.text.toPlainText() == "по второму вопросу"
    box.text.moveCursor(QTextCursor.MoveOperation.End)
    type_text(box.text, " и третьему")
    open_item(editor, 1)
    assert box.text.toPlainText() == NOTED

    click(qtbot, editor.agenda.add_item)  # a new item: no conclusions, nothing to type into
    assert shown(box) == [] and not box.text.isEnabled() and box.text.toPlainText() == ""
    editor.flush()
    meeting = stored(services, with_parts.id)
    assert texts(meeting.agenda[1].conclusions) == ["по второму вопросу и третьему"]
    assert texts(meeting.agenda[0].conclusions) == [NOTED, FINALLY]


def test_a_new_entry_goes_after_the_selected_one(qtbot, editor, services, with_parts):
    editor.open_meeting(with_parts.id)
    box = editor.details.organizers
    box.select(with_parts.organizers[0].key)
    add_text(qtbot, box, "Аким области")
    assert shown(box) == [EEC, "Аким области", COUNCIL, AGENCY]


# --- keyboard, names, read-only ----------------------------------------------------------------
def test_alt_4_opens_the_outcome_at_its_first_field(qtbot, editor, with_parts):
    editor.open_meeting(with_parts.id)
    editor.activateWindow()
    qtbot.waitActive(editor)
    editor.details.title.setFocus()
    press(editor.details.title, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert editor.tabs.currentWidget() is editor.outcome
    assert QApplication.focusWidget() is editor.outcome.conclusions.view
    assert editor.tabs.tabText(3) == "Outcome"


def test_the_new_inputs_are_named_for_screen_readers(editor, with_parts):
    editor.open_meeting(with_parts.id)
    tasks = editor.agenda.decisions.tasks
    boxes = (editor.details.organizers, editor.agenda.conclusions, editor.outcome.conclusions)
    widgets = [w for box in boxes for w in (box.view, box.text, box.add_button,
                                             box.remove_button, *box.move_buttons)]
    widgets += [editor.agenda.proposals.view, editor.agenda.proposals.speaker,
                editor.agenda.proposals.text, editor.agenda.proposals.add_button,
                tasks.done_on.check, tasks.done_on.editor, tasks.done_note]
    names = [(w.objectName(), w.accessibleName()) for w in widgets]
    assert all(name and accessible and "&" not in accessible for name, accessible in names)
    assert len({name for name, _ in names}) == len(names)  # each its own object name
    assert editor.details.organizers.text.objectName() == "organizerTextEdit"
    assert editor.agenda.proposals.text.accessibleName() == "What was proposed"


def in_focus_order(expected: list) -> list:
    """`expected` in the order Tab visits them, starting at the first one."""
    widget, visited = expected[0], []
    for _ in range(400):
        if widget in expected and widget not in visited:
            visited.append(widget)
        widget = widget.nextInFocusChain()
    return visited


def test_tab_reaches_the_new_fields_in_the_order_they_are_shown(editor, with_parts):
    editor.open_meeting(with_parts.id)
    box = editor.details.organizers
    details = [editor.details.place, box.view, box.add_button, box.remove_button,
               *box.move_buttons, box.text, editor.details.language]
    assert in_focus_order(details) == details
    g = editor.agenda
    tasks = g.decisions.tasks
    agenda = [g.discussion.view, g.proposals.view, g.proposals.add_button, g.proposals.speaker,
              g.proposals.text, g.conclusions.view, g.conclusions.add_button,
              *g.conclusions.move_buttons, g.conclusions.text, g.decisions.view,
              tasks.due.editor, tasks.done, tasks.done_on.check, tasks.done_on.editor,
              tasks.done_note]
    assert in_focus_order(agenda) == agenda


def test_read_only_mode_locks_the_seminars_parts(qtbot, editor, undo_stack, services,
                                                 with_parts):
    editor.open_meeting(with_parts.id)
    open_item(editor, 1)
    editor.set_read_only(True)
    boxes = (editor.details.organizers, editor.agenda.conclusions, editor.outcome.conclusions)
    for box in boxes:
        assert not box.add_button.isEnabled() and not box.remove_button.isEnabled()
        assert not any(b.isEnabled() for b in box.move_buttons)
        assert box.text.isReadOnly()
    tasks = editor.agenda.decisions.tasks
    assert not tasks.done_on.check.isEnabled() and tasks.done_note.isReadOnly()
    assert editor.agenda.proposals.text.isReadOnly()
    assert not editor.agenda.proposals.add_button.isEnabled()

    editor.details.organizers.view.setFocus()
    press(editor.details.organizers.view, Qt.Key.Key_Delete)
    press(editor.details.organizers.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    type_text(editor.agenda.conclusions.text, "!")
    assert undo_stack.count() == 0
    assert editor.current_meeting() == with_parts

    editor.set_read_only(False)
    assert editor.details.organizers.add_button.isEnabled()
    add_text(qtbot, editor.outcome.conclusions, "после снятия блокировки")
    editor.flush()
    assert texts(stored(services, with_parts.id).conclusions) == [
        FINALLY, "после снятия блокировки"]


# --- models ------------------------------------------------------------------------------------
def test_the_text_list_model_passes_the_model_tester(qtmodeltester):
    model = TextEntryListModel()
    model.set_rows((TextEntry("Первая строка\nвторая"), TextEntry("")))
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data() == "Первая строка вторая"  # one line in the list
    assert model.index(1, 0).data() == "(no text yet)"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Первая строка\nвторая"


def test_the_task_table_says_when_a_task_was_done(qtmodeltester):
    model = ActionTableModel()
    model.set_rows((ActionItem("Письмо", done_on=date(2020, 1, 28)), ActionItem("План")))
    qtmodeltester.check(model, force_py=True)
    done = model.index(0, model.COL_DONE)
    assert done.data() == "28/01/2020"
    assert done.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert done.data(Qt.ItemDataRole.ToolTipRole) == "done on 28/01/2020"
    assert model.index(1, model.COL_DONE).data() is None


# --- switching meetings while typing --------------------------------------------------------
class OtherProgram:
    """Another program holding the database's write lock."""

    def __init__(self, db_path: Path) -> None:
        self._connection = sqlite3.connect(db_path, isolation_level=None,
                                           check_same_thread=False)

    def lock(self) -> None:
        self._connection.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        if self._connection.in_transaction:
            self._connection.execute("ROLLBACK")


@pytest.fixture
def other_program(db_path: Path) -> Iterator[OtherProgram]:
    other = OtherProgram(db_path)
    yield other
    other.release()
    other._connection.close()


@pytest.fixture
def window(qtbot, services, settings, monkeypatch, seminar) -> MainWindow:
    # The question on closing with unsaved typing never opens a real dialog here.
    monkeypatch.setattr(main_window_module, "ask_before_closing_unsaved",
                        lambda _parent, _reason: CloseChoice.CLOSE)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    window.list_panel.select_meeting(seminar.id)
    return window


@pytest.fixture
def other_meeting(services: Services) -> Meeting:
    return services.meetings.create(Meeting(title="Заседание совета", date=date(2019, 12, 5)))


def type_a_proposal(qtbot, window: MainWindow) -> None:
    ed = window.editor
    open_item(ed, 1)
    click(qtbot, ed.agenda.proposals.add_button)
    type_text(ed.agenda.proposals.speaker.lineEdit(), BUKREEV)
    type_text(ed.agenda.proposals.text, "развивать новые")  # in the middle of the sentence


def test_switching_meetings_while_typing_a_proposal_keeps_the_typing(
        qtbot, window, services, seminar, other_meeting):
    window.list_panel.reload()
    window.list_panel.select_meeting(seminar.id)
    type_a_proposal(qtbot, window)

    window.list_panel.select_meeting(other_meeting.id)

    assert window.current_meeting_id() == other_meeting.id
    proposals = stored(services, seminar.id).agenda[0].proposals
    assert [(p.speaker, p.text) for p in proposals] == [(BUKREEV, "развивать новые")]
    window.list_panel.select_meeting(seminar.id)
    open_item(window.editor, 1)
    assert window.editor.agenda.proposals.text.toPlainText() == "развивать новые"


def test_a_busy_database_holds_the_switch_and_the_proposal_stays_on_screen(
        qtbot, window, services, seminar, other_meeting, other_program):
    window.list_panel.reload()
    window.list_panel.select_meeting(seminar.id)
    type_a_proposal(qtbot, window)
    other_program.lock()

    window.list_panel.select_meeting(other_meeting.id)

    assert window.current_meeting_id() == seminar.id  # still on the meeting with the typing
    proposals = window.editor.agenda.proposals
    assert proposals.text.toPlainText() == "развивать новые"
    assert proposals.speaker.currentText() == BUKREEV
    assert "развивать" not in str(stored(services, seminar.id).agenda[0].proposals)
    type_text(proposals.text, " формы")  # the typing goes on

    other_program.release()
    assert window.editor.flush()
    saved = stored(services, seminar.id).agenda[0].proposals
    assert [(p.speaker, p.text) for p in saved] == [(BUKREEV, "развивать новые формы")]


# --- the organisers' suggestions ------------------------------------------------------------
def test_the_organiser_field_suggests_the_organisations(qtbot, editor, services, seminar):
    services.directory.save_organization(Organization(COUNCIL))
    services.directory.save_organization(Organization("Акимат Акмолинской области"))
    editor.open_meeting(seminar.id)
    box = editor.details.organizers
    click(qtbot, box.add_button)
    type_text(box.text, "совет")  # any part of the name, any case
    popup = box.text.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    press(popup, Qt.Key.Key_Down)
    press(popup, Qt.Key.Key_Return)
    assert box.text.text() == COUNCIL
    editor.flush()
    assert texts(stored(services, seminar.id).organizers) == [COUNCIL]
