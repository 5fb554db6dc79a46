"""Qt list model of full-text search hits (services.meetings.search), and the delegate that
shows each with its matched words in bold."""

import html
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from minutes_app.services.views import SearchHit
from minutes_app.ui.models.meeting_table_model import display_date

_ROOT = QModelIndex()
AnyIndex = QModelIndex | QPersistentModelIndex


class SearchHitModel(QAbstractListModel):
    """One row per hit: "date · №N · title" over the matching passage."""

    HitRole = Qt.ItemDataRole.UserRole + 1  # the SearchHit
    HtmlRole = Qt.ItemDataRole.UserRole + 2  # heading and passage as rich text, matches in bold

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
        if role == Qt.ItemDataRole.DisplayRole:  # what a screen reader says
            return f"{self.heading(hit)}\n{hit.passage}"
        if role == self.HtmlRole:
            return f"{html.escape(self.heading(hit))}<br>{marked_html(hit)}"
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
        if hit.item is not None:
            parts.append(QCoreApplication.translate("SearchHitModel", "item %1").replace(
                "%1", str(hit.item)))
        return " · ".join(parts)


def marked_html(hit: SearchHit) -> str:
    """The passage as rich text: every piece escaped, the matched words in bold."""
    pieces, done = [], 0
    for start, length in sorted(hit.spans):
        if start < done:  # spans never overlap; a broken one is shown plain
            continue
        pieces.append(html.escape(hit.passage[done:start]))
        pieces.append("<b>" + html.escape(hit.passage[start:start + length]) + "</b>")
        done = start + length
    pieces.append(html.escape(hit.passage[done:]))
    return "".join(pieces)


class SearchHitDelegate(QStyledItemDelegate):
    """Paints a hit's rich text (SearchHitModel.HtmlRole), wrapped to the view's width, over
    the item's usual background (alternating rows, selection)."""

    MARGIN = 4

    def document(self, option: QStyleOptionViewItem, index: AnyIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(self.MARGIN)
        document.setHtml(str(index.data(SearchHitModel.HtmlRole) or ""))
        document.setTextWidth(self._width(option))
        return document

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget  # the list: wrap to its visible width, not the item's last rect
        viewport = getattr(view, "viewport", None)
        width = viewport().width() if viewport is not None else option.rect.width()
        return max(width - 2 * self.MARGIN, 80)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self.document(options, index)
        options.text = ""  # the background and selection only: the text is the document's
        style = options.widget.style() if options.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(role))
        painter.save()
        painter.translate(options.rect.topLeft())
        painter.setClipRect(options.rect.translated(-options.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self.document(options, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))
