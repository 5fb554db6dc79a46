"""Directory → Tasks…: the register of every task, its filters, an overdue task marked, a task
marked done and open again through the window (read back through services), a task's meeting
opened at its decision, and a refusal of the service shown with nothing changed."""

from datetime import date, datetime

import docx
import openpyxl
import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Decision,
    Meeting,
    Person,
    Role,
    Vote,
)
from minutes_app.services import Services
from minutes_app.services.tasks import TaskRow
from minutes_app.services.transactions import DatabaseReadOnly
from minutes_app.ui.dialogs import tasks_dialog
from minutes_app.ui.dialogs.tasks_dialog import MarkDoneDialog, TasksDialog
from minutes_app.ui.error_text import describe
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.models.task_table_model import (
    OVERDUE_TEXT,
    OverdueRole,
    RowRole,
    TaskTableModel,
)

TODAY = date(2026, 4, 15)  # the day the tests run on, as far as the window knows
IVANOV = "Иванов Иван Иванович"
SEITOVA = "Сеитова Айгуль Маратовна"
COUNCIL = "Общественный совет"
COMMISSION = "Комиссия по этике"


def meeting(number: str, day: date, body: str, tasks: list[list[ActionItem]]) -> Meeting:
    """A meeting of one agenda item whose decisions carry `tasks` (one list a decision)."""
    return Meeting(
        title=f"Заседание {number}", date=day, number=number, body=body,
        attendees=(Attendee(name=IVANOV, role=Role.CHAIR),
                   Attendee(name=SEITOVA, role=Role.SECRETARY)),
        agenda=(AgendaItem("О плане работы", decisions=tuple(
            Decision(f"Решение {n}.", Vote(for_=2), actions=tuple(actions))
            for n, actions in enumerate(tasks, start=1))),))


@pytest.fixture
def meetings(services: Services) -> list[Meeting]:
    first = services.meetings.create(meeting("1", date(2026, 1, 20), COUNCIL, [
        [ActionItem("Подготовить план", (IVANOV,), date(2026, 5, 1))],
        [ActionItem("Направить письмо", (SEITOVA,), date(2026, 3, 1)),
         ActionItem("Провести встречу", (IVANOV, SEITOVA), None)],
    ]))
    second = services.meetings.create(meeting("2", date(2026, 2, 17), COMMISSION, [
        [ActionItem("Отчитаться о работе", (SEITOVA,), date(2026, 4, 1),
                    done=True, done_on=date(2026, 3, 30), done_note="письмо № 7"),
         ActionItem("Обновить сайт", (IVANOV,), date(2026, 6, 10))],
    ]))
    services.directory.save_person(Person("Орлова", "Алёна", "Петровна"))
    return [first, second]


@pytest.fixture
def window(qtbot, services, settings, meetings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def dialog(qtbot, window: MainWindow) -> TasksDialog:
    window.tasks_action.trigger()
    dialog = window._tasks_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    dialog.today = lambda: TODAY
    dialog.reload()
    return dialog


def tasks(dialog: TasksDialog) -> list[str]:
    """The Task column as shown, top to bottom."""
    return [dialog.proxy.index(row, TaskTableModel.COL_TASK).data()
            for row in range(dialog.proxy.rowCount())]


def row_of(dialog: TasksDialog, task: str) -> int:
    return tasks(dialog).index(task)


def cell(dialog: TasksDialog, task: str, column: int) -> str:
    return dialog.proxy.index(row_of(dialog, task), column).data()


def select(dialog: TasksDialog, task: str) -> TaskRow:
    dialog.table.selectRow(row_of(dialog, task))
    selected = dialog.selected_task()
    assert selected is not None and selected.task == task
    return selected


def stored_action(services: Services, meeting_id: int, task: str) -> ActionItem:
    stored = services.meetings.get(meeting_id)
    return next(action for item in stored.agenda for decision in item.decisions
                for action in decision.actions if action.task == task)


# -- the table -----------------------------------------------------------------------------
def test_lists_the_tasks_of_both_meetings_by_due_date(dialog):
    assert dialog.windowTitle() == "Tasks: control of execution"
    assert not dialog.isModal()
    assert tasks(dialog) == ["Направить письмо", "Отчитаться о работе", "Подготовить план",
                             "Обновить сайт", "Провести встречу"]
    assert cell(dialog, "Направить письмо", TaskTableModel.COL_DUE) == "01/03/2026"
    assert cell(dialog, "Провести встречу", TaskTableModel.COL_DUE) == "no date"
    assert cell(dialog, "Провести встречу", TaskTableModel.COL_RESPONSIBLE) == \
        f"{IVANOV}, {SEITOVA}"
    assert cell(dialog, "Обновить сайт", TaskTableModel.COL_MEETING) == "17/02/2026, № 2"
    assert cell(dialog, "Отчитаться о работе", TaskTableModel.COL_STATUS) == "done 30/03/2026"
    assert cell(dialog, "Отчитаться о работе", TaskTableModel.COL_NOTE) == "письмо № 7"
    assert cell(dialog, "Подготовить план", TaskTableModel.COL_STATUS) == "open"
    assert dialog.summary.text() == "Tasks: 5, of them overdue: 1."


def test_a_column_header_click_sorts_by_that_column(dialog):
    header = dialog.table.horizontalHeader()
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_centre(header, TaskTableModel.COL_MEETING))
    order = tasks(dialog)
    assert order.index("Обновить сайт") > order.index("Направить письмо")
    assert order[-1] == "Обновить сайт"  # the later meeting
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_centre(header, TaskTableModel.COL_STATUS))
    assert tasks(dialog)[0] == "Направить письмо"  # overdue first
    assert tasks(dialog)[-1] == "Отчитаться о работе"  # done last


def test_sorting_makes_each_row_s_key_once_and_keeps_the_selected_task(dialog, monkeypatch):
    """A decade of a busy council holds some 150,000 tasks: sorted by Qt through a sort role,
    each comparison asked Python for two keys (2.8 million calls, 22 s to open the window).
    The model makes one key per row and sort; the selected task stays selected, and tasks
    with equal keys keep the service's order (by due date) both ways."""
    made: list[int] = []
    real = TaskTableModel.sort_key
    monkeypatch.setattr(TaskTableModel, "sort_key",
                        lambda self, row, column: made.append(column) or real(self, row, column))
    select(dialog, "Провести встречу")
    header = dialog.table.horizontalHeader()
    for column in (TaskTableModel.COL_RESPONSIBLE, TaskTableModel.COL_RESPONSIBLE):
        made.clear()
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=_section_centre(header, column))
        assert made == [column] * 5  # five tasks, a key each
        assert dialog.selected_task().task == "Провести встречу"
        assert dialog.table.currentIndex().row() == row_of(dialog, "Провести встречу")
    # Descending by responsible: Seitova's two tasks first, in the service's order (due
    # date), then the shared one, then Ivanov's two, again in the service's order.
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert tasks(dialog) == ["Направить письмо", "Отчитаться о работе", "Провести встречу",
                             "Подготовить план", "Обновить сайт"]


def _section_centre(header, column):
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    return QPoint(x, header.height() // 2)


def test_an_overdue_task_says_so_and_stands_out(dialog):
    row = row_of(dialog, "Направить письмо")
    status = dialog.proxy.index(row, TaskTableModel.COL_STATUS)
    assert status.data() == "overdue"
    assert status.data(OverdueRole) is True
    assert status.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_TEXT
    assert status.data(Qt.ItemDataRole.FontRole).bold()
    # A task due later, one done after its date and one with no date are not overdue.
    for task in ("Подготовить план", "Отчитаться о работе", "Провести встречу"):
        index = dialog.proxy.index(row_of(dialog, task), TaskTableModel.COL_STATUS)
        assert index.data(OverdueRole) is False
        assert index.data(Qt.ItemDataRole.ForegroundRole) is None


# -- the filters ---------------------------------------------------------------------------
def test_the_state_filter(dialog):
    combo = dialog.state
    for text, expected in (
            ("Open", ["Направить письмо", "Подготовить план", "Обновить сайт",
                      "Провести встречу"]),
            ("Overdue", ["Направить письмо"]),
            ("Done", ["Отчитаться о работе"])):
        combo.setCurrentIndex(combo.findText(text))
        assert tasks(dialog) == expected, text
    combo.setCurrentIndex(combo.findText("All"))
    assert len(tasks(dialog)) == 5


def test_the_person_filter_is_typed_with_the_directory_s_names_offered(dialog):
    completions = dialog.person.completer().model().stringList()
    assert IVANOV in completions and "Орлова Алёна Петровна" in completions
    dialog.person.setFocus()
    dialog.person.setText("сеитова")  # any case, any part of the name
    assert tasks(dialog) == ["Направить письмо", "Отчитаться о работе", "Провести встречу"]
    dialog.person.clear()
    QTest.keyClicks(dialog.person, "nobody")
    assert tasks(dialog) == []
    assert dialog.summary.text() == "Tasks: 0, of them overdue: 0."
    assert not dialog.done_button.isEnabled() and not dialog.meeting_button.isEnabled()


def test_the_body_filter(dialog):
    combo = dialog.body
    assert combo.itemText(0) == "All bodies"
    combo.setCurrentIndex(combo.findText(COMMISSION))
    assert tasks(dialog) == ["Отчитаться о работе", "Обновить сайт"]
    combo.setCurrentIndex(combo.findText(COUNCIL))
    assert tasks(dialog) == ["Направить письмо", "Подготовить план", "Провести встречу"]


def test_the_due_date_range(dialog):
    dialog.due_from.check.click()
    dialog.due_from.editor.setDate(QDate(2026, 3, 15))
    assert tasks(dialog) == ["Отчитаться о работе", "Подготовить план", "Обновить сайт"]
    dialog.due_to.check.click()
    dialog.due_to.editor.setDate(QDate(2026, 5, 1))  # on the day counts
    assert tasks(dialog) == ["Отчитаться о работе", "Подготовить план"]
    dialog.due_from.check.click()  # unticked: no lower bound
    assert tasks(dialog) == ["Направить письмо", "Отчитаться о работе", "Подготовить план"]


def test_the_meeting_filter(dialog, meetings):
    combo = dialog.meeting
    assert combo.itemText(1) == f"17/02/2026, № 2 — {COMMISSION}"  # the newest first
    combo.setCurrentIndex(combo.findData(meetings[0].id))
    assert tasks(dialog) == ["Направить письмо", "Подготовить план", "Провести встречу"]
    combo.setCurrentIndex(0)
    assert len(tasks(dialog)) == 5


# -- marking -------------------------------------------------------------------------------
def answer_done(monkeypatch, day: QDate | None, note: str, accept: bool = True) -> list[str]:
    """Make the Mark done dialog answer as a user would: the date and note typed, OK pressed.
    Returns the task texts it was shown for."""
    shown: list[str] = []

    def exec_(self):
        shown.append(self.windowTitle())
        assert self.done_on.date() == QDate(2026, 4, 15)  # today unless changed
        if day is not None:
            self.done_on.setDate(day)
        self.note.setText(note)
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    monkeypatch.setattr(MarkDoneDialog, "exec", exec_)
    return shown


def test_mark_done_through_the_dialog_stores_it_and_updates_the_row(
        dialog, services, meetings, monkeypatch):
    shown = answer_done(monkeypatch, QDate(2026, 4, 10), "  письмо № 12 от 10.04.2026 ")
    task = select(dialog, "Направить письмо")
    assert dialog.done_button.isEnabled() and not dialog.open_button.isEnabled()
    dialog.done_button.click()
    assert shown == ["Mark the task done"]
    action = stored_action(services, meetings[0].id, "Направить письмо")
    assert (action.done, action.done_on, action.done_note) == (
        True, date(2026, 4, 10), "письмо № 12 от 10.04.2026")
    assert cell(dialog, task.task, TaskTableModel.COL_STATUS) == "done 10/04/2026"
    assert cell(dialog, task.task, TaskTableModel.COL_NOTE) == "письмо № 12 от 10.04.2026"
    status = dialog.proxy.index(row_of(dialog, task.task), TaskTableModel.COL_STATUS)
    assert status.data(OverdueRole) is False
    assert dialog.summary.text() == "Tasks: 5, of them overdue: 0."
    assert dialog.open_button.isEnabled() and not dialog.done_button.isEnabled()
    # The other tasks are as they were.
    assert stored_action(services, meetings[0].id, "Провести встречу").done is False


def test_cancelling_the_dialog_changes_nothing(dialog, services, meetings, monkeypatch):
    answer_done(monkeypatch, None, "не то", accept=False)
    select(dialog, "Подготовить план")
    dialog.done_button.click()
    assert stored_action(services, meetings[0].id, "Подготовить план").done is False
    assert cell(dialog, "Подготовить план", TaskTableModel.COL_STATUS) == "open"


def test_mark_open_undoes_it(dialog, services, meetings):
    select(dialog, "Отчитаться о работе")
    dialog.open_button.click()
    action = stored_action(services, meetings[1].id, "Отчитаться о работе")
    assert (action.done, action.done_on, action.done_note) == (False, None, "")
    # Open again, and past its date (1 April): overdue.
    assert cell(dialog, "Отчитаться о работе", TaskTableModel.COL_STATUS) == "overdue"
    assert cell(dialog, "Отчитаться о работе", TaskTableModel.COL_NOTE) == ""
    assert dialog.summary.text() == "Tasks: 5, of them overdue: 2."


def test_the_editor_showing_the_meeting_reads_the_mark_back(
        window, dialog, services, meetings, monkeypatch):
    window.list_panel.select_meeting(meetings[0].id)
    assert window.current_meeting_id() == meetings[0].id
    answer_done(monkeypatch, None, "выполнено")
    select(dialog, "Подготовить план")
    dialog.done_button.click()
    shown = window.editor.current_meeting()
    assert shown.agenda[0].decisions[0].actions[0].done is True
    assert window.editor.flush()  # the editor's save does not write the old copy back
    assert stored_action(services, meetings[0].id, "Подготовить план").done_note == "выполнено"


def test_a_refusal_of_the_service_is_shown_and_nothing_changes(
        dialog, services, meetings, monkeypatch):
    def refuse(*_args):
        raise DatabaseReadOnly("the file is read-only")
    monkeypatch.setattr(services.tasks, "mark_done", refuse)
    answer_done(monkeypatch, None, "письмо № 3")
    select(dialog, "Подготовить план")
    dialog.done_button.click()
    assert dialog.message.text() == describe(DatabaseReadOnly("the file is read-only"))
    assert dialog.message.text()
    assert cell(dialog, "Подготовить план", TaskTableModel.COL_STATUS) == "open"
    assert stored_action(services, meetings[0].id, "Подготовить план").done is False


def test_marking_a_task_of_a_deleted_meeting_says_so(dialog, services, meetings, monkeypatch):
    answer_done(monkeypatch, None, "")
    select(dialog, "Обновить сайт")
    services.meetings.delete(meetings[1].id)
    dialog.done_button.click()
    assert "no longer in the database" in dialog.message.text()
    assert cell(dialog, "Обновить сайт", TaskTableModel.COL_STATUS) == "open"


# -- opening the meeting -------------------------------------------------------------------
def assert_editor_at(window: MainWindow, meeting: Meeting, decision: int, task: str) -> None:
    editor = window.editor
    assert window.current_meeting_id() == meeting.id
    assert editor.tabs.currentWidget() is editor.agenda
    item = meeting.agenda[0]
    assert editor.agenda.selected_key() == item.key
    assert editor.agenda.decisions.selected_key() == item.decisions[decision - 1].key
    tasks_box = editor.agenda.decisions.tasks
    selected = next(a for a in item.decisions[decision - 1].actions if a.key ==
                    tasks_box.selected_key())
    assert selected.task == task


def test_double_click_opens_the_meeting_at_the_decision(qtbot, window, dialog, meetings):
    window.list_panel.select_meeting(meetings[1].id)
    row = row_of(dialog, "Провести встречу")
    rect = dialog.table.visualRect(dialog.proxy.index(row, TaskTableModel.COL_TASK))
    # A double click as Qt receives it: the first click, then the second (a double-click).
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert_editor_at(window, meetings[0], 2, "Провести встречу")


def test_enter_opens_the_selected_task_s_meeting(window, dialog, meetings):
    select(dialog, "Обновить сайт")
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    assert_editor_at(window, meetings[1], 1, "Обновить сайт")
    assert dialog.isVisible()  # the window stays open beside the editor


def test_the_rows_carry_their_task(dialog, meetings):
    row = dialog.proxy.index(row_of(dialog, "Направить письмо"), 0).data(RowRole)
    assert (row.meeting_id, row.item_number, row.decision_number) == (meetings[0].id, 1, 2)


def test_the_window_is_keyboard_usable(dialog):
    for label_text, widget in (("&Show:", dialog.state), ("&Responsible:", dialog.person),
                               ("&Body:", dialog.body), ("Due &from:", dialog.due_from.check),
                               ("Due &to:", dialog.due_to.check),
                               ("&Meeting:", dialog.meeting)):
        label = next(label for label in dialog.findChildren(type(dialog.summary))
                     if label.text() == label_text)
        assert label.buddy() is widget, label_text
        assert widget.accessibleName(), label_text
    for button in (dialog.done_button, dialog.open_button, dialog.meeting_button):
        assert "&" in button.text() and button.accessibleName()
    assert dialog.table.accessibleName() == "Tasks"


# -- reports -------------------------------------------------------------------------------
def save_to(monkeypatch, path) -> list[str]:
    """Answer the save dialog with `path`; returns the titles it was asked with."""
    asked: list[str] = []

    def ask(_parent, title, _name, _filter):
        asked.append(title)
        return path
    monkeypatch.setattr(tasks_dialog, "ask_report_path", ask)
    return asked


def report_text(path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_word_report_holds_the_tasks_as_filtered(dialog, tmp_path, monkeypatch, qtbot):
    assert dialog.language.currentData() == "en"  # the interface's language first
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.body.setCurrentIndex(dialog.body.findText(COMMISSION))
    asked = save_to(monkeypatch, tmp_path / "отчёт.docx")
    dialog.word_button.click()
    assert asked == ["Save the Word report"]
    # Written on a thread of its own: the window says so and goes on meanwhile.
    assert dialog.message.text() == f"Writing {tmp_path / 'отчёт.docx'}…"
    assert not dialog.word_button.isEnabled() and not dialog.excel_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.writing_report)
    assert dialog.word_button.isEnabled() and dialog.excel_button.isEnabled()
    text = report_text(tmp_path / "отчёт.docx")
    assert "Информация о ходе исполнения поручений" in text
    assert "Отчитаться о работе" in text and "Обновить сайт" in text
    assert "письмо № 7" in text
    assert "Направить письмо" not in text  # the council's task is filtered out
    assert dialog.message.text() == f"Saved {tmp_path / 'отчёт.docx'} (tasks: 2)."


def test_the_excel_workbook_holds_the_overdue_tasks(dialog, tmp_path, monkeypatch, qtbot):
    dialog.state.setCurrentIndex(dialog.state.findText("Overdue"))
    save_to(monkeypatch, tmp_path / "overdue")  # no suffix typed: .xlsx is added
    dialog.excel_button.click()
    qtbot.waitUntil(lambda: not dialog.writing_report)
    sheet = openpyxl.load_workbook(tmp_path / "overdue.xlsx").active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert "Направить письмо" in values
    assert not {"Подготовить план", "Отчитаться о работе", "Обновить сайт"} & set(values)
    assert datetime(2026, 3, 1) in values  # the due date typed as a date, not text


def test_closing_the_window_waits_for_the_report_being_written(window, dialog, tmp_path,
                                                              monkeypatch):
    """The report is written by the window's worker, which the closing window waits for (as
    for a backup): the file is there whole, not lost with the closing program."""
    import time

    export_report = dialog._tasks.export_report

    def slow_export(*args, **kwargs):
        time.sleep(0.3)  # thousands of tasks
        return export_report(*args, **kwargs)

    monkeypatch.setattr(dialog._tasks, "export_report", slow_export)
    save_to(monkeypatch, tmp_path / "tasks.xlsx")
    dialog.excel_button.click()
    assert dialog.writing_report
    window.data_safety.shut_down()  # what closing the window does
    assert openpyxl.load_workbook(tmp_path / "tasks.xlsx").active.max_row == 6


def test_a_report_that_cannot_be_written_says_why(dialog, tmp_path, monkeypatch, qtbot):
    target = tmp_path / "no such folder" / "tasks.docx"
    save_to(monkeypatch, target)
    dialog.word_button.click()
    qtbot.waitUntil(lambda: not dialog.writing_report)
    assert dialog.word_button.isEnabled()  # free for another try
    assert not target.exists()
    assert "does not exist" in dialog.message.text()  # the folder, in the user's language


def test_cancelling_the_report_s_file_writes_nothing(dialog, tmp_path, monkeypatch):
    save_to(monkeypatch, None)
    dialog.excel_button.click()
    assert list(tmp_path.glob("*.xlsx")) == [] and dialog.message.text() == ""
