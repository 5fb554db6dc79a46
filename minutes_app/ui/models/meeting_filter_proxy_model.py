"""Filter-as-you-type and raw-value sorting over MeetingTableModel."""

import re

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex

from minutes_app.domain import fold
from minutes_app.services.views import MeetingSummary
from minutes_app.ui.models.meeting_table_model import MeetingTableModel
from minutes_app.ui.models.word_filter import WordFilterProxyModel

AnyIndex = QModelIndex | QPersistentModelIndex
_LEADING_NUMBER = re.compile(r"\s*(\d+)")


def number_key(number: str) -> tuple[int, str]:
    """Protocol numbers sort by their leading whole number: 2 before 10, "12-п" after 12."""
    match = _LEADING_NUMBER.match(number)
    return (int(match.group(1)) if match else -1, fold(number))


class MeetingFilterProxyModel(WordFilterProxyModel):
    """Keeps the rows whose title, body, number or date contain every typed word.

    Matching is case- and ё-insensitive in any script (domain.text.fold on both sides);
    sorting compares raw values (dates as dates, numbers as numbers), not display text.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(MeetingTableModel.FilterTextRole, parent)

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
