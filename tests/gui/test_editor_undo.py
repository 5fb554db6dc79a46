"""One undo history over the whole editor, autosave one second after the last change, and
typing that never waits for the database."""

from dataclasses import replace
from datetime import date

import pytest
import test_editor_support as support
from PySide6.QtCore import Qt
from test_editor_support import click, focus_away, press, type_text

from minutes_app.domain import AgendaItem, Decision, Meeting
from minutes_app.services import Services
from minutes_app.ui.meeting_ref import rebind_refs

editor = support.editor
undo_stack = support.undo_stack


@pytest.fixture
def meeting(services: Services) -> Meeting:
    return services.meetings.create(Meeting(
        title="Заседание совета", date=date(2026, 4, 2),
        agenda=(AgendaItem("Первый вопрос", decisions=(Decision("Принять к сведению."),)),
                AgendaItem("Второй вопрос"))))


def stored_titles(services: Services, meeting_id: int) -> list[str]:
    return [item.title for item in services.meetings.get(meeting_id).agenda]


def remove_first_item(qtbot, editor) -> None:
    """Delete in the agenda list (focus stays there: nothing is saved at once)."""
    editor.tabs.setCurrentWidget(editor.agenda)
    editor.agenda.items.setFocus()
    editor.agenda.select(editor.current_meeting().agenda[0].key)
    press(editor.agenda.items, Qt.Key.Key_Delete)


def test_undo_brings_back_a_deleted_agenda_item_after_the_autosave(
        qtbot, editor, undo_stack, services, meeting):
    editor.open_meeting(meeting.id)
    with qtbot.waitSignal(editor.meeting_saved, timeout=3000):  # the 1-second debounce
        remove_first_item(qtbot, editor)
        assert stored_titles(services, meeting.id) == ["Первый вопрос", "Второй вопрос"]
    assert stored_titles(services, meeting.id) == ["Второй вопрос"]

    undo_stack.undo()

    assert stored_titles(services, meeting.id) == ["Первый вопрос", "Второй вопрос"]
    restored = services.meetings.get(meeting.id).agenda[0]
    assert restored.decisions[0].text == "Принять к сведению."
    assert editor.agenda.model.rowCount() == 2
    assert editor.agenda.model.index(0, 0).data() == "1. Первый вопрос"
    undo_stack.redo()
    assert stored_titles(services, meeting.id) == ["Второй вопрос"]
    assert editor.agenda.model.rowCount() == 1


def test_undo_right_after_removing_with_the_button(
        qtbot, editor, undo_stack, services, meeting):
    editor.open_meeting(meeting.id)
    editor.tabs.setCurrentWidget(editor.agenda)
    click(qtbot, editor.agenda.remove_item)
    undo_stack.undo()
    editor.flush()
    assert stored_titles(services, meeting.id) == ["Первый вопрос", "Второй вопрос"]
    assert [i.title for i in editor.current_meeting().agenda] == [
        "Первый вопрос", "Второй вопрос"]


def test_typing_in_one_field_is_one_undo_step(qtbot, editor, undo_stack, services, meeting):
    editor.open_meeting(meeting.id)
    title = editor.details.title
    title.end(False)
    type_text(title, " №3")
    type_text(editor.details.place, "Астана")
    assert undo_stack.count() == 2
    assert undo_stack.text(0) == "Edit meeting details"
    undo_stack.undo()
    assert editor.details.place.text() == ""
    undo_stack.undo()
    assert title.text() == "Заседание совета"
    assert services.meetings.get(meeting.id).title == "Заседание совета"
    undo_stack.redo()
    assert title.text() == "Заседание совета №3"


def test_typing_never_waits_for_the_database(
        qtbot, editor, services, meeting, monkeypatch):
    editor.open_meeting(meeting.id)
    saves = []
    real_save = services.meetings.save
    monkeypatch.setattr(services.meetings, "save", lambda m: saves.append(m) or real_save(m))
    editor.details.title.end(False)
    type_text(editor.details.title, " и комиссии")
    assert saves == []  # every keystroke changed the snapshot in memory only
    with qtbot.waitSignal(editor.meeting_saved, timeout=3000):
        pass
    assert len(saves) == 1
    assert saves[0].title == "Заседание совета и комиссии"


def test_leaving_a_field_saves_it(qtbot, editor, services, meeting):
    editor.open_meeting(meeting.id)
    type_text(editor.details.place, "Астана")
    with qtbot.waitSignal(editor.meeting_saved, timeout=3000):  # saved in the background
        focus_away(qtbot, editor)
    assert services.meetings.get(meeting.id).place == "Астана"


def test_undoing_an_edit_of_another_meeting_opens_it_again(
        qtbot, editor, undo_stack, services, meeting):
    other = services.meetings.create(Meeting(title="Другое заседание", date=date(2026, 5, 1)))
    editor.open_meeting(meeting.id)
    type_text(editor.details.place, "Астана")
    editor.open_meeting(other.id)  # saves the pending change first
    assert services.meetings.get(meeting.id).place == "Астана"

    with qtbot.waitSignal(editor.meeting_switched, timeout=100) as switched:
        undo_stack.undo()

    assert switched.args == [meeting.id]
    assert editor.current_meeting().id == meeting.id
    assert editor.details.title.text() == "Заседание совета"
    assert services.meetings.get(meeting.id).place == ""


def test_edits_follow_a_meeting_that_came_back_with_a_new_id(
        qtbot, editor, undo_stack, services, meeting):
    editor.open_meeting(meeting.id)
    type_text(editor.details.place, "Астана")
    editor.flush()
    # What the window's "Delete meeting" and its undo do: the database gives a new id.
    snapshot = services.meetings.delete(meeting.id)
    editor.open_meeting(None)
    again = services.meetings.create(replace(snapshot, id=None))
    assert rebind_refs(undo_stack, meeting.id, again.id) == 1

    undo_stack.undo()

    assert editor.current_meeting().id == again.id
    assert services.meetings.get(again.id).place == ""


def test_keyboard_undo_keys_reach_the_stack_not_the_field(qtbot, editor, undo_stack, meeting):
    """The field's own undo is off: Ctrl+Z in a text field leaves the text to the window's
    Undo action (the shell's Edit menu), so there is one history, not one per field."""
    editor.open_meeting(meeting.id)
    title = editor.details.title
    title.end(False)
    type_text(title, "!")
    press(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "Заседание совета!"  # unchanged: no action here to take the key
    assert undo_stack.count() == 1
