"""The frame the directory windows share (Councils and commissions…, Organisations…).

A list of entries on the left with New and Delete under it; the selected entry's form on the
right with Save and Cancel. Typing changes only the form: Save stores the whole entry in one
transaction or, when a rule refuses it, stores nothing, says why under the form, marks the
field and keeps the typing; Cancel shows the stored entry again. Leaving an entry with unsaved
typing (another entry, New, closing the window) asks first.

Signals: changed(): an entry was saved or deleted (the editor refreshes its pickers).
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import DomainError
from minutes_app.services import ServiceError
from minutes_app.ui.editor.widgets import lock_inputs, mark, show_as_error
from minutes_app.ui.error_text import describe
from minutes_app.ui.models.organization_model import NamedListModel

E = TypeVar("E")


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget, name: str) -> Unsaved:
    """Ask what to do with unsaved typing in the form of `name` (tests replace this)."""
    translate = QCoreApplication.translate
    answer = QMessageBox.question(
        parent, translate("DirectoryDialog", "Unsaved changes"),
        translate("DirectoryDialog", "Save the changes to «%1»?").replace("%1", name),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def confirm_delete(parent: QWidget, title: str, text: str) -> bool:
    """Ask before deleting (tests replace this)."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class DirectoryDialog(QDialog, Generic[E]):
    """Subclasses build the form (`form`) and say how to read, show, save and delete."""

    changed = Signal()

    def __init__(self, model: NamedListModel[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._current: E | None = None  # the stored entry in the form; None: a new one
        self._dirty = False
        self._showing = False  # filling the form is not typing
        self._read_only = False
        self._marked: list[QWidget] = []
        self._quiet = False

        self.list = QListView(self)
        self.list.setObjectName("entryList")
        self.list.setModel(model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A long name is cut with "…" (its tooltip shows it whole), not scrolled sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.new_button = self._button("newButton", self._new_text(), self.new_entry)
        self.delete_button = self._button("deleteButton", self.tr("&Delete…"),
                                          self.delete_entry)
        self.form = QWidget(self)
        self.form.setObjectName("entryForm")
        self.error = QLabel(self)
        self.error.setObjectName("fieldMessage")
        show_as_error(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = self._button("saveButton", self.tr("&Save"), self.save)
        self.cancel_button = self._button("cancelButton", self.tr("&Cancel changes"),
                                          self.cancel)
        self.save_button.setDefault(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        left_layout.addLayout(list_buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.form, 1)
        right_layout.addWidget(self.error)
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.save_button)
        form_buttons.addWidget(self.cancel_button)
        right_layout.addLayout(form_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.list.selectionModel().currentChanged.connect(
            lambda current, previous: self._on_current_changed(current.row(), previous.row()))

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        return button

    def start(self) -> None:
        """Read the entries and show the first (subclasses call it at the end of __init__)."""
        self.reload()
        if self.model.rowCount():
            self.select_row(0)
        else:
            self.new_entry()

    # -- what subclasses say ---------------------------------------------------------------
    def _new_text(self) -> str:
        raise NotImplementedError

    def _load(self) -> list[E]:
        raise NotImplementedError

    def _show(self, entry: E | None) -> None:
        """Fill the form with `entry` (None: an empty form for a new one)."""
        raise NotImplementedError

    def _from_form(self) -> E:
        """The entry the form holds (with the stored entry's id); may raise DomainError."""
        raise NotImplementedError

    def _store(self, entry: E) -> E:
        raise NotImplementedError

    def _remove(self, entry: E) -> None:
        raise NotImplementedError

    def _delete_texts(self, entry: E) -> tuple[str, str]:
        """The title and the question of the delete confirmation."""
        raise NotImplementedError

    def _field_widget(self, field: str) -> QWidget | None:
        """The widget to mark for a DomainError's field (and make visible), if any."""
        raise NotImplementedError

    @staticmethod
    def _name_of(entry: Any) -> str:
        return str(getattr(entry, "name", ""))

    # -- state -----------------------------------------------------------------------------
    @property
    def current(self) -> E | None:
        return self._current

    @property
    def dirty(self) -> bool:
        return self._dirty

    def edited(self) -> None:
        """A form widget changed by typing (connect every input's editing signal here)."""
        if not self._showing and not self._dirty:
            self._dirty = True
            self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """The database cannot be written: the entries can be read, not changed."""
        was_read_only, self._read_only = self._read_only, read_only
        lock_inputs(self.form, read_only)
        if was_read_only and not read_only:
            self._display(self._current)  # the form enables again what its state allows
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self._read_only
        self.new_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and self._current is not None)
        self.save_button.setEnabled(writable and self._dirty)
        self.cancel_button.setEnabled(self._dirty)

    def reload(self) -> None:
        """Read the entries again, keeping the selection on the entry shown."""
        try:
            entries = self._load()
        except ServiceError as error:
            self._say(describe(error))
            return
        shown = getattr(self._current, "id", None)
        with self._quietly():
            self.model.set_entries(entries)
            row = self.model.row_of(shown)
            if row >= 0:
                self._set_current_row(row)

    def select_row(self, row: int) -> None:
        self._set_current_row(row)  # currentChanged shows it (asking first if need be)

    def _set_current_row(self, row: int) -> None:
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _on_current_changed(self, row: int, previous: int) -> None:
        if self._quiet:
            return
        entry = self.model.entry(row)
        if entry is not None and entry is self._current:
            return
        if not self._may_leave():
            with self._quietly():  # stay on the entry being typed
                if previous >= 0 and self._current is not None:
                    self._set_current_row(previous)
                else:
                    self.list.selectionModel().clearSelection()
            return
        self._display(entry)

    def _may_leave(self) -> bool:
        """True when the form may show something else: nothing unsaved, or the secretary
        saved (successfully) or discarded it."""
        if not self._dirty or self._read_only:
            return True
        choice = ask_unsaved(self, self._name_of(self._current) or self.windowTitle())
        if choice is Unsaved.SAVE:
            return self.save()
        return choice is Unsaved.DISCARD

    def _display(self, entry: E | None) -> None:
        self._current = entry
        self._showing = True
        try:
            self._show(entry)
        finally:
            self._showing = False
        self._dirty = False
        self._clear_marks()
        self._update_buttons()

    # -- actions ---------------------------------------------------------------------------
    def new_entry(self) -> None:
        if not self._may_leave():
            return
        with self._quietly():
            self.list.selectionModel().clearSelection()
            self.list.selectionModel().setCurrentIndex(
                self.model.index(-1, 0), QItemSelectionModel.SelectionFlag.Clear)
        self._display(None)
        self.form.setFocus()
        self.focusNextChild()

    def save(self) -> bool:
        """Store the form's entry; False (nothing stored, the typing kept, the reason
        shown) when it was refused."""
        if self._read_only:
            return False
        self._clear_marks()
        try:
            saved = self._store(self._from_form())
        except (DomainError, ServiceError) as error:
            self._refused(error)
            return False
        self._current = saved
        self._dirty = False
        self.reload()
        self._display(saved)
        self.changed.emit()
        return True

    def cancel(self) -> None:
        """Show the stored entry again (an unsaved new one: the first of the list)."""
        self._dirty = False
        if self._current is None and self.model.rowCount():
            self.select_row(0)
        else:
            self._display(self._current)

    def delete_entry(self) -> None:
        entry = self._current
        if entry is None or self._read_only:
            return
        title, question = self._delete_texts(entry)
        if not confirm_delete(self, title, question):
            return
        try:
            self._remove(entry)
        except (DomainError, ServiceError) as error:
            self._say(describe(error))
            return
        self._current = None
        self._dirty = False
        self.reload()
        if self.model.rowCount():
            with self._quietly():
                self._set_current_row(0)
            self._display(self.model.entry(0))
        else:
            self._display(None)
        self.changed.emit()

    # -- errors ----------------------------------------------------------------------------
    def _refused(self, error: Exception) -> None:
        self._say(describe(error))
        field = error.field if isinstance(error, DomainError) else ""
        widget = self._field_widget(field) if field else None
        if widget is not None:
            mark(widget, describe(error))
            self._marked.append(widget)
            widget.setFocus()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _clear_marks(self) -> None:
        for widget in self._marked:
            mark(widget, None)
        self._marked.clear()
        self._say("")

    def reject(self) -> None:
        """Close, Escape and the title bar's close button: ask first about unsaved typing
        (QDialog's closeEvent comes here too)."""
        if self._may_leave():
            super().reject()

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Selection changes made by the dialog itself are not the secretary's choice."""
        was, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = was
