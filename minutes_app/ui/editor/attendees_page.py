"""The "Attendees" section: chair and secretary, the quorum line, adding people and groups,
the attendee table and the form of the selected attendee.

A person's name is applied when its field is left (or Enter is pressed), not per keystroke, so
that no half-typed name reaches the directory. When the directory has the old name, the
secretary is asked whether the person was misspelt (the directory entry is renamed with the
line, one undo step) or is someone else (the line only; a new directory entry follows).
"""

import logging
from collections.abc import Callable
from dataclasses import replace
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QObject,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import (
    Attendee,
    Body,
    DomainError,
    Language,
    Meeting,
    Person,
    Role,
    fold,
    quorum_status,
)
from minutes_app.services import DirectoryService, ServiceError, Services
from minutes_app.ui.editor.attendee_adders import AttendeeAdders
from minutes_app.ui.editor.edits import appoint, edit_attendee, find, insert_at, remove_keyed
from minutes_app.ui.editor.labels import role_label
from minutes_app.ui.editor.messages import field_message
from minutes_app.ui.editor.models import AttendeeTableModel
from minutes_app.ui.editor.session import EditSession
from minutes_app.ui.editor.snapshot_model import KeyRole
from minutes_app.ui.editor.undo import EditMeetingCommand
from minutes_app.ui.editor.widgets import (
    MarkedField,
    frame_in_red,
    mark,
    named,
    set_checked,
    set_line,
    take_clean_text,
)

log = logging.getLogger(__name__)
DETAILS = ("position", "organization", "degree", "rank")  # a person's details on a line


class NameChange(Enum):
    MISSPELT = "misspelt"  # the same person: correct the directory too
    SOMEONE_ELSE = "someone_else"  # another person: this line only
    CANCEL = "cancel"  # keep the old name


def ask_about_new_name(parent: QWidget, old: str, new: str) -> NameChange:
    """Ask whether a renamed attendee was misspelt or is someone else (tests replace this)."""
    translate = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Question, translate("AttendeesPage", "Another name"),
        translate("AttendeesPage", "The directory knows «%1». Was the name misspelt, or is "
                  "«%2» someone else?").replace("%1", old).replace("%2", new),
        QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate(
        "AttendeesPage", "Misspelt: the directory entry gets the new name, and its other "
        "meetings stay with it. Someone else: only this line changes, and the new person is "
        "added to the directory."))
    misspelt = box.addButton(translate("AttendeesPage", "&Misspelt"),
                             QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(translate("AttendeesPage", "Someone &else"),
                          QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(misspelt)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return (NameChange.MISSPELT if clicked is misspelt
            else NameChange.SOMEONE_ELSE if clicked is other else NameChange.CANCEL)


def details_for(person: Person, language: Language) -> dict[str, Any]:
    """A directory person's details as an attendee line of a meeting in `language` holds
    them: the directory keeps Russian in its fields and other languages in translations."""
    if language is Language.RU:
        values: dict[str, Any] = {name: getattr(person, name) for name in DETAILS}
        values["translations"] = person.translations
        return values
    versions = person.translations.without(language)
    values = {}
    for name in DETAILS:
        own = person.translations.get(name, language)
        values[name] = own or getattr(person, name)  # no version: the Russian text
        if own:
            versions = versions.with_text(name, Language.RU, getattr(person, name))
    values["translations"] = versions
    return values


class CorrectNameCommand(QUndoCommand):
    """A misspelt name corrected: the directory entry is renamed, then the line is edited;
    undo renames the entry back before the line goes back, so the line never reaches the
    database under a name the directory does not know (which would make a second person)."""

    def __init__(self, directory: DirectoryService, old: str, new: str,
                 edit: EditMeetingCommand, report: Callable[[str], None]) -> None:
        super().__init__(edit.text())
        self.meeting_ref = edit.meeting_ref  # shared with the edit: rebind_refs re-points it
        self._directory = directory
        self._old = old
        self._new = new
        self._edit = edit
        self._report = report

    def redo(self) -> None:
        self._rename(self._old, self._new)
        self._edit.redo()

    def undo(self) -> None:
        self._rename(self._new, self._old)
        self._edit.undo()

    def _rename(self, old: str, new: str) -> None:
        try:
            self._directory.correct_name(old, new)
        except (ServiceError, DomainError) as error:
            # The line changes all the same: the directory keeps the name it has.
            log.warning("directory name not corrected: %s", error)
            self._report(_describe(error))


class AttendeesPage(QWidget):
    def __init__(self, session: EditSession, services: Services,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._body: Body | None = None
        self._holders: dict[Role, tuple[tuple[str, str], ...]] = {}
        self._quorum_shown_for: tuple[object, ...] = ((), None, None)
        self._services = services
        self._name_typed_for: str | None = None  # the person whose new name is being typed
        self.model = AttendeeTableModel(self)
        self._build_top()  # widgets are made in reading order: that is the tab order
        self.adders = AttendeeAdders(services, self)
        self._build_table()
        self._build_form()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(self._top)
        layout.addWidget(self.quorum)
        layout.addWidget(self.adders)
        layout.addWidget(splitter, 1)
        self.adders.person_picked.connect(self._add_person)
        self.adders.group_entered.connect(self._add_group)
        self.model.present_toggled.connect(lambda key, on: self._edit(key, present=on))

    # -- building --------------------------------------------------------------------------
    def _build_top(self) -> None:
        self.chair = named(QComboBox(self), "chairCombo", self.tr("Chair"))
        self.secretary = named(QComboBox(self), "secretaryCombo", self.tr("Secretary"))
        self.quorum = QLabel(self)
        self.quorum.setObjectName("quorumLabel")
        self.quorum.setWordWrap(True)
        self.quorum.hide()
        grid = QGridLayout()
        for column, (text, combo) in enumerate(
            ((self.tr("&Chair:"), self.chair), (self.tr("Secretar&y:"), self.secretary))
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            grid.addWidget(label, 0, column * 2)
            grid.addWidget(combo, 0, column * 2 + 1)
            grid.setColumnStretch(column * 2 + 1, 1)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self._top = grid
        for role, combo in ((Role.CHAIR, self.chair), (Role.SECRETARY, self.secretary)):
            combo.currentIndexChanged.connect(lambda _i, r=role, c=combo: self._appoint(r, c))

    def _build_table(self) -> None:
        self.table = named(QTableView(self), "attendeeTable", self.tr("Attendees"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        # Space marks the selected attendee present or absent, whichever cell is current
        # (Qt's own Space toggles only when the current cell is the check box).
        toggle = QShortcut(QKeySequence(Qt.Key.Key_Space), self.table)
        toggle.setContext(Qt.ShortcutContext.WidgetShortcut)
        toggle.activated.connect(self._toggle_present_of_current_row)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        # Left-aligned headers elide ("Причина отс…") where centred ones lose both ends.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Start at readable widths; the check box column fits its (translated) header.
        # (ResizeToContents would measure all 500 rows on every change.)
        metrics = self.fontMetrics()
        padding = 3 * metrics.averageCharWidth()
        for column, chars in ((AttendeeTableModel.COL_NAME, 34),
                              (AttendeeTableModel.COL_POSITION, 26)):
            self.table.setColumnWidth(column, chars * metrics.averageCharWidth())
        widest_role = max(metrics.horizontalAdvance(role_label(role)) for role in Role)
        self.table.setColumnWidth(AttendeeTableModel.COL_ROLE, widest_role + padding)
        present = self.model.header(AttendeeTableModel.COL_PRESENT)
        self.table.setColumnWidth(AttendeeTableModel.COL_PRESENT,
                                  metrics.horizontalAdvance(present) + padding)
        self.table.selectionModel().currentRowChanged.connect(self._on_selection_changed)
        self.table.installEventFilter(self)

    def _build_form(self) -> None:
        box = named(QGroupBox(self.tr("Selected attendee"), self), "attendeeBox",
                    self.tr("Selected attendee"))
        self.name = named(QLineEdit(box), "attendeeNameEdit", self.tr("Name"))
        self.count = named(QSpinBox(box), "attendeeCountSpin", self.tr("Head count"))
        self.count.setRange(1, 100000)
        self.position = named(QLineEdit(box), "attendeePositionEdit", self.tr("Position"))
        self.organization = named(QLineEdit(box), "attendeeOrganizationEdit",
                                  self.tr("Organisation"))
        self.degree = named(QLineEdit(box), "attendeeDegreeEdit", self.tr("Academic degree"))
        self.degree.setPlaceholderText(self.tr("For example: Doctor of Law"))
        self.rank = named(QLineEdit(box), "attendeeRankEdit", self.tr("Rank"))
        self.rank.setPlaceholderText(self.tr("For example: police colonel"))
        self.role = named(QComboBox(box), "attendeeRoleCombo", self.tr("Role"))
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.present = named(QCheckBox(self.tr("Prese&nt"), box), "attendeePresentCheck",
                             self.tr("Present"))
        self.reason = named(QLineEdit(box), "absenceReasonEdit", self.tr("Absence reason"))
        self.remove = named(QPushButton(self.tr("Remove from the &list"), box),
                            "removeAttendeeButton", self.tr("Remove the attendee"))
        self._name_field = MarkedField(self.name, box)
        self._role_field = MarkedField(self.role, box)
        # Two label/field pairs a row, in reading order (which is also the tab order).
        grid = QGridLayout(box)
        cells = ((self.tr("Na&me:"), self._name_field, self.name),
                 (self.tr("Head coun&t:"), self.count, self.count),
                 (self.tr("&Position:"), self.position, self.position),
                 (self.tr("&Organisation:"), self.organization, self.organization),
                 (self.tr("De&gree:"), self.degree, self.degree),
                 (self.tr("Ran&k:"), self.rank, self.rank),
                 (self.tr("&Role:"), self._role_field, self.role),
                 ("", self.present, None),
                 (self.tr("A&bsence reason:"), self.reason, self.reason),
                 ("", self.remove, None))
        for number, (text, field, buddy) in enumerate(cells):
            row, column = divmod(number, 2)
            if buddy is not None:
                label = QLabel(text, box)
                label.setBuddy(buddy)
                grid.addWidget(label, row, column * 2)
            grid.addWidget(field, row, column * 2 + 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        self.form = box
        for field_name, edit in (("position", self.position),
                                 ("organization", self.organization),
                                 ("degree", self.degree), ("rank", self.rank),
                                 ("absence_reason", self.reason)):
            edit.textEdited.connect(lambda _t, f=field_name, e=edit: self._edit_text(f, e))
        self.name.textEdited.connect(self._on_name_edited)
        self.name.editingFinished.connect(self.apply_typed_name)
        self.count.valueChanged.connect(lambda value: self._edit_selected(count=value))
        self.role.currentIndexChanged.connect(
            lambda _i: self._edit_selected(role=Role(self.role.currentData())))
        self.present.toggled.connect(self._on_present_toggled)
        self.remove.clicked.connect(self._remove_selected)

    # -- showing ---------------------------------------------------------------------------
    def show_meeting(self, meeting: Meeting | None, force: bool) -> None:
        attendees = meeting.attendees if meeting else ()
        selected = self.selected_key()
        if force or attendees is not self.model.rows:  # typing elsewhere leaves them alone
            self.model.set_rows(attendees)
            self._show_holders(attendees)
        self._show_quorum(attendees)  # also follows the date (the roster of that day)
        if force:
            for field in (self.name, self.role):
                mark(field, None)
        if self.model.row_of(selected) < 0 and attendees:
            self.select(attendees[0].key)
        self._show_selected(force)

    def set_body(self, body: Body | None) -> None:
        self._body = body
        meeting = self._session.meeting
        self._show_quorum(meeting.attendees if meeting else ())

    def selected_key(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(KeyRole) if index.isValid() else None

    def select(self, key: str | None) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _show_holders(self, attendees: tuple[Attendee, ...]) -> None:
        """Fill the chair and secretary pickers; each leaves out who holds the other role, so
        browsing one picker with the arrow keys never takes the other's role away."""
        holders = {role: next((a for a in attendees if a.role is role), None)
                   for role in (Role.CHAIR, Role.SECRETARY)}
        for role, other, combo in ((Role.CHAIR, Role.SECRETARY, self.chair),
                                   (Role.SECRETARY, Role.CHAIR, self.secretary)):
            excluded = holders[other].key if holders[other] else None
            people = tuple((a.key, a.name) for a in attendees
                           if not a.is_group and a.key != excluded)
            if people != self._holders.get(role):
                self._holders[role] = people
                with QSignalBlocker(combo):
                    combo.clear()
                    combo.addItem(self.tr("— not chosen —"), "")
                    for key, name in people:
                        combo.addItem(name, key)
            holder = holders[role]
            index = combo.findData(holder.key if holder else "")
            if index != combo.currentIndex():
                with QSignalBlocker(combo):
                    combo.setCurrentIndex(index)

    def _roster(self) -> tuple[str, ...]:
        """The body's members on the meeting's date (the roster changes over the years)."""
        meeting = self._session.meeting
        if self._body is None or meeting is None:
            return ()
        return self._body.member_names_on(meeting.date)

    def _show_quorum(self, attendees: tuple[Attendee, ...]) -> None:
        meeting = self._session.meeting
        day = meeting.date if meeting else None
        if (attendees, self._body, day) == self._quorum_shown_for:
            return
        self._quorum_shown_for = (attendees, self._body, day)
        roster = self._roster()
        if not roster:
            self.quorum.hide()
            return
        assert self._body is not None
        status = quorum_status(roster, self._body.quorum, attendees)
        locale = QLocale()
        if status.reached:
            text = self.tr("Present: %1 of %2 members — quorum")
        else:
            text = self.tr("Present: %1 of %2 members — no quorum (%3 needed)")
        self.quorum.setText(text.replace("%1", locale.toString(status.present))
                            .replace("%2", locale.toString(status.members))
                            .replace("%3", locale.toString(status.required)))
        frame_in_red(self.quorum, not status.reached)
        self.quorum.show()

    def _on_selection_changed(self) -> None:
        if self._name_typed_for is not None:  # a name typed for the row being left
            self.apply_typed_name()
        for field in (self.name, self.role):
            mark(field, None)
        self._show_selected(force=True)

    def _show_selected(self, force: bool = False) -> None:
        meeting = self._session.meeting
        attendee = find(meeting.attendees, self.selected_key()) if meeting else None
        self.form.setEnabled(attendee is not None)
        if attendee is None:
            return
        if force or self._name_typed_for != attendee.key:  # typing in it is kept
            self._name_typed_for = None
            set_line(self.name, attendee.group or attendee.name, force)
        self.count.setEnabled(attendee.is_group)
        if self.count.value() != (attendee.count or 1):
            with QSignalBlocker(self.count):
                self.count.setValue(attendee.count or 1)
        set_line(self.position, attendee.position, force)
        set_line(self.organization, attendee.organization, force)
        set_line(self.degree, attendee.degree, force)
        set_line(self.rank, attendee.rank, force)
        if force or not self.role.property("invalid"):
            with QSignalBlocker(self.role):
                self.role.setCurrentIndex(self.role.findData(attendee.role.value))
        set_checked(self.present, attendee.present)
        self.reason.setEnabled(not attendee.present)
        set_line(self.reason, attendee.absence_reason, force)

    # -- editing ---------------------------------------------------------------------------
    def _change(self, text: str, change: Any, merge_key: str = "",
                wrap: Callable[[EditMeetingCommand], QUndoCommand] | None = None) -> Any:
        return self._session.change(text, change, merge_key, wrap)

    def _add_person(self, person: Person) -> None:
        meeting = self._session.meeting
        if meeting is None:
            return
        if any(fold(a.name) == fold(person.full_name) for a in meeting.attendees):
            self.adders.say(self.tr("%1 is already in the list.").replace("%1", person.full_name))
            return
        roster = self._roster()
        on_roster = not roster or fold(person.full_name) in {fold(name) for name in roster}
        attendee = Attendee(name=person.full_name,
                            role=Role.MEMBER if on_roster else Role.INVITED,
                            **details_for(person, meeting.language))
        self._insert(attendee, self.tr("Add attendee"))

    def _add_group(self, name: str, count: int) -> None:
        self._insert(Attendee(group=name, count=count, role=Role.INVITED), self.tr("Add group"))

    def _insert(self, attendee: Attendee, text: str) -> None:
        meeting = self._session.meeting
        if meeting is None:
            return
        attendees = insert_at(meeting.attendees, len(meeting.attendees), attendee)
        if self._change(text, lambda m: replace(m, attendees=attendees)) is None:
            self.select(attendee.key)

    def _appoint(self, role: Role, combo: QComboBox) -> None:
        key = combo.currentData() or None
        text = self.tr("Choose the chair") if role is Role.CHAIR else self.tr(
            "Choose the secretary")
        self._change(text, lambda m: appoint(m, role, key), merge_key=f"appoint.{role.value}")
        mark(self.role, None)
        self._show_selected(force=True)

    def _edit_text(self, field_name: str, edit: QLineEdit) -> None:
        value = take_clean_text(edit)
        meeting = self._session.meeting
        attendee = find(meeting.attendees, self.selected_key()) if meeting else None
        if attendee is None:
            return
        if field_name == "name":
            field_name = "group" if attendee.is_group else "name"
        self._edit_selected(**{field_name: value})

    def _on_name_edited(self, _text: str) -> None:
        key = self.selected_key()
        meeting = self._session.meeting
        attendee = find(meeting.attendees, key) if meeting else None
        if attendee is not None and attendee.is_group:
            self._edit_text("name", self.name)  # a group's name is no directory entry
        else:
            take_clean_text(self.name)
            self._name_typed_for = key

    def apply_typed_name(self) -> None:
        """Apply a person's new name typed in the name field (when it is left, and before
        the editor saves on request), asking first when the directory knows the old one."""
        key, self._name_typed_for = self._name_typed_for, None
        meeting = self._session.meeting
        attendee = find(meeting.attendees, key) if meeting and key else None
        if attendee is None or attendee.is_group:
            return
        new = " ".join(self.name.text().split())
        old = attendee.name
        if new == old:
            mark(self.name, None)
            return
        if not new or fold(new) == fold(old):  # an empty name is refused at the field
            self._edit_name(key, new)
            return
        try:
            known = (self._services.directory.find_person(old) is not None
                     and self._services.directory.find_person(new) is None)
        except ServiceError as error:
            mark(self.name, _describe(error))
            self._name_typed_for = key  # leaving the field again tries again
            return
        choice = ask_about_new_name(self, old, new) if known else NameChange.SOMEONE_ELSE
        if choice is NameChange.CANCEL:
            mark(self.name, None)
            set_line(self.name, old, force=True)
        elif choice is NameChange.MISSPELT:
            self._edit_name(key, new, correct_from=old)
        else:
            self._edit_name(key, new)

    def _edit_name(self, key: str, name: str, correct_from: str = "") -> None:
        def rename(meeting: Meeting) -> Meeting:
            return edit_attendee(meeting, key, lambda a: replace(a, name=name))

        def correcting(edit: EditMeetingCommand) -> QUndoCommand:
            return CorrectNameCommand(self._services.directory, correct_from, name, edit,
                                      self.adders.say)

        error = self._change(self.tr("Rename attendee"), rename,
                             wrap=correcting if correct_from else None)
        mark(self.name, field_message(error) if error else None)

    def _toggle_present_of_current_row(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        # The same path as a click on the check box (approved minutes refuse it there).
        cell = self.model.index(row, AttendeeTableModel.COL_PRESENT)
        present = cell.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        self.model.setData(cell, Qt.CheckState.Unchecked if present else Qt.CheckState.Checked,
                           Qt.ItemDataRole.CheckStateRole)

    def _on_present_toggled(self, present: bool) -> None:
        changes: dict[str, Any] = {"present": present}
        if present:
            changes["absence_reason"] = ""  # the domain keeps reasons for the absent only
        self._edit_selected(**changes)
        self.reason.setEnabled(not present)

    def _edit(self, key: str | None, **changes: Any) -> Any:
        if key is None:
            return None
        if changes.get("present") is True:
            changes["absence_reason"] = ""
        merge = f"attendee.{key}.{'.'.join(sorted(changes))}"
        return self._change(self.tr("Edit attendee"),
                            lambda m: edit_attendee(m, key, lambda a: replace(a, **changes)),
                            merge)

    def _edit_selected(self, **changes: Any) -> None:
        error = self._edit(self.selected_key(), **changes)
        if "role" in changes:
            mark(self.role, field_message(error) if error else None)
        elif {"name", "group"} & changes.keys():
            mark(self.name, field_message(error) if error else None)

    def _remove_selected(self) -> None:
        key = self.selected_key()
        meeting = self._session.meeting
        if key is None or meeting is None:
            return
        row = self.model.row_of(key)
        attendees = remove_keyed(meeting.attendees, key)
        self._change(self.tr("Remove attendee"), lambda m: replace(m, attendees=attendees))
        if attendees:
            self.select(attendees[min(row, len(attendees) - 1)].key)
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete:
                self._remove_selected()
                return True
        return super().eventFilter(watched, event)


def _describe(error: BaseException) -> str:
    # Imported here: error_text reads the editor's field messages (a circular import).
    from minutes_app.ui.error_text import describe

    return describe(error)
