"""A titled list of one kind of meeting part (statements, decisions, tasks, texts) with Add
and Remove buttons (and Up and Down where the order is the user's) and, under it, the form of
the selected row.

Rows are addressed by their snapshot's key, so the selection survives every refresh.
"""

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutes_app.ui.editor.snapshot_model import KeyRole, SnapshotModel
from minutes_app.ui.editor.widgets import enable, named

_ALT_UP = QKeyCombination(Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Up)
_ALT_DOWN = QKeyCombination(Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Down)


class KeyedListBox(QGroupBox):
    """Signals:
    add_requested(): the Add button was pressed.
    remove_requested(str key): Remove (or Delete in the list) on the selected row.
    move_requested(str key, int step): Up (-1) or Down (+1), or Alt+Up / Alt+Down in the list,
        on the selected row (only a box made `movable`).
    selection_changed(): another row (or none) is selected now.
    """

    add_requested = Signal()
    remove_requested = Signal(str)
    move_requested = Signal(str, int)
    selection_changed = Signal()

    def __init__(
        self,
        title: str,
        name: str,
        model: SnapshotModel,
        view: QAbstractItemView,
        add_text: str,
        remove_text: str,
        parent: QWidget | None = None,
        movable: bool = False,
    ) -> None:
        super().__init__(title, parent)
        plain_title = title.replace("&", "")  # a title's access key is not read out
        named(self, f"{name}Box", plain_title)
        self.model = model
        self.view = named(view, f"{name}List", plain_title)
        view.setParent(self)
        view.setModel(model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setTabKeyNavigation(False)
        if isinstance(view, QListView):  # one line per row, elided to the width
            view.setUniformItemSizes(True)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setResizeMode(QListView.ResizeMode.Adjust)
        self.add_button = self._button(add_text, f"add{_capitalized(name)}Button")
        self.remove_button = self._button(remove_text, f"remove{_capitalized(name)}Button")
        self.move_buttons: tuple[QPushButton, ...] = ()
        if movable:
            self.move_buttons = (
                self._button(self.tr("Up"), f"moveUp{_capitalized(name)}Button",
                             self.tr("Move up (Alt+Up)")),
                self._button(self.tr("Down"), f"moveDown{_capitalized(name)}Button",
                             self.tr("Move down (Alt+Down)")),
            )
        self.form = QWidget(self)
        self.form.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, *self.move_buttons):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._request_remove)
        for button, step in zip(self.move_buttons, (-1, 1), strict=False):
            button.clicked.connect(lambda _checked=False, s=step: self._request_move(s))
        view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        view.installEventFilter(self)

    def _button(self, text: str, object_name: str, tip: str = "") -> QPushButton:
        # The accessible name is what a screen reader says: no "&" of the access key.
        button = named(QPushButton(text, self), object_name, text.replace("&", ""))
        if tip:
            button.setToolTip(tip)
        return button

    def selected_key(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(KeyRole) if index.isValid() else None

    def select(self, key: str | None) -> None:
        row = self.model.row_of(key)
        if row < 0:
            self.view.selectionModel().clearCurrentIndex()
            self.view.clearSelection()
            self._on_current_changed()
            return
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def set_rows(self, rows: tuple[Any, ...]) -> None:
        """Show `rows`, keeping the selected key, or the row at the same place if it is gone."""
        selected = self.selected_key()
        old_row = self.view.currentIndex().row()
        self.model.set_rows(rows)
        if self.model.row_of(selected) < 0:
            selected = rows[min(max(old_row, 0), len(rows) - 1)].key if rows else None
        if self.selected_key() != selected:  # gone, or the model was reset
            self.select(selected)
        # A model reset drops the current row without a signal: the form must follow anyway.
        self._enable_for_selection()

    def _enable_for_selection(self) -> None:
        row = self.view.currentIndex().row() if self.selected_key() is not None else -1
        self.form.setEnabled(row >= 0)
        enable(self.remove_button, row >= 0)
        if self.move_buttons:
            up, down = self.move_buttons
            enable(up, row > 0)
            enable(down, 0 <= row < self.model.rowCount() - 1)

    def _on_current_changed(self, *_args: object) -> None:
        self._enable_for_selection()
        self.selection_changed.emit()

    def _request_remove(self) -> None:
        key = self.selected_key()
        if key is not None:
            self.remove_requested.emit(key)

    def _request_move(self, step: int) -> None:
        key = self.selected_key()
        row = self.view.currentIndex().row()
        if key is not None and 0 <= row + step < self.model.rowCount():
            self.move_requested.emit(key, step)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete:
                self._request_remove()
                return True
            combination = event.keyCombination()
            if self.move_buttons and combination in (_ALT_UP, _ALT_DOWN):
                self._request_move(-1 if combination == _ALT_UP else 1)
                return True
        return super().eventFilter(watched, event)


def _capitalized(name: str) -> str:
    """ "task" -> "Task", "itemConclusion" -> "ItemConclusion" (object names stay camelCase)."""
    return name[:1].upper() + name[1:]
