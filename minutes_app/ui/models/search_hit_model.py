"""Qt list model of full-text search hits (services.meetings.search)."""

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from minutes_app.services.views import SearchHit
from minutes_app.ui.models.meeting_table_model import display_date

_ROOT = QModelIndex()
AnyIndex = QModelIndex | QPersistentModelIndex


class SearchHitModel(QAbstractListModel):
    """One row per hit: "date · №N · title" over the matching passage."""

    HitRole = Qt.ItemDataRole.UserRole + 1  # the SearchHit

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.heading(hit)}\n{hit.passage}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.passage
        if role == self.HitRole:
            return hit
        return None

    @staticmethod
    def heading(hit: SearchHit) -> str:
        parts = [display_date(hit.date)]
        if hit.number:
            parts.append(QCoreApplication.translate("SearchHitModel", "No. %1").replace(
                "%1", hit.number))
        parts.append(hit.title)
        return " · ".join(parts)
