"""Qt models of the People window: the directory, a filter over it, and one person's meetings
and tasks (services.directory.list_people / person_activity). Read-only rows; no queries here."""

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from minutes_app.domain import Person, fold
from minutes_app.services.views import PersonMeeting, PersonTask
from minutes_app.ui.editor.labels import date_label, role_label
from minutes_app.ui.models.word_filter import WordFilterProxyModel

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
RowRole = Qt.ItemDataRole.UserRole + 1  # the row's own object (Person, PersonMeeting, ...)
FilterTextRole = Qt.ItemDataRole.UserRole + 2  # the folded text the filter looks in

R = TypeVar("R")


class _RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of one kind, one per line; subclasses give the headers and the cells."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[R, ...] = ()

    @property
    def rows(self) -> tuple[R, ...]:
        return self._rows

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, row: R, column: int) -> str:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == RowRole:
            return row
        if role in (_DISPLAY, _TOOLTIP):
            return self.cell(row, index.column())
        if role == FilterTextRole:
            return fold(" ".join(self.cell(row, c) for c in range(self.columnCount())))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return str(section + 1)


class PeopleTableModel(_RowsModel[Person]):
    """The people of the directory, as the service lists them (by surname)."""

    COL_SURNAME, COL_GIVEN_NAME, COL_PATRONYMIC, COL_POSITION, COL_ORGANIZATION = range(5)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Surname"), self.tr("Given name"), self.tr("Patronymic"),
                self.tr("Position"), self.tr("Organisation"))

    def cell(self, row: Person, column: int) -> str:
        return (row.surname, row.given_name, row.patronymic, row.position,
                row.organization)[column]

    def replace_person(self, person: Person) -> None:
        """Show the saved version of one person in its row (no reset: the view keeps its
        selection, which matters while the selection itself is changing)."""
        row = self.row_of(person.id)
        if row >= 0:
            self._rows = (*self._rows[:row], person, *self._rows[row + 1:])
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, person_id: int | None) -> int:
        """The row of the person with this id, or -1."""
        return next((i for i, p in enumerate(self._rows) if p.id == person_id), -1)


class PeopleFilterProxyModel(WordFilterProxyModel):
    """Keeps the people in whose name, position or organisation every typed word appears
    (any part of a word, any letter case, ё as е)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(FilterTextRole, parent)


class PersonMeetingsModel(_RowsModel[PersonMeeting]):
    """The meetings a person is listed at, newest first."""

    COL_DATE, COL_NUMBER, COL_TITLE, COL_ROLE, COL_PRESENT = range(5)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("No."), self.tr("Title"), self.tr("Role"),
                self.tr("Present"))

    def cell(self, row: PersonMeeting, column: int) -> str:
        if column == self.COL_DATE:
            return date_label(row.date)
        if column == self.COL_NUMBER:
            return row.number
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_ROLE:
            return role_label(row.role)
        return self.tr("present") if row.present else self.tr("absent")


class PersonTasksModel(_RowsModel[PersonTask]):
    """The tasks a person is responsible for, newest meeting first."""

    COL_TASK, COL_MEETING, COL_DUE, COL_DONE = range(4)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Task"), self.tr("Meeting"), self.tr("Due"), self.tr("Done"))

    def cell(self, row: PersonTask, column: int) -> str:
        if column == self.COL_TASK:
            return row.task
        if column == self.COL_MEETING:
            number = f"№ {row.number}, " if row.number else ""
            return number + date_label(row.meeting_date)
        if column == self.COL_DUE:
            return date_label(row.due) or self.tr("no date")
        return self.tr("done") if row.done else self.tr("open")
