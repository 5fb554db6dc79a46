"""The tasks (поручения) of one decision: a table and the form of the selected task, with
when and how it was done."""

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from minutes_app.domain import ActionItem, Decision, Language
from minutes_app.ui.editor.edits import edit_action, edit_decision, find, remove_keyed
from minutes_app.ui.editor.keyed_list import KeyedListBox
from minutes_app.ui.editor.labels import date_label, starting_text
from minutes_app.ui.editor.messages import field_message
from minutes_app.ui.editor.models import ActionTableModel
from minutes_app.ui.editor.session import EditSession
from minutes_app.ui.editor.widgets import (
    MarkedField,
    NamesEdit,
    OptionalDateEdit,
    PlainTextEdit,
    mark,
    named,
    set_checked,
    set_line,
    set_plain,
    take_clean_text,
)


class TasksBox(KeyedListBox):
    def __init__(self, session: EditSession, names: QCompleter,
                 parent: QWidget | None = None) -> None:
        model = ActionTableModel()
        super().__init__(self.tr("Tasks"), "task", model, QTableView(),
                         self.tr("Add a tas&k"), self.tr("Remove the task"), parent)
        self._session = session
        self._item_key = ""
        self._decision: Decision | None = None
        table = self.view
        assert isinstance(table, QTableView)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setWordWrap(False)
        table.setMaximumHeight(self.fontMetrics().lineSpacing() * 7 + 8)
        metrics = self.fontMetrics()
        padding = 3 * metrics.averageCharWidth()
        for column, chars in ((model.COL_TASK, 40), (model.COL_RESPONSIBLE, 24)):
            table.setColumnWidth(column, chars * metrics.averageCharWidth())
        widest_due = max(metrics.horizontalAdvance(text) for text in (
            date_label(date(2026, 12, 28)), model.header(model.COL_DUE), self.tr("no date")))
        table.setColumnWidth(model.COL_DUE, widest_due + padding)
        # The task's text takes the room left (elided, whole in the form below): the table
        # never scrolls sideways, whatever the width the form has.
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(model.COL_TASK,
                                                      QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(model.COL_DONE,
                                                      QHeaderView.ResizeMode.ResizeToContents)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.task = named(PlainTextEdit(self.form), "taskTextEdit", self.tr("Task"))
        self.responsible = named(NamesEdit(names, self.form), "taskResponsibleEdit",
                                 self.tr("Responsible"))
        self.responsible.setPlaceholderText(self.tr("Names, separated by commas"))
        self.due = OptionalDateEdit(self.form)
        named(self.due.check, "taskDueSetCheck", self.tr("The task has a due date"))
        named(self.due.editor, "taskDueEdit", self.tr("Due date"))
        self.due.set_texts(self.tr("no date"), self.tr("Tick to set a due date"))
        self.done = named(QCheckBox(self.tr("Done"), self.form), "taskDoneCheck", self.tr("Done"))
        self.done_on = OptionalDateEdit(self.form)
        named(self.done_on.check, "taskDoneOnSetCheck", self.tr("The day it was done is known"))
        named(self.done_on.editor, "taskDoneOnEdit", self.tr("Done on"))
        self.done_on.set_texts(self.tr("not known"), self.tr("Tick to enter the day it was done"))
        self.done_note = named(QLineEdit(self.form), "taskDoneNoteEdit",
                               self.tr("How it was done"))
        self.done_note.setPlaceholderText(self.tr("e.g. letter No. 12"))
        self._task_field = MarkedField(self.task, self.form)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows: tuple[tuple[str, QWidget, QWidget], ...] = (
            (self.tr("Task:"), self._task_field, self.task),
            (self.tr("Responsible:"), self.responsible, self.responsible),
            (self.tr("Due date:"), self.due, self.due.check),
            ("", self.done, self.done),
            (self.tr("Done o&n:"), self.done_on, self.done_on.check),
            (self.tr("How it &was done:"), self.done_note, self.done_note),
        )
        for text, field, buddy in rows:
            if not text:
                form.addRow("", field)
                continue
            label = QLabel(text, self.form)
            label.setBuddy(buddy)
            form.addRow(label, field)
        self.task.textChanged.connect(lambda: self._edit(task=self.task.toPlainText()))
        self.responsible.names_edited.connect(
            lambda: self._edit(responsible=self.responsible.names()))
        self.due.value_changed.connect(lambda value: self._edit(due=value))
        self.done.toggled.connect(lambda on: self._edit(**_done_changes(on)))
        self.done_on.value_changed.connect(self._on_done_on_changed)
        self.done_note.textEdited.connect(
            lambda _t: self._edit(done_note=take_clean_text(self.done_note)))
        model.done_toggled.connect(lambda key, on: self._edit_task(key, **_done_changes(on)))
        self.add_requested.connect(self._add)
        self.remove_requested.connect(self._remove)
        self.selection_changed.connect(lambda: self._show_selected(force=True))

    # -- showing ---------------------------------------------------------------------------
    def show_decision(self, item_key: str, decision: Decision | None, force: bool) -> None:
        if decision is not None and self._decision is not None and (
                decision.key != self._decision.key):
            force = True
        self._item_key = item_key
        self._decision = decision
        self.setEnabled(decision is not None)
        self.set_rows(decision.actions if decision else ())
        self._show_selected(force)

    def _selected(self) -> ActionItem | None:
        return find(self._decision.actions, self.selected_key()) if self._decision else None

    def _show_selected(self, force: bool) -> None:
        if force:
            mark(self.task, None)
        action = self._selected()
        if action is None:  # empty fields (the form is disabled), never another task's
            set_plain(self.task, "", force=True)
            self.responsible.set_names((), force=True)
            self.due.set_value(None)
            set_checked(self.done, False)
            self.done_on.set_value(None)
            set_line(self.done_note, "", force=True)
            return
        set_plain(self.task, action.task, force)
        self.responsible.set_names(action.responsible, force)
        if self.due.value() != action.due:
            self.due.set_value(action.due)
        set_checked(self.done, action.done)
        if self.done_on.value() != action.done_on:
            self.done_on.set_value(action.done_on)
        set_line(self.done_note, action.done_note, force)

    # -- editing ---------------------------------------------------------------------------
    def _edit(self, **changes: Any) -> None:
        action = self._selected()
        if action is not None:
            self._edit_task(action.key, **changes)

    def _on_done_on_changed(self, value: object) -> None:
        if value is None:
            self._edit(done_on=None)  # forgetting the day leaves the task done
        else:
            self._edit(done_on=value, done=True)  # a task done on a day is done

    def _edit_task(self, key: str, **changes: Any) -> None:
        if self._decision is None:
            return
        item_key, decision_key = self._item_key, self._decision.key
        field = ".".join(sorted(changes))
        error = self._session.change(
            self.tr("Edit task"),
            lambda m: edit_action(m, item_key, decision_key, key,
                                  lambda a: replace(a, **changes)),
            merge_key=f"task.{key}.{field}",
        )
        if "task" in changes:
            mark(self.task, field_message(error) if error else None)

    def _add(self) -> None:
        if self._decision is None:
            return
        meeting = self._session.meeting
        language = meeting.language if meeting is not None else Language.RU
        action = ActionItem(task=starting_text("task", language))
        item_key, decision_key = self._item_key, self._decision.key
        error = self._session.change(
            self.tr("Add task"),
            lambda m: edit_decision(m, item_key, decision_key,
                                    lambda d: replace(d, actions=(*d.actions, action))),
        )
        if error is None:
            self.select(action.key)
            self.task.setFocus()
            self.task.selectAll()

    def _remove(self, key: str) -> None:
        if self._decision is None:
            return
        item_key, decision_key = self._item_key, self._decision.key
        self._session.change(
            self.tr("Remove task"),
            lambda m: edit_decision(m, item_key, decision_key,
                                    lambda d: replace(d, actions=remove_keyed(d.actions, key))),
        )


def _done_changes(done: bool) -> dict[str, Any]:
    """Ticking "done" only ticks it; unticking also forgets the day it was done (a task with
    that day is done, so the day would tick it again)."""
    return {"done": True} if done else {"done": False, "done_on": None}
