"""What was heard (СЛУШАЛИ), said in discussion (ВЫСТУПИЛИ) or proposed without a vote
(«Прозвучали предложения») under one agenda item: a list of statements and the speaker and
text of the selected one."""

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QListView, QWidget

from minutes_app.domain import AgendaItem, Statement
from minutes_app.ui.editor.edits import edit_item, edit_statement, find, remove_keyed
from minutes_app.ui.editor.keyed_list import KeyedListBox
from minutes_app.ui.editor.models import StatementListModel
from minutes_app.ui.editor.session import EditSession
from minutes_app.ui.editor.widgets import PlainTextEdit, named, set_plain, single_line


class StatementsBox(KeyedListBox):
    def __init__(self, session: EditSession, kind: str, parent: QWidget | None = None) -> None:
        """`kind`: the AgendaItem field shown, "heard", "discussion" or "proposals"."""
        titles = {
            "heard": (self.tr("Heard (presentations)"), self.tr("Add a presentation")),
            "discussion": (self.tr("Discussion (speakers)"), self.tr("Add a speaker")),
            "proposals": (self.tr("Proposals (made without a vote)"), self.tr("Add a proposal")),
        }
        title, add_text = titles[kind]
        super().__init__(
            title,
            kind,
            StatementListModel(),
            QListView(),
            add_text,
            self.tr("Remove"),
            parent,
        )
        self._session = session
        self._kind = kind
        self._item: AgendaItem | None = None
        self._names: tuple[str, ...] = ()
        self.view.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        # In «СЛУШАЛИ» the person presents a report: a presenter (докладчик), not a speaker.
        presenting = kind == "heard"
        self.speaker = named(QComboBox(self.form), f"{kind}SpeakerCombo",
                             self.tr("Presenter") if presenting else self.tr("Speaker"))
        self.speaker.setEditable(True)
        self.speaker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.text = named(PlainTextEdit(self.form), f"{kind}TextEdit",
                          self.tr("What was proposed") if kind == "proposals"
                          else self.tr("What was said"))
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, field in ((self.tr("Presenter:") if presenting else self.tr("Speaker:"),
                             self.speaker),
                            (self.tr("Text:"), self.text)):
            label = QLabel(text, self.form)
            label.setBuddy(field)
            form.addRow(label, field)
        self.speaker.editTextChanged.connect(self._on_speaker_edited)
        self.text.textChanged.connect(self._on_text_edited)
        self.add_requested.connect(self._add)
        self.remove_requested.connect(self._remove)
        self.selection_changed.connect(lambda: self._show_selected(force=True))

    # -- showing ---------------------------------------------------------------------------
    def show_item(self, item: AgendaItem | None, force: bool) -> None:
        if item is not None and self._item is not None and item.key != self._item.key:
            force = True
        self._item = item
        self.setEnabled(item is not None)
        self.set_rows(getattr(item, self._kind) if item else ())
        self._show_selected(force)

    def set_names(self, names: tuple[str, ...]) -> None:
        """The attendees' names offered as speakers."""
        if names == self._names:
            return
        self._names = names
        text = self.speaker.currentText()
        with QSignalBlocker(self.speaker):
            self.speaker.clear()
            self.speaker.addItems(names)
            self.speaker.setEditText(text)

    def _selected(self) -> Statement | None:
        return find(getattr(self._item, self._kind), self.selected_key()) if self._item else None

    def _show_selected(self, force: bool) -> None:
        statement = self._selected()
        # Nothing selected: empty fields (the form is disabled), never another row's text.
        speaker, text = (statement.speaker, statement.text) if statement else ("", "")
        if self.speaker.currentText() != speaker:
            with QSignalBlocker(self.speaker):
                self.speaker.setEditText(speaker)
        set_plain(self.text, text, force or statement is None)

    # -- editing ---------------------------------------------------------------------------
    def _edit(self, field: str, value: str) -> None:
        statement = self._selected()
        if self._item is None or statement is None:
            return
        item_key, kind, key = self._item.key, self._kind, statement.key
        def change(statement: Statement) -> Statement:
            return replace(statement, **{field: value})

        self._session.change(
            self.tr("Edit statement"),
            lambda m: edit_statement(m, item_key, kind, key, change),
            merge_key=f"statement.{key}.{field}",
        )

    def _on_speaker_edited(self, text: str) -> None:
        cleaned = single_line(text)
        if cleaned != text:
            with QSignalBlocker(self.speaker):
                self.speaker.setEditText(cleaned)
        self._edit("speaker", cleaned)

    def _on_text_edited(self) -> None:
        self._edit("text", self.text.toPlainText())

    def _add(self) -> None:
        item = self._item
        if item is None:
            return
        statements: tuple[Statement, ...] = getattr(item, self._kind)
        used = {s.speaker for s in statements}
        # A presentation is usually given by the item's next presenter: offer that name.
        speaker = next((p for p in item.presenters if p not in used), "") if (
            self._kind == "heard") else ""
        statement = Statement(text="", speaker=speaker)
        kind = self._kind
        error = self._session.change(
            self.tr("Add statement"),
            lambda m: edit_item(m, item.key, lambda i: replace(
                i, **{kind: (*getattr(i, kind), statement)})),
        )
        if error is None:
            self.select(statement.key)
            self.speaker.setFocus()
            self.speaker.lineEdit().selectAll()

    def _remove(self, key: str) -> None:
        item = self._item
        if item is None:
            return
        kind = self._kind
        self._session.change(
            self.tr("Remove statement"),
            lambda m: edit_item(m, item.key, lambda i: replace(
                i, **{kind: remove_keyed(getattr(i, kind), key)})),
        )
