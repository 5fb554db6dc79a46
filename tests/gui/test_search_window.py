"""The window's search results (issue 10): the matched words in bold, the filters under the
search box, and a hit opening its meeting at the matching agenda item."""

from dataclasses import replace
from datetime import date

import pytest
from gui_samples import council_meeting
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem

from minutes_app.domain import AgendaItem, Statement, Status
from minutes_app.services.views import SearchHit
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.models.search_hit_model import SearchHitModel, marked_html


@pytest.fixture
def window(qtbot, services, settings):
    police = AgendaItem("О работе участковых инспекторов полиции",
                        heard=(Statement("Доложил о встречах с жителями.", "Сидоров Пётр Ильич"),))
    services.meetings.create(council_meeting("1", date(2025, 1, 20)))
    ethics = council_meeting("2", date(2026, 2, 17), body="Комиссия по этике",
                             title="заседания комиссии")
    services.meetings.create(replace(ethics, agenda=(ethics.agenda[0], police),
                                     status=Status.APPROVED))
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _type(widget: QLineEdit, text: str) -> None:
    for ch in text:  # QTest.keyClicks aborts on non-ASCII in PySide6
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def _bold_words(view, row: int) -> list[str]:
    """The words the delegate sets in bold, read from the document it paints."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    index = view.model().index(row, 0)
    document = view.itemDelegate().document(option, index)
    bold = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().fontWeight() >= 700:
                bold.append(fragment.text())
            iterator += 1
        block = block.next()
    return bold


def _search(window, qtbot, text: str, rows: int) -> SearchHitModel:
    panel = window.list_panel
    panel.search_edit.setFocus()
    _type(panel.search_edit, text)
    qtbot.waitUntil(lambda: panel.hits_view.isVisible() and panel.hits.rowCount() == rows,
                    timeout=3000)
    return panel.hits


def test_typed_words_find_other_forms_shown_in_bold(window, qtbot):
    hits = _search(window, qtbot, "полиция", 1)
    assert _bold_words(window.list_panel.hits_view, 0) == ["полиции"]
    assert "item 2" in hits.index(0, 0).data()


def test_the_passage_is_escaped_before_the_marks():
    hit = SearchHit(1, date(2026, 1, 1), "1", "t", "<b>x</b> & полиции", None, ((11, 7),))
    assert marked_html(hit) == "&lt;b&gt;x&lt;/b&gt; &amp; <b>полиции</b>"


def _numbers(panel) -> list[str]:
    hits = panel.hits
    return [hits.index(row, 0).data(SearchHitModel.HitRole).number
            for row in range(hits.rowCount())]


def test_the_filters_narrow_the_hits(window, qtbot):
    panel = window.list_panel

    def shows(numbers: list[str]) -> None:
        qtbot.waitUntil(lambda: _numbers(panel) == numbers, timeout=3000)

    _search(window, qtbot, "несовершеннолетних", 2)
    assert not panel.filters_box.isVisible()
    panel.filters_button.click()
    assert panel.filters_box.isVisible()
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("approved"))
    shows(["2"])
    assert panel.filters_button.text() == "Filters (on)"
    panel.status_combo.setCurrentIndex(0)
    shows(["2", "1"])
    panel.date_to_edit.setDate(QDate(2025, 12, 31))
    shows(["1"])
    panel.date_to_edit.setDate(QDate(1900, 1, 1))  # "—": no limit
    shows(["2", "1"])
    assert panel.body_combo.findData("Комиссия по этике") > 0
    panel.body_combo.setCurrentIndex(panel.body_combo.findData("Комиссия по этике"))
    shows(["2"])
    panel.body_combo.setCurrentIndex(0)
    shows(["2", "1"])
    _type(panel.person_edit, "Никто")
    shows([])
    qtbot.waitUntil(lambda: panel.hits_status.text() == "Nothing found.", timeout=3000)


def test_opening_a_hit_shows_the_agenda_at_its_item(window, qtbot):
    hits = _search(window, qtbot, "участковых", 1)
    view = window.list_panel.hits_view
    view.setFocus()
    view.setCurrentIndex(hits.index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_Return)
    editor = window.editor
    meeting = editor.current_meeting()
    assert meeting is not None and meeting.number == "2"
    assert editor.tabs.currentWidget() is editor.agenda
    assert editor.agenda.selected_key() == meeting.agenda[1].key


def test_opening_a_hit_in_the_head_opens_its_meeting(window, qtbot):
    hits = _search(window, qtbot, "комиссии", 1)
    assert hits.index(0, 0).data(SearchHitModel.HitRole).item is None
    window.list_panel.hits_view.activated.emit(hits.index(0, 0))
    assert window.editor.current_meeting().number == "2"
