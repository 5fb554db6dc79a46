"""The meeting list's model and its filter/sort proxy, with plain snapshots (no database)."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from minutes_app.domain import Status
from minutes_app.services.views import MeetingSummary
from minutes_app.ui.models.meeting_filter_proxy_model import MeetingFilterProxyModel
from minutes_app.ui.models.meeting_table_model import MeetingTableModel

ROWS = [
    MeetingSummary(1, date(2026, 3, 15), "3", "Заседание общественного совета",
                   "Общественный совет", Status.DRAFT),
    MeetingSummary(2, date(2025, 12, 1), "10", "Семинар для НПО", "Комиссия по этике",
                   Status.APPROVED),
    MeetingSummary(3, date(2026, 1, 9), "2", "Қоғамдық кеңес отырысы", "Қоғамдық кеңес",
                   Status.DRAFT),
    MeetingSummary(4, date(2026, 1, 9), "1", "Annual board meeting", "Board", Status.DRAFT),
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
    proxy.sort(MeetingTableModel.COL_DATE, Qt.SortOrder.DescendingOrder)
    return proxy


def column(proxy: MeetingFilterProxyModel, col: int) -> list[str]:
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def ids(proxy: MeetingFilterProxyModel) -> list[int]:
    return [proxy.index(r, 0).data(MeetingTableModel.SummaryRole).id
            for r in range(proxy.rowCount())]


def test_model_satisfies_qt_contract(qtmodeltester, model):
    qtmodeltester.check(model)


def test_proxy_satisfies_qt_contract(qtmodeltester, proxy):
    proxy.set_filter_text("совет")
    qtmodeltester.check(proxy)


def test_columns_show_date_number_title_body_and_translated_status(model):
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Date", "No.", "Title", "Body", "Status"]
    row = [model.index(1, c).data() for c in range(5)]
    assert row == ["01/12/2025", "10", "Семинар для НПО", "Комиссия по этике", "Approved"]


def test_newest_first_by_date_and_on_one_day_the_later_number_first(proxy):
    assert ids(proxy) == [1, 3, 4, 2]


def test_sort_by_number_is_numeric_not_alphabetical(proxy):
    proxy.sort(MeetingTableModel.COL_NUMBER, Qt.SortOrder.AscendingOrder)
    assert column(proxy, MeetingTableModel.COL_NUMBER) == ["1", "2", "3", "10"]


def test_sort_by_date_ascending_compares_dates_not_text(proxy):
    proxy.sort(MeetingTableModel.COL_DATE, Qt.SortOrder.AscendingOrder)
    assert ids(proxy) == [2, 4, 3, 1]


@pytest.mark.parametrize("typed", ["ЗАСЕД", "засед", "ЗаСеД", "заседание общ"])
def test_filter_finds_cyrillic_in_any_case(proxy, typed):
    proxy.set_filter_text(typed)
    assert ids(proxy) == [1]


def test_filter_matches_kazakh_letters_in_any_case(proxy):
    proxy.set_filter_text("ҚОҒАМДЫҚ")
    assert ids(proxy) == [3]


def test_filter_matches_body_number_and_date(proxy):
    proxy.set_filter_text("этике")
    assert ids(proxy) == [2]
    proxy.set_filter_text("09.01.2026")
    assert ids(proxy) == [3, 4]
    proxy.set_filter_text("2026-03")
    assert ids(proxy) == [1]


def test_filter_narrows_as_more_is_typed_and_widens_when_cleared(proxy):
    counts = []
    for typed in ("с", "се", "сем", "семинар"):
        proxy.set_filter_text(typed)
        counts.append(proxy.rowCount())
    assert counts[-1] == 1
    assert counts == sorted(counts, reverse=True)
    proxy.set_filter_text("")
    assert proxy.rowCount() == 4


def test_upsert_updates_an_existing_row_and_adds_a_new_one(model, proxy):
    model.upsert(MeetingSummary(2, date(2025, 12, 1), "10", "Семинар (изменён)",
                                "Комиссия по этике", Status.APPROVED))
    model.upsert(MeetingSummary(9, date(2027, 1, 1), "1", "Новое", "Совет", Status.DRAFT))
    assert model.rowCount() == 5
    changed = model.row_of(2)
    assert changed is not None
    assert model.index(changed, MeetingTableModel.COL_TITLE).data() == "Семинар (изменён)"
    assert ids(proxy)[0] == 9  # still newest first after the insert
    model.remove(9)
    assert model.row_of(9) is None and model.rowCount() == 4


def test_plain_tuples_from_the_services_sort_show_and_filter_like_summaries(proxy):
    plain = MeetingTableModel()
    plain.set_rows([tuple(row) for row in ROWS])  # what MeetingService.list_rows gives
    plain_proxy = MeetingFilterProxyModel()
    plain_proxy.setSourceModel(plain)
    plain_proxy.sort(MeetingTableModel.COL_DATE, Qt.SortOrder.DescendingOrder)
    assert ids(plain_proxy) == ids(proxy) == [1, 3, 4, 2]
    for col in range(5):
        assert column(plain_proxy, col) == column(proxy, col)
    summary = plain_proxy.index(3, 0).data(MeetingTableModel.SummaryRole)
    assert isinstance(summary, MeetingSummary) and summary == ROWS[1]
    assert plain.summary_at(plain.row_of(2)).status is Status.APPROVED
    plain_proxy.set_filter_text("01.12.2025")
    assert ids(plain_proxy) == [2]
