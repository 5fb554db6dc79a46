"""The seminar of seminar_data.py typed into a real MainWindow, as a secretary records it.

No tests here: test_seminar_recorded.py and docs/make_screenshots.py use it. Everything goes
through the widgets — the Directory menu's windows (Organisations…, Councils and
commissions…, People…), File → New meeting and the editor's sections — by clicks, combo
choices and text put into the fields with the editing signals the widgets listen to (a line
edit's `insert`, a text box's `insertPlainText`: one edit per field, as a paste is). Nothing
is created through the services. Qt's own question boxes are answered by `answer_questions`.
"""

from collections.abc import Callable
from datetime import date
from typing import Any

import seminar_data as data
from PySide6.QtCore import QDate, QModelIndex, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QWidget,
)

from minutes_app.domain import QuorumKind, Role
from minutes_app.ui.dialogs import directory_dialog
from minutes_app.ui.dialogs.bodies_dialog import BodiesDialog
from minutes_app.ui.dialogs.export_dialog import ExportDialog
from minutes_app.ui.dialogs.organizations_dialog import OrganizationsDialog
from minutes_app.ui.editor import attendee_adders, attendees_page
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.models.translation_model import TranslationTableModel

Setter = Callable[[Any, str, Any], None]  # monkeypatch.setattr, or plain setattr


def answer_questions(set_attribute: Setter = setattr) -> None:
    """No question box may stop the recording (a test, or the unattended screenshot script):
    unsaved typing is saved, a typed person replaces nobody, the directory is not updated
    behind the secretary's back."""
    set_attribute(directory_dialog, "ask_unsaved", lambda *_a: directory_dialog.Unsaved.SAVE)
    set_attribute(attendee_adders, "ask_to_update_directory", lambda *_a: False)
    set_attribute(attendees_page, "ask_about_new_name",
                  lambda *_a: attendees_page.NameChange.SOMEONE_ELSE)


class Secretary:
    """Finds widgets by their objectName inside `root` (the window, or one of its dialogs)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.root: QWidget = window

    # -- finding ---------------------------------------------------------------------------
    def find(self, kind: type, name: str) -> Any:
        widget = self.root.findChild(kind, name)
        assert widget is not None, f"no {kind.__name__} named {name} in {self.root.objectName()}"
        return widget

    # -- typing ----------------------------------------------------------------------------
    def fill(self, name: str, text: str) -> None:
        """Replace what the field holds with `text` (a line, a text box or an editable combo)."""
        for kind in (QLineEdit, QPlainTextEdit, QComboBox):
            widget = self.root.findChild(kind, name)
            if widget is not None:
                put_text(widget, text)
                return
        raise AssertionError(f"no text field named {name}")

    def click(self, name: str) -> None:
        button = self.find(QAbstractButton, name)
        assert button.isEnabled(), f"{name} is disabled"
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()

    def tick(self, name: str, on: bool = True) -> None:
        box = self.find(QCheckBox, name)
        if box.isChecked() != on:  # Space: a click's middle may miss a wide box's label
            assert box.isEnabled(), f"{name} is disabled"
            box.setFocus()
            QTest.keyClick(box, Qt.Key.Key_Space)
        assert box.isChecked() == on

    def choose(self, name: str, data: object) -> None:
        """Pick the entry whose data is `data` with the arrow keys, as a user does."""
        combo = self.find(QComboBox, name)
        wanted = combo.findData(data)
        assert wanted >= 0, f"{data!r} not offered by {name}"
        combo.setFocus()
        step = Qt.Key.Key_Down if wanted > combo.currentIndex() else Qt.Key.Key_Up
        while combo.currentIndex() != wanted:
            QTest.keyClick(combo, step)

    def count(self, name: str, value: int) -> None:
        spin = self.find(QSpinBox, name)
        spin.setFocus()
        spin.selectAll()
        QTest.keyClicks(spin, str(value))  # digits only: ASCII
        assert spin.value() == value

    def set_date(self, name: str, day: date) -> None:
        """As the calendar picker does."""
        self.find(QDateEdit, name).setDate(QDate(day.year, day.month, day.day))

    def set_time(self, name: str, hours_minutes: tuple[int, int]) -> None:
        self.click(f"{name}TimeSetCheck")
        self.find(QTimeEdit, f"{name}TimeEdit").setTime(QTime(*hours_minutes))

    def section(self, page: QWidget) -> None:
        self.window.editor.tabs.setCurrentWidget(page)
        QApplication.processEvents()


def put_text(widget: QWidget, text: str) -> None:
    """Select what the field holds and put `text` in its place, as typing or pasting does:
    the field's editing signal (textEdited, editTextChanged, textChanged) fires."""
    target = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    target.setFocus()
    target.selectAll()
    if isinstance(target, QLineEdit):
        target.insert(text)
        assert target.text() == text, f"{target.objectName()} holds {target.text()!r}"
    elif isinstance(target, QPlainTextEdit):
        target.insertPlainText(text)
    else:
        raise AssertionError(f"{widget.objectName()} takes no text")
    QApplication.processEvents()


def click_row(view: QAbstractItemView, index: QModelIndex) -> None:
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.visualRect(index).center())
    QApplication.processEvents()


def close_dialog(dialog: QWidget) -> None:
    dialog.close()
    QApplication.processEvents()


# -- the directory ---------------------------------------------------------------------------
def record_organization(me: Secretary) -> None:
    """Directory → Organisations…: the ministry in three languages with its address."""
    me.window.organizations_action.trigger()
    dialog = me.window.findChild(OrganizationsDialog)
    me.root = dialog
    if dialog.current is not None:  # the directory has some: start a new one
        me.click("newButton")
    org = data.ORGANIZATION
    for name, text in (("nameEdit", org["ru"]), ("nameKkEdit", org["kk"]),
                       ("nameEnEdit", org["en"]), ("addressEdit", org["address"])):
        me.fill(name, text)
    me.click("saveButton")
    assert not dialog.error.isVisible(), dialog.error.text()
    close_dialog(dialog)
    me.root = me.window


def record_body(me: Secretary) -> None:
    """Directory → Councils and commissions…: the council, its organisation, two-thirds
    quorum and its five members with the chair and the secretary."""
    me.window.bodies_action.trigger()
    dialog = me.window.findChild(BodiesDialog)
    me.root = dialog
    if dialog.current is not None:
        me.click("newButton")
    me.fill("nameEdit", data.BODY["ru"])
    me.fill("nameKkEdit", data.BODY["kk"])
    me.fill("organizationCombo", data.ORGANIZATION["ru"])
    me.fill("placeEdit", data.BODY["place"])
    me.choose("quorumCombo", QuorumKind.TWO_THIRDS.value)
    for member in data.MEMBERS:
        me.click("addMemberButton")
        me.fill("memberPersonEdit", member)
        role = (Role.CHAIR if member == data.CHAIR
                else Role.SECRETARY if member == data.SECRETARY else Role.MEMBER)
        me.choose("memberRoleCombo", role.value)
    me.click("saveButton")
    assert not dialog.error.isVisible(), dialog.error.text()
    close_dialog(dialog)
    me.root = me.window


def record_person_details(me: Secretary, name: str) -> None:
    """Directory → People…: the person's position, degree and rank, in Russian and Kazakh."""
    me.window.people_action.trigger()
    dialog = me.window.findChild(QWidget, "peopleDialog")
    me.root = dialog
    me.fill("peopleFilterEdit", name)
    table = me.find(QTableView, "peopleTable")
    assert table.model().rowCount() == 1, f"{name} is not in the directory once"
    click_row(table, table.model().index(0, 0))
    details = data.PEOPLE[name]
    for field in ("position", "degree", "rank"):
        camel = field.capitalize()
        if field in details:
            me.fill(f"person{camel}Edit", details[field])
        if f"{field}_kk" in details:
            me.fill(f"person{camel}KkEdit", details[f"{field}_kk"])
    me.click("savePersonChangesButton")
    me.fill("peopleFilterEdit", "")
    close_dialog(dialog)
    me.root = me.window


# -- the meeting -----------------------------------------------------------------------------
def record_details(me: Secretary) -> None:
    """File → New meeting; the council chosen (its members fill in), then the seminar's
    kind, number, date, times, place, title and organisers."""
    me.window.new_action.trigger()
    editor = me.window.editor
    me.section(editor.details)
    seminar = data.SEMINAR
    me.set_date("dateEdit", date(*seminar["date"]))  # before the body: its roster of the day
    me.fill("bodyCombo", data.BODY["ru"])
    QTest.keyClick(me.find(QComboBox, "bodyCombo").lineEdit(), Qt.Key.Key_Return)
    QApplication.processEvents()
    me.fill("kindCombo", seminar["kind"])
    me.fill("numberEdit", seminar["number"])
    me.set_time("start", seminar["start"])
    me.set_time("end", seminar["end"])
    me.fill("placeEdit", seminar["place"])
    me.fill("titleEdit", seminar["title"])
    for organizer, _kk in data.ORGANIZERS:
        me.click("addOrganizerButton")
        me.fill("organizerTextEdit", organizer)


def record_attendees(me: Secretary) -> None:
    """The guests, typed as new people of the directory with their positions and ranks,
    and the three groups with their head counts."""
    me.section(me.window.editor.attendees)
    for guest in data.GUESTS:
        details = data.PEOPLE[guest]
        me.fill("personFinderEdit", guest)
        me.click("newPersonButton")
        me.fill("newPositionEdit", details["position"])
        me.fill("newDegreeEdit", details.get("degree", ""))
        me.fill("newRankEdit", details.get("rank", ""))
        me.click("savePersonButton")
    for group, _kk, head_count in data.GROUPS:
        me.click("newGroupButton")
        me.fill("groupNameEdit", group)
        me.count("groupCountSpin", head_count)
        me.click("addGroupButton")


def record_agenda(me: Secretary) -> None:
    """The item: heard, two speakers, the proposal and the participants' conclusion."""
    me.section(me.window.editor.agenda)
    item = data.ITEM
    me.click("addItemButton")
    me.fill("itemTitleEdit", item["title"])
    speaker, said, _kk = item["heard"]
    me.fill("presentersEdit", speaker)
    me.click("addHeardButton")
    me.fill("heardSpeakerCombo", speaker)
    me.fill("heardTextEdit", said)
    for speaker, said, _kk in item["discussion"]:
        me.click("addDiscussionButton")
        me.fill("discussionSpeakerCombo", speaker)
        me.fill("discussionTextEdit", said)
    speaker, proposed, _kk = item["proposal"]
    me.click("addProposalsButton")
    me.fill("proposalsSpeakerCombo", speaker)
    me.fill("proposalsTextEdit", proposed)
    me.click("addItemConclusionButton")
    me.fill("itemConclusionTextEdit", item["conclusion"][0])


def record_outcome(me: Secretary) -> None:
    me.section(me.window.editor.outcome)
    me.click("addMeetingConclusionButton")
    me.fill("meetingConclusionTextEdit", data.MEETING_CONCLUSION[0])


def kazakh_versions() -> dict[str, str]:
    """Every Russian text of the seminar and its Kazakh version."""
    item = data.ITEM
    pairs: list[tuple[str, str]] = [
        (data.SEMINAR["title"], data.SEMINAR["title_kk"]),
        (data.SEMINAR["kind"], data.SEMINAR["kind_kk"]),
        (data.SEMINAR["place"], data.SEMINAR["place_kk"]),
        *data.ORGANIZERS,
        *((group, kk) for group, kk, _count in data.GROUPS),
        (item["title"], item["title_kk"]),
        item["heard"][1:],
        *(said[1:] for said in item["discussion"]),
        item["proposal"][1:],
        item["conclusion"],
        data.MEETING_CONCLUSION,
    ]
    for details in data.PEOPLE.values():
        pairs += [(details[f], details[f"{f}_kk"]) for f in ("position", "degree", "rank")
                  if f in details]
    return dict(pairs)


def record_translation(me: Secretary) -> list[str]:
    """The Translation section: the Kazakh version of every text still without one, typed
    into its cell (F2, the text, Enter or Ctrl+Enter). Returns the texts it found no Kazakh
    version for (a test says which)."""
    page = me.window.editor.translation
    me.section(page)
    me.choose("translationLanguageCombo", "kk")
    versions = kazakh_versions()
    unknown: list[str] = []
    for row in range(page.proxy.rowCount()):
        text = page.proxy.index(row, TranslationTableModel.COL_TEXT).data(
            Qt.ItemDataRole.EditRole)
        cell = page.proxy.index(row, TranslationTableModel.COL_TRANSLATION)
        if cell.data(Qt.ItemDataRole.EditRole):
            continue  # the directory gave it already (a person's Kazakh position)
        if text not in versions:
            unknown.append(text)
            continue
        type_translation(page.table, cell, versions[text])
    return unknown


def retype_translation(window: MainWindow, source: str, text: str) -> None:
    """In the Translation section (Kazakh), type `text` over the version of `source`
    ("" deletes it)."""
    me = Secretary(window)
    page = window.editor.translation
    me.section(page)
    me.choose("translationLanguageCombo", "kk")
    rows = [row for row in range(page.proxy.rowCount())
            if page.proxy.index(row, TranslationTableModel.COL_TEXT).data(
                Qt.ItemDataRole.EditRole) == source]
    assert len(rows) == 1, f"{source!r} is not listed once in the Translation section"
    type_translation(page.table,
                     page.proxy.index(rows[0], TranslationTableModel.COL_TRANSLATION), text)
    assert window.editor.flush()


def type_translation(table: QTableView, cell: QModelIndex, text: str) -> None:
    table.setFocus()
    table.setCurrentIndex(cell)
    QTest.keyClick(table, Qt.Key.Key_F2)
    editors = [e for e in (*table.viewport().findChildren(QPlainTextEdit),
                           *table.viewport().findChildren(QLineEdit)) if e.isVisible()]
    assert len(editors) == 1, "no cell editor opened"
    put_text(editors[0], text)
    finish = (Qt.KeyboardModifier.ControlModifier if isinstance(editors[0], QPlainTextEdit)
              else Qt.KeyboardModifier.NoModifier)
    QTest.keyClick(editors[0], Qt.Key.Key_Return, finish)
    QApplication.processEvents()  # Qt ends a line edit's editing in a queued call


def record_seminar(window: MainWindow) -> list[str]:
    """The whole seminar, from an empty directory to its Kazakh texts; the texts the
    Translation section showed that seminar_data has no Kazakh for."""
    me = Secretary(window)
    record_organization(me)
    record_body(me)
    record_person_details(me, data.CHAIR)
    record_details(me)
    record_attendees(me)
    record_agenda(me)
    record_outcome(me)
    unknown = record_translation(me)
    assert window.editor.flush(), "the seminar could not be saved"
    return unknown


# -- the documents ---------------------------------------------------------------------------
def export_pair(window: MainWindow, russian: str, set_attribute: Setter = setattr,
                wait: Callable[[Callable[[], bool]], None] | None = None) -> ExportDialog:
    """File → Export Word document…, the Russian document saved as `russian` (Browse…)
    and its Kazakh pair beside it, in one step. The dialog is shown, not run modally."""
    assert window.editor.flush()
    meeting = window.services.meetings.get(window.current_meeting_id())
    dialog = ExportDialog(window.services, window.settings, meeting, window)
    dialog.show()
    set_attribute(QFileDialog, "getSaveFileName",
                  staticmethod(lambda *_a, **_k: (russian, "")))
    me = Secretary(window)
    me.root = dialog
    me.choose("exportLanguageCombo", "ru")
    me.click("exportTargetButton")  # Browse…: the file chooser answers `russian`
    me.tick("exportPairCheck")
    dialog.accept()
    (wait or _spin_until)(lambda: not dialog.busy)
    return dialog


def _spin_until(done: Callable[[], bool]) -> None:
    while not done():
        QApplication.processEvents()
        QTest.qWait(20)
