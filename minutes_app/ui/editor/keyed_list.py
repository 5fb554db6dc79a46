"""A titled list of one kind of meeting part (statements, decisions, tasks) with Add and
Remove buttons and, under it, the form of the selected row.

Rows are addressed by their snapshot's key, so the selection survives every refresh.
"""

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
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


class KeyedListBox(QGroupBox):
    """Signals:
    add_requested(): the Add button was pressed.
    remove_requested(str key): Remove (or Delete in the list) on the selected row.
    selection_changed(): another row (or none) is selected now.
    """

    add_requested = Signal()
    remove_requested = Signal(str)
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
    ) -> None:
        super().__init__(title, parent)
        named(self, f"{name}Box", title)
        self.model = model
        self.view = named(view, f"{name}List", title)
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
        self.add_button = named(QPushButton(add_text, self), f"add{name.title()}Button", add_text)
        self.remove_button = named(
            QPushButton(remove_text, self), f"remove{name.title()}Button", remove_text
        )
        self.form = QWidget(self)
        self.form.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._request_remove)
        view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        view.installEventFilter(self)

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
        selected = self.selected_key() is not None
        self.form.setEnabled(selected)
        enable(self.remove_button, selected)

    def _on_current_changed(self, *_args: object) -> None:
        self._enable_for_selection()
        self.selection_changed.emit()

    def _request_remove(self) -> None:
        key = self.selected_key()
        if key is not None:
            self.remove_requested.emit(key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete:
                self._request_remove()
                return True
        return super().eventFilter(watched, event)
