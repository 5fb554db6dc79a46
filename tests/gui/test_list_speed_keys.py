"""The meeting list sorts on keys made once per row and filters on texts made in one pass
(issue 11): the orders and matches stay those of the old per-comparison rules, the selection
survives a sort, and a changed or new meeting is sorted and filtered like the others."""

import gc
from datetime import date

import pytest
from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from minutes_app.domain import Status
from minutes_app.services.views import MeetingSummary
from minutes_app.ui.meeting_list_panel import FITTED_COLUMNS, MeetingListPanel
from minutes_app.ui.models import meeting_table_model
from minutes_app.ui.models.meeting_filter_proxy_model import MeetingFilterProxyModel
from minutes_app.ui.models.meeting_table_model import MeetingTableModel

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
ROWS = [
    MeetingSummary(1, date(2026, 3, 15), "12-п", "Бюджет", "Совет", Status.DRAFT),
    MeetingSummary(2, date(2026, 3, 15), "12", "бюджет", "совет", Status.APPROVED),
    MeetingSummary(3, date(2025, 1, 9), "2", "Ёлка", "Комиссия", Status.DRAFT),
    MeetingSummary(4, date(2025, 1, 9), "10", "Аудит", "Комиссия", Status.APPROVED),
    MeetingSummary(5, date(2024, 6, 1), "без номера", "Елка", "Совет", Status.DRAFT),
]


@pytest.fixture
def model() -> MeetingTableModel:
    model = MeetingTableModel()
    model.set_rows(ROWS)
    return model


@pytest.fixture
def proxy(model: MeetingTableModel) -> MeetingFilterProxyModel:
    proxy = MeetingFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(MeetingTableModel.COL_DATE, DESC)
    return proxy


def ids(proxy: MeetingFilterProxyModel) -> list[int]:
    return [proxy.index(r, 0).data(MeetingTableModel.SummaryRole).id
            for r in range(proxy.rowCount())]


@pytest.mark.parametrize(("column", "order", "expected"), [
    # Newest first; on one day the larger number first ("12-п" after 12 ascending).
    (MeetingTableModel.COL_DATE, DESC, [1, 2, 4, 3, 5]),
    (MeetingTableModel.COL_DATE, ASC, [5, 3, 4, 2, 1]),
    # By the leading whole number: none (-1) first, 2 before 10, 12 before "12-п".
    (MeetingTableModel.COL_NUMBER, ASC, [5, 3, 4, 2, 1]),
    (MeetingTableModel.COL_NUMBER, DESC, [1, 2, 4, 3, 5]),
    # Folded titles (case and ё): equal ones by date, then number, then id.
    (MeetingTableModel.COL_TITLE, ASC, [4, 2, 1, 5, 3]),
    (MeetingTableModel.COL_TITLE, DESC, [3, 5, 1, 2, 4]),
    (MeetingTableModel.COL_BODY, ASC, [3, 4, 5, 2, 1]),
    (MeetingTableModel.COL_STATUS, ASC, [4, 2, 5, 3, 1]),
])
def test_every_column_sorts_by_its_raw_value_with_a_stable_tail(proxy, column, order,
                                                                expected):
    proxy.sort(column, order)
    assert ids(proxy) == expected


def test_sort_keys_are_made_once_per_row_not_per_comparison(model, proxy, monkeypatch):
    made: list[int] = []
    real = meeting_table_model.sort_key
    monkeypatch.setattr(meeting_table_model, "sort_key",
                        lambda row, column: made.append(row[0]) or real(row, column))
    for order in (ASC, DESC, ASC, DESC):
        proxy.sort(MeetingTableModel.COL_TITLE, order)
    assert sorted(made) == [1, 2, 3, 4, 5]
    assert ids(proxy) == [3, 5, 1, 2, 4]


def test_a_changed_meeting_gets_a_new_key_and_moves_once_the_change_is_over(model, proxy,
                                                                           qtbot):
    proxy.sort(MeetingTableModel.COL_TITLE, ASC)
    model.upsert(MeetingSummary(3, date(2025, 1, 9), "2", "Акт", "Комиссия", Status.DRAFT))
    assert ids(proxy) == [4, 2, 1, 5, 3]  # still in place while the change is under way
    qtbot.waitUntil(lambda: ids(proxy) == [3, 4, 2, 1, 5])
    model.upsert(MeetingSummary(1, date(2026, 3, 15), "12-п", "Бюджет (2)", "Совет",
                                Status.DRAFT))  # still after «бюджет»: nothing to move
    assert ids(proxy) == [3, 4, 2, 1, 5]


@pytest.mark.parametrize(("order", "expected"), [
    (ASC, [8, 4, 2, 1, 5, 3, 9]), (DESC, [9, 3, 5, 1, 2, 4, 8])])
def test_a_new_meeting_is_put_in_its_sorted_place_at_once(model, proxy, order, expected):
    proxy.sort(MeetingTableModel.COL_TITLE, order)
    model.upsert(MeetingSummary(9, date(2027, 1, 1), "1", "Яблоко", "Совет", Status.DRAFT))
    model.upsert(MeetingSummary(8, date(2027, 1, 1), "2", "Акт", "Совет", Status.DRAFT))
    assert ids(proxy) == expected


def test_the_selection_stays_on_its_meeting_through_a_sort(model, proxy, qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
             | QItemSelectionModel.SelectionFlag.Rows)
    view.selectionModel().setCurrentIndex(proxy.index(ids(proxy).index(4), 0), flags)
    for column in range(model.columnCount()):
        for order in (ASC, DESC):
            proxy.sort(column, order)
            current = view.selectionModel().currentIndex()
            assert current.data(MeetingTableModel.SummaryRole).id == 4
            assert current.row() == ids(proxy).index(4)


def test_filter_texts_match_the_filter_role_and_are_made_once(model, monkeypatch):
    texts = model.filter_texts()
    assert texts == [model.index(r, 0).data(MeetingTableModel.FilterTextRole)
                     for r in range(model.rowCount())]
    assert "15.03.2026" in texts[0] and "2026-03-15" in texts[0] and "елка" in texts[4]
    monkeypatch.setattr(meeting_table_model, "_filter_text",
                        lambda *_: pytest.fail("the texts were made again"))
    assert model.filter_texts() == texts


def test_the_filter_follows_a_changed_a_new_and_a_removed_meeting(model, proxy):
    proxy.set_filter_text("ЕЛКА")
    assert ids(proxy) == [3, 5]
    model.upsert(MeetingSummary(3, date(2025, 1, 9), "2", "Аудит", "Комиссия", Status.DRAFT))
    assert ids(proxy) == [5]
    model.upsert(MeetingSummary(9, date(2027, 1, 1), "1", "ёлка у акимата", "Совет",
                                Status.DRAFT))
    assert ids(proxy) == [9, 5]
    model.remove(5)
    assert ids(proxy) == [9]
    proxy.set_filter_text("")
    assert sorted(ids(proxy)) == [1, 2, 3, 4, 9]


def assert_fitted(panel: MeetingListPanel) -> None:
    """Each date, number and status shows whole (Qt's delegate measures every row), in a
    column no wider than it needs."""
    for column in FITTED_COLUMNS:
        needed = panel.table.sizeHintForColumn(column)
        assert needed <= panel.table.columnWidth(column) <= needed + 12, column


def test_dates_numbers_and_statuses_show_whole_and_follow_a_longer_number(qtbot, services):
    panel = MeetingListPanel(services)
    qtbot.addWidget(panel)
    panel.model.set_rows(ROWS)
    panel.show()
    assert_fitted(panel)
    header = panel.table.horizontalHeader()
    assert all(header.sectionResizeMode(column) == QHeaderView.ResizeMode.Fixed
               for column in FITTED_COLUMNS)  # never measured again by Qt, row by row
    panel.model.upsert(MeetingSummary(9, date(2027, 1, 1), "123/2027-п (внеочередное)",
                                      "Заседание", "Совет", Status.APPROVED))
    assert_fitted(panel)
    panel.model.upsert(MeetingSummary(2, date(2026, 3, 15), "1234567890/2026-п", "бюджет",
                                      "совет", Status.APPROVED))  # a changed one, longer
    assert panel.table.sizeHintForColumn(MeetingTableModel.COL_NUMBER) <= \
        panel.table.columnWidth(MeetingTableModel.COL_NUMBER)


def test_an_older_header_state_does_not_bring_back_sizing_by_the_rows(qtbot, services):
    """Versions before this one saved the three columns as ResizeToContents: Qt read 1,000
    rows of them at every sort and filter."""
    panel = MeetingListPanel(services)
    qtbot.addWidget(panel)
    panel.model.set_rows(ROWS)
    older = QTableView()
    qtbot.addWidget(older)
    older.setModel(MeetingTableModel())
    for column in FITTED_COLUMNS:
        older.horizontalHeader().setSectionResizeMode(
            column, QHeaderView.ResizeMode.ResizeToContents)
    saved: QByteArray = older.horizontalHeader().saveState()
    header = panel.table.horizontalHeader()
    header.restoreState(saved)
    assert header.sectionResizeMode(MeetingTableModel.COL_DATE) == \
        QHeaderView.ResizeMode.ResizeToContents
    panel.show()
    assert [header.sectionResizeMode(column) for column in FITTED_COLUMNS] == \
        [QHeaderView.ResizeMode.Fixed] * 3
    assert_fitted(panel)


@pytest.mark.parametrize(("reason", "made"), [
    (Qt.FocusReason.MouseFocusReason, True), (Qt.FocusReason.ShortcutFocusReason, True),
    (Qt.FocusReason.TabFocusReason, True), (Qt.FocusReason.ActiveWindowFocusReason, False),
])
def test_entering_the_filter_box_makes_the_filter_texts_but_the_start_does_not(
        qtbot, services, monkeypatch, reason, made):
    panel = MeetingListPanel(services)
    qtbot.addWidget(panel)
    asked: list[bool] = []
    monkeypatch.setattr(panel.model, "filter_texts", lambda: asked.append(True) or [])
    QApplication.sendEvent(panel.filter_edit, QFocusEvent(QEvent.Type.FocusIn, reason))
    assert asked == ([True] if made else [])


def test_loading_the_list_pauses_the_cycle_collector_and_always_restarts_it(
        qtbot, services, monkeypatch):
    panel = MeetingListPanel(services)
    qtbot.addWidget(panel)
    seen: list[bool] = []
    real = services.meetings.list_rows
    monkeypatch.setattr(services.meetings, "list_rows",
                        lambda: seen.append(gc.isenabled()) or real())
    panel.reload()
    assert seen == [False] and gc.isenabled()

    def failing() -> list[MeetingSummary]:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(services.meetings, "list_rows", failing)
    with pytest.raises(RuntimeError):
        panel.reload()
    assert gc.isenabled()
