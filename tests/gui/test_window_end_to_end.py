"""A secretary records a whole meeting through the window's widgets; every value is stored.

Details, three attendees (a new person typed inline, a person from the directory, a group),
two agenda items with heard, discussion, decisions with votes and tasks; then the window is
closed, the database opened again and every value looked up.
"""

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from minutes_app.domain import Language, Person, Role
from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url
from minutes_app.ui.main_window import MainWindow

DETAILS, ATTENDEES, AGENDA = range(3)


class Secretary:
    """Drives the window by the widgets' objectNames, with real key and mouse events."""

    def __init__(self, qtbot, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window

    def find(self, kind: type[QWidget], name: str) -> QWidget:
        widget = self.window.findChild(kind, name)
        assert widget is not None, f"no {kind.__name__} named {name}"
        return widget

    def section(self, index: int) -> None:
        self.window.editor.tabs.setCurrentIndex(index)

    def type_into(self, widget: QWidget, text: str, replace: bool = True) -> None:
        """Focus, select what is there (when replacing) and type `text` key by key."""
        target = widget.lineEdit() if isinstance(widget, QComboBox) else widget
        target.setFocus()
        if replace and isinstance(target, QLineEdit | QPlainTextEdit):
            target.selectAll()
        for ch in text:  # QTest.keyClicks aborts on non-ASCII text in PySide6 6.12
            QTest.sendKeyEvent(QTest.KeyAction.Click, target, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)

    def fill(self, name: str, text: str) -> None:
        for kind in (QLineEdit, QPlainTextEdit, QComboBox):
            widget = self.window.findChild(kind, name)
            if widget is not None:
                self.type_into(widget, text)
                return
        raise AssertionError(f"no text field named {name}")

    def click(self, name: str) -> None:
        button = self.find(QAbstractButton, name)
        assert button.isEnabled(), f"{name} is disabled"
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def key(self, name: str, key: Qt.Key, times: int = 1) -> None:
        widget = self.find(QWidget, name)
        widget.setFocus()
        for _ in range(times):
            QTest.keyClick(widget, key)

    def choose(self, name: str, text: str) -> None:
        """Pick an entry of a drop-down list with the arrow keys."""
        combo = self.find(QComboBox, name)
        combo.setFocus()
        QTest.keyClick(combo, Qt.Key.Key_Home)
        for _ in range(combo.count()):
            if combo.currentText() == text:
                return
            QTest.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText() == text, f"{text!r} not in {name}"

    def count(self, name: str, value: int) -> None:
        spin = self.find(QSpinBox, name)
        spin.setFocus()
        spin.selectAll()
        QTest.keyClicks(spin, str(value))
        assert spin.value() == value


def record_details(me: Secretary) -> None:
    me.section(DETAILS)
    me.fill("bodyCombo", "Общественный совет МВД")
    me.fill("organizationEdit", "Министерство внутренних дел")
    me.fill("kindCombo", "семинар")
    me.fill("numberEdit", "12")
    me.fill("titleEdit", "семинара Общественного совета по профилактике правонарушений")
    me.find(QDateEdit, "dateEdit").setDate(QDate(2026, 3, 15))  # as the calendar picker does
    me.click("startTimeSetCheck")  # 10:00 by default
    me.click("endTimeSetCheck")
    me.find(QTimeEdit, "endTimeEdit").setTime(QTime(12, 30))
    me.fill("placeEdit", "г. Астана, ул. Бейбітшілік, 4")
    languages = me.find(QComboBox, "languageCombo")
    me.choose("languageCombo", languages.itemText(languages.findData(Language.KK)))


def record_attendees(me: Secretary) -> None:
    me.section(ATTENDEES)
    # 1. A new person, typed inline into the directory.
    me.fill("personFinderEdit", "Когамов Марат Чапаевич")
    me.click("newPersonButton")
    me.fill("newPositionEdit", "председатель совета, д.ю.н.")
    me.fill("newOrganizationEdit", "ЕНУ им. Л.Н. Гумилёва")
    me.click("savePersonButton")
    # 2. A person found in the directory by part of the surname, any case.
    me.fill("personFinderEdit", "ПЕТРОВ")
    popup = me.window.editor.attendees.adders.completer.popup()
    me.qtbot.waitUntil(popup.isVisible, timeout=2000)
    popup.setCurrentIndex(popup.model().index(0, 0))
    QTest.keyClick(popup, Qt.Key.Key_Return)
    # 3. A group with a head count.
    me.click("newGroupButton")
    me.fill("groupNameEdit", "представители НПО")
    me.count("groupCountSpin", 12)
    me.click("addGroupButton")
    me.choose("chairCombo", "Когамов Марат Чапаевич")
    me.choose("secretaryCombo", "Петрова Анна Сергеевна")
    # The group is invited, not a voting member.
    table = me.find(QAbstractItemView, "attendeeTable")
    table.setCurrentIndex(table.model().index(2, 0))
    me.choose("attendeeRoleCombo", role_text(me, Role.INVITED))


def role_text(me: Secretary, role: Role) -> str:
    combo = me.find(QComboBox, "attendeeRoleCombo")
    return combo.itemText(combo.findData(role))


def record_item(me: Secretary, title: str, presenter: str, heard: str, speaker: str,
                said: str, decision: str, votes: tuple[int, int, int] | None, task: str,
                due: date) -> None:
    me.click("addItemButton")
    me.fill("itemTitleEdit", title)
    me.fill("presentersEdit", presenter)
    me.click("addHeardButton")
    me.fill("heardSpeakerCombo", presenter)
    me.fill("heardTextEdit", heard)
    me.click("addDiscussionButton")
    me.fill("discussionSpeakerCombo", speaker)
    me.fill("discussionTextEdit", said)
    me.click("addDecisionButton")
    me.fill("decisionTextEdit", decision)
    me.click("noVoteCheck")  # a new decision has no vote yet
    if votes is None:
        me.click("unanimousCheck")
    else:
        for name, value in zip(("votesForSpin", "votesAgainstSpin", "abstainedSpin"), votes,
                               strict=True):
            me.count(name, value)
    me.click("addTaskButton")
    me.fill("taskTextEdit", task)
    me.fill("taskResponsibleEdit", presenter)
    me.click("taskDueSetCheck")
    me.find(QDateEdit, "taskDueEdit").setDate(QDate(due.year, due.month, due.day))


def test_a_meeting_recorded_through_the_window_is_stored_whole(qtbot, db_path, services,
                                                               settings):
    services.directory.save_person(Person("Петрова", "Анна", "Сергеевна", "секретарь совета"))
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    me = Secretary(qtbot, window)
    window.new_action.trigger()
    record_details(me)
    record_attendees(me)
    me.section(AGENDA)
    record_item(me, "О профилактике правонарушений среди несовершеннолетних",
                "Когамов Марат Чапаевич", "Доложил об итогах квартала.",
                "Петрова Анна Сергеевна", "Предложила провести рейды.",
                "Информацию принять к сведению.", None,
                "Подготовить план рейдов", date(2026, 4, 1))
    record_item(me, "О взаимодействии с НПО", "Петрова Анна Сергеевна",
                "Рассказала о трёх проектах.", "Когамов Марат Чапаевич",
                "Поддержал создание рабочей группы.", "Создать рабочую группу.", (2, 0, 1),
                "Утвердить состав рабочей группы", date(2026, 5, 15))
    window.close()  # saves what is pending

    again = open_database(resolve_database_url(str(db_path)))
    try:
        stored = Services.build(again.session_factory).meetings
        [summary] = stored.list_meetings()
        meeting = stored.get(summary.id)
    finally:
        again.close()
    assert (meeting.body, meeting.organization, meeting.kind, meeting.number) == (
        "Общественный совет МВД", "Министерство внутренних дел", "семинар", "12")
    assert meeting.title == "семинара Общественного совета по профилактике правонарушений"
    assert (meeting.date, meeting.start_time, meeting.end_time) == (
        date(2026, 3, 15), time(10, 0), time(12, 30))
    assert (meeting.place, meeting.language) == ("г. Астана, ул. Бейбітшілік, 4", Language.KK)

    chair, secretary, group = meeting.attendees
    assert (chair.name, chair.role, chair.position, chair.organization) == (
        "Когамов Марат Чапаевич", Role.CHAIR, "председатель совета, д.ю.н.",
        "ЕНУ им. Л.Н. Гумилёва")
    assert (secretary.name, secretary.role, secretary.position) == (
        "Петрова Анна Сергеевна", Role.SECRETARY, "секретарь совета")
    assert (group.group, group.count, group.role) == ("представители НПО", 12, Role.INVITED)
    assert all(a.present for a in meeting.attendees)

    first, second = meeting.agenda
    assert first.title == "О профилактике правонарушений среди несовершеннолетних"
    assert first.presenters == ("Когамов Марат Чапаевич",)
    assert [(s.speaker, s.text) for s in first.heard] == [
        ("Когамов Марат Чапаевич", "Доложил об итогах квартала.")]
    assert [(s.speaker, s.text) for s in first.discussion] == [
        ("Петрова Анна Сергеевна", "Предложила провести рейды.")]
    [decision] = first.decisions
    assert decision.text == "Информацию принять к сведению." and decision.vote.unanimous
    [task] = decision.actions
    assert (task.task, task.responsible, task.due) == (
        "Подготовить план рейдов", ("Когамов Марат Чапаевич",), date(2026, 4, 1))

    assert second.title == "О взаимодействии с НПО"
    assert [(s.speaker, s.text) for s in second.discussion] == [
        ("Когамов Марат Чапаевич", "Поддержал создание рабочей группы.")]
    [decision] = second.decisions
    vote = decision.vote
    assert (decision.text, vote.for_, vote.against, vote.abstained) == (
        "Создать рабочую группу.", 2, 0, 1)
    [task] = decision.actions
    assert (task.task, task.responsible, task.due) == (
        "Утвердить состав рабочей группы", ("Петрова Анна Сергеевна",), date(2026, 5, 15))


def test_undoing_an_edit_of_another_meeting_opens_it_again(qtbot, services, settings,
                                                          stored_meetings):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    me = Secretary(qtbot, window)
    edited = window.editor.current_meeting()
    me.fill("titleEdit", "исправленное название")
    window.list_panel.select_meeting(stored_meetings[0].id)  # the secretary moves on
    assert services.meetings.get(edited.id).title == "исправленное название"
    window.undo_action.trigger()
    assert window.editor.current_meeting().id == edited.id
    assert window.list_panel.current_meeting_id() == edited.id
    assert services.meetings.get(edited.id).title == edited.title
