"""Filter-as-you-type and raw-value sorting over MeetingTableModel."""

import re

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from minutes_app.domain import fold
from minutes_app.services.views import MeetingSummary
from minutes_app.ui.models.meeting_table_model import MeetingTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
_LEADING_NUMBER = re.compile(r"\s*(\d+)")


def number_key(number: str) -> tuple[int, str]:
    """Protocol numbers sort by their leading whole number: 2 before 10, "12-п" after 12."""
    match = _LEADING_NUMBER.match(number)
    return (int(match.group(1)) if match else -1, fold(number))


class MeetingFilterProxyModel(QSortFilterProxyModel):
    """Keeps the rows whose title, body, number or date contain every typed word.

    Matching is case- and ё-insensitive in any script (domain.text.fold on both sides);
    sorting compares raw values (dates as dates, numbers as numbers), not display text.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent),
                              MeetingTableModel.FilterTextRole)
        return isinstance(haystack, str) and all(word in haystack for word in self._words)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a = left.data(MeetingTableModel.SummaryRole)
        b = right.data(MeetingTableModel.SummaryRole)
        if not isinstance(a, MeetingSummary) or not isinstance(b, MeetingSummary):
            return False
        return self._sort_key(a, left.column()) < self._sort_key(b, left.column())

    @staticmethod
    def _sort_key(row: MeetingSummary, column: int) -> tuple[object, ...]:
        # Every key ends with the date, number and id so that equal cells keep a stable order.
        tail = (row.date, number_key(row.number), row.id)
        if column == MeetingTableModel.COL_TITLE:
            return (fold(row.title), *tail)
        if column == MeetingTableModel.COL_BODY:
            return (fold(row.body), *tail)
        if column == MeetingTableModel.COL_STATUS:
            return (row.status.value, *tail)
        if column == MeetingTableModel.COL_NUMBER:
            return (number_key(row.number), row.date, row.id)
        return tail
