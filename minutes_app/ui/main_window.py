"""The main window: the meeting list beside the editor, menus, undo stack and status bar."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTime, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QWidget

from minutes_app import __version__
from minutes_app.domain import DomainError, Meeting
from minutes_app.services import ServiceError, Services
from minutes_app.ui.data_safety import DataSafety
from minutes_app.ui.dialogs.export_dialog import ExportDialog
from minutes_app.ui.dialogs.settings_dialog import SettingsDialog
from minutes_app.ui.editor import MeetingEditor
from minutes_app.ui.json_transfer import JsonTransfer
from minutes_app.ui.meeting_commands import CreateMeetingCommand, DeleteMeetingCommand
from minutes_app.ui.meeting_list_panel import MeetingListPanel
from minutes_app.ui.models.meeting_table_model import display_date
from minutes_app.ui.settings import AppSettings


class MainWindow(QMainWindow):
    """Owns the shared QUndoStack; talks to data only through `services`."""

    def __init__(self, services: Services, settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self._switching = False  # True while the editor changes to another meeting
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Minutes"))
        self.list_panel = MeetingListPanel(services, self)
        self.editor = MeetingEditor(services, self.undo_stack, self)
        self.editor.setObjectName("meetingEditor")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="mainSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._json = JsonTransfer(services, settings, self)
        self.data_safety = DataSafety(self)  # backups, the check, read-only and damage banners
        self._build_actions()
        self._build_menus()
        self.list_panel.current_meeting_changed.connect(self._open_meeting)
        self.list_panel.search_failed.connect(self.report_error)
        self.editor.meeting_saved.connect(self._on_meeting_saved)
        self.editor.save_failed.connect(self._on_save_failed)
        self.editor.meeting_switched.connect(self.list_panel.select_meeting)
        self.statusBar().setObjectName("statusBar")
        self._restore_layout()
        self.list_panel.reload()
        self._select_first_row()
        self._update_actions()

    # --- construction -----------------------------------------------------------------------
    def _action(self, name: str, text: str, slot: object,
                shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action("actionNewMeeting", self.tr("&New meeting"),
                                       self.new_meeting, QKeySequence.StandardKey.New)
        self.next_action = self._action("actionNextMeeting",
                                        self.tr("Ne&xt meeting of this body"), self.next_meeting,
                                        "Ctrl+Shift+N")
        self.delete_action = self._action("actionDeleteMeeting", self.tr("&Delete meeting…"),
                                          self.delete_meeting)
        self.import_action = self._action("actionImportJson", self.tr("&Import JSON…"),
                                          self.import_json)
        self.export_json_action = self._action("actionExportJson", self.tr("Export &JSON…"),
                                               self.export_json)
        self.export_docx_action = self._action("actionExportDocx",
                                               self.tr("Export &Word document…"),
                                               self.export_docx, "Ctrl+E")
        self.settings_action = self._action("actionSettings", self.tr("&Settings…"),
                                            self.open_settings)
        self.quit_action = self._action("actionQuit", self.tr("&Quit"), self.close,
                                        QKeySequence.StandardKey.Quit)
        self.search_action = self._action("actionSearch", self.tr("&Find in minutes…"),
                                          self.list_panel.focus_search,
                                          QKeySequence.StandardKey.Find)
        self.filter_action = self._action("actionFilterList", self.tr("Filter the &list"),
                                          self.list_panel.focus_filter, "Ctrl+L")
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("actionUndo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("actionRedo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.about_action = self._action("actionAbout", self.tr("&About Minutes"), self.about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menuFile")
        file_menu.addActions([self.new_action, self.next_action, self.delete_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_json_action,
                              self.export_docx_action])
        file_menu.addSeparator()
        file_menu.addAction(self.data_safety.backups_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("menuEdit")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.search_action, self.filter_action])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menuHelp")
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.next_action, self.export_docx_action])

    def _restore_layout(self) -> None:
        if not self.restoreGeometry(self.settings.window_geometry()):
            self.resize(1280, 800)
        self.restoreState(self.settings.window_state())
        # Without a saved state, the list gets its share when the window's size is known.
        self._split_on_show = not self.splitter.restoreState(self.settings.splitter_state())
        self.list_panel.table.horizontalHeader().restoreState(self.settings.list_header_state())

    def _select_first_row(self) -> None:
        index = self.list_panel.proxy.index(0, 0)
        if index.isValid():
            summary = index.data(self.list_panel.model.SummaryRole)
            self.list_panel.select_meeting(summary.id)

    # --- selection and saving ---------------------------------------------------------------
    def current_meeting_id(self) -> int | None:
        meeting = self.editor.current_meeting()
        return meeting.id if meeting is not None else None

    def _open_meeting(self, meeting_id: int | None) -> None:
        if meeting_id is not None and meeting_id == self.current_meeting_id():
            return
        self._switching = True
        try:
            self.editor.flush()
            self.editor.open_meeting(meeting_id)
        except ServiceError as error:
            self.report_error(str(error))
        finally:
            self._switching = False
        self._update_actions()

    def _on_meeting_saved(self, meeting: Meeting) -> None:
        self.list_panel.upsert(meeting)
        time = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", time))
        # An undo of an edit to another meeting shows that meeting: follow it in the list.
        if not self._switching and meeting.id != self.list_panel.current_meeting_id():
            self.list_panel.select_meeting(meeting.id)

    def _on_save_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Not saved: %1").replace("%1", message))

    def report_error(self, message: str) -> None:
        self.statusBar().showMessage(message)

    def _update_actions(self) -> None:
        has_meeting = self.current_meeting_id() is not None
        for action in (self.next_action, self.delete_action, self.export_docx_action):
            action.setEnabled(has_meeting)

    # --- MeetingHost (used by the undo commands) ----------------------------------------------
    def meeting_removing(self, meeting_id: int) -> None:
        if self.current_meeting_id() == meeting_id:
            self.editor.flush()
            self._switching = True
            try:
                self.editor.open_meeting(None)
            finally:
                self._switching = False

    def meeting_removed(self, meeting_id: int) -> None:
        self.list_panel.remove(meeting_id)
        self._update_actions()

    def meeting_restored(self, meeting: Meeting) -> None:
        self.list_panel.upsert(meeting)
        assert meeting.id is not None
        self.list_panel.select_meeting(meeting.id)
        self._update_actions()

    # --- File menu ----------------------------------------------------------------------------
    def new_meeting(self) -> None:
        draft = Meeting(title=self.tr("New meeting"), date=date.today())
        self.undo_stack.push(CreateMeetingCommand(self, draft))

    def next_meeting(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return
        try:
            self.editor.flush()
            draft = self.services.meetings.draft_next_meeting(meeting_id, date.today())
        except (ServiceError, DomainError) as error:
            self.report_error(str(error))
            return
        self.undo_stack.push(CreateMeetingCommand(self, draft))

    def delete_meeting(self) -> None:
        meeting = self.editor.current_meeting()
        if meeting is None or meeting.id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete meeting"),
            self.tr("Delete the meeting «%1» of %2? You can undo this with Ctrl+Z.")
            .replace("%1", meeting.title).replace("%2", display_date(meeting.date)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.undo_stack.push(DeleteMeetingCommand(self, meeting.id))

    def import_json(self) -> None:
        ids = self._json.import_file()
        if ids:
            self.list_panel.reload()
            self.list_panel.select_meeting(ids[0])
            self.statusBar().showMessage(
                self.tr("Imported %n meeting(s).", "", len(ids)))

    def export_json(self) -> None:
        self.editor.flush()
        path = self._json.export_file()
        if path is not None:
            self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)))

    def export_docx(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return
        self.editor.flush()
        try:
            meeting = self.services.meetings.get(meeting_id)
        except ServiceError as error:
            self.report_error(str(error))
            return
        dialog = ExportDialog(self.services, self.settings, meeting, self)
        if dialog.exec() and dialog.written is not None:
            self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(dialog.written)))
            self._open_after_export(dialog.written, dialog.open_document(), dialog.open_folder())

    @staticmethod
    def _open_after_export(path: Path, document: bool, folder: bool) -> None:
        if document:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        if folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def open_settings(self) -> None:
        SettingsDialog(self.settings, self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("About Minutes"),
            self.tr("<b>Minutes</b> %1<br>An offline editor of meeting minutes: attendees, "
                    "agenda, decisions, votes and tasks, exported as a Word document.<br>"
                    "Your data stays on this computer.").replace("%1", __version__))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._split_on_show:
            self._split_on_show = False
            total = sum(self.splitter.sizes()) or self.width()
            self.splitter.setSizes([total * 3 // 8, total - total * 3 // 8])

    # --- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.editor.flush()
        except ServiceError as error:  # the editor reports, but never stop a close on it
            self.report_error(str(error))
        self.settings.save_layout(self.saveGeometry(), self.saveState(),
                                  self.splitter.saveState(),
                                  self.list_panel.table.horizontalHeader().saveState())
        self.settings.sync()
        super().closeEvent(event)
