"""The editor's models: attendees, agenda items, statements, decisions, tasks, lists of texts
(organisers, conclusions) and people.

Read-only views of domain snapshots; a check box ticked in a view or a row dragged to a new
place is reported by a signal, and the editor turns it into an undoable change of the meeting.
"""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Decision,
    Person,
    Statement,
    TextEntry,
)
from minutes_app.ui.editor.labels import (
    date_label,
    first_line,
    outcome_label,
    role_label,
    vote_label,
)
from minutes_app.ui.editor.snapshot_model import AnyIndex, SnapshotModel

_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole


def _check_state(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


def _is_checked(value: object) -> bool:
    state = value.value if isinstance(value, Qt.CheckState) else value
    return state == Qt.CheckState.Checked.value


class AttendeeTableModel(SnapshotModel):
    """Signals: present_toggled(str key, bool present) when the check box is clicked."""

    COL_NAME, COL_POSITION, COL_ROLE, COL_PRESENT, COL_REASON = range(5)
    COLUMNS = ("Name", "Position", "Role", "Present", "Absence reason")
    present_toggled = Signal(str, bool)

    def header(self, section: int) -> str:
        headers = (
            self.tr("Name"),
            self.tr("Position"),
            self.tr("Role"),
            self.tr("Present"),
            self.tr("Absence reason"),
        )
        return headers[section]

    def cell(self, row_number: int, row: Attendee, column: int, role: int) -> Any:
        if column == self.COL_PRESENT:
            if role == _CHECK:
                return _check_state(row.present)
            if role in (_TOOLTIP, _ACCESSIBLE):
                return self.tr("present") if row.present else self.tr("absent")
            return None
        if role not in (_DISPLAY, _TOOLTIP):
            return None
        if column == self.COL_NAME:
            if row.is_group:
                return self.tr("%1 (%2 people)").replace("%1", row.group).replace(
                    "%2", str(row.count)
                )
            return row.name
        if column == self.COL_POSITION:
            details = (row.position, row.organization, row.degree, row.rank)
            return ", ".join(part for part in details if part)
        if column == self.COL_ROLE:
            return role_label(row.role)
        return row.absence_reason

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_PRESENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != _CHECK or not index.isValid() or index.column() != self.COL_PRESENT:
            return False
        self.present_toggled.emit(self._rows[index.row()].key, _is_checked(value))
        return True


class AgendaListModel(SnapshotModel):
    """Agenda items in order, reorderable by drag and drop (QListView InternalMove).

    Signals: moved(str key, int target) after a row was moved to position `target`.
    """

    moved = Signal(str, int)
    NUMBERED = True

    def cell(self, row_number: int, row: AgendaItem, column: int, role: int) -> Any:
        if role == _DISPLAY:
            return f"{row_number + 1}. {first_line(row.title)}"
        if role == _TOOLTIP:
            return row.title + ("\n" + ", ".join(row.presenters) if row.presenters else "")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows, never onto one
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def moveRows(
        self,
        source_parent: AnyIndex,
        source_row: int,
        count: int,
        destination_parent: AnyIndex,
        destination_child: int,
    ) -> bool:
        """Move one row before `destination_child` (counted before the move), as Qt does."""
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        if not 0 <= source_row < len(self._rows) or not 0 <= destination_child <= len(self._rows):
            return False
        if destination_child in (source_row, source_row + 1):
            return False
        if not self.beginMoveRows(_ROOT, source_row, source_row, _ROOT, destination_child):
            return False
        rows = list(self._rows)
        moving = rows.pop(source_row)
        target = destination_child if destination_child < source_row else destination_child - 1
        rows.insert(target, moving)
        self._rows = tuple(rows)
        self.endMoveRows()
        low, high = min(source_row, target), max(source_row, target)
        self.dataChanged.emit(self.index(low, 0), self.index(high, 0))  # the numbers changed
        self.moved.emit(moving.key, target)
        return True


class StatementListModel(SnapshotModel):
    def cell(self, row_number: int, row: Statement, column: int, role: int) -> Any:
        if role == _TOOLTIP:
            return row.text
        if role != _DISPLAY:
            return None
        text = first_line(row.text) or self.tr("(no text yet)")
        return f"{row.speaker}: {text}" if row.speaker.strip() else text


class TextEntryListModel(SnapshotModel):
    """Texts in order (organisers, conclusions): the first line of each."""

    def cell(self, row_number: int, row: TextEntry, column: int, role: int) -> Any:
        if role == _TOOLTIP:
            return row.text
        if role != _DISPLAY:
            return None
        return first_line(row.text) or self.tr("(no text yet)")


class DecisionListModel(SnapshotModel):
    """Decisions numbered "item.decision" with their outcome, as the minutes number them."""

    NUMBERED = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._item_number = 1

    def set_item_number(self, number: int) -> None:
        if number != self._item_number:
            self._item_number = number
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def cell(self, row_number: int, row: Decision, column: int, role: int) -> Any:
        if role == _TOOLTIP:
            return row.text
        if role != _DISPLAY:
            return None
        return (
            f"{self._item_number}.{row_number + 1}. {first_line(row.text, 90)} — "
            f"{outcome_label(row.result)} ({vote_label(row.vote)})"
        )


class ActionTableModel(SnapshotModel):
    """Signals: done_toggled(str key, bool done) when the check box is clicked."""

    COL_TASK, COL_RESPONSIBLE, COL_DUE, COL_DONE = range(4)
    COLUMNS = ("Task", "Responsible", "Due", "Done")
    done_toggled = Signal(str, bool)

    def header(self, section: int) -> str:
        headers = (self.tr("Task"), self.tr("Responsible"), self.tr("Due"), self.tr("Done"))
        return headers[section]

    def cell(self, row_number: int, row: ActionItem, column: int, role: int) -> Any:
        if column == self.COL_DONE:
            if role == _CHECK:
                return _check_state(row.done)
            if role == _DISPLAY:  # beside the tick: the day it was done, when known
                return date_label(row.done_on) if row.done_on else None
            if role in (_TOOLTIP, _ACCESSIBLE):
                if row.done_on:
                    return self.tr("done on %1").replace("%1", date_label(row.done_on))
                return self.tr("done") if row.done else self.tr("open")
            return None
        if role not in (_DISPLAY, _TOOLTIP):
            return None
        if column == self.COL_TASK:
            return row.task if role == _TOOLTIP else first_line(row.task, 80)
        if column == self.COL_RESPONSIBLE:
            return ", ".join(row.responsible)
        return date_label(row.due) or self.tr("no date")

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != _CHECK or not index.isValid() or index.column() != self.COL_DONE:
            return False
        self.done_toggled.emit(self._rows[index.row()].key, _is_checked(value))
        return True


class PeopleListModel(QAbstractListModel):
    """People from the directory offered by the attendee finder's completer."""

    PersonRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: tuple[Person, ...] = ()

    @property
    def people(self) -> tuple[Person, ...]:
        return self._people

    def set_people(self, people: Sequence[Person]) -> None:
        self.beginResetModel()
        self._people = tuple(people)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role in (_DISPLAY, Qt.ItemDataRole.EditRole):
            details = ", ".join(part for part in (person.position, person.organization) if part)
            return f"{person.full_name} — {details}" if details else person.full_name
        if role == self.PersonRole:
            return person
        return None

