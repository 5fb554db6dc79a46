"""Qt list models of directory entries shown by name (organisations; bodies build on it)."""

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from minutes_app.domain import Organization

_ROOT = QModelIndex()
AnyIndex = QModelIndex | QPersistentModelIndex


class _Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def id(self) -> int | None: ...


E = TypeVar("E", bound=_Named)


class NamedListModel(QAbstractListModel, Generic[E]):
    """Read-only rows, one entry each, shown by its name; EntryRole gives the entry."""

    EntryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[E] = []

    def set_entries(self, entries: Sequence[E]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[E]:
        return list(self._entries)

    def entry(self, row: int) -> E | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: int | None) -> int:
        """The row of the entry with this id, or -1."""
        if entry_id is None:
            return -1
        return next((row for row, e in enumerate(self._entries) if e.id == entry_id), -1)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return entry.name
        if role == self.EntryRole:
            return entry
        return None


class OrganizationListModel(NamedListModel[Organization]):
    """The organisations of the directory, as `services.directory.list_organizations` gives
    them."""
