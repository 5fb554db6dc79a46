"""A list of texts in the user's order, and the text of the selected one: the organisers of a
meeting («Инициаторы»), and the conclusions of an agenda item or of the whole meeting
(«Участники отметили, что…»).

One box serves each of those lists: its owner tells it which list it shows (`show_entries`)
with a `TextsPlace`, the function that puts a changed list back into the meeting.
"""

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QWidget,
)

from minutes_app.domain import TextEntry
from minutes_app.ui.editor.edits import (
    TextEntries,
    TextsChange,
    TextsPlace,
    find,
    index_of,
    insert_at,
    move_keyed,
    remove_keyed,
    replace_keyed,
)
from minutes_app.ui.editor.keyed_list import KeyedListBox
from minutes_app.ui.editor.models import TextEntryListModel
from minutes_app.ui.editor.session import EditSession
from minutes_app.ui.editor.widgets import (
    PlainTextEdit,
    named,
    set_line,
    set_plain,
    take_clean_text,
)

ORGANIZERS = "organizers"
CONCLUSIONS = "conclusions"


class TextListBox(KeyedListBox):
    """`kind` ORGANIZERS (one line each: names of organisations, completed from `suggest`)
    or CONCLUSIONS (a paragraph each); `name` makes the object names ("organizer" gives
    organizerList, addOrganizerButton, organizerTextEdit)."""

    def __init__(self, session: EditSession, kind: str, name: str, title: str,
                 parent: QWidget | None = None) -> None:
        organizers = kind == ORGANIZERS
        super().__init__(
            title,
            name,
            TextEntryListModel(),
            QListView(),
            self.tr("Add an organiser") if organizers else self.tr("Add a conclusion"),
            self.tr("Remove"),
            parent,
            movable=True,
        )
        self._session = session
        self._kind = kind
        self._entries: TextEntries = ()
        self._place: TextsPlace | None = None
        self.view.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        # As tall as its contents, not more: the form around it keeps its rows together.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.text: QLineEdit | PlainTextEdit
        if organizers:
            self.line = named(QLineEdit(self.form), f"{name}TextEdit", self.tr("Organiser"))
            self.line.setPlaceholderText(self.tr("An organisation or a person"))
            self._suggestions = QStringListModel(self)
            completer = QCompleter(self._suggestions, self.line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.line.setCompleter(completer)
            self.line.textEdited.connect(lambda _t: self._on_text_edited())
            # Picking a suggestion sets the text without textEdited: take it all the same.
            completer.activated.connect(lambda _t: self._on_text_edited())
            self.text = self.line
            label_text = self.tr("Na&me:")
        else:
            self.paragraph = named(PlainTextEdit(self.form), f"{name}TextEdit",
                                   self.tr("Conclusion"))
            self.paragraph.textChanged.connect(self._on_text_edited)
            self.text = self.paragraph
            label_text = self.tr("Conc&lusion:")
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        label = QLabel(label_text, self.form)
        label.setBuddy(self.text)
        form.addRow(label, self.text)
        self.add_requested.connect(self._add)
        self.remove_requested.connect(self._remove)
        self.move_requested.connect(self._move)
        self.selection_changed.connect(lambda: self._show_selected(force=True))

    # -- showing ---------------------------------------------------------------------------
    def show_entries(self, entries: TextEntries, place: TextsPlace | None, force: bool) -> None:
        """Show `entries`, the list that `place` changes (None: no list, the box is
        disabled). A new place (another agenda item) shows its own texts, whatever was
        being typed."""
        self._entries = entries
        self._place = place
        self.setEnabled(place is not None)
        self.set_rows(entries)
        self._show_selected(force)

    def set_suggestions(self, texts: Sequence[str]) -> None:
        """What the organiser field offers as it is typed (the organisations' names)."""
        if self._kind == ORGANIZERS and list(texts) != self._suggestions.stringList():
            self._suggestions.setStringList(list(texts))

    def _selected(self) -> TextEntry | None:
        return find(self._entries, self.selected_key())

    def _show_selected(self, force: bool) -> None:
        entry = self._selected()
        # Nothing selected: an empty field (the form is disabled), never another entry's text.
        text = entry.text if entry else ""
        if isinstance(self.text, QLineEdit):
            set_line(self.text, text, force or entry is None)
        else:
            set_plain(self.text, text, force or entry is None)

    # -- editing ---------------------------------------------------------------------------
    def _change(self, command: str, change: TextsChange, merge_key: str = "") -> bool:
        place = self._place
        if place is None:
            return False
        error = self._session.change(command, lambda m: place(m, change), merge_key=merge_key)
        return error is None

    def _on_text_edited(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        if isinstance(self.text, QLineEdit):
            value = take_clean_text(self.text)
        else:
            value = self.text.toPlainText()
        key = entry.key
        self._change(
            self._words("edit"),
            lambda entries: replace_keyed(entries, key, lambda e: replace(e, text=value)),
            merge_key=f"text.{key}",
        )

    def _add(self) -> None:
        entry = TextEntry(text="")
        row = self.view.currentIndex().row()
        # After the selected entry (the next one typed usually follows it), else at the end.
        at = row + 1 if row >= 0 else len(self._entries)
        if self._change(self._words("add"), lambda entries: insert_at(entries, at, entry)):
            self.select(entry.key)
            self.text.setFocus()

    def _remove(self, key: str) -> None:
        self._change(self._words("remove"), lambda entries: remove_keyed(entries, key))
        self.view.setFocus()

    def _move(self, key: str, step: int) -> None:
        target = index_of(self._entries, key) + step
        if self._change(self._words("move"),
                        lambda entries: move_keyed(entries, key, target)):
            self.select(key)
            self.view.setFocus()

    def _words(self, action: str) -> str:
        """The undo command's name (Edit → Undo …)."""
        if self._kind == ORGANIZERS:
            words = {"add": self.tr("Add organiser"), "edit": self.tr("Edit organiser"),
                     "remove": self.tr("Remove organiser"), "move": self.tr("Move organiser")}
        else:
            words = {"add": self.tr("Add conclusion"), "edit": self.tr("Edit conclusion"),
                     "remove": self.tr("Remove conclusion"),
                     "move": self.tr("Move conclusion")}
        return words[action]
