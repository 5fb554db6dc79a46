"""A secretary records a whole meeting through the editor's widgets; after closing the editor
and opening the database anew, every value is there."""

from datetime import date, time

import test_editor_support as support
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QComboBox
from test_editor_support import click, press, replace_text, type_text

from minutes_app.domain import (
    Body,
    Language,
    Member,
    Outcome,
    Person,
    QuorumRule,
    Role,
    Status,
    Vote,
)
from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url

KEY = Qt.Key
CHAIR = "Когамов Марат Чингизович"
SECRETARY = "Ахметова Айгуль Сериковна"
BODY = "Общественный совет при МВД"

blank_meeting = support.blank_meeting
editor = support.editor
undo_stack = support.undo_stack


def dismiss_popup() -> None:
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.hide()


def choose(combo: QComboBox, text: str) -> None:
    """Pick an item with the keyboard, as a user does (Down until it is current)."""
    combo.setFocus()
    press(combo, KEY.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        press(combo, KEY.Key_Down)
    raise AssertionError(f"{text!r} is not in {combo.objectName()}")


def fill_details(ed, qtbot, undo_stack) -> None:
    d = ed.details
    type_text(d.body.lineEdit(), BODY)
    d.body.lineEdit().editingFinished.emit()  # leaving the field looks the body up
    # Choosing the body listed its members; this secretary lists the attendees herself.
    assert len(ed.current_meeting().attendees) == 2
    undo_stack.undo()
    assert ed.current_meeting().attendees == () and ed.current_meeting().body == BODY
    type_text(d.organization, "Министерство внутренних дел Республики Казахстан")
    type_text(d.kind.lineEdit(), "заседание")
    assert d.number.placeholderText() == "next: 1"
    click(qtbot, d.suggest_number)
    replace_text(d.title, "О профилактике правонарушений")
    d.date.setDate(QDate(2026, 3, 14))
    click(qtbot, d.start.check)
    d.start.editor.setTime(QTime(10, 30))
    click(qtbot, d.end.check)
    d.end.editor.setTime(QTime(12, 15))
    type_text(d.place, "г. Астана, ул. Тауелсиздик, 1")
    choose(d.language, "Kazakh")
    type_text(d.notes, "Стенограмма ведётся.")


def fill_attendees(ed, qtbot) -> None:
    a = ed.attendees
    ed.tabs.setCurrentWidget(a)
    assert a.quorum.text() == "Present: 0 of 2 members — no quorum (2 needed)"
    finder = a.adders.finder
    type_text(finder, "мар")  # any part of the name, any case
    popup = a.adders.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    press(popup, KEY.Key_Down)
    press(popup, KEY.Key_Return)
    assert finder.text() == ""
    click(qtbot, a.adders.new_person)
    assert a.adders.person_form.isVisible()
    type_text(a.adders.surname, "Ахметова")
    type_text(a.adders.given_name, "Айгуль")
    type_text(a.adders.patronymic, "Сериковна")
    type_text(a.adders.position, "секретарь Совета")
    type_text(a.adders.organization, "Общественный совет")
    click(qtbot, a.adders.save_person)
    click(qtbot, a.adders.new_group)
    type_text(a.adders.group_name, "Представители НПО")
    a.adders.group_count.setFocus()
    press(a.adders.group_count, KEY.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(a.adders.group_count, "12")
    click(qtbot, a.adders.add_group)
    choose(a.chair, CHAIR)
    choose(a.secretary, SECRETARY)
    assert a.quorum.text() == "Present: 2 of 2 members — quorum"


def fill_item(ed, qtbot, number: int) -> None:
    g = ed.agenda
    click(qtbot, g.add_item)
    # the minutes are in Kazakh: a new item starts with the Kazakh words
    assert g.title.hasFocus() and g.title.selectedText() == "Жаңа мәселе"
    type_text(g.title, f"Вопрос {number}: профилактика")
    type_text(g.presenters, "Нурланов К.К., " + CHAIR)
    dismiss_popup()
    click(qtbot, g.heard.add_button)
    assert g.heard.speaker.currentText() == "Нурланов К.К."  # the first presenter
    type_text(g.heard.text, f"Доклад по вопросу {number}.")
    click(qtbot, g.discussion.add_button)
    type_text(g.discussion.speaker.lineEdit(), SECRETARY)
    type_text(g.discussion.text, "Предложила привлечь НПО.")
    decisions = g.decisions
    click(qtbot, decisions.add_button)
    type_text(decisions.text, f"Решение {number}.1")
    click(qtbot, decisions.no_vote)  # it is put to the vote
    for spin, votes in ((decisions.votes_for, "7"), (decisions.votes_against, "1"),
                        (decisions.abstained, "2")):
        spin.setFocus()
        press(spin, KEY.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(spin, votes)
    assert decisions.result.text() == "<b>adopted</b>"
    tasks = decisions.tasks
    click(qtbot, tasks.add_button)
    type_text(tasks.task, f"Поручение {number}")
    type_text(tasks.responsible, "Нурланов К.К., Ахметова А.С.")
    dismiss_popup()
    click(qtbot, tasks.due.check)
    tasks.due.editor.setDate(QDate(2026, 6, 30))
    tasks.done.setFocus()
    press(tasks.done, KEY.Key_Space)  # a form-wide check box: tick it from the keyboard
    click(qtbot, decisions.add_button)
    type_text(decisions.text, f"Решение {number}.2")
    click(qtbot, decisions.no_vote)
    click(qtbot, decisions.unanimous)
    choose(decisions.outcome, "rejected")
    assert decisions.result.text() == "<b>rejected</b>"


def test_a_meeting_recorded_through_the_widgets_is_all_in_the_database(
        qtbot, editor, services: Services, blank_meeting, database, db_path, undo_stack):
    services.directory.save_person(Person("Когамов", "Марат", "Чингизович",
                                          position="председатель Совета"))
    services.directory.save_body(Body(BODY, (Member(CHAIR), Member(SECRETARY)), QuorumRule()))
    editor.open_meeting(blank_meeting.id)
    saved = []
    editor.meeting_saved.connect(saved.append)

    fill_details(editor, qtbot, undo_stack)
    fill_attendees(editor, qtbot)
    editor.tabs.setCurrentWidget(editor.agenda)
    fill_item(editor, qtbot, 1)
    fill_item(editor, qtbot, 2)
    editor.flush()
    assert saved and saved[-1] == editor.current_meeting()
    editor.close()
    editor.deleteLater()
    QApplication.processEvents()
    database.close()

    reopened = open_database(resolve_database_url(str(db_path)))
    try:
        fresh = Services.build(reopened.session_factory)
        meeting = fresh.meetings.get(blank_meeting.id)
        people = fresh.directory.find_people("ахмет")
    finally:
        reopened.close()

    assert (meeting.body, meeting.kind, meeting.number) == (BODY, "заседание", "1")
    assert meeting.organization == "Министерство внутренних дел Республики Казахстан"
    assert meeting.title == "О профилактике правонарушений"
    assert (meeting.date, meeting.start_time, meeting.end_time) == (
        date(2026, 3, 14), time(10, 30), time(12, 15))
    assert meeting.place == "г. Астана, ул. Тауелсиздик, 1"
    assert (meeting.language, meeting.status) == (Language.KK, Status.DRAFT)
    assert meeting.notes == "Стенограмма ведётся."
    assert [(a.name, a.group, a.count, a.role, a.present) for a in meeting.attendees] == [
        (CHAIR, "", None, Role.CHAIR, True),
        (SECRETARY, "", None, Role.SECRETARY, True),
        ("", "Представители НПО", 12, Role.INVITED, True),
    ]
    assert meeting.attendees[0].position == "председатель Совета"
    assert meeting.attendees[1].organization == "Общественный совет"
    assert [p.full_name for p in people] == [SECRETARY]  # saved to the directory too

    assert [item.title for item in meeting.agenda] == [
        "Вопрос 1: профилактика", "Вопрос 2: профилактика"]
    for number, item in enumerate(meeting.agenda, start=1):
        assert item.presenters == ("Нурланов К.К.", CHAIR)
        assert [(s.speaker, s.text) for s in item.heard] == [
            ("Нурланов К.К.", f"Доклад по вопросу {number}.")]
        assert [(s.speaker, s.text) for s in item.discussion] == [
            (SECRETARY, "Предложила привлечь НПО.")]
        first, second = item.decisions
        assert (first.text, first.vote, first.outcome) == (
            f"Решение {number}.1", Vote(7, 1, 2), None)
        assert first.result is Outcome.ADOPTED
        (task,) = first.actions
        assert (task.task, task.responsible, task.due, task.done) == (
            f"Поручение {number}", ("Нурланов К.К.", "Ахметова А.С."), date(2026, 6, 30), True)
        assert (second.text, second.vote, second.outcome) == (
            f"Решение {number}.2", Vote(unanimous=True), Outcome.REJECTED)
        assert second.actions == ()
