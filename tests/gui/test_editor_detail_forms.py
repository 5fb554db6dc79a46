"""Each detail form (statement, decision, task) shows the selected row of the item on screen, or
is empty and disabled: never another item's data, and typing always lands where it is shown."""

from dataclasses import replace
from datetime import date

import pytest
import test_editor_support as support
from gui_samples import council_meeting
from PySide6.QtCore import QDate, Qt
from test_editor_support import click, press, type_text

from minutes_app.domain import AgendaItem, Meeting, Vote
from minutes_app.services import Services
from minutes_app.ui.editor.agenda_page import AgendaPage
from minutes_app.ui.main_window import MainWindow

editor = support.editor
undo_stack = support.undo_stack


@pytest.fixture
def meeting(services: Services) -> Meeting:
    return services.meetings.create(Meeting(title="Заседание совета", date=date(2026, 4, 2)))


def set_votes(qtbot, spin, votes: str) -> None:
    spin.setFocus()
    press(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, votes)


def fill_whole_item(qtbot, agenda: AgendaPage) -> None:
    """Item 1 with a presentation, a speaker, a counted decision and a task."""
    click(qtbot, agenda.add_item)
    type_text(agenda.title, "Первый вопрос")
    for box, speaker, text in ((agenda.heard, "Сидоров П.И.", "Доклад за квартал."),
                               (agenda.discussion, "Петрова А.С.", "Предложила план.")):
        click(qtbot, box.add_button)
        type_text(box.speaker.lineEdit(), speaker)
        type_text(box.text, text)
    decisions = agenda.decisions
    click(qtbot, decisions.add_button)
    type_text(decisions.text, "Принять к сведению.")
    click(qtbot, decisions.no_vote)
    set_votes(qtbot, decisions.votes_for, "7")
    set_votes(qtbot, decisions.votes_against, "2")
    tasks = decisions.tasks
    click(qtbot, tasks.add_button)
    type_text(tasks.task, "Подготовить план")
    type_text(tasks.responsible, "Петрова А.С.")
    click(qtbot, tasks.due.check)
    tasks.due.editor.setDate(QDate(2026, 6, 30))
    tasks.done.setFocus()
    press(tasks.done, Qt.Key.Key_Space)


def detail_fields(agenda: AgendaPage) -> dict[str, object]:
    """What each detail field shows, and whether it takes typing."""
    decisions, tasks = agenda.decisions, agenda.decisions.tasks
    fields = {}
    for kind, box in (("heard", agenda.heard), ("discussion", agenda.discussion)):
        fields[f"{kind} speaker"] = (box.speaker.currentText(), box.speaker.isEnabled())
        fields[f"{kind} text"] = (box.text.toPlainText(), box.text.isEnabled())
    fields["decision text"] = (decisions.text.toPlainText(), decisions.text.isEnabled())
    fields["votes"] = (decisions.votes_for.value(), decisions.votes_against.value(),
                       decisions.abstained.value(), decisions.votes_for.isEnabled())
    fields["no vote"] = (decisions.no_vote.isChecked(), decisions.no_vote.isEnabled())
    fields["result"] = decisions.result.text()
    fields["task"] = (tasks.task.toPlainText(), tasks.task.isEnabled())
    fields["responsible"] = (tasks.responsible.text(), tasks.responsible.isEnabled())
    fields["due"] = (tasks.due.value(), tasks.due.check.isEnabled())
    fields["done"] = (tasks.done.isChecked(), tasks.done.isEnabled())
    return fields


EMPTY_AND_DISABLED = {
    "heard speaker": ("", False), "heard text": ("", False),
    "discussion speaker": ("", False), "discussion text": ("", False),
    "decision text": ("", False), "votes": (0, 0, 0, False), "no vote": (False, False),
    "result": "", "task": ("", False), "responsible": ("", False), "due": (None, False),
    "done": (False, False),
}


def test_a_new_item_shows_empty_disabled_details_not_the_previous_items(
        qtbot, editor, services, meeting):
    editor.open_meeting(meeting.id)
    editor.tabs.setCurrentWidget(editor.agenda)
    agenda = editor.agenda
    fill_whole_item(qtbot, agenda)
    editor.flush()
    first = services.meetings.get(meeting.id).agenda[0]

    click(qtbot, agenda.add_item)
    type_text(agenda.title, "Второй вопрос")

    assert detail_fields(agenda) == EMPTY_AND_DISABLED
    # Typing in the new item's rows lands in the new item; the first stays as it was.
    click(qtbot, agenda.heard.add_button)
    assert agenda.heard.text.isEnabled() and agenda.heard.text.toPlainText() == ""
    type_text(agenda.heard.text, "Второй доклад.")
    click(qtbot, agenda.decisions.add_button)
    assert agenda.decisions.tasks.task.toPlainText() == ""
    assert not agenda.decisions.tasks.task.isEnabled()
    type_text(agenda.decisions.text, "по второму")
    editor.flush()

    stored = services.meetings.get(meeting.id)
    assert stored.agenda[0] == first
    second = stored.agenda[1]
    assert [(s.speaker, s.text) for s in second.heard] == [("", "Второй доклад.")]
    assert [d.text for d in second.decisions] == ["по второму"]
    assert second.discussion == () and second.decisions[0].actions == ()


def test_going_back_to_the_first_item_shows_its_rows_again(qtbot, editor, services, meeting):
    editor.open_meeting(meeting.id)
    editor.tabs.setCurrentWidget(editor.agenda)
    agenda = editor.agenda
    fill_whole_item(qtbot, agenda)
    click(qtbot, agenda.add_item)

    agenda.select(editor.current_meeting().agenda[0].key)

    fields = detail_fields(agenda)
    assert fields["heard text"] == ("Доклад за квартал.", True)
    assert fields["discussion speaker"] == ("Петрова А.С.", True)
    assert fields["decision text"] == ("Принять к сведению.", True)
    assert fields["votes"] == (7, 2, 0, True)
    assert fields["task"] == ("Подготовить план", True)
    assert fields["due"] == (date(2026, 6, 30), True)
    assert fields["done"] == (True, True)


def test_removing_the_only_decision_empties_and_disables_its_form(
        qtbot, editor, services, meeting):
    services.meetings.save(replace(council_meeting(), id=meeting.id))
    editor.open_meeting(meeting.id)
    editor.tabs.setCurrentWidget(editor.agenda)
    decisions = editor.agenda.decisions
    assert decisions.text.toPlainText() == "Информацию принять к сведению."

    click(qtbot, decisions.remove_button)

    fields = detail_fields(editor.agenda)
    assert fields["decision text"] == ("", False)
    assert fields["task"] == ("", False)
    assert fields["votes"] == (0, 0, 0, False)
    assert fields["heard text"] == ("Доложил о работе за квартал.", True)  # others stay


def test_an_item_with_two_statements_then_one_without_any(qtbot, editor, services, meeting):
    # Two rows going to none is a model reset, not a removal: the form must notice it too.
    item_one = AgendaItem("Первый")
    stored = services.meetings.save(Meeting(
        title=meeting.title, date=meeting.date, id=meeting.id,
        agenda=(item_one, AgendaItem("Второй"))))
    editor.open_meeting(stored.id)
    editor.tabs.setCurrentWidget(editor.agenda)
    agenda = editor.agenda
    agenda.select(stored.agenda[0].key)
    for text in ("Первое выступление", "Второе выступление"):
        click(qtbot, agenda.discussion.add_button)
        type_text(agenda.discussion.text, text)

    agenda.select(stored.agenda[1].key)

    assert (agenda.discussion.text.toPlainText(), agenda.discussion.text.isEnabled()) == (
        "", False)
    assert agenda.discussion.speaker.currentText() == ""


@pytest.fixture
def window(qtbot, services, settings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_next_meeting_shows_its_own_item_not_the_last_meetings_decision(
        qtbot, window, services):
    source = services.meetings.create(council_meeting())
    window.list_panel.reload()
    window.list_panel.select_meeting(source.id)
    editor = window.editor
    editor.tabs.setCurrentWidget(editor.agenda)
    assert editor.agenda.decisions.text.toPlainText() == "Информацию принять к сведению."

    window.next_action.trigger()

    draft = editor.current_meeting()
    assert draft.id != source.id and len(draft.agenda) == 1
    agenda = editor.agenda
    fields = detail_fields(agenda)
    assert fields["decision text"] == ("", False)
    assert fields["votes"] == (0, 0, 0, False)
    assert fields["result"] == ""
    assert fields["task"] == ("", False)
    assert fields["discussion text"] == ("", False)
    assert fields["heard text"][0] == draft.agenda[0].heard[0].text  # the open task

    click(qtbot, agenda.decisions.add_button)
    type_text(agenda.decisions.text, "— принять")
    editor.flush()
    assert [d.text for d in services.meetings.get(draft.id).agenda[0].decisions] == [
        "— принять"]
    assert services.meetings.get(source.id).agenda == source.agenda
    assert services.meetings.get(source.id).agenda[0].decisions[0].vote == Vote(for_=3)
