"""Directory → People…: the people directory, one person's form, their meetings and tasks, and
merging two entries of one person.

The window is not modal: it stays open beside the main window. A merge is a command on the
main window's undo stack (Ctrl+Z there undoes it). Before a merge or its undo the editor's
typing is saved, and afterwards the open meeting is read again, so the editor never writes the
names it showed before back over the merged ones.
"""

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import DomainError, Language, Person
from minutes_app.services import ServiceError, Services
from minutes_app.services.views import MergeReceipt, PersonActivity
from minutes_app.ui.error_text import describe
from minutes_app.ui.models.people_model import (
    PeopleFilterProxyModel,
    PeopleTableModel,
    PersonMeetingsModel,
    PersonTasksModel,
    RowRole,
)

NAME_PARTS = ("surname", "given_name", "patronymic")
DETAILS = ("position", "organization", "degree", "rank")  # each also in Kazakh


class EditorHost(Protocol):
    """What a merge needs from the meeting editor."""

    def flush(self) -> bool: ...  # save the typing now; False: it could not be
    def discard_changes(self) -> bool: ...  # show the open meeting as stored


class PeopleHost(Protocol):
    """What the People window needs from the main window."""

    services: Services
    undo_stack: QUndoStack

    @property
    def editor(self) -> EditorHost: ...

    def report_error(self, message: str) -> None: ...


def ask_merge(parent: QWidget, first: Person, second: Person,
              activities: tuple[PersonActivity, PersonActivity]) -> Person | None:
    """Which of two entries of one person to keep (tests replace this); None: do not merge."""
    translate = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Question, translate("PeopleDialog", "Merge two entries"),
        translate("PeopleDialog", "Are «%1» and «%2» one person? Choose the entry to keep.")
        .replace("%1", first.full_name).replace("%2", second.full_name),
        QMessageBox.StandardButton.NoButton, parent)
    counts = [translate("PeopleDialog", "%1: %2 meeting(s), %3 task(s).")
              .replace("%1", person.full_name)
              .replace("%2", str(len(activity.meetings)))
              .replace("%3", str(len(activity.tasks)))
              for person, activity in zip((first, second), activities, strict=True)]
    box.setInformativeText("\n".join(counts) + "\n\n" + translate(
        "PeopleDialog", "The attendances, statements, presentations, tasks and council "
        "memberships of the other entry move to the one you keep, under its name, and the "
        "other entry is deleted. Edit → Undo in the main window (Ctrl+Z) puts everything "
        "back."))
    keep_first = box.addButton(
        translate("PeopleDialog", "Keep «%1»").replace("%1", first.full_name),
        QMessageBox.ButtonRole.AcceptRole)
    keep_second = box.addButton(
        translate("PeopleDialog", "Keep «%1»").replace("%1", second.full_name),
        QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return first if clicked is keep_first else second if clicked is keep_second else None


class MergePeopleCommand(QUndoCommand):
    """Merge two directory entries (redo) and put them back (undo), on the main window's
    undo stack. A step that fails says why and leaves the stack (it cannot be replayed)."""

    def __init__(self, host: PeopleHost, kept: Person, dropped: Person,
                 after: Callable[[], None], say: Callable[[str], None]) -> None:
        super().__init__(QCoreApplication.translate("PeopleDialog", "merge people"))
        assert kept.id is not None and dropped.id is not None
        self._host = host
        self._ids = (kept.id, dropped.id)
        self._after = after  # the People window shows the directory as it is now
        self._say = say
        self._receipt: MergeReceipt | None = None

    def redo(self) -> None:
        if not self._typing_saved(QCoreApplication.translate(
                "PeopleDialog", "Not merged: the typing in the open meeting could not be saved "
                "first. Try again once it is saved.")):
            return
        try:
            self._receipt = self._host.services.directory.merge_people(*self._ids)
        except (ServiceError, DomainError) as error:
            self._fail(describe(error))
            return
        self._done()

    def undo(self) -> None:
        receipt = self._receipt
        if receipt is None:
            return
        if not self._typing_saved(QCoreApplication.translate(
                "PeopleDialog", "The merge was not undone: the typing in the open meeting "
                "could not be saved first.")):
            return
        try:
            self._host.services.directory.undo_merge(receipt)
        except (ServiceError, DomainError) as error:
            self._fail(describe(error))
            return
        self._receipt = None
        self._done()

    def _typing_saved(self, otherwise: str) -> bool:
        if self._host.editor.flush():
            return True
        self._fail(otherwise)
        return False

    def _done(self) -> None:
        self._host.editor.discard_changes()  # nothing unsaved is left: read the meeting again
        self._after()

    def _fail(self, message: str) -> None:
        # An obsolete command is dropped by the stack, so a failed step cannot be replayed.
        self.setObsolete(True)
        self._say(message)
        self._host.report_error(message)


class PeopleDialog(QDialog):
    """Signals: meeting_requested(int): open this meeting in the main window."""

    meeting_requested = Signal(int)

    def __init__(self, host: PeopleHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._directory = host.services.directory
        self._shown: Person | None = None  # the selected person as stored
        self._busy = False  # reloading or going back to a row: selection changes are ours
        self.setObjectName("peopleDialog")
        self.setWindowTitle(self.tr("People"))
        self.resize(1100, 700)
        self.model = PeopleTableModel(self)
        self.proxy = PeopleFilterProxyModel(self)
        # A saved row is not moved or hidden at once: that would invalidate the indexes of a
        # selection change in progress (saving happens when another person is chosen).
        self.proxy.setDynamicSortFilter(False)
        self.proxy.setSourceModel(self.model)
        self.meetings_model = PersonMeetingsModel(self)
        self.tasks_model = PersonTasksModel(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_person())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.message = QLabel(self)
        self.message.setObjectName("peopleMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.reload()

    # -- building --------------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        panel = QWidget(self)
        self.filter = _line(panel, "peopleFilterEdit", self.tr("Filter the people"))
        self.filter.setPlaceholderText(self.tr("Any part of a name, position or organisation"))
        self.filter.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Filter:"), panel)
        label.setBuddy(self.filter)
        self.table = QTableView(panel)
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName(self.tr("People"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as the directory lists
        self.proxy.setSortLocaleAware(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.merge_button = _button(panel, "mergePeopleButton", self.tr("&Merge…"),
                                    self.tr("Merge the two selected entries"))
        hint = QLabel(self.tr("Select two entries of one person (Ctrl+click) to merge them."),
                      panel)
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.filter, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.merge_button)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.filter.textChanged.connect(self.proxy.set_filter_text)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.merge_button.clicked.connect(self.merge_selected)
        return panel

    def _build_person(self) -> QWidget:
        panel = QWidget(self)
        self.form = QGroupBox(self.tr("Person"), panel)
        self.form.setObjectName("personBox")
        grid = QGridLayout(self.form)
        grid.addWidget(QLabel(self.tr("In Russian"), self.form), 0, 1)
        grid.addWidget(QLabel(self.tr("In Kazakh"), self.form), 0, 2)
        labels = {"surname": self.tr("&Surname:"), "given_name": self.tr("&Given name:"),
                  "patronymic": self.tr("&Patronymic:"), "position": self.tr("P&osition:"),
                  "organization": self.tr("O&rganisation:"),
                  "degree": self.tr("Academic &degree:"), "rank": self.tr("Ran&k:")}
        names = {"surname": self.tr("Surname"), "given_name": self.tr("Given name"),
                 "patronymic": self.tr("Patronymic"), "position": self.tr("Position"),
                 "organization": self.tr("Organisation"), "degree": self.tr("Academic degree"),
                 "rank": self.tr("Rank")}
        self.fields: dict[str, QLineEdit] = {}
        self.kazakh: dict[str, QLineEdit] = {}
        for row, name in enumerate((*NAME_PARTS, *DETAILS), start=1):
            edit = _line(self.form, f"person{_camel(name)}Edit", names[name])
            self.fields[name] = edit
            label = QLabel(labels[name], self.form)
            label.setBuddy(edit)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            edit.textEdited.connect(lambda _t: self._on_form_edited())
            if name in DETAILS:
                version = _line(self.form, f"person{_camel(name)}KkEdit",
                                self.tr("%1 in Kazakh").replace("%1", names[name]))
                self.kazakh[name] = version
                grid.addWidget(version, row, 2)
                version.textEdited.connect(lambda _t: self._on_form_edited())
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.save_button = _button(self.form, "savePersonChangesButton", self.tr("S&ave"),
                                   self.tr("Save the person"))
        self.revert_button = _button(self.form, "revertPersonButton", self.tr("Re&vert"),
                                     self.tr("Show the person as saved"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        grid.addLayout(buttons, len(self.fields) + 1, 0, 1, 3)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)

        self.meetings_view = self._activity_view("personMeetingsTable", self.tr("Meetings"),
                                                 self.meetings_model)
        self.tasks_view = self._activity_view("personTasksTable", self.tr("Tasks"),
                                              self.tasks_model)
        self.activity = QTabWidget(panel)
        self.activity.setObjectName("personActivityTabs")
        self.activity.addTab(self.meetings_view, self.tr("Meetings"))
        self.activity.addTab(self.tasks_view, self.tr("Tasks"))
        hint = QLabel(self.tr("Double-click a meeting or a task to open its meeting."), panel)
        hint.setWordWrap(True)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addWidget(self.activity, 1)
        layout.addWidget(hint)
        return panel

    def _activity_view(self, name: str, accessible: str,
                       model: PersonMeetingsModel | PersonTasksModel) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.doubleClicked.connect(self._open_meeting_of)
        return view

    # -- the list ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the directory again and show the selected person (if still there) as stored;
        typing not saved is dropped (a merge saves it first)."""
        keep = self._shown.id if self._shown is not None else None
        try:
            people = self._directory.list_people()
        except ServiceError as error:
            self.say(describe(error))
            return
        self._set_rows(people)
        shown = next((p for p in people if p.id == keep), people[0] if people else None)
        self._make_current(shown)
        self._show(shown)

    def select_person(self, person_id: int) -> bool:
        """Make this person the current row, as a click would (typing for another person
        is saved first); False when the directory has no such person."""
        row = self.model.row_of(person_id)
        if row < 0:
            return False
        index = self._proxy_index(row)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        return self._shown is not None and self._shown.id == person_id

    def _set_rows(self, people: list[Person]) -> None:
        self._busy = True
        try:
            self.model.set_rows(people)
        finally:
            self._busy = False

    def _make_current(self, person: Person | None) -> None:
        """Select `person`'s row without reacting to it (the caller shows the person)."""
        row = self.model.row_of(person.id) if person is not None else -1
        self._busy = True
        try:
            if row < 0:
                self.table.selectionModel().clear()
                return
            self.table.selectionModel().setCurrentIndex(
                self._proxy_index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._busy = False

    def _proxy_index(self, row: int) -> QModelIndex:
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # the filter hides the person: show everyone again
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        return index

    def selected_people(self) -> list[Person]:
        rows = self.table.selectionModel().selectedRows()
        return [p for p in (index.data(RowRole) for index in rows) if isinstance(p, Person)]

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._busy:
            return
        if self.is_modified() and not self.save():
            self._make_current(self._shown)  # the typing stays with the person it is for
            return
        person = current.data(RowRole) if current.isValid() else None
        self._show(person if isinstance(person, Person) else None)

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(len(self.selected_people()) == 2)
        modified = self.is_modified()
        self.save_button.setEnabled(modified)
        self.revert_button.setEnabled(modified)

    def say(self, message: str) -> None:
        self.message.setText(message)

    # -- the form ----------------------------------------------------------------------------
    def _show(self, person: Person | None) -> None:
        self._shown = person
        self.form.setEnabled(person is not None)
        for name, edit in self.fields.items():
            edit.setText(getattr(person, name) if person else "")
            edit.setCursorPosition(0)
        for name, edit in self.kazakh.items():
            edit.setText(person.translations.get(name, Language.KK) if person else "")
            edit.setCursorPosition(0)
        self._show_activity(person)
        self._update_buttons()

    def _show_activity(self, person: Person | None) -> None:
        activity = PersonActivity((), ())
        if person is not None and person.id is not None:
            try:
                activity = self._directory.person_activity(person.id)
            except ServiceError as error:
                self.say(describe(error))
        self.meetings_model.set_rows(activity.meetings)
        self.tasks_model.set_rows(activity.tasks)

    def typed_person(self) -> Person | None:
        """The selected person with what the form holds."""
        if self._shown is None:
            return None
        translations = self._shown.translations
        for name, edit in self.kazakh.items():
            translations = translations.with_text(name, Language.KK, _clean(edit.text()))
        typed = {name: _clean(edit.text()) for name, edit in self.fields.items()}
        return replace(
            self._shown, surname=typed["surname"], given_name=typed["given_name"],
            patronymic=typed["patronymic"], position=typed["position"],
            organization=typed["organization"], degree=typed["degree"], rank=typed["rank"],
            translations=translations)

    def is_modified(self) -> bool:
        typed = self.typed_person()
        return typed is not None and typed != self._shown

    def _on_form_edited(self) -> None:
        self.say("")
        self._update_buttons()

    def save(self) -> bool:
        """Save the form's person; False (the message says why, the typing stays) when the
        directory refused it."""
        typed = self.typed_person()
        if typed is None or typed == self._shown:
            return True
        try:
            saved = self._directory.save_person(typed)
        except (ServiceError, DomainError) as error:
            self.say(describe(error))
            return False
        self.say(self.tr("Saved %1.").replace("%1", saved.full_name))
        self._shown = saved
        self.model.replace_person(saved)
        self._update_buttons()
        return True

    def revert(self) -> None:
        self.say("")
        self._show(self._shown)

    # -- merging and opening meetings --------------------------------------------------------
    def merge_selected(self) -> None:
        people = self.selected_people()
        if len(people) != 2 or not self.save():
            return
        first, second = people
        try:
            activities = (self._activity_of(first), self._activity_of(second))
        except ServiceError as error:
            self.say(describe(error))
            return
        kept = ask_merge(self, first, second, activities)
        if kept is None:
            return
        dropped = second if kept is first else first
        if not self._host.editor.flush():
            self.say(self.tr("Not merged: the typing in the open meeting could not be saved "
                             "first. Try again once it is saved."))
            return
        self.say("")
        self._shown = kept  # the kept one stays selected
        self._host.undo_stack.push(
            MergePeopleCommand(self._host, kept, dropped, self.reload, self.say))

    def _activity_of(self, person: Person) -> PersonActivity:
        assert person.id is not None
        return self._directory.person_activity(person.id)

    def _open_meeting_of(self, index: QModelIndex) -> None:
        row = index.data(RowRole)
        meeting_id = getattr(row, "meeting_id", None)
        if isinstance(meeting_id, int):
            self.meeting_requested.emit(meeting_id)

    def reject(self) -> None:
        """Closing (Esc, the window's close button) saves the form first; a refused save
        keeps the window open with the typing and the message saying why."""
        if self.save():
            super().reject()


def _line(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    return edit


def _button(parent: QWidget, name: str, text: str, accessible: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    return button


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def _clean(text: str) -> str:
    return " ".join(text.split())
