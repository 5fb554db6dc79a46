"""Directory → Tasks… (Контроль исполнения): every task of every meeting in one table, filtered by
state, responsible person, body, due dates and meeting; a task marked done (with the date and
a note such as «письмо № 12 от …») or open again; a task's meeting opened at its decision.

The window is not modal: it stays open beside the main window. Marking a task changes a stored
meeting, so the editor's typing is saved first and, if the editor shows that meeting, it is
read again afterwards: the editor never writes its older copy back over the mark.
"""

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QDate, QLocale, QModelIndex, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import DomainError, Language, Meeting
from minutes_app.services import ServiceError, Services
from minutes_app.services.tasks import TaskFilter, TaskRow, TaskState
from minutes_app.ui import screen_fit
from minutes_app.ui.data_safety import JobRunner
from minutes_app.ui.editor.labels import date_label
from minutes_app.ui.editor.widgets import OptionalDateEdit, date_format, named
from minutes_app.ui.error_text import describe
from minutes_app.ui.models.task_table_model import (
    RowRole,
    TaskSortProxyModel,
    TaskTableModel,
)
from minutes_app.ui.settings import documents_folder


class TaskSource(Protocol):
    """What the window needs of services.tasks (TaskService)."""

    def list_tasks(self, task_filter: TaskFilter, today: date) -> list[TaskRow]: ...
    def mark_done(self, meeting_id: int, task_key: str, done_on: date, note: str) -> TaskRow: ...
    def mark_open(self, meeting_id: int, task_key: str) -> TaskRow: ...
    def export_report(self, task_filter: TaskFilter, today: date, target: Path,
                      language: Language = Language.RU) -> list[TaskRow]: ...


# The report's language, named in itself (as the export dialog names them).
REPORT_LANGUAGES = {Language.RU: "Русский", Language.KK: "Қазақша", Language.EN: "English"}


class EditorHost(Protocol):
    def flush(self) -> bool: ...  # save the typing now; False: it could not be
    def discard_changes(self) -> bool: ...  # show the open meeting as stored
    def current_meeting(self) -> Meeting | None: ...


class TasksHost(Protocol):
    """What the Tasks window needs from the main window."""

    services: Services

    @property
    def editor(self) -> EditorHost: ...


class MarkDoneDialog(QDialog):
    """The day a task was done (today unless changed) and a note on how."""

    def __init__(self, row: TaskRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markDoneDialog")
        self.setWindowTitle(self.tr("Mark the task done"))
        task = QLabel(row.task, self)
        task.setWordWrap(True)
        task.setObjectName("markDoneTaskLabel")
        self.done_on = named(QDateEdit(self), "doneOnEdit", self.tr("Done on"))
        self.done_on.setCalendarPopup(True)
        self.done_on.setDisplayFormat(date_format())
        self.done_on.setDate(QDate(today.year, today.month, today.day))
        self.note = named(QLineEdit(self), "doneNoteEdit", self.tr("How it was done"))
        self.note.setPlaceholderText(self.tr("e.g. letter No. 12 of 01.03.2026"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for text, field in ((self.tr("Done &on:"), self.done_on),
                            (self.tr("&Note:"), self.note)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(task)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.note.setFocus()

    def value(self) -> tuple[date, str]:
        day = self.done_on.date()
        return date(day.year(), day.month(), day.day()), " ".join(self.note.text().split())


def ask_report_path(parent: QWidget, title: str, name: str, file_filter: str) -> Path | None:
    """Where to write a report (tests replace this); None when the user cancelled. Qt's
    dialog asks before replacing a file."""
    folder = Path(documents_folder())
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(folder / name), file_filter)
    return Path(chosen) if chosen else None


def ask_done(parent: QWidget, row: TaskRow, today: date) -> tuple[date, str] | None:
    """The day and note of a task done, or None when the user cancelled."""
    dialog = MarkDoneDialog(row, today, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value()


class TasksDialog(QDialog):
    """Signals: task_requested(meeting_id, item_number, decision_number, task_key): open this
    meeting at this decision and task in the main window."""

    task_requested = Signal(int, int, int, str)

    def __init__(self, tasks: TaskSource, host: TasksHost, jobs: JobRunner,
                 parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        """`jobs`: the window's worker (data_safety.JobRunner), which writes the reports: one
        job at a time with backups, restores and imports, and waited for as the window
        closes."""
        super().__init__(parent)
        self._tasks = tasks
        self._host = host
        self._jobs = jobs
        self._writing = False  # a report is being written
        self.today = today  # the day that decides what is overdue (tests fix it)
        self._filling = False  # the filters are being filled in: no reload per choice
        self.setObjectName("tasksDialog")
        self.setWindowTitle(self.tr("Tasks: control of execution"))
        self.resize(screen_fit.within_screen(self, QSize(1150, 650)))  # a laptop's too
        self.model = TaskTableModel(self)
        self.proxy = TaskSortProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.message = QLabel(self)
        self.message.setObjectName("tasksMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        layout.addWidget(self._build_table(), 1)
        marks, reports = self._build_buttons()
        layout.addLayout(marks)
        layout.addLayout(reports)
        layout.addWidget(self.message)
        self.refresh_choices()
        self.reload()

    # -- building --------------------------------------------------------------------------
    def _build_filters(self) -> QGridLayout:
        self.state = named(QComboBox(self), "taskStateCombo", self.tr("Which tasks"))
        for text, state in ((self.tr("All"), TaskState.ALL), (self.tr("Open"), TaskState.OPEN),
                            (self.tr("Overdue"), TaskState.OVERDUE),
                            (self.tr("Done"), TaskState.DONE)):
            self.state.addItem(text, state.value)
        self.person = named(QLineEdit(self), "taskPersonEdit", self.tr("Responsible person"))
        self.person.setPlaceholderText(self.tr("Any part of a name"))
        self.person.setClearButtonEnabled(True)
        self._people = QStringListModel(self)
        self._person_completer = QCompleter(self._people, self)
        self._person_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._person_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.setCompleter(self._person_completer)
        self.body = named(QComboBox(self), "taskBodyCombo", self.tr("Council or commission"))
        self.meeting = named(QComboBox(self), "taskMeetingCombo", self.tr("Meeting"))
        self.due_from = OptionalDateEdit(self)
        named(self.due_from.check, "taskDueFromCheck", self.tr("Due on or after a date"))
        named(self.due_from.editor, "taskDueFromEdit", self.tr("Due from"))
        self.due_from.set_texts(self.tr("any"), self.tr("Tick to list tasks due on or after"))
        self.due_to = OptionalDateEdit(self)
        named(self.due_to.check, "taskDueToCheck", self.tr("Due on or before a date"))
        named(self.due_to.editor, "taskDueToEdit", self.tr("Due to"))
        self.due_to.set_texts(self.tr("any"), self.tr("Tick to list tasks due on or before"))
        grid = QGridLayout()
        fields: tuple[tuple[str, QWidget, QWidget], ...] = (
            (self.tr("&Show:"), self.state, self.state),
            (self.tr("&Responsible:"), self.person, self.person),
            (self.tr("&Body:"), self.body, self.body),
            (self.tr("Due &from:"), self.due_from, self.due_from.check),
            (self.tr("Due &to:"), self.due_to, self.due_to.check),
            (self.tr("&Meeting:"), self.meeting, self.meeting),
        )
        for number, (text, field, buddy) in enumerate(fields):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            grid.addWidget(label, number // 3, (number % 3) * 2)
            grid.addWidget(field, number // 3, (number % 3) * 2 + 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        self.state.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.person.textChanged.connect(lambda _t: self._filter_changed())
        self.body.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.meeting.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.due_from.value_changed.connect(lambda _v: self._filter_changed())
        self.due_to.value_changed.connect(lambda _v: self._filter_changed())
        return grid

    def _build_table(self) -> QTableView:
        self.table = named(QTableView(self), "tasksTable", self.tr("Tasks"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        # The service lists by due date: show that order and its arrow.
        self.table.horizontalHeader().setSortIndicator(TaskTableModel.COL_DUE,
                                                       Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._size_columns()
        self.table.doubleClicked.connect(self._open_task_at)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        return self.table

    def _size_columns(self) -> None:
        """Dates, statuses and meetings whole; names and tasks a fair share (their tooltips
        and the stretched note take the rest)."""
        metrics = self.table.fontMetrics()
        padding = 3 * metrics.averageCharWidth()
        day = date(2026, 12, 28)
        sample = TaskRow(0, day, "12", "", "", 1, 1, "", "", (), day, True, day, "")
        widest = {
            TaskTableModel.COL_DUE: (date_label(day), self.model.cell(
                replace(sample, due=None), TaskTableModel.COL_DUE)),
            TaskTableModel.COL_STATUS: (self.model.status(sample),),
            TaskTableModel.COL_MEETING: (self.model.meeting_label(sample),),
        }
        for column, texts in widest.items():
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(column, padding + max(
                metrics.horizontalAdvance(text) for text in (*texts, header)))
        chars = metrics.averageCharWidth()
        self.table.setColumnWidth(TaskTableModel.COL_RESPONSIBLE, 28 * chars)
        self.table.setColumnWidth(TaskTableModel.COL_TASK, 52 * chars)

    def _build_buttons(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The row under the table (the count, the selected task's buttons) and the row of
        the reports."""
        self.done_button = _button(self, "markDoneButton", self.tr("Mark &done…"),
                                   self.tr("Mark the selected task done"))
        self.open_button = _button(self, "markOpenButton", self.tr("Mark o&pen"),
                                   self.tr("Mark the selected task not done"))
        self.meeting_button = _button(self, "openTaskMeetingButton",
                                      self.tr("Open the m&eeting"),
                                      self.tr("Open the selected task's meeting at its decision"))
        self.word_button = _button(self, "wordReportButton", self.tr("&Word report…"),
                                   self.tr("Save the listed tasks as a Word report"))
        self.excel_button = _button(self, "excelReportButton", self.tr("E&xcel…"),
                                    self.tr("Save the listed tasks as an Excel workbook"))
        self.language = named(QComboBox(self), "reportLanguageCombo",
                              self.tr("Language of the report"))
        for language, name in REPORT_LANGUAGES.items():
            self.language.addItem(name, language.value)
        self.language.setCurrentIndex(max(self.language.findData(_interface_language()), 0))
        language_label = QLabel(self.tr("Report &language:"), self)
        language_label.setBuddy(self.language)
        self.summary = QLabel(self)
        self.summary.setObjectName("tasksSummary")
        marks = QHBoxLayout()
        marks.addWidget(self.summary, 1)
        marks.addWidget(self.meeting_button)
        marks.addWidget(self.done_button)
        marks.addWidget(self.open_button)
        reports = QHBoxLayout()
        reports.addStretch(1)
        reports.addWidget(language_label)
        reports.addWidget(self.language)
        reports.addWidget(self.word_button)
        reports.addWidget(self.excel_button)
        self.done_button.clicked.connect(self.mark_done)
        self.open_button.clicked.connect(self.mark_open)
        self.meeting_button.clicked.connect(self.open_selected)
        self.word_button.clicked.connect(lambda: self.save_report(".docx"))
        self.excel_button.clicked.connect(lambda: self.save_report(".xlsx"))
        return marks, reports

    # -- the filters -----------------------------------------------------------------------
    def refresh_choices(self) -> None:
        """Offer the directory's people, bodies and meetings as they are now."""
        services = self._host.services
        try:
            people = [person.full_name for person in services.directory.list_people()]
            bodies = [body.name for body in services.directory.list_bodies()]
            meetings = services.meetings.list_meetings()
        except ServiceError as error:
            self.say(describe(error))
            return
        self._people.setStringList(people)
        self._filling = True
        try:
            _fill(self.body, self.tr("All bodies"), [(name, name) for name in bodies])
            _fill(self.meeting, self.tr("All meetings"), [
                (self._meeting_choice(m.date, m.number, m.body), m.id)
                for m in sorted(meetings, key=lambda m: m.date, reverse=True)])
        finally:
            self._filling = False

    def _meeting_choice(self, day: date, number: str, body: str) -> str:
        text = date_label(day) + (f", № {number}" if number else "")
        return f"{text} — {body}" if body else text

    def task_filter(self) -> TaskFilter:
        meeting = self.meeting.currentData()
        return TaskFilter(
            state=TaskState(self.state.currentData()),
            person=" ".join(self.person.text().split()),
            body=self.body.currentData() or "",
            due_after=self.due_from.value(),
            due_before=self.due_to.value(),
            meeting_id=meeting if isinstance(meeting, int) else None)

    def _filter_changed(self) -> None:
        if not self._filling:
            self.reload()

    # -- the list --------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the tasks the filters let through; the selected task stays selected."""
        selected = self.selected_task()
        today = self.today()
        try:
            rows = self._tasks.list_tasks(self.task_filter(), today)
        except ServiceError as error:
            self.say(describe(error))
            return
        self.model.set_rows(rows, today)
        self._select(selected)
        self._show_summary()
        self._update_buttons()

    def _show_summary(self) -> None:
        self.summary.setText(self.tr("Tasks: %1, of them overdue: %2.")
                             .replace("%1", str(self.model.rowCount()))
                             .replace("%2", str(self.model.overdue_count())))

    def selected_task(self) -> TaskRow | None:
        row = self.table.currentIndex().data(RowRole)
        return row if isinstance(row, TaskRow) else None

    def _select(self, task: TaskRow | None) -> None:
        for number, row in enumerate(self.model.rows):
            if task is not None and (row.meeting_id, row.task_key) == (
                    task.meeting_id, task.task_key):
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(number, 0)).row())
                return
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _update_buttons(self) -> None:
        task = self.selected_task()
        self.done_button.setEnabled(task is not None and not task.done)
        self.open_button.setEnabled(task is not None and task.done)
        self.meeting_button.setEnabled(task is not None)

    def say(self, message: str) -> None:
        self.message.setText(message)

    # -- marking ---------------------------------------------------------------------------
    def mark_done(self) -> None:
        task = self.selected_task()
        if task is None or task.done:
            return
        answer = ask_done(self, task, self.today())
        if answer is not None:
            done_on, note = answer
            self._change(task, lambda: self._tasks.mark_done(
                task.meeting_id, task.task_key, done_on, note))

    def mark_open(self) -> None:
        task = self.selected_task()
        if task is not None and task.done:
            self._change(task, lambda: self._tasks.mark_open(task.meeting_id, task.task_key))

    def _change(self, task: TaskRow, change: Callable[[], TaskRow]) -> None:
        editor = self._host.editor
        if not editor.flush():
            self.say(self.tr("Not changed: the typing in the open meeting could not be saved "
                             "first. Try again once it is saved."))
            return
        try:
            changed = change()
        except (ServiceError, DomainError) as error:
            self.say(describe(error))
            return
        shown = editor.current_meeting()
        if shown is not None and shown.id == task.meeting_id:
            editor.discard_changes()  # the editor reads the marked task back
        self.model.replace_row(changed)
        self._show_summary()
        self._update_buttons()
        self.say(self.model.status(changed).capitalize() + ": " + changed.task)

    # -- reports ---------------------------------------------------------------------------
    def save_report(self, suffix: str) -> None:
        """Write the tasks as listed (the same filters) to a Word report or an Excel
        workbook, in the chosen language."""
        word = suffix == ".docx"
        title = self.tr("Save the Word report") if word else self.tr("Save the Excel workbook")
        file_filter = (self.tr("Word documents (*.docx)") if word
                       else self.tr("Excel workbooks (*.xlsx)"))
        name = self.tr("tasks") + f"-{self.today():%Y-%m-%d}{suffix}"
        target = ask_report_path(self, title, name, file_filter)
        if target is None:
            return
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        task_filter, today = self.task_filter(), self.today()
        language = Language(self.language.currentData())
        # On the window's worker: thousands of tasks take seconds to write (4,000 in a Word
        # report: 4 s), and the window goes on meanwhile. One report at a time.
        self._set_writing(True)
        self.say(self.tr("Writing %1…").replace("%1", str(target)))
        self._jobs.run(lambda: self._tasks.export_report(task_filter, today, target, language),
                       lambda rows, error: self._report_written(target, rows, error))

    @property
    def writing_report(self) -> bool:
        return self._writing

    def _set_writing(self, writing: bool) -> None:
        self._writing = writing
        self.word_button.setEnabled(not writing)
        self.excel_button.setEnabled(not writing)

    def _report_written(self, target: Path, rows: list[TaskRow] | None,
                        error: BaseException | None) -> None:
        self._set_writing(False)
        if error is not None:
            self.say(describe(error))
            return
        self.say(self.tr("Saved %1 (tasks: %2).").replace("%1", str(target))
                 .replace("%2", str(len(rows or ()))))

    # -- opening meetings ------------------------------------------------------------------
    def open_selected(self) -> None:
        self._open_task_at(self.table.currentIndex())

    def _open_task_at(self, index: QModelIndex) -> None:
        row = index.data(RowRole) if index.isValid() else None
        if isinstance(row, TaskRow):
            self.task_requested.emit(row.meeting_id, row.item_number, row.decision_number,
                                     row.task_key)


def _button(parent: QWidget, name: str, text: str, accessible: str) -> QPushButton:
    button = named(QPushButton(text, parent), name, accessible)
    button.setAutoDefault(False)
    return button


def _interface_language() -> str:
    """The report's first language: the interface's (Russian unless Kazakh or English)."""
    language = QLocale().language()
    return {QLocale.Language.Kazakh: "kk", QLocale.Language.English: "en"}.get(language, "ru")


def _fill(combo: QComboBox, everything: str, choices: list[tuple[str, object]]) -> None:
    """`everything` (no filter) and the choices; the chosen one stays chosen if still there."""
    chosen = combo.currentData()
    combo.clear()
    combo.addItem(everything, None)
    for text, data in choices:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
