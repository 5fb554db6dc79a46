"""Qt table model of the meeting list: one plain tuple per row (services.views.SummaryRow).

The model keeps its rows in the order shown and sorts them itself (`sort`), on keys made once
per row in Python: a Python `lessThan` called by Qt's proxy cost 73,000 calls at 10,000
meetings. The filter box's folded text is made for all rows in one pass, when first needed.
The rows are the tuples the services read, kept as they are (issue 11: at 10,000 meetings an
object per row made at start costs time and memory): display strings are made in `data()`,
for the rows shown, and a MeetingSummary only for a row asked about (SummaryRole).
"""

import heapq
import re
from collections.abc import Callable, Iterable
from datetime import date
from functools import lru_cache
from itertools import pairwise

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from minutes_app.domain import Status, fold
from minutes_app.services.views import MeetingSummary, SummaryRow

_ROOT = QModelIndex()  # avoids a call in default arguments (ruff B008)
AnyIndex = QModelIndex | QPersistentModelIndex
_LEADING_NUMBER = re.compile(r"\s*(\d+)")
_NUMBERS_TO_FIT = 200  # a decade of minutes has a few hundred different numbers
# The fields of a row (MeetingSummary's order).
ID, DATE, NUMBER, TITLE, BODY, STATUS = range(6)

_STATUS_LABELS = {
    Status.DRAFT: QT_TRANSLATE_NOOP("MeetingTableModel", "Draft"),
    Status.APPROVED: QT_TRANSLATE_NOOP("MeetingTableModel", "Approved"),
}


def display_date(day: date) -> str:
    """A date the way the interface language writes it (QLocale's short format, but always
    with four year digits: in minutes "15.03.26" could be any century)."""
    return date_writer()(day)


def date_writer() -> Callable[[date], str]:
    """display_date with the locale and its pattern looked up once (for many dates)."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return lambda day: locale.toString(QDate(day.year, day.month, day.day), pattern)


@lru_cache(maxsize=4096)  # a decade of minutes repeats the same few hundred numbers
def number_key(number: str) -> tuple[int, str]:
    """Protocol numbers sort by their leading whole number: 2 before 10, "12-п" after 12."""
    match = _LEADING_NUMBER.match(number)
    return (int(match.group(1)) if match else -1, fold(number))


def sort_key(row: SummaryRow, column: int) -> tuple[object, ...]:
    """What the list sorts by in `column`: raw values (dates as dates, numbers as numbers,
    text folded), each key ending with the date, number and id so that equal cells keep one
    stable order."""
    tail = (row[DATE], number_key(row[NUMBER]), row[ID])
    if column == MeetingTableModel.COL_TITLE:
        return (fold(row[TITLE]), *tail)
    if column == MeetingTableModel.COL_BODY:
        return (fold(row[BODY]), *tail)
    if column == MeetingTableModel.COL_STATUS:
        return (row[STATUS].value, *tail)
    if column == MeetingTableModel.COL_NUMBER:
        return (number_key(row[NUMBER]), row[DATE], row[ID])
    return tail


def approved_icon() -> QIcon:
    """A tick: the mark of approved minutes in the list."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)


class MeetingTableModel(QAbstractTableModel):
    """Read-only rows; changes come from the services through set_rows/upsert/remove."""

    COL_DATE, COL_NUMBER, COL_TITLE, COL_BODY, COL_STATUS = range(5)
    SummaryRole = Qt.ItemDataRole.UserRole + 1  # a MeetingSummary (survives proxies)
    FilterTextRole = Qt.ItemDataRole.UserRole + 2  # folded text the filter box searches
    _HEADERS = (
        QT_TRANSLATE_NOOP("MeetingTableModel", "Date"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "No."),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Title"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Body"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Status"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SummaryRow] = []
        # Folded filter text by meeting id, made for every row at the first filtering.
        self._filter_texts: dict[int, str] = {}
        # Sort keys by column, then by meeting id: made once per row, kept across sorts.
        self._sort_keys: dict[int, dict[int, tuple[object, ...]]] = {}
        self._sort_column = -1  # -1: the order the rows were given in
        self._sort_order = Qt.SortOrder.AscendingOrder
        # Counts every change of the rows or their order (the proxy's filter cache checks it).
        self.revision = 0
        # A changed row that must move is moved a moment later, not inside the signal that
        # changed it (see upsert).
        self._resort = QTimer(self, singleShot=True, interval=0)
        self._resort.timeout.connect(self._sort_again)

    # --- changes --------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[SummaryRow]) -> None:
        """Replace all rows (MeetingService.list_rows, or MeetingSummary), in the current sort
        order."""
        self.beginResetModel()
        self._filter_texts, self._sort_keys = {}, {}
        self._rows = self._sorted(rows)
        self.revision += 1
        self.endResetModel()

    def upsert(self, summary: MeetingSummary) -> None:
        """Update the row of this meeting, or add it in its sorted place when it is new.

        A changed row whose place changes (a new date or title) moves as soon as control
        returns to the event loop: a move is a layout change, after which Qt's proxy drops
        its mapping, and upsert is called while the selection is changing (saving the meeting
        left), when the model indexes of that change are still in use."""
        row = self.row_of(summary[ID])
        self._forget(summary[ID])
        self.revision += 1
        if row is None:
            place = self._place_of(summary)
            self.beginInsertRows(_ROOT, place, place)
            self._rows.insert(place, summary)
            self.endInsertRows()
            return
        self._rows[row] = summary
        last = self.index(row, self.columnCount() - 1)
        self.dataChanged.emit(self.index(row, 0), last)
        if not self._in_order_at(row):
            self._resort.start()

    def remove(self, meeting_id: int) -> None:
        row = self.row_of(meeting_id)
        if row is None:
            return
        self.beginRemoveRows(_ROOT, row, row)
        del self._rows[row]
        self._forget(meeting_id)
        self.revision += 1
        self.endRemoveRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Put the rows in the order of `column` (see sort_key); the views and proxies keep
        their selection through Qt's layout change."""
        if (column, order) == (self._sort_column, self._sort_order):
            return  # already in that order (QTableView.sortByColumn asks twice)
        self._sort_column, self._sort_order = column, order
        self._sort_again()

    def _place_of(self, summary: SummaryRow) -> int:
        """Where a new row goes: before the first row that sorts after it."""
        if self._sort_column < 0:
            return len(self._rows)
        key = self._key(summary)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        for place, row in enumerate(self._rows):
            if (self._key(row) < key) if descending else (key < self._key(row)):
                return place
        return len(self._rows)

    def _in_order_at(self, row: int) -> bool:
        """Whether the row sorts between its neighbours."""
        if self._sort_column < 0:
            return True
        keys = [self._key(self._rows[n]) for n in range(max(row - 1, 0),
                                                       min(row + 2, len(self._rows)))]
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            keys.reverse()
        return all(a < b for a, b in pairwise(keys))

    def _key(self, row: SummaryRow) -> tuple[object, ...]:
        keys = self._sort_keys.setdefault(self._sort_column, {})
        if row[ID] not in keys:
            keys[row[ID]] = sort_key(row, self._sort_column)
        return keys[row[ID]]

    def _sort_again(self) -> None:
        self._resort.stop()
        if self._sort_column < 0 or len(self._rows) < 2:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()  # taken after the proxies stored theirs
        old_ids = [self._rows[index.row()][ID] for index in before]
        self._rows = self._sorted(self._rows)
        self.revision += 1
        if before:
            new_row = {row[ID]: number for number, row in enumerate(self._rows)}
            self.changePersistentIndexList(before, [
                self.index(new_row[meeting_id], index.column())
                for meeting_id, index in zip(old_ids, before, strict=True)])
        self.layoutChanged.emit()

    def _sorted(self, rows: Iterable[SummaryRow]) -> list[SummaryRow]:
        rows = list(rows)
        if self._sort_column < 0:
            return rows
        column = self._sort_column
        keys = self._sort_keys.setdefault(column, {})
        keys.update((row[ID], sort_key(row, column)) for row in rows if row[ID] not in keys)
        row_keys = [keys[row[ID]] for row in rows]
        order = sorted(range(len(rows)), key=row_keys.__getitem__,
                       reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return [rows[number] for number in order]

    def _forget(self, meeting_id: int) -> None:
        """Drop what was made from this meeting's old summary (filter text, sort keys)."""
        self._filter_texts.pop(meeting_id, None)
        for keys in self._sort_keys.values():
            keys.pop(meeting_id, None)

    def row_of(self, meeting_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row[ID] == meeting_id), None)

    def summary_at(self, row: int) -> MeetingSummary:
        return MeetingSummary._make(self._rows[row])

    def filter_texts(self) -> list[str]:
        """The folded text the filter box searches, of every row in order (made in one pass
        the first time, then kept until the rows change)."""
        missing = [row for row in self._rows if row[ID] not in self._filter_texts]
        if missing:
            write_date = date_writer()
            forms: dict[date, str] = {}  # a decade has a few thousand days: each made once
            for row in missing:
                if row[DATE] not in forms:
                    forms[row[DATE]] = _date_forms(row[DATE], write_date)
                self._filter_texts[row[ID]] = _filter_text(row, forms[row[DATE]])
        texts = self._filter_texts
        return [texts[row[ID]] for row in self._rows]

    def texts_to_fit(self, column: int, rows: range | None = None) -> list[str]:
        """The widest texts the date, number or status column can show, to size it by (the
        list does, instead of Qt reading rows through data() after every sort and filter).
        Dates differ only in their digits: the 10th and 28th of every month. The statuses are
        their labels. The numbers are the rows' own (`rows`: of these rows only), the 200
        longest of them."""
        if column == self.COL_DATE:
            write_date = date_writer()
            return [write_date(date(2000, month, day)) for month in range(1, 13)
                    for day in (10, 28)]
        if column == self.COL_STATUS:
            return [self.tr(label) for label in _STATUS_LABELS.values()]
        if column == self.COL_NUMBER:
            chosen = self._rows if rows is None else (self._rows[row] for row in rows)
            return heapq.nlargest(_NUMBERS_TO_FIT, {row[NUMBER] for row in chosen}, key=len)
        raise ValueError(f"column {column} is not sized to its texts")

    # --- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, index.column())
        if (role == Qt.ItemDataRole.DecorationRole and index.column() == self.COL_STATUS
                and row[STATUS] is Status.APPROVED):
            return approved_icon()  # approved minutes stand out: they are read-only
        if role == self.SummaryRole:
            return MeetingSummary._make(row)
        if role == self.FilterTextRole:
            return _filter_text(row, _date_forms(row[DATE], display_date))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._HEADERS)
        ):
            return self.tr(self._HEADERS[section])
        return None

    # --- helpers -------------------------------------------------------------------------------
    def _display(self, row: SummaryRow, column: int) -> str:
        if column == self.COL_DATE:
            return display_date(row[DATE])
        if column == self.COL_NUMBER:
            return row[NUMBER]
        if column == self.COL_TITLE:
            return row[TITLE]
        if column == self.COL_BODY:
            return row[BODY]
        return self.tr(_STATUS_LABELS[row[STATUS]])


def _date_forms(day: date, write_date: Callable[[date], str]) -> str:
    """The date in the forms people type: 15.03.2026, 2026-03-15 and the interface's own."""
    return fold(f"{day.day:02}.{day.month:02}.{day.year}\n{day.isoformat()}\n{write_date(day)}")


def _filter_text(row: SummaryRow, date_forms: str) -> str:
    return fold("\n".join((row[TITLE], row[BODY], row[NUMBER]))) + "\n" + date_forms
