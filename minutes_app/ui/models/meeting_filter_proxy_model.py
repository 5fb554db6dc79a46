"""Filter-as-you-type over MeetingTableModel, which sorts itself on raw values."""

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from minutes_app.ui.models.meeting_table_model import MeetingTableModel
from minutes_app.ui.models.word_filter import WordFilterProxyModel

AnyIndex = QModelIndex | QPersistentModelIndex


class MeetingFilterProxyModel(WordFilterProxyModel):
    """Keeps the rows whose title, body, number or date contain every typed word.

    Matching is case- and ё-insensitive in any script (domain.text.fold on both sides).
    Sorting is the source model's (raw values: dates as dates, numbers as numbers, see
    meeting_table_model.sort_key): this proxy keeps the source's order, so Qt never calls
    Python to compare two rows. Which rows match is worked out for all rows in one Python
    pass per typed text (and again when the rows change), not one model lookup per row.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(MeetingTableModel.FilterTextRole, parent)
        self._matches: list[bool] = []
        self._matches_revision = -1  # the source's revision _matches was made for
        # The source as Python knows it: asking Qt for it (sourceModel) in filterAcceptsRow,
        # called for each of 10,000 rows a key, cost a wrapper lookup a row.
        self._table: MeetingTableModel | None = None

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        super().setSourceModel(model)
        self._table = model if isinstance(model, MeetingTableModel) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, MeetingTableModel):
            model.sort(column, order)

    def set_filter_text(self, text: str) -> None:
        self._matches_revision = -1
        super().set_filter_text(text)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        table = self._table
        if table is None:
            return super().filterAcceptsRow(source_row, source_parent)
        if self._matches_revision != table.revision:
            words = self._words
            self._matches = [all(word in text for word in words)
                             for text in table.filter_texts()]
            self._matches_revision = table.revision
        return self._matches[source_row]
