"""Qt table model of the meeting list: one MeetingSummary per row."""

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from minutes_app.domain import Status, fold
from minutes_app.services.views import MeetingSummary

_ROOT = QModelIndex()  # avoids a call in default arguments (ruff B008)
AnyIndex = QModelIndex | QPersistentModelIndex

_STATUS_LABELS = {
    Status.DRAFT: QT_TRANSLATE_NOOP("MeetingTableModel", "Draft"),
    Status.APPROVED: QT_TRANSLATE_NOOP("MeetingTableModel", "Approved"),
}


def display_date(day: date) -> str:
    """A date the way the interface language writes it (QLocale's short format, but always
    with four year digits: in minutes "15.03.26" could be any century)."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def approved_icon() -> QIcon:
    """A tick: the mark of approved minutes in the list."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)


class MeetingTableModel(QAbstractTableModel):
    """Read-only rows; changes come from the services through set_rows/upsert/remove."""

    COL_DATE, COL_NUMBER, COL_TITLE, COL_BODY, COL_STATUS = range(5)
    SummaryRole = Qt.ItemDataRole.UserRole + 1  # the MeetingSummary (survives proxies)
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
        self._rows: list[MeetingSummary] = []
        self._filter_texts: list[str] = []

    # --- changes --------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[MeetingSummary]) -> None:
        """Replace all rows (after list_meetings)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._filter_texts = [self._filter_text(row) for row in self._rows]
        self.endResetModel()

    def upsert(self, summary: MeetingSummary) -> None:
        """Update the row of this meeting, or add it when it is new."""
        row = self.row_of(summary.id)
        if row is None:
            end = len(self._rows)
            self.beginInsertRows(_ROOT, end, end)
            self._rows.append(summary)
            self._filter_texts.append(self._filter_text(summary))
            self.endInsertRows()
            return
        self._rows[row] = summary
        self._filter_texts[row] = self._filter_text(summary)
        last = self.index(row, self.columnCount() - 1)
        self.dataChanged.emit(self.index(row, 0), last)

    def remove(self, meeting_id: int) -> None:
        row = self.row_of(meeting_id)
        if row is None:
            return
        self.beginRemoveRows(_ROOT, row, row)
        del self._rows[row]
        del self._filter_texts[row]
        self.endRemoveRows()

    def row_of(self, meeting_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == meeting_id), None)

    def summary_at(self, row: int) -> MeetingSummary:
        return self._rows[row]

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
                and row.status is Status.APPROVED):
            return approved_icon()  # approved minutes stand out: they are read-only
        if role == self.SummaryRole:
            return row
        if role == self.FilterTextRole:
            return self._filter_texts[index.row()]
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
    def _display(self, row: MeetingSummary, column: int) -> str:
        if column == self.COL_DATE:
            return display_date(row.date)
        if column == self.COL_NUMBER:
            return row.number
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_BODY:
            return row.body
        return self.tr(_STATUS_LABELS[row.status])

    @staticmethod
    def _filter_text(row: MeetingSummary) -> str:
        # Dates in the forms people type: 15.03.2026, 2026-03-15 and the interface's own form.
        dates = (f"{row.date:%d.%m.%Y}", row.date.isoformat(), display_date(row.date))
        return fold("\n".join((row.title, row.body, row.number, *dates)))
