"""The left side of the window: the meeting list with its filter box, and the text search."""

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import Meeting
from minutes_app.services import ServiceError, Services
from minutes_app.services.views import MeetingSummary, SearchHit
from minutes_app.ui.error_text import describe
from minutes_app.ui.models.meeting_filter_proxy_model import MeetingFilterProxyModel
from minutes_app.ui.models.meeting_table_model import MeetingTableModel
from minutes_app.ui.models.search_hit_model import SearchHitModel

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size
SEARCH_DELAY_MS = 200  # search after the typing pauses, not on every keystroke


def summary_of(meeting: Meeting) -> MeetingSummary:
    assert meeting.id is not None
    return MeetingSummary(meeting.id, meeting.date, meeting.number, meeting.title,
                          meeting.body, meeting.status)


class MeetingListPanel(QWidget):
    """Meeting list (filter as you type, sortable, newest first) and full-text search hits.

    Signals:
        current_meeting_changed(object): the selected meeting's id, or None.
        search_failed(str): a one-line message when the search service fails.
    """

    current_meeting_changed = Signal(object)
    search_failed = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.model = MeetingTableModel(self)
        self.proxy = MeetingFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.hits = SearchHitModel(self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self._build()
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)
        self.search_edit.textChanged.connect(self._on_search_text_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.hits_view.activated.connect(self._on_hit_activated)

    def _build(self) -> None:
        self.filter_edit = QLineEdit(self, objectName="meetingFilterEdit", clearButtonEnabled=True)
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, body, number or date"))
        self.filter_edit.setAccessibleName(self.tr("Filter the meeting list"))
        self.table = QTableView(self, objectName="meetingTable")
        self.table.setAccessibleName(self.tr("Meetings"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MeetingTableModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MeetingTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (MeetingTableModel.COL_DATE, MeetingTableModel.COL_NUMBER,
                       MeetingTableModel.COL_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The body is long and repeats: a fixed share (the user may drag it), the title the rest.
        header.resizeSection(MeetingTableModel.COL_BODY, header.defaultSectionSize() * 5 // 4)
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("0000"))

        search_label = QLabel(self.tr("&Search in the text of all minutes:"), self)
        self.search_edit = QLineEdit(self, objectName="searchEdit", clearButtonEnabled=True)
        self.search_edit.setPlaceholderText(self.tr("Words from a title, decision, task, name…"))
        self.search_edit.setAccessibleName(self.tr("Search in the text of all minutes"))
        search_label.setBuddy(self.search_edit)
        self.hits_view = QListView(self, objectName="searchHitsList")
        self.hits_view.setAccessibleName(self.tr("Search results"))
        self.hits_view.setModel(self.hits)
        self.hits_view.setWordWrap(True)
        self.hits_view.setAlternatingRowColors(True)
        self.hits_view.setSpacing(2)
        self.hits_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hits_status = QLabel(self, objectName="searchStatusLabel")
        self.hits_status.setWordWrap(True)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.filter_edit)
        top_layout.addWidget(self.table)
        bottom = self._search_area = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (search_label, self.search_edit, self.hits_status, self.hits_view):
            bottom_layout.addWidget(widget)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self, objectName="listSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._show_hits(False)

    # --- the list -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the list again from the database, keeping the selection when possible."""
        keep = self.current_meeting_id()
        self.model.set_rows(self._services.meetings.list_meetings())
        if keep is not None and self.model.row_of(keep) is not None:
            self.select_meeting(keep)

    def current_meeting_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        summary = index.data(MeetingTableModel.SummaryRole) if index.isValid() else None
        return summary.id if isinstance(summary, MeetingSummary) else None

    def select_meeting(self, meeting_id: int) -> bool:
        """Make this meeting the current row (clearing a filter that hides it)."""
        row = self.model.row_of(meeting_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def upsert(self, meeting: Meeting) -> None:
        self.model.upsert(summary_of(meeting))

    def remove(self, meeting_id: int) -> None:
        self.model.remove(meeting_id)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = current.data(MeetingTableModel.SummaryRole) if current.isValid() else None
        self.current_meeting_changed.emit(
            summary.id if isinstance(summary, MeetingSummary) else None)

    # --- full-text search -----------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _on_search_text_changed(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self.hits.set_hits([])
            self._show_hits(False)

    def _run_search(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            return
        try:
            found = self._services.meetings.search(text)
        except ServiceError as error:
            self.search_failed.emit(describe(error))
            return
        self.hits.set_hits(found)
        self._show_hits(True)
        self.hits_status.setText(self.tr("Found in %n meeting(s).", "", len(found)) if found
                                 else self.tr("Nothing found."))

    def _show_hits(self, visible: bool) -> None:
        self.hits_view.setVisible(visible)
        self.hits_status.setVisible(visible)
        # Without hits the search area is just its box: the list takes the rest of the height.
        self._search_area.setMaximumHeight(
            QWIDGETSIZE_MAX if visible else self._search_area.sizeHint().height())
        total = sum(self.splitter.sizes())
        if visible and total and self.splitter.sizes()[1] < total * 0.3:
            self.splitter.setSizes([total * 6 // 10, total * 4 // 10])

    def _on_hit_activated(self, index: QModelIndex) -> None:
        hit = index.data(SearchHitModel.HitRole)
        if isinstance(hit, SearchHit):
            self.select_meeting(hit.meeting_id)
