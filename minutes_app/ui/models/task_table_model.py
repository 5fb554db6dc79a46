"""Qt models of the task register (Directory → Tasks…): one row per task of any meeting
(services.tasks.list_tasks), and a proxy that sorts by the column the user clicks.

The rows come filtered and ordered by the service (by due date); the proxy only re-sorts them.
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
        self._rows: list[TaskRow] = []
        self._today = date.today()

    @property
    def rows(self) -> tuple[TaskRow, ...]:
        return tuple(self._rows)

    def set_rows(self, rows: Sequence[TaskRow], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def replace_row(self, row: TaskRow) -> int:
        """Show `row` in place of the same task (meeting and key); its row number, -1 if
        the task is not listed."""
        for number, shown in enumerate(self._rows):
            if (shown.meeting_id, shown.task_key) == (row.meeting_id, row.task_key):
                self._rows[number] = row
                self.dataChanged.emit(self.index(number, 0),
                                      self.index(number, self.columnCount() - 1))
                return number
        return -1

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
    """Sorts by SortRole; Qt's sort is stable, so equal keys keep the service's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)  # a row marked done stays where the user sees it
