"""The "Attendees" section: chair and secretary, the quorum line, adding people and groups,
the attendee table and the form of the selected attendee."""

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import Attendee, Body, Meeting, Person, Role, fold, quorum_status
from minutes_app.services import Services
from minutes_app.ui.editor.attendee_adders import AttendeeAdders
from minutes_app.ui.editor.edits import appoint, edit_attendee, find, insert_at, remove_keyed
from minutes_app.ui.editor.labels import role_label
from minutes_app.ui.editor.messages import field_message
from minutes_app.ui.editor.models import AttendeeTableModel
from minutes_app.ui.editor.session import EditSession
from minutes_app.ui.editor.snapshot_model import KeyRole
from minutes_app.ui.editor.widgets import (
    MarkedField,
    mark,
    named,
    set_checked,
    set_line,
    take_clean_text,
)


class AttendeesPage(QWidget):
    def __init__(self, session: EditSession, services: Services,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._body: Body | None = None
        self._holders: dict[Role, tuple[tuple[str, str], ...]] = {}
        self._quorum_shown_for: tuple[object, ...] = ((), None, None)
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
            ((self.tr("&Chair:"), self.chair), (self.tr("&Secretary:"), self.secretary))
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
        self.role = named(QComboBox(box), "attendeeRoleCombo", self.tr("Role"))
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.present = named(QCheckBox(self.tr("Pr&esent"), box), "attendeePresentCheck",
                             self.tr("Present"))
        self.reason = named(QLineEdit(box), "absenceReasonEdit", self.tr("Absence reason"))
        self.remove = named(QPushButton(self.tr("Remo&ve from the list"), box),
                            "removeAttendeeButton", self.tr("Remove the attendee"))
        self._name_field = MarkedField(self.name, box)
        self._role_field = MarkedField(self.role, box)
        # Two label/field pairs a row, in reading order (which is also the tab order).
        grid = QGridLayout(box)
        cells = ((self.tr("Na&me:"), self._name_field, self.name),
                 (self.tr("&Head count:"), self.count, self.count),
                 (self.tr("&Position:"), self.position, self.position),
                 (self.tr("&Organisation:"), self.organization, self.organization),
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
        for field_name, edit in (("name", self.name), ("position", self.position),
                                 ("organization", self.organization),
                                 ("absence_reason", self.reason)):
            edit.textEdited.connect(lambda _t, f=field_name, e=edit: self._edit_text(f, e))
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
        self.quorum.setProperty("invalid", not status.reached)
        self.quorum.show()

    def _on_selection_changed(self) -> None:
        for field in (self.name, self.role):
            mark(field, None)
        self._show_selected(force=True)

    def _show_selected(self, force: bool = False) -> None:
        meeting = self._session.meeting
        attendee = find(meeting.attendees, self.selected_key()) if meeting else None
        self.form.setEnabled(attendee is not None)
        if attendee is None:
            return
        set_line(self.name, attendee.group or attendee.name, force)
        self.count.setEnabled(attendee.is_group)
        if self.count.value() != (attendee.count or 1):
            with QSignalBlocker(self.count):
                self.count.setValue(attendee.count or 1)
        set_line(self.position, attendee.position, force)
        set_line(self.organization, attendee.organization, force)
        if force or not self.role.property("invalid"):
            with QSignalBlocker(self.role):
                self.role.setCurrentIndex(self.role.findData(attendee.role.value))
        set_checked(self.present, attendee.present)
        self.reason.setEnabled(not attendee.present)
        set_line(self.reason, attendee.absence_reason, force)

    # -- editing ---------------------------------------------------------------------------
    def _change(self, text: str, change: Any, merge_key: str = "") -> Any:
        return self._session.change(text, change, merge_key)

    def _add_person(self, person: Person) -> None:
        meeting = self._session.meeting
        if meeting is None:
            return
        if any(fold(a.name) == fold(person.full_name) for a in meeting.attendees):
            self.adders.say(self.tr("%1 is already in the list.").replace("%1", person.full_name))
            return
        roster = self._roster()
        on_roster = not roster or fold(person.full_name) in {fold(name) for name in roster}
        attendee = Attendee(name=person.full_name, position=person.position,
                            organization=person.organization,
                            role=Role.MEMBER if on_roster else Role.INVITED)
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
