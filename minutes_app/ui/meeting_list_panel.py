"""The left side of the window: the meeting list with its filter box, and the text search
with its filters (dates, body, person, status) and hits that show why they matched."""

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import Meeting, Status
from minutes_app.services import ServiceError, Services
from minutes_app.services.views import MeetingSummary, SearchFilter, SearchHit
from minutes_app.ui.error_text import describe
from minutes_app.ui.models.meeting_filter_proxy_model import MeetingFilterProxyModel
from minutes_app.ui.models.meeting_table_model import MeetingTableModel
from minutes_app.ui.models.search_hit_model import SearchHitDelegate, SearchHitModel

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size
SEARCH_DELAY_MS = 200  # search after the typing pauses, not on every keystroke
# Columns as wide as the widest text they can hold, measured from those texts (the model's
# texts_to_fit) when the rows are read, and widened for a meeting saved with a longer number.
# Qt's ResizeToContents read 100 rows of each through data(), eight roles a cell, again at
# every layout, sort and filter: at 10,000 meetings 60 ms of the window's first paint (issue 11).
FITTED_COLUMNS = (MeetingTableModel.COL_DATE, MeetingTableModel.COL_NUMBER,
                  MeetingTableModel.COL_STATUS)
# Entering the filter box by these makes the rows' filter texts (the window's own focus at
# start does not: the list of 10,000 meetings is shown first).
USER_FOCUS = (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.TabFocusReason,
              Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason)
NO_DATE = QDate(1900, 1, 1)  # a date box at its minimum shows "—": no limit


def summary_of(meeting: Meeting) -> MeetingSummary:
    assert meeting.id is not None
    return MeetingSummary(meeting.id, meeting.date, meeting.number, meeting.title,
                          meeting.body, meeting.status)


class MeetingListPanel(QWidget):
    """Meeting list (filter as you type, sortable, newest first) and full-text search hits.

    Signals:
        current_meeting_changed(object): the selected meeting's id, or None.
        search_failed(str): a one-line message when the search service fails.
        hit_opened(int, object): a search hit was opened (Enter, double-click): its meeting
            is selected; the agenda item (1-based) to show, or None for the meeting's head.
    """

    current_meeting_changed = Signal(object)
    search_failed = Signal(str)
    hit_opened = Signal(int, object)

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
        self.filter_edit.installEventFilter(self)
        self.search_edit.textChanged.connect(self._on_search_text_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.modelReset.connect(self._fit_columns)
        self.model.rowsInserted.connect(
            lambda _parent, first, last: self._widen_for_rows(first, last))
        self.model.dataChanged.connect(
            lambda top, bottom: self._widen_for_rows(top.row(), bottom.row()))
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
        self._fix_fitted_columns()
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
        self.hits_view.setItemDelegate(SearchHitDelegate(self.hits_view))
        self.hits_view.setResizeMode(QListView.ResizeMode.Adjust)  # wrap again on a resize
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
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit)
        search_row.addWidget(self._build_filters_toggle())
        bottom_layout.addWidget(search_label)
        bottom_layout.addLayout(search_row)
        bottom_layout.addWidget(self._build_filters())
        for widget in (self.hits_status, self.hits_view):
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

    def _build_filters_toggle(self) -> QToolButton:
        self.filters_button = QToolButton(self, objectName="searchFiltersButton", checkable=True)
        self.filters_button.setText(self.tr("Filters"))
        self.filters_button.setToolTip(self.tr("Search only in some meetings: dates, body, "
                                               "person, status"))
        self.filters_button.toggled.connect(self._on_filters_toggled)
        return self.filters_button

    def _build_filters(self) -> QWidget:
        """The filters under the search box, hidden until "Filters" is pressed (a filter set
        stays in force while hidden: the button then says so)."""
        box = self.filters_box = QWidget(self, objectName="searchFilters")
        self.date_from_edit = self._date_edit("searchDateFrom", self.tr("Meetings from"))
        self.date_to_edit = self._date_edit("searchDateTo", self.tr("Meetings to"))
        self.body_combo = QComboBox(box, objectName="searchBodyCombo")
        self.body_combo.setAccessibleName(self.tr("Body"))
        self.body_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.body_combo.setMinimumContentsLength(12)
        self.person_edit = QLineEdit(box, objectName="searchPersonEdit", clearButtonEnabled=True)
        self.person_edit.setPlaceholderText(self.tr("Attendee or responsible"))
        self.person_edit.setAccessibleName(self.tr("Person"))
        self.status_combo = QComboBox(box, objectName="searchStatusCombo")
        self.status_combo.setAccessibleName(self.tr("Status"))
        for text, status in ((self.tr("Any status"), ""), (self.tr("Draft"), Status.DRAFT.value),
                             (self.tr("Approved"), Status.APPROVED.value)):
            self.status_combo.addItem(text, status)  # a str: Qt keeps no Python enum
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("From"), box), 0, 0)
        grid.addWidget(self.date_from_edit, 0, 1)
        grid.addWidget(QLabel(self.tr("to"), box), 0, 2)
        grid.addWidget(self.date_to_edit, 0, 3)
        grid.addWidget(QLabel(self.tr("Body"), box), 1, 0)
        grid.addWidget(self.body_combo, 1, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Person"), box), 2, 0)
        grid.addWidget(self.person_edit, 2, 1)
        grid.addWidget(self.status_combo, 2, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for edit in (self.date_from_edit, self.date_to_edit):
            edit.dateChanged.connect(self._on_filter_changed)
        self.body_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.status_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.person_edit.textChanged.connect(self._on_filter_changed)
        box.hide()
        return box

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(self, objectName=name, calendarPopup=True)
        edit.setAccessibleName(accessible)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(NO_DATE)
        return edit

    def search_filter(self) -> SearchFilter:
        """The filters as set in the boxes."""
        status = str(self.status_combo.currentData() or "")
        return SearchFilter(_day(self.date_from_edit), _day(self.date_to_edit),
                            str(self.body_combo.currentData() or ""), self.person_edit.text(),
                            Status(status) if status else None)

    def _on_filters_toggled(self, shown: bool) -> None:
        if shown:
            self._fill_bodies()
        self.filters_box.setVisible(shown)
        self._show_hits(self.hits_view.isVisible())

    def _fill_bodies(self) -> None:
        """The directory's bodies (read again each time the filters open: one may be new)."""
        chosen = self.body_combo.currentData()
        self.body_combo.blockSignals(True)
        self.body_combo.clear()
        self.body_combo.addItem(self.tr("Any body"), "")
        for body in self._services.directory.list_bodies():
            self.body_combo.addItem(body.name, body.name)
        self.body_combo.setCurrentIndex(max(self.body_combo.findData(chosen), 0))
        self.body_combo.blockSignals(False)

    def _on_filter_changed(self) -> None:
        active = self.search_filter() != SearchFilter()
        self.filters_button.setText(self.tr("Filters (on)") if active else self.tr("Filters"))
        if self.search_edit.text().strip():
            self._search_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        # A header state saved by an older version brings Qt's ResizeToContents back with it.
        self._fix_fitted_columns()
        self._fit_columns()
        super().showEvent(event)

    # --- the fitted columns -----------------------------------------------------------------
    def _fix_fitted_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in FITTED_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)

    def _fit_columns(self) -> None:
        """Each fitted column as wide as the widest text it can show (all rows read)."""
        header = self.table.horizontalHeader()
        for column in FITTED_COLUMNS:
            header.resizeSection(column, self._fitted_width(column))

    def _widen_for_rows(self, first: int, last: int) -> None:
        """Rows added or changed: their number may be wider than the column."""
        header = self.table.horizontalHeader()
        column = MeetingTableModel.COL_NUMBER
        width = self._fitted_width(column, range(first, last + 1))
        if width > header.sectionSize(column):
            header.resizeSection(column, width)

    def _fitted_width(self, column: int, rows: range | None = None) -> int:
        """The width that shows each of the column's texts whole, as Qt's item delegate draws
        them: the text, a margin either side, the grid line; a status also has its icon. (The
        delegate lays the text out, which may round up a pixel: two to spare.)"""
        style, table = self.table.style(), self.table
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
        metrics = table.fontMetrics()
        widest = max((metrics.horizontalAdvance(text)
                      for text in self.model.texts_to_fit(column, rows)), default=0)
        width = widest + margin + 1 + 2
        if column == MeetingTableModel.COL_STATUS:  # the approved minutes' tick
            width += style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table) + margin
        return max(width, table.horizontalHeader().sectionSizeHint(column))

    def make_filter_texts_soon(self) -> None:
        """The rows' filter texts made at the next turn of the event loop: for the start, once
        its window is ready. At 10,000 meetings they take 25-35 ms; the start does not wait
        for them, and the first key typed into the box (which has the focus when the window
        opens) no longer makes them (bench_list: it took 57 ms, every other key under 20)."""
        QTimer.singleShot(0, self.model.filter_texts)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.filter_edit and isinstance(event, QFocusEvent)
                and event.type() == QEvent.Type.FocusIn and event.reason() in USER_FOCUS):
            self.model.filter_texts()  # made as the box is entered, not at the first key
        return super().eventFilter(watched, event)

    # --- the list -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the list again from the database, keeping the selection when possible."""
        keep = self.current_meeting_id()
        with _collector_paused():
            self.model.set_rows(self._services.meetings.list_rows())
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
            found = self._services.meetings.search(text, filters=self.search_filter())
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
        if isinstance(hit, SearchHit) and self.select_meeting(hit.meeting_id):
            self.hit_opened.emit(hit.meeting_id, hit.item)


def _day(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else edit.date().toPython()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Reading 10,000 meetings makes some 100,000 objects, all of them kept: Python's cycle
    collector would walk every object of the program several times over meanwhile (a third
    of the list's loading time) and find nothing to free."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
