"""The "Details" section: body, organisation, kind, number, title, date, times, place,
organisers, document language, status and notes, and the record's history (issue 10)."""

from dataclasses import replace
from datetime import time
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import DomainError, HistoryEntry, Language, Meeting
from minutes_app.ui.editor.approval import history_text
from minutes_app.ui.editor.conclusions_box import ORGANIZERS, TextListBox
from minutes_app.ui.editor.edits import meeting_texts
from minutes_app.ui.editor.form_scroll import FormScrollArea
from minutes_app.ui.editor.labels import language_label, status_label
from minutes_app.ui.editor.messages import field_message
from minutes_app.ui.editor.session import EditSession
from minutes_app.ui.editor.widgets import (
    MarkedField,
    OptionalTimeEdit,
    PlainTextEdit,
    date_format,
    enable,
    mark,
    named,
    set_line,
    set_plain,
    single_line,
    take_clean_text,
)

# Kinds of meeting as the documents name them, in the document's language (data, not UI text).
KIND_SUGGESTIONS = {
    Language.RU: ("заседание", "совещание", "семинар", "собрание", "круглый стол"),
    Language.KK: ("отырыс", "кеңес", "семинар", "жиналыс", "дөңгелек үстел"),
    Language.EN: ("meeting", "board meeting", "seminar", "round table"),
}


class DetailsPage(QWidget):
    """Signals: body_chosen(str): the body field was left or picked (look up its roster)."""

    body_chosen = Signal(str)

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._suggested_number = ""
        self._build()
        self._connect()

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.body = named(QComboBox(self), "bodyCombo", self.tr("Body"))
        self.body.setEditable(True)
        self.body.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # The organisations of the directory, or any name typed (its line keeps the old name).
        self.organization = named(QComboBox(self), "organizationCombo", self.tr("Organisation"))
        self.organization.setEditable(True)
        self.organization.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organization.lineEdit().setObjectName("organizationEdit")
        self.kind = named(QComboBox(self), "kindCombo", self.tr("Kind of meeting"))
        self.kind.setEditable(True)
        self.kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.number = named(QLineEdit(self), "numberEdit", self.tr("Number"))
        self.suggest_number = named(
            QPushButton(self.tr("Su&ggest number"), self),
            "suggestNumberButton",
            self.tr("Suggest the next number"),
        )
        self.title = named(QLineEdit(self), "titleEdit", self.tr("Title"))
        self.date = named(QDateEdit(self), "dateEdit", self.tr("Date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())
        self.start = OptionalTimeEdit(time(10, 0), self)
        self.end = OptionalTimeEdit(time(12, 0), self)
        self._name_time(self.start, "start", self.tr("Start time"))
        self._name_time(self.end, "end", self.tr("End time"))
        self.place = named(QLineEdit(self), "placeEdit", self.tr("Place"))
        self.organizers = TextListBox(self._session, ORGANIZERS, "organizer",
                                      self.tr("Organ&isers (initiators)"), self)
        self.language = named(QComboBox(self), "languageCombo", self.tr("Document language"))
        for language in Language:
            self.language.addItem(language_label(language), language.value)
        # Shown, not chosen: only Approve… and Reopen… change the status (issue 10).
        self.status = named(QLabel(self), "statusLabel", self.tr("Status"))
        for compact in (self.date, self.language):  # short values, short fields
            compact.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.notes = named(PlainTextEdit(self), "notesEdit", self.tr("Notes"))
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 8 + 12)
        # What happened to the record: approvals, reopenings (why), changes made after one.
        self.history = named(QListWidget(self), "historyList", self.tr("History"))
        self.history.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)

        number_row = QWidget(self)
        row_layout = QHBoxLayout(number_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.number, 1)
        row_layout.addWidget(self.suggest_number)
        self._title_field = MarkedField(self.title, self)
        self._end_field = MarkedField(self.end, self, target=self.end.editor)
        inner = QWidget(self)  # the form scrolls on a low screen (issue 12)
        form = QFormLayout(inner)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows = (
            (self.tr("&Body:"), self.body, self.body),
            (self.tr("&Organisation:"), self.organization, self.organization),
            (self.tr("&Kind:"), self.kind, self.kind),
            (self.tr("N&umber:"), number_row, self.number),
            (self.tr("Tit&le:"), self._title_field, self.title),
            (self.tr("D&ate:"), self.date, self.date),
            (self.tr("Sta&rt time:"), self.start, self.start.check),
            (self.tr("End &time:"), self._end_field, self.end.check),
            (self.tr("&Place:"), self.place, self.place),
            (self.tr("Do&cument language:"), self.language, self.language),
            (self.tr("Status:"), self.status, self.status),
            (self.tr("&Notes:"), self.notes, self.notes),
            (self.tr("History:"), self.history, self.history),
        )
        for text, field, buddy in rows:
            label = QLabel(text, self)
            label.setBuddy(buddy)
            form.addRow(label, field)
            if field is self.place:
                form.addRow(self.organizers)
        scroll = FormScrollArea(inner, self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroll)
        self._fields: dict[str, QWidget] = {"title": self.title, "end_time": self.end.editor}

    def _name_time(self, edit: OptionalTimeEdit, name: str, label: str) -> None:
        named(edit.check, f"{name}TimeSetCheck", self.tr("%1 is set").replace("%1", label))
        named(edit.editor, f"{name}TimeEdit", label)
        edit.set_texts(self.tr("not set"), self.tr("Tick to enter the time"))

    def _connect(self) -> None:
        self.body.editTextChanged.connect(lambda _t: self._commit("body"))
        self.body.activated.connect(lambda _i: self.body_chosen.emit(self.body.currentText()))
        self.body.lineEdit().editingFinished.connect(
            lambda: self.body_chosen.emit(self.body.currentText())
        )
        self.kind.editTextChanged.connect(lambda _t: self._commit("kind"))
        self.organization.editTextChanged.connect(lambda _t: self._commit("organization"))
        for name in ("number", "title", "place"):
            edit: QLineEdit = getattr(self, name)
            edit.textEdited.connect(lambda _t, n=name: self._commit(n))
        self.date.dateChanged.connect(lambda _d: self._commit("date"))
        self.start.value_changed.connect(lambda _v: self._commit("start_time"))
        self.end.value_changed.connect(lambda _v: self._commit("end_time"))
        self.language.currentIndexChanged.connect(lambda _i: self._commit("language"))
        self.notes.textChanged.connect(lambda: self._commit("notes"))
        self.suggest_number.clicked.connect(self._use_suggested_number)

    # -- showing ---------------------------------------------------------------------------
    def show_meeting(self, meeting: Meeting | None, force: bool) -> None:
        if force:
            for field in self._fields.values():
                mark(field, None)
        self.organizers.show_entries(meeting.organizers if meeting else (),
                                     meeting_texts("organizers") if meeting else None, force)
        if meeting is None:
            return
        self._set_combo_text(self.body, meeting.body)
        self._set_combo_text(self.organization, meeting.organization)
        self._show_kinds(meeting.language)
        self._set_combo_text(self.kind, meeting.kind)
        set_line(self.number, meeting.number)
        set_line(self.title, meeting.title)
        with QSignalBlocker(self.date):
            self.date.setDate(QDate(meeting.date.year, meeting.date.month, meeting.date.day))
        if self.start.value() != meeting.start_time:
            self.start.set_value(meeting.start_time)
        if self.end.value() != meeting.end_time and (force or not self.end.editor.property(
            "invalid"
        )):
            self.end.set_value(meeting.end_time)
        set_line(self.place, meeting.place)
        self._set_data(self.language, meeting.language)
        self.status.setText(status_label(meeting.status))
        self.show_history(meeting.history)
        set_plain(self.notes, meeting.notes)

    def show_history(self, history: tuple[HistoryEntry, ...]) -> None:
        """One event a line, newest last (the editor passes the stored history after a save:
        the saves after a reopening add to it)."""
        lines = [history_text(entry) for entry in history]
        if lines != [self.history.item(i).text() for i in range(self.history.count())]:
            self.history.clear()
            self.history.addItems(lines)
            self.history.scrollToBottom()

    def set_bodies(self, names: list[str]) -> None:
        text = self.body.currentText()
        with QSignalBlocker(self.body):
            self.body.clear()
            self.body.addItems(names)
            self.body.setEditText(text)

    def set_organizations(self, names: list[str]) -> None:
        """The organisations of the directory, offered in the organisation field."""
        text = self.organization.currentText()
        with QSignalBlocker(self.organization):
            self.organization.clear()
            self.organization.addItems(names)
            self.organization.setEditText(text)
        self.organizers.set_suggestions(names)  # organisers are mostly organisations

    def set_suggested_number(self, number: str) -> None:
        self._suggested_number = number
        self.number.setPlaceholderText(
            self.tr("next: %1").replace("%1", number) if number else ""
        )
        enable(self.suggest_number, bool(number))

    @staticmethod
    def _set_combo_text(combo: QComboBox, text: str) -> None:
        if combo.currentText() != text:
            with QSignalBlocker(combo):
                combo.setEditText(text)

    @staticmethod
    def _set_data(combo: QComboBox, value: Any) -> None:
        index = combo.findData(str(value))
        if index != combo.currentIndex():
            with QSignalBlocker(combo):
                combo.setCurrentIndex(index)

    def _show_kinds(self, language: Language) -> None:
        kinds = KIND_SUGGESTIONS[language]
        if tuple(self.kind.itemText(i) for i in range(self.kind.count())) != kinds:
            text = self.kind.currentText()
            with QSignalBlocker(self.kind):
                self.kind.clear()
                self.kind.addItems(kinds)
                self.kind.setEditText(text)

    # -- editing ---------------------------------------------------------------------------
    def _values(self) -> dict[str, Any]:
        for edit in (self.number, self.title, self.place):
            take_clean_text(edit)
        return {
            "body": single_line(self.body.currentText()),
            "organization": single_line(self.organization.currentText()),
            "kind": single_line(self.kind.currentText()),
            "number": self.number.text(),
            "title": self.title.text(),
            "date": self.date.date().toPython(),
            "start_time": self.start.value(),
            "end_time": self.end.value(),
            "place": self.place.text(),
            # Qt hands item data back as plain str: turn it into the domain's enum again.
            "language": Language(self.language.currentData()),
            "notes": self.notes.toPlainText(),
        }

    def _commit(self, changed: str) -> None:
        """Save every field's value; a field that breaks a rule keeps its old saved value and
        is marked, so the other fields are saved all the same."""
        current = self._session.meeting
        if current is None:
            return
        values = self._values()
        failed: dict[str, DomainError] = {}
        while True:
            error = self._session.change(
                self.tr("Edit meeting details"),
                lambda m, v=dict(values): replace(m, **v),
                merge_key=f"details.{changed}",
            )
            if error is None or error.field not in values or error.field in failed:
                break
            failed[error.field] = error
            values[error.field] = getattr(current, error.field)
        for name, field in self._fields.items():
            mark(field, field_message(failed[name]) if name in failed else None)

    def _use_suggested_number(self) -> None:
        if self._suggested_number:
            self.number.setText(self._suggested_number)
            self._commit("number")
            self.number.setFocus()
