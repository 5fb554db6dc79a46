"""Base of the editor's models: rows are a tuple of domain snapshots that carry a `key`.

The models never change the meeting themselves. The editor hands them the new tuple after each
change with `set_rows()`, which tells the views as little as possible: the rows that differ
(typing in one field repaints one row), one inserted or removed row, or a reset otherwise.
"""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

_ROOT = QModelIndex()
AnyIndex = QModelIndex | QPersistentModelIndex

KeyRole = Qt.ItemDataRole.UserRole + 1  # the row's key (str)
SnapshotRole = Qt.ItemDataRole.UserRole + 2  # the row's snapshot


class SnapshotModel(QAbstractTableModel):
    """A flat table (one column is a list) over `tuple[snapshot, ...]`."""

    COLUMNS: tuple[str, ...] = ("",)
    # Rows that show their position ("2.", "1.3.") change text when a row is inserted above
    # them; views expect unchanged rows to keep their data across an insert, so such models
    # reset instead.
    NUMBERED = False

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()

    # -- our API ------------------------------------------------------------------------
    @property
    def rows(self) -> tuple[Any, ...]:
        return self._rows

    def row_of(self, key: str | None) -> int:
        return next((i for i, row in enumerate(self._rows) if row.key == key), -1)

    def snapshot(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_rows(self, rows: Sequence[Any]) -> None:
        rows = tuple(rows)
        old = self._rows
        if rows is old:
            return
        if [r.key for r in old] == [r.key for r in rows]:
            self._rows = rows
            self._announce_changed(old, rows)
        elif self.NUMBERED or not self._insert_or_remove_one(old, rows):
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    # -- Qt API -------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == KeyRole:
            return row.key
        if role == SnapshotRole:
            return row
        return self.cell(index.row(), row, index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.header(section)
        return super().headerData(section, orientation, role)

    # -- for subclasses -----------------------------------------------------------------
    def cell(self, row_number: int, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def header(self, section: int) -> str:
        return self.COLUMNS[section]

    # -- diffing ------------------------------------------------------------------------
    def _announce_changed(self, old: tuple[Any, ...], new: tuple[Any, ...]) -> None:
        last_column = max(len(self.COLUMNS) - 1, 0)
        for number, (before, after) in enumerate(zip(old, new, strict=True)):
            if before is not after and before != after:
                self.dataChanged.emit(self.index(number, 0), self.index(number, last_column))

    def _insert_or_remove_one(self, old: tuple[Any, ...], new: tuple[Any, ...]) -> bool:
        if abs(len(old) - len(new)) != 1:
            return False
        longer, shorter = (new, old) if len(new) > len(old) else (old, new)
        pairs = enumerate(zip(longer, shorter, strict=False))
        at = next((i for i, (a, b) in pairs if a.key != b.key), len(shorter))
        if [r.key for r in longer[:at] + longer[at + 1 :]] != [r.key for r in shorter]:
            return False
        if longer is new:
            self.beginInsertRows(_ROOT, at, at)
            self._rows = new
            self.endInsertRows()
        else:
            self.beginRemoveRows(_ROOT, at, at)
            self._rows = new
            self.endRemoveRows()
        self._announce_changed(old[:at], new[:at])
        return True
