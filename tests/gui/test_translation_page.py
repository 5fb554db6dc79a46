"""The editor's Translation section: a second language for every text of a meeting, typed in
place through the table, undoable, saved like any typing, found again after reopening."""

from dataclasses import replace

import test_editor_support as support
from gui_samples import council_meeting
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from test_editor_support import press, type_text

from minutes_app.domain import (
    MAX_TEXT_LENGTH,
    AgendaItem,
    Language,
    Meeting,
    Statement,
    TextEntry,
    text_refs,
    translation_of,
    with_translation,
)
from minutes_app.ui.editor.widgets import PlainTextEdit
from minutes_app.ui.models.translation_model import (
    TranslationTableModel,
    UntranslatedFilter,
    text_place,
)

editor = support.editor
undo_stack = support.undo_stack
KEY = Qt.Key
KAZAKH_TITLE = "Құқық бұзушылықтың алдын алу туралы кеңес отырысы"
KAZAKH_HEARD = "Тоқсандағы жұмыс туралы баяндады."


def seminar() -> Meeting:
    """The council meeting with a seminar's parts: organisers, a proposal, conclusions."""
    meeting = council_meeting()
    item = replace(meeting.agenda[0], proposals=(Statement("Провести семинар в школах."),),
                   conclusions=(TextEntry("Работа ведётся системно."),))
    return replace(meeting, organizers=(TextEntry("Общественный совет МВД"),),
                   agenda=(item, AgendaItem("Разное")),
                   conclusions=(TextEntry("Участники отметили важность темы."),))


def stored(services, meeting: Meeting | None = None) -> Meeting:
    return services.meetings.create(meeting or seminar())


def open_tab(ed, meeting: Meeting):
    assert ed.open_meeting(meeting.id)
    ed.tabs.setCurrentWidget(ed.translation)
    return ed.translation


def row_of(page, place: str) -> int:
    """The row (in the view) whose "Where" says `place`."""
    proxy = page.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data() == place:
            return row
    raise AssertionError(f"no row {place!r} in {visible_places(page)}")


def visible_places(page) -> list[str]:
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


def type_translation(page, place: str, text: str) -> None:
    """Select the cell, press F2, type, and finish as a user does (Enter in a line, Ctrl+Enter
    in a multi-line editor)."""
    index = page.proxy.index(row_of(page, place), TranslationTableModel.COL_TRANSLATION)
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    press(page.table, KEY.Key_F2)
    editor = open_editor(page)
    assert editor is not None, "no editor opened"
    type_text(editor, text)
    if isinstance(editor, PlainTextEdit):
        press(editor, KEY.Key_Return, Qt.KeyboardModifier.ControlModifier)
    else:
        press(editor, KEY.Key_Return)
    QApplication.processEvents()  # Qt ends a line edit's editing in a queued call


def open_editor(page) -> QLineEdit | PlainTextEdit | None:
    """The cell editor open now (a closed one lingers, hidden, until Qt deletes it)."""
    viewport = page.table.viewport()
    editors = [*viewport.findChildren(PlainTextEdit, "translationTextEditor"),
               *viewport.findChildren(QLineEdit, "translationLineEditor")]
    return next((e for e in editors if e.isVisible()), None)


def translation_cell(page, place: str) -> str:
    return page.proxy.index(row_of(page, place), TranslationTableModel.COL_TRANSLATION).data(
        Qt.ItemDataRole.EditRole)


# -- the model -----------------------------------------------------------------------------
def test_the_model_keeps_the_qt_contract(qtmodeltester):
    model = TranslationTableModel()
    qtmodeltester.check(model)  # empty
    meeting = with_translation(seminar(), "title", "kk", KAZAKH_TITLE)
    model.set_meeting(meeting, "kk")
    qtmodeltester.check(model)
    model.set_meeting(with_translation(meeting, "agenda[0].title", "kk", "Алдын алу"), "kk")
    model.set_meeting(replace(meeting, agenda=()), "kk")  # rows gone: a reset
    qtmodeltester.check(model)
    proxy = UntranslatedFilter()
    proxy.setSourceModel(model)
    proxy.set_only_untranslated(True)
    qtmodeltester.check(proxy)


def test_every_text_is_placed_in_words_a_secretary_understands():
    meeting = seminar()
    places = [text_place(meeting, ref.path) for ref in text_refs(meeting)]
    assert places == [
        "Title", "Kind of meeting", "Place",
        "Organiser 1",
        "Attendee: Когамов М.Ч. — position",
        "Attendee: представители НПО — name of the group",
        "Item 1 — title", "Item 1 — heard 1", "Item 1 — proposal 1", "Item 1 — decision 1",
        "Item 1 — decision 1, task 1", "Item 1 — conclusion 1",
        "Item 2 — title",
        "Conclusion 1",
    ]
    assert text_place(meeting, "agenda[0].decisions[0].actions[0].done_note") == \
        "Item 1 — decision 1, task 1: how it was done"
    assert text_place(meeting, "agenda[0].discussion[1].text") == "Item 1 — discussion 2"
    assert text_place(meeting, "notes") == "Notes"
    assert text_place(meeting, "body.name") == "Body — name"
    # A path it does not know is shown as it is, never as nothing.
    assert text_place(meeting, "attendees[9].position") == "attendees[9].position"
    assert text_place(meeting, "letterhead") == "letterhead"


def test_an_edit_asks_for_the_change_and_never_makes_it_itself():
    model = TranslationTableModel()
    model.set_meeting(seminar(), "kk")
    asked: list[tuple[str, str]] = []
    model.translation_edited.connect(lambda path, text: asked.append((path, text)))
    assert not model.setData(model.index(0, TranslationTableModel.COL_TEXT), "x")
    assert model.setData(model.index(0, TranslationTableModel.COL_TRANSLATION),
                         " Отырыс\nхаттамасы ")
    assert asked == [("title", "Отырыс хаттамасы")]  # one line, trimmed
    assert model.rows[0].translation == ""
    model.set_editable(False)
    assert not model.flags(model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 2), "Басқа")
    assert len(asked) == 1


# -- through the editor --------------------------------------------------------------------
def test_kazakh_texts_typed_in_the_tab_are_there_after_reopening(qtbot, editor, services):
    meeting = stored(services)
    page = open_tab(editor, meeting)
    assert editor.tabs.tabText(editor.tabs.currentIndex()) == "Translation"
    assert [page.language.itemText(i) for i in range(page.language.count())] == [
        "Kazakh", "English"]
    assert page.chosen_language() is Language.KK
    assert [page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Where", "Russian", "Kazakh"]
    own = page.proxy.index(row_of(page, "Item 1 — heard 1"), TranslationTableModel.COL_TEXT)
    assert own.data() == "Доложил о работе за квартал."
    assert not page.proxy.flags(own) & Qt.ItemFlag.ItemIsEditable

    type_translation(page, "Title", KAZAKH_TITLE)
    type_translation(page, "Item 1 — heard 1", KAZAKH_HEARD)
    assert translation_cell(page, "Title") == KAZAKH_TITLE
    assert translation_cell(page, "Item 1 — heard 1") == KAZAKH_HEARD
    assert editor.flush()

    assert editor.open_meeting(None) and editor.open_meeting(meeting.id)
    again = services.meetings.get(meeting.id)
    assert translation_of(again, "title", "kk") == KAZAKH_TITLE
    assert translation_of(again, "agenda[0].heard[0].text", "kk") == KAZAKH_HEARD
    assert again.title == meeting.title  # the meeting's own text is untouched
    assert translation_cell(editor.translation, "Title") == KAZAKH_TITLE


def test_a_long_text_is_edited_on_several_lines(qtbot, editor, services):
    page = open_tab(editor, stored(services))
    type_translation(page, "Item 1 — decision 1", "Ақпарат")
    index = page.proxy.index(row_of(page, "Item 1 — decision 1"), 2)
    page.table.setCurrentIndex(index)
    press(page.table, KEY.Key_F2)
    text_editor = open_editor(page)
    assert isinstance(text_editor, PlainTextEdit)
    assert text_editor.toPlainText() == "Ақпарат"
    text_editor.moveCursor(text_editor.textCursor().MoveOperation.End)
    press(text_editor, KEY.Key_Return)  # Enter is a new line, not the end of editing
    type_text(text_editor, "назарға алынсын.")
    press(text_editor, KEY.Key_Return, Qt.KeyboardModifier.ControlModifier)
    meeting = editor.current_meeting()
    assert translation_of(meeting, "agenda[0].decisions[0].text", "kk") == \
        "Ақпарат\nназарға алынсын."


def test_each_edit_is_one_undo_step(qtbot, editor, services, undo_stack):
    meeting = stored(services)
    page = open_tab(editor, meeting)
    type_translation(page, "Title", KAZAKH_TITLE)
    type_translation(page, "Item 1 — heard 1", KAZAKH_HEARD)
    assert undo_stack.count() == 2 and undo_stack.undoText() == "Edit translation"

    undo_stack.undo()
    assert translation_cell(page, "Item 1 — heard 1") == ""
    assert translation_cell(page, "Title") == KAZAKH_TITLE
    undo_stack.undo()
    assert translation_cell(page, "Title") == ""
    assert translation_of(services.meetings.get(meeting.id), "title", "kk") == ""
    undo_stack.redo()
    undo_stack.redo()
    assert translation_cell(page, "Item 1 — heard 1") == KAZAKH_HEARD
    stored_again = services.meetings.get(meeting.id)
    assert translation_of(stored_again, "agenda[0].heard[0].text", "kk") == KAZAKH_HEARD


def test_the_counter_and_the_filter_of_untranslated_texts(qtbot, editor, services):
    page = open_tab(editor, stored(services))
    assert page.counter.text() == "0 of 14 texts translated"
    type_translation(page, "Title", KAZAKH_TITLE)
    assert page.counter.text() == "1 of 14 texts translated"

    page.only_untranslated.setChecked(True)
    assert "Title" not in visible_places(page) and len(visible_places(page)) == 13
    # A text translated while the filter is on stays in view until it is applied again.
    type_translation(page, "Kind of meeting", "отырыс")
    assert "Kind of meeting" in visible_places(page)
    assert page.counter.text() == "2 of 14 texts translated"
    page.only_untranslated.setChecked(False)
    page.only_untranslated.setChecked(True)
    assert "Kind of meeting" not in visible_places(page) and len(visible_places(page)) == 12

    # The other language has its own versions: nothing of Kazakh shows under English.
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.counter.text() == "0 of 14 texts translated"
    assert len(visible_places(page)) == 14
    page.only_untranslated.setChecked(False)
    assert translation_cell(page, "Title") == ""


def test_read_only_shows_the_versions_but_changes_nothing(qtbot, editor, services, undo_stack):
    meeting = stored(services, with_translation(seminar(), "title", "kk", KAZAKH_TITLE))
    page = open_tab(editor, meeting)
    editor.set_read_only(True)
    index = page.proxy.index(row_of(page, "Title"), 2)
    assert not page.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable
    page.table.setCurrentIndex(index)
    press(page.table, KEY.Key_F2)
    assert open_editor(page) is None
    assert page.language.isEnabled() and page.only_untranslated.isEnabled()
    page.language.setCurrentIndex(page.language.findData("en"))
    page.language.setCurrentIndex(page.language.findData("kk"))
    assert translation_cell(page, "Title") == KAZAKH_TITLE
    assert undo_stack.count() == 0
    editor.set_read_only(False)
    type_translation(page, "Place", "Астана қ.")
    assert undo_stack.count() == 1


def test_changing_the_meetings_own_language_keeps_every_version(qtbot, editor, services):
    """A Russian meeting with Kazakh versions made Kazakh: the picker offers Russian and
    English; the Kazakh versions stay stored, unused, with a line saying so; made Russian
    again, they are back in the Kazakh column."""
    meeting = stored(services, with_translation(seminar(), "title", "kk", KAZAKH_TITLE))
    page = open_tab(editor, meeting)
    assert not page.own_versions.isVisible()
    details = editor.details
    details.language.setCurrentIndex(details.language.findData("kk"))
    assert editor.current_meeting().language is Language.KK
    assert [page.language.itemData(i) for i in range(page.language.count())] == ["ru", "en"]
    assert translation_cell(page, "Title") == ""  # no Russian version of the title
    assert page.own_versions.isVisible()
    assert page.own_versions.text().startswith("1 texts also have a version in Kazakh")
    assert editor.flush()
    assert translation_of(services.meetings.get(meeting.id), "title", "kk") == KAZAKH_TITLE

    details.language.setCurrentIndex(details.language.findData("ru"))
    assert page.chosen_language() is Language.KK
    assert translation_cell(page, "Title") == KAZAKH_TITLE
    assert not page.own_versions.isVisible()


def test_a_version_that_breaks_a_rule_is_refused_and_said(qtbot, editor, services, undo_stack):
    page = open_tab(editor, stored(services))
    index = page.model.index(0, TranslationTableModel.COL_TRANSLATION)
    page.model.setData(index, "ы" * (MAX_TEXT_LENGTH + 1))
    assert page.error.isVisible() and page.error.text()
    assert undo_stack.count() == 0
    assert translation_of(editor.current_meeting(), "title", "kk") == ""


def test_its_alt_shortcut_opens_the_translation_section(qtbot, editor, services):
    meeting = stored(services)
    assert editor.open_meeting(meeting.id)
    number = editor.tabs.indexOf(editor.translation) + 1  # the last section
    assert number == editor.tabs.count()
    editor.details.title.setFocus()
    press(editor.details.title, getattr(KEY, f"Key_{number}"), Qt.KeyboardModifier.AltModifier)
    assert editor.tabs.currentWidget() is editor.translation


def test_typing_on_another_section_shows_here_when_the_section_is_opened(qtbot, editor,
                                                                         services):
    meeting = stored(services)
    assert editor.open_meeting(meeting.id)
    editor.tabs.setCurrentWidget(editor.details)
    support.replace_text(editor.details.title, "Новое название")
    editor.tabs.setCurrentWidget(editor.translation)
    page = editor.translation
    own = page.proxy.index(row_of(page, "Title"), TranslationTableModel.COL_TEXT)
    assert own.data() == "Новое название"
    type_translation(page, "Title", "Жаңа атау")
    assert translation_of(editor.current_meeting(), "title", "kk") == "Жаңа атау"


def test_a_meeting_opened_while_the_section_is_hidden_shows_when_it_is_opened(qtbot, editor,
                                                                                services):
    """The section lists a meeting's texts only when shown (a long meeting's take a third of
    a second): opening another meeting on another section, then this one, shows the other's
    texts, with the filter of untranslated texts applied to them afresh."""
    first = stored(services)
    page = open_tab(editor, first)
    type_translation(page, "Title", KAZAKH_TITLE)
    page.only_untranslated.setChecked(True)
    assert "Title" not in visible_places(page)

    editor.tabs.setCurrentWidget(editor.details)
    second = stored(services, replace(seminar(), title="Заседание комиссии по этике"))
    assert editor.open_meeting(second.id)
    assert page.model.rows[0].text != second.title  # not listed while hidden

    editor.tabs.setCurrentWidget(page)
    assert page.model.rows[0].text == "Заседание комиссии по этике"
    assert "Title" in visible_places(page)  # untranslated in this meeting: shown
    assert page.counter.text() == "0 of 14 texts translated"
