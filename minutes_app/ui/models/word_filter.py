"""Filter-as-you-type: keep the rows whose folded text holds every typed word."""

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from minutes_app.domain import fold

AnyIndex = QModelIndex | QPersistentModelIndex


class WordFilterProxyModel(QSortFilterProxyModel):
    """Keeps the rows in whose `filter_role` text (already folded by the source model) every
    typed word appears, as any part of a word: case- and ё-insensitive in any script."""

    def __init__(self, filter_role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter_role = filter_role
        self._words: list[str] = []

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), self._filter_role)
        return isinstance(haystack, str) and all(word in haystack for word in self._words)
