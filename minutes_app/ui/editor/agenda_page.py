"""The "Agenda" section: the ordered list of items (add, remove, drag, Alt+Up/Alt+Down) and
the form of the selected item (title, presenters, heard, discussion, proposals, conclusions,
decisions, tasks)."""

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QKeyCombination, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import AgendaItem, Meeting
from minutes_app.ui.editor.conclusions_box import CONCLUSIONS, TextListBox
from minutes_app.ui.editor.decisions_box import DecisionsBox
from minutes_app.ui.editor.edits import (
    edit_item,
    index_of,
    insert_at,
    item_conclusions,
    move_keyed,
    remove_keyed,
)
from minutes_app.ui.editor.form_scroll import FormScrollArea
from minutes_app.ui.editor.labels import starting_text
from minutes_app.ui.editor.messages import field_message
from minutes_app.ui.editor.models import AgendaListModel
from minutes_app.ui.editor.session import EditSession
from minutes_app.ui.editor.snapshot_model import KeyRole
from minutes_app.ui.editor.statements_box import StatementsBox
from minutes_app.ui.editor.widgets import (
    MarkedField,
    NamesEdit,
    enable,
    mark,
    named,
    set_line,
    take_clean_text,
)

_ALT_UP = QKeyCombination(Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Up)
_ALT_DOWN = QKeyCombination(Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Down)


class AgendaListView(QListView):
    """The items in order. Signals: move_requested(int step): Alt+Up (-1) or Alt+Down (+1)."""

    move_requested = Signal(int)
    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        combination = event.keyCombination()
        if combination in (_ALT_UP, _ALT_DOWN):
            self.move_requested.emit(-1 if combination == _ALT_UP else 1)
            event.accept()
        elif event.key() == Qt.Key.Key_Delete:
            self.remove_requested.emit()
            event.accept()
        else:
            super().keyPressEvent(event)


class AgendaPage(QWidget):
    def __init__(self, session: EditSession, names: QCompleter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._item: AgendaItem | None = None
        self.model = AgendaListModel(self)
        self._build_list()
        self._build_item_form(names)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._list_side)
        splitter.addWidget(self._scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([2000, 5000])  # the proportion; Qt scales it to the real width
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- building --------------------------------------------------------------------------
    def _build_list(self) -> None:
        side = QWidget(self)
        self.items = named(AgendaListView(side), "agendaList", self.tr("Agenda items"))
        self.items.setModel(self.model)
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # One line per item (the whole title is in the form and the tooltip): with equal row
        # heights a changed row does not make the view measure all 200 rows again.
        self.items.setUniformItemSizes(True)
        self.items.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setResizeMode(QListView.ResizeMode.Adjust)  # elide to the width, no scroll
        self.add_item = named(QPushButton(self.tr("Add ite&m"), side), "addItemButton",
                              self.tr("Add an agenda item"))
        self.remove_item = named(QPushButton(self.tr("&Remove"), side), "removeItemButton",
                                 self.tr("Remove the agenda item"))
        self.move_up = named(QPushButton(self.tr("Up"), side), "moveItemUpButton",
                             self.tr("Move the item up"))
        self.move_down = named(QPushButton(self.tr("Down"), side), "moveItemDownButton",
                               self.tr("Move the item down"))
        self.move_up.setToolTip(self.tr("Move the item up (Alt+Up)"))
        self.move_down.setToolTip(self.tr("Move the item down (Alt+Down)"))
        label = QLabel(self.tr("Agenda &items:"), side)
        label.setBuddy(self.items)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_item)
        buttons.addWidget(self.remove_item)
        moves = QHBoxLayout()
        moves.addWidget(self.move_up)
        moves.addWidget(self.move_down)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.items, 1)
        layout.addLayout(buttons)
        layout.addLayout(moves)
        self._list_side = side
        self.items.selectionModel().currentRowChanged.connect(lambda *_: self._show_item(True))
        self.items.move_requested.connect(self._move_selected)
        self.items.remove_requested.connect(self._remove_selected)
        self.model.moved.connect(self._on_dragged)
        self.add_item.clicked.connect(self._add)
        self.remove_item.clicked.connect(self._remove_selected)
        self.move_up.clicked.connect(lambda: self._move_selected(-1))
        self.move_down.clicked.connect(lambda: self._move_selected(1))

    def _build_item_form(self, names: QCompleter) -> None:
        form_widget = QWidget(self)
        self.title = named(QLineEdit(form_widget), "itemTitleEdit", self.tr("Item title"))
        self.presenters = named(NamesEdit(names, form_widget), "presentersEdit",
                                self.tr("Presenters"))
        self.presenters.setPlaceholderText(self.tr("Names, separated by commas"))
        self.heard = StatementsBox(self._session, "heard", form_widget)
        self.discussion = StatementsBox(self._session, "discussion", form_widget)
        self.proposals = StatementsBox(self._session, "proposals", form_widget)
        self.conclusions = TextListBox(
            self._session, CONCLUSIONS, "itemConclusion",
            self.tr("Conclusions (the participants noted that…)"), form_widget)
        self.decisions = DecisionsBox(self._session, names, form_widget)
        self._title_field = MarkedField(self.title, form_widget)
        top = QFormLayout()
        top.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, field, buddy in ((self.tr("&Title:"), self._title_field, self.title),
                                   (self.tr("&Presenters:"), self.presenters, self.presenters)):
            label = QLabel(text, form_widget)
            label.setBuddy(buddy)
            top.addRow(label, field)
        layout = QVBoxLayout(form_widget)
        layout.addLayout(top)
        layout.addWidget(self.heard)
        layout.addWidget(self.discussion)
        layout.addWidget(self.proposals)
        layout.addWidget(self.conclusions)
        layout.addWidget(self.decisions)
        layout.addStretch(1)
        self._form = form_widget
        self._scroll = FormScrollArea(form_widget, self)
        self.title.textEdited.connect(self._on_title_edited)
        self.presenters.names_edited.connect(self._on_presenters_edited)

    # -- showing ---------------------------------------------------------------------------
    def show_meeting(self, meeting: Meeting | None, force: bool) -> None:
        agenda = meeting.agenda if meeting else ()
        selected = self.selected_key()
        old_row = self.items.currentIndex().row()
        self.model.set_rows(agenda)
        if self.model.row_of(selected) < 0:
            selected = agenda[min(max(old_row, 0), len(agenda) - 1)].key if agenda else None
        if self.selected_key() != selected:  # gone, or the model was reset
            self.select(selected)
        self._show_item(force)

    def set_read_only(self, read_only: bool) -> None:
        """No dragging items into another order while the editor is locked."""
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop if read_only
                                   else QAbstractItemView.DragDropMode.InternalMove)

    def set_names(self, names: tuple[str, ...]) -> None:
        self.heard.set_names(names)
        self.discussion.set_names(names)
        self.proposals.set_names(names)

    def selected_key(self) -> str | None:
        index = self.items.currentIndex()
        return index.data(KeyRole) if index.isValid() else None

    def select(self, key: str | None) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self.items.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _show_item(self, force: bool) -> None:
        meeting = self._session.meeting
        key = self.selected_key()
        number = index_of(meeting.agenda, key) + 1 if meeting and key else 0
        item = meeting.agenda[number - 1] if number else None
        if item is not None and self._item is not None and item.key != self._item.key:
            force = True
        self._item = item
        if force:
            mark(self.title, None)
        self._form.setEnabled(item is not None)
        for button in (self.remove_item, self.move_up, self.move_down):
            enable(button, item is not None)
        # No item selected: empty fields (the form is disabled), never another item's title.
        set_line(self.title, item.title if item else "", force or item is None)
        self.presenters.set_names(item.presenters if item else (), force or item is None)
        self.heard.show_item(item, force)
        self.discussion.show_item(item, force)
        self.proposals.show_item(item, force)
        self.conclusions.show_entries(item.conclusions if item else (),
                                      item_conclusions(item.key) if item else None, force)
        self.decisions.show_item(item, number, force)

    # -- editing ---------------------------------------------------------------------------
    def _on_title_edited(self) -> None:
        value = take_clean_text(self.title)
        if self._item is None:
            return
        key = self._item.key
        error = self._session.change(
            self.tr("Edit item title"),
            lambda m: edit_item(m, key, lambda i: replace(i, title=value)),
            merge_key=f"item.{key}.title",
        )
        mark(self.title, field_message(error) if error else None)

    def _on_presenters_edited(self) -> None:
        if self._item is None:
            return
        key, names = self._item.key, self.presenters.names()
        self._session.change(
            self.tr("Edit presenters"),
            lambda m: edit_item(m, key, lambda i: replace(i, presenters=names)),
            merge_key=f"item.{key}.presenters",
        )

    def _add(self) -> None:
        meeting = self._session.meeting
        if meeting is None:
            return
        item = AgendaItem(title=starting_text("item", meeting.language))
        error = self._session.change(
            self.tr("Add agenda item"),
            lambda m: replace(m, agenda=insert_at(m.agenda, len(m.agenda), item)),
        )
        if error is None:
            self.select(item.key)
            self.title.setFocus()
            self.title.selectAll()

    def _remove_selected(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        self._session.change(
            self.tr("Remove agenda item"),
            lambda m: replace(m, agenda=remove_keyed(m.agenda, key)),
        )
        self.items.setFocus()

    def _move_selected(self, step: int) -> None:
        row = self.items.currentIndex().row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        # moveRows counts the destination before the move: one further when moving down.
        self.model.moveRows(self.items.rootIndex(), row, 1, self.items.rootIndex(),
                            target + 1 if step > 0 else target)

    def _on_dragged(self, key: str, target: int) -> None:
        self._session.change(
            self.tr("Move agenda item"),
            lambda m: replace(m, agenda=move_keyed(m.agenda, key, target)),
        )
        self.select(key)
