"""Adding attendees: find a person in the directory as you type, enter a new person (saved to
the directory), or enter a group with a head count.

A "new" person whose name the directory already has is that person: the line takes what was
typed, and the directory entry changes only when the secretary says so
(`ask_to_update_directory`)."""

import logging
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import DomainError, Person, PersonName
from minutes_app.services import ServiceError, Services
from minutes_app.ui.editor.models import PeopleListModel
from minutes_app.ui.editor.widgets import MarkedField, mark, named, take_clean_text

log = logging.getLogger(__name__)
DETAILS = ("position", "organization", "degree", "rank")


def ask_to_update_directory(parent: QWidget, stored: Person, typed: Person) -> bool:
    """The directory has this person with other details: also change the directory entry?
    (Tests replace this.) No: only the meeting's line takes what was typed."""
    translate = QCoreApplication.translate
    lines = [f"{_detail_label(name)}: «{getattr(stored, name)}» → «{getattr(typed, name)}»"
             for name in DETAILS if getattr(stored, name) != getattr(typed, name)]
    box = QMessageBox(
        QMessageBox.Icon.Question, translate("AttendeeAdders", "Already in the directory"),
        translate("AttendeeAdders", "The directory already has %1 with other details. Save "
                  "what you typed to the directory too?").replace("%1", stored.full_name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setInformativeText("\n".join(lines) + "\n\n" + translate(
        "AttendeeAdders", "Either way, this meeting lists what you typed."))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def _detail_label(name: str) -> str:
    labels = {"position": QCoreApplication.translate("AttendeeAdders", "Position"),
              "organization": QCoreApplication.translate("AttendeeAdders", "Organisation"),
              "degree": QCoreApplication.translate("AttendeeAdders", "Academic degree"),
              "rank": QCoreApplication.translate("AttendeeAdders", "Rank")}
    return labels[name]


class AttendeeAdders(QWidget):
    """Signals:
    person_picked(Person): a directory person to add (found, or just saved).
    group_entered(str, int): a group's name and head count to add.
    """

    person_picked = Signal(object)
    group_entered = Signal(str, int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.people = PeopleListModel(self)
        self._build_finder()
        self._build_person_form()
        self._build_group_form()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._finder_row)
        layout.addWidget(self.message)
        layout.addWidget(self.person_form)
        layout.addWidget(self.group_form)

    # -- the finder ------------------------------------------------------------------------
    def _build_finder(self) -> None:
        self.finder = named(QLineEdit(self), "personFinderEdit", self.tr("Find a person"))
        self.finder.setPlaceholderText(self.tr("Surname or any part of the name"))
        self.completer = QCompleter(self.people, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setWidget(self.finder)
        self.completer.popup().setObjectName("personFinderPopup")
        self.completer.popup().setAccessibleName(self.tr("People found"))
        self.add_found = named(
            QPushButton(self.tr("&Add"), self), "addFoundPersonButton", self.tr("Add the person")
        )
        self.new_person = named(
            QPushButton(self.tr("Ne&w person…"), self), "newPersonButton", self.tr("New person")
        )
        self.new_group = named(
            QPushButton(self.tr("Add gro&up…"), self), "newGroupButton", self.tr("Add a group")
        )
        self.message = QLabel(self)
        self.message.setObjectName("finderMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        label = QLabel(self.tr("F&ind:"), self)
        label.setBuddy(self.finder)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.finder, 1)
        row.addWidget(self.add_found)
        row.addWidget(self.new_person)
        row.addWidget(self.new_group)
        self._finder_row = row
        self.finder.textEdited.connect(self._on_finder_edited)
        self.finder.returnPressed.connect(self._add_typed)
        self.add_found.clicked.connect(self._add_typed)
        self.completer.activated[QModelIndex].connect(self._on_person_chosen)  # type: ignore[index]
        self.new_person.clicked.connect(lambda: self.open_person_form(self.finder.text()))
        self.new_group.clicked.connect(self.open_group_form)

    def say(self, message: str) -> None:
        """One line under the finder (a person already listed, the directory unreachable)."""
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def _find(self, text: str) -> None:
        try:
            people = self._services.directory.find_people(text) if text.strip() else []
        except ServiceError as error:
            self.say(_describe(error))
            people = []
        self.people.set_people(people)

    def _on_finder_edited(self, _text: str) -> None:
        text = take_clean_text(self.finder)
        self.say("")
        self._find(text)
        if self.people.rowCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _on_person_chosen(self, index: QModelIndex) -> None:
        person = index.data(PeopleListModel.PersonRole)
        if isinstance(person, Person):
            self._pick(person)

    def _add_typed(self) -> None:
        """Enter or "Add": one match is added; no match opens the new-person form."""
        if self.completer.popup().isVisible():
            return
        text = self.finder.text().strip()
        if not text:
            return
        self._find(text)
        people = self.people.people
        if len(people) == 1:
            self._pick(people[0])
        elif not people:
            self.open_person_form(text)
        else:
            self.completer.complete()

    def _pick(self, person: Person) -> None:
        self.completer.popup().hide()
        self.finder.clear()
        self.people.set_people([])
        self.person_picked.emit(person)

    # -- a new person ----------------------------------------------------------------------
    def _build_person_form(self) -> None:
        box = named(QGroupBox(self.tr("New person in the directory"), self), "newPersonBox",
                    self.tr("New person in the directory"))
        self.surname = named(QLineEdit(box), "newSurnameEdit", self.tr("Surname"))
        self.given_name = named(QLineEdit(box), "newGivenNameEdit", self.tr("Given name"))
        self.patronymic = named(QLineEdit(box), "newPatronymicEdit", self.tr("Patronymic"))
        self.position = named(QLineEdit(box), "newPositionEdit", self.tr("Position"))
        self.organization = named(QLineEdit(box), "newOrganizationEdit", self.tr("Organisation"))
        self.degree = named(QLineEdit(box), "newDegreeEdit", self.tr("Academic degree"))
        self.rank = named(QLineEdit(box), "newRankEdit", self.tr("Rank"))
        self.save_person = named(QPushButton(self.tr("Save and add"), box),
                                 "savePersonButton", self.tr("Save and add"))
        self.cancel_person = named(QPushButton(self.tr("Cancel"), box), "cancelPersonButton",
                                   self.tr("Cancel the new person"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._surname_field = MarkedField(self.surname, box)
        form.addRow(self.tr("Surname:"), self._surname_field)
        form.addRow(self.tr("Given name:"), self.given_name)
        form.addRow(self.tr("Patronymic:"), self.patronymic)
        form.addRow(self.tr("Position:"), self.position)
        form.addRow(self.tr("Organisation:"), self.organization)
        form.addRow(self.tr("Academic degree:"), self.degree)
        form.addRow(self.tr("Rank:"), self.rank)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_person)
        buttons.addWidget(self.cancel_person)
        form.addRow(buttons)
        box.hide()
        self.person_form = box
        for edit in (self.surname, self.given_name, self.patronymic, self.position,
                     self.organization, self.degree, self.rank):
            edit.textEdited.connect(lambda _t, e=edit: take_clean_text(e))
            edit.returnPressed.connect(self._save_person)
        self.save_person.clicked.connect(self._save_person)
        self.cancel_person.clicked.connect(self._close_forms)

    def open_person_form(self, typed: str = "") -> None:
        self.group_form.hide()
        try:
            name = PersonName.parse(typed)
        except DomainError:
            name = PersonName("")
        for edit, value in ((self.surname, name.surname), (self.given_name, name.given_name),
                            (self.patronymic, name.patronymic), (self.position, ""),
                            (self.organization, ""), (self.degree, ""), (self.rank, "")):
            edit.setText(value)
        mark(self.surname, None)
        self.person_form.show()
        self.surname.setFocus()

    def _save_person(self) -> None:
        surname = self.surname.text().strip()
        if not surname:
            mark(self.surname, self.tr("Enter the surname."))
            self.surname.setFocus()
            return
        typed = Person(
            surname=surname,
            given_name=self.given_name.text().strip(),
            patronymic=self.patronymic.text().strip(),
            position=self.position.text().strip(),
            organization=self.organization.text().strip(),
            degree=self.degree.text().strip(),
            rank=self.rank.text().strip(),
        )
        try:
            person = self._person_to_add(typed)
        except (ServiceError, DomainError) as error:
            mark(self.surname, _describe(error))
            return
        self._close_forms()
        self.person_picked.emit(person)

    def _person_to_add(self, typed: Person) -> Person:
        """A new person is saved to the directory. For one the directory has, the line takes
        what was typed (details left empty come from the directory); the directory entry
        gets details it lacked, but one it holds is replaced only when the secretary agrees."""
        directory = self._services.directory
        stored = directory.find_person(typed.full_name)
        if stored is None:
            return directory.save_person(typed)
        wanted = replace(stored, **{name: getattr(typed, name) or getattr(stored, name)
                                    for name in DETAILS})
        if wanted == stored:
            return stored
        replaced = any(getattr(stored, name) and getattr(wanted, name) != getattr(stored, name)
                       for name in DETAILS)
        if replaced and not ask_to_update_directory(self, stored, wanted):
            return wanted
        return directory.save_person(wanted)

    # -- a group ---------------------------------------------------------------------------
    def _build_group_form(self) -> None:
        box = named(QGroupBox(self.tr("Group of people"), self), "newGroupBox",
                    self.tr("Group of people"))
        self.group_name = named(QLineEdit(box), "groupNameEdit", self.tr("Group name"))
        self.group_name.setPlaceholderText(self.tr("For example: representatives of NGOs"))
        self.group_count = named(QSpinBox(box), "groupCountSpin", self.tr("Head count"))
        self.group_count.setRange(1, 100000)
        self.add_group = named(QPushButton(self.tr("Add the group"), box), "addGroupButton",
                               self.tr("Add the group"))
        self.cancel_group = named(QPushButton(self.tr("Cancel"), box), "cancelGroupButton",
                                  self.tr("Cancel the group"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._group_name_field = MarkedField(self.group_name, box)
        form.addRow(self.tr("Group name:"), self._group_name_field)
        form.addRow(self.tr("Head count:"), self.group_count)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_group)
        buttons.addWidget(self.cancel_group)
        form.addRow(buttons)
        box.hide()
        self.group_form = box
        self.group_name.textEdited.connect(lambda _t: take_clean_text(self.group_name))
        self.group_name.returnPressed.connect(self._add_group)
        self.add_group.clicked.connect(self._add_group)
        self.cancel_group.clicked.connect(self._close_forms)

    def open_group_form(self) -> None:
        self.person_form.hide()
        self.group_name.clear()
        self.group_count.setValue(1)
        mark(self.group_name, None)
        self.group_form.show()
        self.group_name.setFocus()

    def _add_group(self) -> None:
        name = self.group_name.text().strip()
        if not name:
            mark(self.group_name, self.tr("Enter the group's name."))
            self.group_name.setFocus()
            return
        self._close_forms()
        self.group_entered.emit(name, self.group_count.value())

    def _close_forms(self) -> None:
        self.person_form.hide()
        self.group_form.hide()
        self.finder.setFocus()


def _describe(error: BaseException) -> str:
    # Imported here: error_text reads the editor's field messages, so importing it at the top
    # of an editor module would be circular.
    from minutes_app.ui.error_text import describe

    return describe(error)
