"""Qt models of the task register (Directory → Tasks…): one row per task of any meeting
(services.tasks.list_tasks), sorted by the column the user clicks.

The rows come filtered and ordered by the service (by due date). The model sorts them itself,
on a key made once per row (sort_key): a QSortFilterProxyModel sorting by a role asked Python
for two keys per comparison, 2.8 million calls and 22 s for the 150,000 tasks of a very busy
decade. The proxy in front only hands the view's sort to the model.
An overdue row is marked twice: its status says "overdue" and the row takes a warning colour,
so that it stands out without relying on colour alone.
"""

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from minutes_app.domain import fold
from minutes_app.services.tasks import TaskRow
from minutes_app.ui.editor.labels import date_label

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
RowRole = Qt.ItemDataRole.UserRole + 1  # the row's TaskRow
SortRole = Qt.ItemDataRole.UserRole + 2  # a text that sorts as the column should
OverdueRole = Qt.ItemDataRole.UserRole + 3  # True on an overdue task's cells

# Dark red on light red: readable on a light and on a dark palette alike, since both are set.
OVERDUE_TEXT = QColor("#8b0000")
OVERDUE_BACKGROUND = QColor("#fde2e1")
_NO_DATE = "9999-12-31"  # a task with no due date sorts after every dated one


class TaskTableModel(QAbstractTableModel):
    """Read-only rows of TaskRow; `today` decides which are overdue."""

    COL_DUE, COL_STATUS, COL_RESPONSIBLE, COL_TASK, COL_MEETING, COL_NOTE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._given: list[TaskRow] = []  # in the service's order, which equal keys keep
        self._rows: list[TaskRow] = []  # as shown
        self._today = date.today()
        self._sort_column = -1  # -1: the service's order
        self._sort_order = Qt.SortOrder.AscendingOrder

    @property
    def rows(self) -> tuple[TaskRow, ...]:
        return tuple(self._rows)

    def set_rows(self, rows: Sequence[TaskRow], today: date) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._today = today
        self._rows = self._sorted()
        self.endResetModel()

    def replace_row(self, row: TaskRow) -> int:
        """Show `row` in place of the same task (meeting and key), where it is (a task marked
        done does not jump away from the user); its row number, -1 if it is not listed."""
        task = (row.meeting_id, row.task_key)
        for number, given in enumerate(self._given):
            if (given.meeting_id, given.task_key) == task:
                self._given[number] = row
                break
        for number, shown in enumerate(self._rows):
            if (shown.meeting_id, shown.task_key) == task:
                self._rows[number] = row
                self.dataChanged.emit(self.index(number, 0),
                                      self.index(number, self.columnCount() - 1))
                return number
        return -1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The rows in the order of `column` (sort_key), equal keys in the service's order;
        the view keeps its selection through Qt's layout change."""
        if (column, order) == (self._sort_column, self._sort_order):
            return  # already so (the view asks again as sorting is turned on)
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()  # taken after the proxy stored its own
        tasks = [self._task_at(index.row()) for index in before]
        self._rows = self._sorted()
        if before:
            row_of = {(row.meeting_id, row.task_key): number
                      for number, row in enumerate(self._rows)}
            self.changePersistentIndexList(before, [
                self.index(row_of[task], index.column()) if task in row_of else QModelIndex()
                for task, index in zip(tasks, before, strict=True)])
        self.layoutChanged.emit()

    def _sorted(self) -> list[TaskRow]:
        if self._sort_column < 0:
            return list(self._given)
        column = self._sort_column
        keys = [self.sort_key(row, column) for row in self._given]  # one per row
        order = sorted(range(len(keys)), key=keys.__getitem__,
                       reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return [self._given[number] for number in order]

    def _task_at(self, number: int) -> tuple[int, str] | None:
        if not 0 <= number < len(self._rows):
            return None
        return self._rows[number].meeting_id, self._rows[number].task_key

    def overdue_count(self) -> int:
        return sum(row.overdue(self._today) for row in self._rows)

    # -- the table ------------------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Due"), self.tr("Status"), self.tr("Responsible"), self.tr("Task"),
                self.tr("Meeting"), self.tr("Note"))

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        overdue = row.overdue(self._today)
        if role in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, column)
        if role == RowRole:
            return row
        if role == SortRole:
            return self.sort_key(row, column)
        if role == OverdueRole:
            return overdue
        if overdue and role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE_TEXT
        if overdue and role == Qt.ItemDataRole.BackgroundRole:
            return OVERDUE_BACKGROUND
        if overdue and role == Qt.ItemDataRole.FontRole and column == self.COL_STATUS:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def cell(self, row: TaskRow, column: int) -> str:
        if column == self.COL_DUE:
            return date_label(row.due) or self.tr("no date")
        if column == self.COL_STATUS:
            return self.status(row)
        if column == self.COL_RESPONSIBLE:
            return ", ".join(row.responsible)
        if column == self.COL_TASK:
            return row.task
        if column == self.COL_MEETING:
            return self.meeting_label(row)
        return row.done_note

    def status(self, row: TaskRow) -> str:
        if row.done:
            if row.done_on is None:
                return self.tr("done")
            return self.tr("done %1").replace("%1", date_label(row.done_on))
        return self.tr("overdue") if row.overdue(self._today) else self.tr("open")

    def meeting_label(self, row: TaskRow) -> str:
        """«22.11.2019, № 7» (the number when it has one)."""
        day = date_label(row.meeting_date)
        return self.tr("%1, № %2").replace("%1", day).replace("%2", row.meeting_number) \
            if row.meeting_number else day

    def sort_key(self, row: TaskRow, column: int) -> str:
        due = row.due.isoformat() if row.due else _NO_DATE
        if column == self.COL_DUE:
            return due
        if column == self.COL_STATUS:
            # Overdue first, then open, then done (the most recently done last); by due date.
            rank = "2" + (row.done_on.isoformat() if row.done_on else "") if row.done else (
                "0" if row.overdue(self._today) else "1")
            return f"{rank} {due}"
        if column == self.COL_MEETING:
            return f"{row.meeting_date.isoformat()} {row.meeting_number.zfill(8)}"
        return fold(self.cell(row, column))


class TaskSortProxyModel(QSortFilterProxyModel):
    """Hands the view's sort to TaskTableModel, which sorts on keys made once per row: Qt
    never asks Python to compare two rows. (It keeps the model's order otherwise.)"""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)  # a row marked done stays where the user sees it

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, TaskTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)
