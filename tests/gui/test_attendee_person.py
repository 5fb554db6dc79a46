"""An attendee and the directory: degree and rank on the line, adding a person the directory
has (its details copied, never silently replaced), and a name corrected inside a meeting
(misspelt, someone else, or cancelled)."""

from datetime import date

import pytest
import test_editor_support as support
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_editor_support import click, focus_away, replace_text, type_text

from minutes_app.domain import Attendee, Meeting, Person, Role, Translations
from minutes_app.services import Services
from minutes_app.ui.editor import attendee_adders, attendees_page
from minutes_app.ui.editor.attendees_page import NameChange

editor = support.editor
undo_stack = support.undo_stack

KOGAMOV = "Когамов Марат Чингизович"
KOGAMOV_FIXED = "Когамов Марат Чапаевич"


@pytest.fixture
def meeting(services: Services) -> Meeting:
    """A stored meeting: its chair is in the directory (saving a meeting links its people)."""
    return services.meetings.create(Meeting(
        title="Семинар", date=date(2026, 4, 2),
        attendees=(Attendee(name=KOGAMOV, role=Role.CHAIR, position="председатель"),)))


@pytest.fixture
def page(editor, meeting):
    editor.open_meeting(meeting.id)
    editor.tabs.setCurrentWidget(editor.attendees)
    return editor.attendees


def stored(services: Services, meeting_id: int) -> Meeting:
    return services.meetings.get(meeting_id)


def names_in_directory(services: Services) -> list[str]:
    return [p.full_name for p in services.directory.list_people()]


def answer_name_question(monkeypatch, choice: NameChange) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def ask(_parent, old, new):
        asked.append((old, new))
        return choice

    monkeypatch.setattr(attendees_page, "ask_about_new_name", ask)
    return asked


def rename_selected(qtbot, editor, page, name: str) -> None:
    page.select(editor.current_meeting().attendees[0].key)
    replace_text(page.name, name)
    focus_away(qtbot, editor)  # leaving the field applies the name


# -- degree and rank -------------------------------------------------------------------------
def test_degree_and_rank_typed_in_the_form_are_saved_on_the_line(
        qtbot, editor, page, services, meeting):
    page.select(editor.current_meeting().attendees[0].key)
    type_text(page.degree, "доктор юридических наук")
    type_text(page.rank, "полковник полиции")
    editor.flush()
    line = stored(services, meeting.id).attendees[0]
    assert (line.degree, line.rank) == ("доктор юридических наук", "полковник полиции")
    assert page.model.index(0, page.model.COL_POSITION).data() == (
        "председатель, доктор юридических наук, полковник полиции")
    editor.open_meeting(None)
    editor.open_meeting(meeting.id)  # reopened: the form shows them again
    page.select(editor.current_meeting().attendees[0].key)
    assert (page.degree.text(), page.rank.text()) == (
        "доктор юридических наук", "полковник полиции")
    assert page.degree.accessibleName() == "Academic degree"
    assert page.rank.objectName() == "attendeeRankEdit"


# -- adding people the directory has -----------------------------------------------------------
def test_a_person_from_the_directory_brings_all_their_details(qtbot, editor, page, services,
                                                              meeting):
    services.directory.save_person(Person(
        "Сулейменов", "Ерлан", "Бауыржанұлы", position="заместитель акима",
        organization="акимат", degree="кандидат наук", rank="полковник",
        translations=Translations((("position", "kk", "әкімнің орынбасары"),))))
    adders = page.adders
    type_text(adders.finder, "Сулейм")
    popup = adders.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    popup.setCurrentIndex(popup.model().index(0, 0))
    QTest.keyClick(popup, Qt.Key.Key_Return)
    editor.flush()
    line = stored(services, meeting.id).attendees[-1]
    assert (line.name, line.position, line.organization, line.degree, line.rank) == (
        "Сулейменов Ерлан Бауыржанұлы", "заместитель акима", "акимат", "кандидат наук",
        "полковник")
    assert line.translations.get("position", "kk") == "әкімнің орынбасары"


def fill_new_person(page, surname: str, given: str, patronymic: str, position: str) -> None:
    adders = page.adders
    adders.open_person_form()
    for edit, text in ((adders.surname, surname), (adders.given_name, given),
                       (adders.patronymic, patronymic), (adders.position, position)):
        replace_text(edit, text)


@pytest.mark.parametrize("agree", [False, True])
def test_a_new_person_the_directory_has_keeps_the_directory_unless_the_user_agrees(
        qtbot, editor, page, services, meeting, monkeypatch, agree):
    services.directory.save_person(Person("Абенова", "Жанар", "Болатовна", position="юрист",
                                          organization="НПО «Право»"))
    asked = []
    monkeypatch.setattr(attendee_adders, "ask_to_update_directory",
                        lambda _p, old, new: asked.append((old.position, new.position)) or agree)
    fill_new_person(page, "Абенова", "Жанар", "Болатовна", "адвокат")
    click(qtbot, page.adders.save_person)
    editor.flush()

    assert asked == [("юрист", "адвокат")]
    line = stored(services, meeting.id).attendees[-1]
    # The line takes what was typed, and what was left empty comes from the directory.
    assert (line.name, line.position, line.organization) == (
        "Абенова Жанар Болатовна", "адвокат", "НПО «Право»")
    person = services.directory.find_person("Абенова Жанар Болатовна")
    assert person.position == ("адвокат" if agree else "юрист")
    assert names_in_directory(services).count("Абенова Жанар Болатовна") == 1


def test_a_new_person_with_the_same_details_asks_nothing(qtbot, editor, page, services,
                                                         meeting, monkeypatch):
    services.directory.save_person(Person("Абенова", "Жанар", "Болатовна", position="юрист"))
    monkeypatch.setattr(attendee_adders, "ask_to_update_directory",
                        lambda *_args: pytest.fail("nothing differs: no question"))
    fill_new_person(page, "АБЕНОВА", "Жанар", "Болатовна", "")
    click(qtbot, page.adders.save_person)
    editor.flush()
    line = stored(services, meeting.id).attendees[-1]
    assert (line.name, line.position) == ("Абенова Жанар Болатовна", "юрист")


# -- a name corrected inside a meeting -----------------------------------------------------------
def test_misspelt_renames_the_directory_entry_and_undo_puts_it_back(
        qtbot, editor, page, services, meeting, undo_stack, monkeypatch):
    entry = services.directory.find_person(KOGAMOV)
    asked = answer_name_question(monkeypatch, NameChange.MISSPELT)
    rename_selected(qtbot, editor, page, KOGAMOV_FIXED)
    editor.flush()

    assert asked == [(KOGAMOV, KOGAMOV_FIXED)]
    assert stored(services, meeting.id).attendees[0].name == KOGAMOV_FIXED
    corrected = services.directory.find_person(KOGAMOV_FIXED)
    assert corrected.id == entry.id and corrected.position == entry.position
    assert services.directory.find_person(KOGAMOV) is None
    assert [m.meeting_id for m in services.directory.person_activity(entry.id).meetings] == [
        meeting.id]

    undo_stack.undo()  # the line and the directory go back together: no second person
    editor.flush()
    assert stored(services, meeting.id).attendees[0].name == KOGAMOV
    assert names_in_directory(services) == [KOGAMOV]
    assert services.directory.find_person(KOGAMOV).id == entry.id


def test_someone_else_leaves_the_entry_and_adds_a_new_person(
        qtbot, editor, page, services, meeting, monkeypatch):
    entry = services.directory.find_person(KOGAMOV)
    asked = answer_name_question(monkeypatch, NameChange.SOMEONE_ELSE)
    rename_selected(qtbot, editor, page, "Ахметов Ерлан Серикович")
    editor.flush()

    assert asked == [(KOGAMOV, "Ахметов Ерлан Серикович")]
    assert stored(services, meeting.id).attendees[0].name == "Ахметов Ерлан Серикович"
    assert services.directory.find_person(KOGAMOV) == entry  # untouched
    assert sorted(names_in_directory(services)) == ["Ахметов Ерлан Серикович", KOGAMOV]


def test_cancel_puts_the_old_name_back_in_the_field(qtbot, editor, page, services, meeting,
                                                    monkeypatch):
    answer_name_question(monkeypatch, NameChange.CANCEL)
    rename_selected(qtbot, editor, page, KOGAMOV_FIXED)
    editor.flush()
    assert page.name.text() == KOGAMOV
    assert stored(services, meeting.id) == meeting
    assert names_in_directory(services) == [KOGAMOV]


def test_no_question_for_a_name_the_directory_does_not_know(qtbot, editor, page, services,
                                                           meeting, monkeypatch):
    asked = answer_name_question(monkeypatch, NameChange.CANCEL)
    page.adders.open_group_form()  # a group's name is no person's
    replace_text(page.adders.group_name, "представители НПО")
    click(qtbot, page.adders.add_group)
    group = editor.current_meeting().attendees[-1]
    page.select(group.key)
    replace_text(page.name, "представители СМИ")
    focus_away(qtbot, editor)
    # A different case of the same name is the same person: no question either.
    rename_selected(qtbot, editor, page, KOGAMOV.upper())
    editor.flush()
    assert asked == []
    assert [a.name or a.group for a in stored(services, meeting.id).attendees] == [
        KOGAMOV.upper(), "представители СМИ"]


def test_a_half_typed_name_never_reaches_the_directory(qtbot, editor, page, services, meeting,
                                                      monkeypatch):
    answer_name_question(monkeypatch, NameChange.SOMEONE_ELSE)
    page.select(editor.current_meeting().attendees[0].key)
    replace_text(page.name, "Ахмет")
    with qtbot.waitSignal(editor.meeting_saved, timeout=10000):  # an automatic save meanwhile
        page.present.setChecked(False)
    assert names_in_directory(services) == [KOGAMOV]
    assert stored(services, meeting.id).attendees[0].name == KOGAMOV
    assert page.name.text() == "Ахмет"  # the typing stays in the field
    type_text(page.name, "ов Ерлан")
    editor.flush()  # a save on request (export, closing) applies the name first
    assert stored(services, meeting.id).attendees[0].name == "Ахметов Ерлан"
    assert sorted(names_in_directory(services)) == ["Ахметов Ерлан", KOGAMOV]


def test_details_the_directory_lacked_are_added_to_it_without_a_question(
        qtbot, editor, page, services, meeting, monkeypatch):
    services.directory.save_person(Person("Абенова", "Жанар", "Болатовна"))
    monkeypatch.setattr(attendee_adders, "ask_to_update_directory",
                        lambda *_args: pytest.fail("nothing is replaced: no question"))
    fill_new_person(page, "Абенова", "Жанар", "Болатовна", "адвокат")
    click(qtbot, page.adders.save_person)
    editor.flush()
    assert stored(services, meeting.id).attendees[-1].position == "адвокат"
    assert services.directory.find_person("Абенова Жанар Болатовна").position == "адвокат"
