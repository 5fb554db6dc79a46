"""The main window: the meeting list beside the editor, menus, undo stack and status bar.

Above the list and the editor, banners say what needs attention and stay until it is resolved
(`show_banner` / `hide_banner`): a save that failed (the typing stays in the editor and is
saved again automatically), a switch to another meeting held back because the typing could not
be saved (Retry / Discard my changes), read-only mode (`set_read_only`).
"""

from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import DomainError, Language, Meeting, Status
from minutes_app.domain.conflicts import EditConflict
from minutes_app.services import MeetingNotFound, ServiceError, Services
from minutes_app.services.servers import server_place
from minutes_app.ui import screen_fit
from minutes_app.ui.banner import BannerAction, MessageBanner
from minutes_app.ui.data_safety import DataSafety
from minutes_app.ui.database_files import DatabaseFiles
from minutes_app.ui.dialogs.pdf_dialog import PdfSaver
from minutes_app.ui.dialogs.verify_dialog import DocumentVerifier
from minutes_app.ui.editor import MeetingEditor
from minutes_app.ui.editor.labels import starting_text
from minutes_app.ui.error_text import describe
from minutes_app.ui.first_paint import AfterFirstPaint
from minutes_app.ui.json_transfer import JsonTransfer
from minutes_app.ui.live_updates import LiveUpdates
from minutes_app.ui.meeting_commands import CreateMeetingCommand, DeleteMeetingCommand
from minutes_app.ui.meeting_list_panel import MeetingListPanel
from minutes_app.ui.models.meeting_table_model import display_date
from minutes_app.ui.settings import AppSettings

if TYPE_CHECKING:  # the dialogs of the menus are loaded when first opened, not at start
    from minutes_app.services.changes import Change
    from minutes_app.ui.dialogs.directory_dialog import DirectoryDialog
    from minutes_app.ui.dialogs.help_dialog import HelpDialog
    from minutes_app.ui.dialogs.people_dialog import PeopleDialog
    from minutes_app.ui.dialogs.tasks_dialog import TasksDialog
    from minutes_app.ui.preview_pane import PreviewPane

SAVE_BANNER = "save"  # the typing is not in the database (yet)
CONNECTION_BANNER = "connection"  # the database server cannot be reached
READ_ONLY_BANNER = "read_only"
# Saves elsewhere come in bursts (an import: one a meeting): the list follows once they pause,
# row by row for a few meetings (a secretary typing elsewhere saves every few seconds: reading
# 10,000 rows each time would stall the typing here), read whole for more.
LIST_REFRESH_DELAY_MS = 300
ROWS_FOLLOWED_ONE_BY_ONE = 20


class CloseChoice(Enum):
    RETRY = "retry"
    CLOSE = "close"  # without saving
    CANCEL = "cancel"  # keep the window open, the typing in it


def ask_before_closing_unsaved(parent: QWidget, reason: str) -> CloseChoice:
    """Ask what to do when the last save before closing failed (tests replace this)."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "Not saved"),
                      translate("MainWindow", "Your latest changes are not saved: %1")
                      .replace("%1", reason),
                      QMessageBox.StandardButton.NoButton, parent)
    retry = box.addButton(translate("MainWindow", "&Retry"), QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(translate("MainWindow", "Close &without saving"),
                          QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(retry)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return (CloseChoice.RETRY if clicked is retry
            else CloseChoice.CLOSE if clicked is close else CloseChoice.CANCEL)


class MainWindow(QMainWindow):
    """Owns the shared QUndoStack; talks to data only through `services`."""

    def __init__(self, services: Services, settings: AppSettings,
                 parent: QWidget | None = None, *, open_first_after_paint: bool = False) -> None:
        """`open_first_after_paint`: the newest meeting is opened once the window has been
        painted (the program's start), not while it is built (the window appears sooner)."""
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self._switching = False  # True while the editor changes to another meeting
        self._read_only = False
        self._last_save_error: Exception | None = None
        self._held_switch: int | None = None  # the meeting asked for while a save failed
        self._asking_conflict = False  # the conflict dialog is open
        self.banners: dict[str, MessageBanner] = {}
        self._people_dialog: PeopleDialog | None = None  # made when first opened
        self._tasks_dialog: TasksDialog | None = None  # the task register, when first opened
        self._directory_windows: dict[str, DirectoryDialog[Any]] = {}
        self._help: HelpDialog | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Minutes"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="mainSplitter")
        # Made inside the splitter: moving the built editor into it costs as much again as a
        # third of building it (its style sheet polishes every child anew).
        self.list_panel = MeetingListPanel(services, self.splitter)
        self.editor = MeetingEditor(services, self.undo_stack, self.splitter)
        self.editor.setObjectName("meetingEditor")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        central = QWidget(self, objectName="centralArea")
        self._banner_area = QVBoxLayout()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self._banner_area)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        # The document preview: a dock beside the editor, hidden until View → Document
        # preview; whether it is shown is kept with the window's state. Its pane (with the
        # document and printing modules it loads) is made when first needed, not at start.
        self._preview: PreviewPane | None = None
        self.preview_dock = QDockWidget(self.tr("Document preview"), self,
                                        objectName="previewDock")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview_dock)
        self.preview_dock.hide()
        self.preview_dock.visibilityChanged.connect(self._on_preview_shown)
        self._pdf = PdfSaver(services, settings, self)  # File → Save as PDF…, in the background
        self._pdf.saved.connect(lambda result: self.statusBar().showMessage(
            self.tr("Saved %1").replace("%1", str(result.path))))
        self._pdf.busy_changed.connect(lambda _busy: self._update_actions())
        self.verifier = DocumentVerifier(services, self)  # File → Verify a document…
        self.data_safety = DataSafety(self)  # backups, the check, read-only and damage banners
        # On a shared server database: others' saves shown here as they happen, and whether
        # the server can be reached (started with the window's safety checks, startup.py).
        self.live = LiveUpdates(services.changes, self)
        self.live.changed.connect(self._on_saved_elsewhere)
        self.live.connection_lost.connect(self._on_connection_lost)
        self.live.connection_back.connect(self._on_connection_back)
        self._saved_elsewhere: dict[int, Change] = {}  # the list has yet to follow these
        self._list_refresh = QTimer(self, singleShot=True, interval=LIST_REFRESH_DELAY_MS)
        self._list_refresh.timeout.connect(self._follow_in_the_list)
        # JSON import and export take turns with backups and restores on one worker thread.
        self._json = JsonTransfer(services, settings, self, self.data_safety.jobs)
        self._json.imported.connect(self.show_imported_meetings)
        self._json.exported.connect(
            lambda path: self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path))))
        self.files = DatabaseFiles(self)  # File → Open / New / Recent databases
        if services.backups.available:  # a file: named in the title, as Windows programs do
            self.setWindowTitle(self.tr("%1 — Minutes").replace(
                "%1", services.backups.database_path.name))
            self.files.note_opened(services.backups.database_path)
        elif place := server_place(services.server_copies.address):
            database, host = place
            self.setWindowTitle(self.tr("%1 on %2 — Minutes").replace("%2", host).replace(
                "%1", database))
        self.setAcceptDrops(True)  # a JSON backup dropped on the window is offered for import
        self._build_actions()
        self._build_menus()
        self.list_panel.current_meeting_changed.connect(self._open_meeting)
        self.list_panel.search_failed.connect(self.report_error)
        self.list_panel.hit_opened.connect(self._show_search_hit)
        self.editor.meeting_saved.connect(self._on_meeting_saved)
        self.editor.save_failed.connect(self._on_save_failed)
        self.editor.meeting_switched.connect(self.list_panel.select_meeting)
        self.editor.meeting_edited.connect(self._show_in_preview)
        self.editor.approval_changed.connect(self.list_panel.upsert)  # the list marks it
        self.editor.approval_changed.connect(lambda _meeting: self._update_actions())
        self.editor.author = settings.document_author  # who approves, by default
        self.statusBar().setObjectName("statusBar")
        self._restore_layout()
        self.list_panel.reload()
        if open_first_after_paint:
            AfterFirstPaint(self, self._open_first_unless_chosen)
        else:
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
        self.save_pdf_action = self._action("actionSavePdf", self.tr("Save as PD&F…"),
                                            self.save_pdf)
        self.print_action = self._action("actionPrint", self.tr("&Print…"),
                                         self.print_protocol, QKeySequence.StandardKey.Print)
        self.preview_action = self.preview_dock.toggleViewAction()
        self.preview_action.setText(self.tr("Document &preview"))
        self.preview_action.setObjectName("actionPreview")
        self.preview_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.settings_action = self._action("actionSettings", self.tr("&Settings…"),
                                            self.open_settings)
        self.quit_action = self._action("actionQuit", self.tr("&Quit"), self.close,
                                        QKeySequence.StandardKey.Quit)
        self.search_action = self._action("actionSearch", self.tr("&Find in minutes…"),
                                          self.list_panel.focus_search,
                                          QKeySequence.StandardKey.Find)
        self.filter_action = self._action("actionFilterList", self.tr("Filter the &list"),
                                          self.list_panel.focus_filter, "Ctrl+L")
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setObjectName("actionUndo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setObjectName("actionRedo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # Qt would glue a prefix before the command's name; a %1 template lets each language
        # place the name where its grammar wants it (Kazakh puts the verb last, Qt's own way).
        # Connected after Qt's own handler, so this text is the one that stays.
        self.undo_stack.undoTextChanged.connect(self._name_undo_actions)
        self.undo_stack.redoTextChanged.connect(self._name_undo_actions)
        self._name_undo_actions()
        self.about_action = self._action("actionAbout", self.tr("&About Minutes"), self.about)
        self.help_action = self._action("actionHelp", self.tr("&Guide"), self.show_help,
                                        QKeySequence.StandardKey.HelpContents)
        self.people_action = self._action("actionPeople", self.tr("&People…"),
                                          self.open_people)
        self.bodies_action = self._action("actionBodies", self.tr("&Councils and commissions…"),
                                          self.open_bodies)
        self.organizations_action = self._action("actionOrganizations",
                                                 self.tr("&Organisations…"),
                                                 self.open_organizations)
        self.tasks_action = self._action("actionTasks", self.tr("&Tasks (control of execution)…"),
                                         self.open_tasks, "Ctrl+Shift+T")

    def _name_undo_actions(self) -> None:
        """Edit → Undo/Redo named after the command they would undo or redo, if any."""
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo) if undo
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", redo) if redo
                                 else self.tr("&Redo"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menuFile")
        file_menu.addActions([self.files.open_action, self.files.server_action,
                              self.files.new_action])
        file_menu.addMenu(self.files.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.new_action, self.next_action, self.delete_action])
        file_menu.addSeparator()
        file_menu.addActions([self.editor.approve_action, self.editor.reopen_action,
                              self.verifier.action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_json_action,
                              self.export_docx_action])
        file_menu.addSeparator()
        file_menu.addActions([self.save_pdf_action, self.print_action])
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
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("menuView")
        view_menu.addAction(self.preview_action)
        # The directory: councils and commissions, organisations, people (issue 8).
        self.directory_menu = bar.addMenu(self.tr("&Directory"))
        self.directory_menu.setObjectName("menuDirectory")
        self.directory_menu.addActions([self.bodies_action, self.organizations_action])
        self.directory_menu.addAction(self.people_action)
        # Looking back over past meetings: the task register (issue 10).
        self.directory_menu.addSeparator()
        self.directory_menu.addAction(self.tasks_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menuHelp")
        help_menu.addActions([self.help_action, self.about_action])
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.next_action, self.export_docx_action])

    def _restore_layout(self) -> None:
        self._fit_to_screen(self.restoreGeometry(self.settings.window_geometry()))
        self.restoreState(self.settings.window_state())
        # Without a saved state, the list gets its share when the window's size is known.
        self._split_on_show = not self.splitter.restoreState(self.settings.splitter_state())
        self.list_panel.table.horizontalHeader().restoreState(self.settings.list_header_state())

    @property
    def preview(self) -> "PreviewPane":
        """The document preview pane, made the first time it is shown or printed from."""
        if self._preview is None:
            from minutes_app.ui.preview_pane import PreviewPane

            self._preview = PreviewPane(self.services.documents, self.settings, self)
            self.preview_dock.setWidget(self._preview)
            self._preview.show_meeting(self.editor.current_meeting())
        return self._preview

    def _on_preview_shown(self, visible: bool) -> None:
        if visible and self._preview is None:
            self.preview.show()

    def _show_in_preview(self, meeting: Meeting | None) -> None:
        if self._preview is not None:  # not made yet: it takes the meeting when it is
            self._preview.show_meeting(meeting)

    def _fit_to_screen(self, restored: bool) -> None:
        """The window whole on its screen (a laptop's 1366×768, 1920×1080 at 150 %): the
        default size where it fits, a geometry saved on a larger screen shrunk onto this one."""
        screen = QGuiApplication.screenAt(self.geometry().center()) or self.screen()
        available = screen.availableGeometry()
        if not restored:
            self.setGeometry(screen_fit.first_geometry(available))
        elif not self.isMaximized() and not self.isFullScreen():  # those fit by themselves
            self.setGeometry(screen_fit.clamped_geometry(self.geometry(), available))

    def _open_first_unless_chosen(self) -> None:
        """The newest meeting, unless one was opened before the window was painted (a new
        meeting, an imported backup's)."""
        if self.editor.current_meeting() is None:
            self._select_first_row()
        self.list_panel.make_filter_texts_soon()

    def _select_first_row(self) -> None:
        index = self.list_panel.proxy.index(0, 0)
        if index.isValid():
            summary = index.data(self.list_panel.model.SummaryRole)
            self.list_panel.select_meeting(summary.id)

    # --- selection and saving ---------------------------------------------------------------
    def current_meeting_id(self) -> int | None:
        meeting = self.editor.current_meeting()
        return meeting.id if meeting is not None else None

    def _show_search_hit(self, meeting_id: int, item_number: int | None) -> None:
        """A search hit opened: its meeting (selected by the list) at the matching agenda item."""
        meeting = self.editor.current_meeting()
        if meeting is None or meeting.id != meeting_id:
            return  # the typing could not be saved: the save banner says why
        if item_number is not None and 0 < item_number <= len(meeting.agenda):
            self.editor.tabs.setCurrentWidget(self.editor.agenda)
            self.editor.agenda.select(meeting.agenda[item_number - 1].key)
            self.editor.agenda.items.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_meeting(self, meeting_id: int | None) -> None:
        current = self.current_meeting_id()
        if meeting_id is not None and meeting_id == current:
            return
        self._switching = True
        try:
            opened = self.editor.open_meeting(meeting_id)
        finally:
            self._switching = False
        if opened:
            self._held_switch = None
        elif current is not None:
            # The typing could not be saved: stay on its meeting, say why, offer a way on.
            # (With no meeting asked for, the filter hid the row: the list is left alone.)
            self._held_switch = meeting_id
            if meeting_id is not None:
                self.list_panel.select_meeting(current)
            self._show_save_banner()
        self._update_actions()

    def _on_meeting_saved(self, meeting: Meeting) -> None:
        self.list_panel.upsert(meeting)
        self._last_save_error = None
        self._held_switch = None  # saved: the list may be used again as usual
        self.hide_banner(SAVE_BANNER)
        time = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", time))
        # An undo of an edit to another meeting shows that meeting: follow it in the list.
        if not self._switching and meeting.id != self.list_panel.current_meeting_id():
            self.list_panel.select_meeting(meeting.id)

    def _on_save_failed(self, error: Exception) -> None:
        self._last_save_error = error
        self.statusBar().showMessage(self.tr("Not saved: %1").replace("%1", describe(error)))
        if self.editor.current_meeting() is not None:
            self._show_save_banner()
        if isinstance(error, EditConflict):  # asked once the save that found it has ended
            QTimer.singleShot(0, lambda: self.resolve_conflict(error))

    def resolve_conflict(self, conflict: EditConflict[Meeting]) -> bool:
        """Someone else saved the open meeting after it was opened here: ask (conflict
        dialog), then save ours over theirs, or show theirs (True); undecided, the typing
        stays, unsaved, and the banner offers the choice again (False)."""
        meeting = self.editor.current_meeting()
        if (self._asking_conflict or conflict is not self._last_save_error  # asked, or older
                or meeting is None or meeting.id != conflict.theirs.id
                or QApplication.activeModalWidget() is not None):  # asked when that closes
            return False
        from minutes_app.ui.dialogs import conflict_dialog

        self._asking_conflict = True
        try:
            choice = conflict_dialog.ask_about_conflict(conflict, self)
        finally:
            self._asking_conflict = False
        kept = choice is conflict_dialog.ConflictChoice.KEEP_MINE
        taken = choice is conflict_dialog.ConflictChoice.TAKE_THEIRS
        if kept and self.editor.keep_mine(conflict):
            self._conflict_resolved(self.tr("Your version was saved over theirs."))
            return True
        if taken and self.editor.discard_changes():
            self._conflict_resolved(self.tr("Their version is shown; your changes were "
                                            "dropped."))
            return True
        return False

    def _conflict_resolved(self, message: str) -> None:
        target = self._held_switch
        self._last_save_error = None
        self.hide_banner(SAVE_BANNER)
        self.statusBar().showMessage(message)
        self._go_on_to(target)

    def _show_save_banner(self) -> None:
        error = self._last_save_error
        reason = _sentence(describe(error)) if error else ""
        if isinstance(error, EditConflict):
            text = self.tr("Not saved: %1 Your changes stay here until you choose.").replace(
                "%1", reason)
            actions = [(self.tr("Choose…"), lambda: self.resolve_conflict(error))]
        elif self._held_switch is not None:
            text = self.tr("Your changes to this meeting are not saved, so it is still open: "
                           "%1").replace("%1", reason)
            actions = [(self.tr("Retry"), self.retry_save),
                       (self.tr("Discard my changes"), self.discard_changes)]
        elif self.editor.retrying_save():
            text = self.tr("Not saved: %1 Your changes stay here and are saved again "
                           "automatically.").replace("%1", reason)
            actions = [(self.tr("Retry now"), self.retry_save)]
        else:
            text = self.tr("Not saved: %1 Your changes stay here.").replace("%1", reason)
            actions = [(self.tr("Retry"), self.retry_save)]
        self.show_banner(SAVE_BANNER, text, actions)

    # --- a shared server database -----------------------------------------------------------
    def _on_saved_elsewhere(self, changes: "list[Change]") -> None:
        """Saves on the shared database (by anyone): the list is read again, the directory's
        choices too, and the open meeting, when someone else saved it, is shown as they
        saved it unless it holds typing not yet saved (whose save then asks what to keep)."""
        if any(change.table != "meeting" for change in changes):
            self.editor.refresh_directory()
        meetings = {change.id: change for change in changes if change.table == "meeting"
                    and not self.editor.knows_version(change.id, change.version)}  # not ours
        if not meetings:
            return
        self._saved_elsewhere.update(meetings)
        self._list_refresh.start()
        current = self.current_meeting_id()
        change = meetings.get(current) if current is not None else None
        if change is not None and not change.deleted:
            self.editor.follow_save_elsewhere(change.version)

    def _follow_in_the_list(self) -> None:
        """The list shows the meetings saved or deleted elsewhere; a server that cannot be
        reached now is said in the status bar (the connection banner says the rest)."""
        changes, self._saved_elsewhere = self._saved_elsewhere, {}
        try:
            if not changes or len(changes) > ROWS_FOLLOWED_ONE_BY_ONE:
                self.list_panel.reload()
                return
            for change in changes.values():
                self._follow_row(change)
        except ServiceError as error:
            self.report_error(describe(error))

    def _follow_row(self, change: "Change") -> None:
        if change.deleted:
            self.list_panel.remove(change.id)
            return
        try:
            self.list_panel.upsert(self.services.meetings.get(change.id))
        except MeetingNotFound:  # deleted since
            self.list_panel.remove(change.id)

    def _on_connection_lost(self, _reason: str) -> None:
        self.show_banner(CONNECTION_BANNER, self.tr(
            "The connection to the database server is lost. Your typing stays here and is "
            "saved as soon as the server is back."))

    def _on_connection_back(self) -> None:
        self.hide_banner(CONNECTION_BANNER)
        self.statusBar().showMessage(self.tr("The database server can be reached again."))
        self._saved_elsewhere.clear()  # whatever happened meanwhile: read the list whole
        self._list_refresh.start()
        if self.editor.retrying_save():
            self.retry_save()  # at once, not at the retry's next turn

    def retry_save(self) -> None:
        """Save the typing now; then go on to the meeting that was asked for, if any."""
        target = self._held_switch
        if self.editor.flush():
            self.hide_banner(SAVE_BANNER)
            self._go_on_to(target)

    def discard_changes(self) -> None:
        """Show the meeting as stored (the unsaved typing goes), then go on to the meeting
        that was asked for."""
        target = self._held_switch
        if self.editor.discard_changes():
            self._last_save_error = None
            self._held_switch = None
            self.hide_banner(SAVE_BANNER)
            self._go_on_to(target)

    def _go_on_to(self, meeting_id: int | None) -> None:
        self._held_switch = None
        if meeting_id is not None:
            self.list_panel.select_meeting(meeting_id)

    def _saved_or_said_why(self) -> bool:
        """Before an action that needs the database to hold the typing (export, next
        meeting, delete): True when it does; else the banner says why and the action waits."""
        return self.editor.flush()

    def report_error(self, message: str) -> None:
        self.statusBar().showMessage(message)

    # --- banners and read-only mode -----------------------------------------------------------
    def show_banner(self, key: str, text: str,
                    actions: Sequence[BannerAction] = ()) -> None:
        """Show (or update) the banner named `key` above the editor, with a button per
        action; it stays until hide_banner(key)."""
        banner = self.banners.get(key)
        if banner is None:
            banner = MessageBanner(key, self)
            banner.setObjectName(f"banner_{key}")
            self.banners[key] = banner
            self._banner_area.addWidget(banner)
        banner.show_message(text, list(actions))

    def hide_banner(self, key: str) -> None:
        banner = self.banners.pop(key, None)
        if banner is not None:
            self._banner_area.removeWidget(banner)
            banner.hide()
            banner.deleteLater()

    def set_read_only(self, reason: str | None) -> None:
        """Lock the editor (nothing can be changed, everything read and exported) and say
        `reason` in a banner; None unlocks."""
        self._read_only = reason is not None
        self.editor.set_read_only(self._read_only)
        for dialog in self._directory_windows.values():
            dialog.set_read_only(self._read_only)
        if reason is not None:
            self.show_banner(READ_ONLY_BANNER, reason)
        else:
            self.hide_banner(READ_ONLY_BANNER)
        self._update_actions()

    def _update_actions(self) -> None:
        has_meeting = self.current_meeting_id() is not None
        writable = not self._read_only
        self.next_action.setEnabled(has_meeting and writable)
        # Approved minutes leave the record only after a reopening (the service refuses too).
        meeting = self.editor.current_meeting()
        approved = meeting is not None and meeting.status is Status.APPROVED
        self.delete_action.setEnabled(has_meeting and writable and not approved)
        self.export_docx_action.setEnabled(has_meeting)
        self.print_action.setEnabled(has_meeting)
        self.save_pdf_action.setEnabled(has_meeting and not self._pdf.busy)
        for action in (self.new_action, self.import_action):
            action.setEnabled(writable)
        # Undo and redo write too; the stack enables them again as it changes.
        self.undo_action.setEnabled(writable and self.undo_stack.canUndo())
        self.redo_action.setEnabled(writable and self.undo_stack.canRedo())

    # --- MeetingHost (used by the undo commands) ----------------------------------------------
    def meeting_removing(self, meeting_id: int) -> None:
        if self.current_meeting_id() == meeting_id:
            self._switching = True
            try:
                # Saved first when possible: the deleted snapshot (which undo brings back)
                # then holds the typing. Otherwise the meeting goes as it is stored.
                if not self.editor.open_meeting(None) and self.editor.discard_changes():
                    self.editor.open_meeting(None)
            finally:
                self._switching = False

    def meeting_kept(self, meeting_id: int) -> None:
        """The deletion was refused (the minutes were approved meanwhile): show them again."""
        self._open_meeting(meeting_id)
        self.list_panel.select_meeting(meeting_id)

    def meeting_removed(self, meeting_id: int) -> None:
        self.list_panel.remove(meeting_id)
        self._update_actions()
        # The focus was in the editor, now empty: without a focused widget no shortcut reaches
        # the window, and Ctrl+Z (which the question before the deletion promised) would not.
        if self.focusWidget() is None or not self.focusWidget().isVisible():
            self.list_panel.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def meeting_restored(self, meeting: Meeting) -> None:
        self.list_panel.upsert(meeting)
        assert meeting.id is not None
        self.list_panel.select_meeting(meeting.id)
        self._update_actions()

    # --- File menu ----------------------------------------------------------------------------
    def new_meeting(self) -> None:
        language = Language.RU  # a new meeting's document language, until the secretary picks
        draft = Meeting(title=starting_text("meeting", language), date=date.today(),
                        language=language)
        self.undo_stack.push(CreateMeetingCommand(self, draft))
        self.editor.edit_title()  # the cursor in the title, ready to type

    def next_meeting(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None or not self._saved_or_said_why():
            return
        try:
            draft = self.services.meetings.draft_next_meeting(meeting_id, date.today())
        except (ServiceError, DomainError) as error:
            self.report_error(describe(error))
            return
        self.undo_stack.push(CreateMeetingCommand(self, draft))
        self.editor.edit_title()

    def delete_meeting(self) -> None:
        meeting = self.editor.current_meeting()
        if meeting is None or meeting.id is None or not self._saved_or_said_why():
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
        self._json.import_file()  # runs in the background; show_imported_meetings follows

    def open_backup(self, path: Path) -> None:
        """A JSON backup opened from outside (dropped here, or named when Minutes started):
        imported after a question that says how many meetings it holds."""
        self._json.offer_import(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_backup(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_backup(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_backup(path)

    def show_imported_meetings(self, ids: list[int]) -> None:
        self.list_panel.reload()
        self.list_panel.select_meeting(ids[0])
        self.statusBar().showMessage(self.tr("Imported %n meeting(s).", "", len(ids)))

    def export_json(self) -> None:
        if self._saved_or_said_why():
            self._json.export_file()  # runs in the background; `exported` shows where

    def export_docx(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None or not self._saved_or_said_why():
            return
        try:
            meeting = self.services.meetings.get(meeting_id)
        except ServiceError as error:
            self.report_error(describe(error))
            return
        from minutes_app.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.services, self.settings, meeting, self)
        if dialog.exec() and dialog.written is not None:
            paths = dialog.written_all or (dialog.written,)
            if len(paths) == 2:  # a pair: both files named
                message = self.tr("Saved %1 and %2").replace("%1", str(paths[0])).replace(
                    "%2", str(paths[1]))
            else:
                message = self.tr("Saved %1").replace("%1", str(paths[0]))
            self.statusBar().showMessage(message)
            self._open_after_export(paths, dialog.open_document(), dialog.open_folder())

    def print_protocol(self) -> None:
        """File → Print…: the meeting as it stands in the editor, in the preview's form and
        language, through Qt's print dialog."""
        meeting = self.editor.current_meeting()
        if meeting is None:
            return
        try:
            paged = self.preview.document(meeting)
        except Exception as error:  # the document cannot be laid out: say why, print nothing
            self.report_error(describe(error))
            return
        from PySide6.QtPrintSupport import QPrinter

        from minutes_app.ui.pages import print_document

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(paged.title)
        from minutes_app.ui import preview_pane

        if preview_pane.run_print_dialog(self, printer):
            print_document(paged, printer)

    def save_pdf(self) -> None:
        """File → Save as PDF…: the stored meeting (the typing is saved first) in the
        preview's form and language; written in the background, the status bar says where."""
        meeting = self.editor.current_meeting()
        if meeting is None or not self._saved_or_said_why():
            return
        if self._pdf.save(meeting, self.preview.options()):
            self.statusBar().showMessage(self.tr("Writing the PDF…"))

    @staticmethod
    def _open_after_export(paths: tuple[Path, ...], document: bool, folder: bool) -> None:
        for path in paths if document else ():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        if folder:  # the documents of a pair share one folder
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0].parent)))

    # --- Directory menu -----------------------------------------------------------------------
    def open_bodies(self) -> None:
        """Directory → Councils and commissions…: one window, beside the editor."""
        from minutes_app.ui.dialogs.bodies_dialog import BodiesDialog

        self._show_directory_window("bodies", lambda: BodiesDialog(self.services, self))

    def open_organizations(self) -> None:
        from minutes_app.ui.dialogs.organizations_dialog import OrganizationsDialog

        self._show_directory_window("organizations",
                                    lambda: OrganizationsDialog(self.services, self))

    def _show_directory_window(self, key: str,
                               make: "Callable[[], DirectoryDialog[Any]]") -> None:
        dialog = self._directory_windows.get(key)
        if dialog is None:
            dialog = make()
            dialog.set_read_only(self._read_only)
            dialog.changed.connect(self._directory_changed)
            dialog.finished.connect(lambda _result: self._directory_windows.pop(key, None))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._directory_windows[key] = dialog
        dialog.show()  # not modal: the editor stays usable beside it
        dialog.raise_()
        dialog.activateWindow()

    def _directory_changed(self) -> None:
        self.editor.refresh_directory()
        bodies = self._directory_windows.get("bodies")
        if bodies is not None:
            from minutes_app.ui.dialogs.bodies_dialog import BodiesDialog  # loaded: it is open

            assert isinstance(bodies, BodiesDialog)
            bodies.refresh_choices()  # a new organisation is offered at once

    def open_people(self) -> None:
        """The people directory, beside the main window (not modal)."""
        if self._people_dialog is None:
            from minutes_app.ui.dialogs.people_dialog import PeopleDialog

            self._people_dialog = PeopleDialog(self, self)
            self._people_dialog.meeting_requested.connect(self._show_meeting_from_directory)
        else:
            self._people_dialog.reload()
        self._people_dialog.show()
        self._people_dialog.raise_()
        self._people_dialog.activateWindow()

    def _show_meeting_from_directory(self, meeting_id: int) -> None:
        if not self.list_panel.select_meeting(meeting_id):
            self.report_error(self.tr("This meeting is no longer in the database."))
            return
        self.raise_()
        self.activateWindow()

    def open_tasks(self) -> None:
        """The task register, beside the main window (not modal); read again when reopened."""
        if self._tasks_dialog is None:
            from minutes_app.ui.dialogs.tasks_dialog import TasksDialog

            self._tasks_dialog = TasksDialog(self.services.tasks, self, self.data_safety.jobs,
                                             self)
            self._tasks_dialog.task_requested.connect(self._show_task)
        else:
            self._tasks_dialog.refresh_choices()
            self._tasks_dialog.reload()
        self._tasks_dialog.show()
        self._tasks_dialog.raise_()
        self._tasks_dialog.activateWindow()

    def _show_task(self, meeting_id: int, item_number: int, decision_number: int,
                   task_key: str) -> None:
        """Open a task's meeting in the editor at its decision, the task selected."""
        if not self.list_panel.select_meeting(meeting_id):
            self.report_error(self.tr("This meeting is no longer in the database."))
            return
        meeting = self.editor.current_meeting()
        if meeting is None or meeting.id != meeting_id:
            return  # the typing could not be saved: the save banner says why
        if 0 < item_number <= len(meeting.agenda):
            item = meeting.agenda[item_number - 1]
            agenda = self.editor.agenda
            self.editor.tabs.setCurrentWidget(agenda)
            agenda.select(item.key)
            if 0 < decision_number <= len(item.decisions):
                agenda.decisions.select(item.decisions[decision_number - 1].key)
                agenda.decisions.tasks.select(task_key)
                agenda.decisions.tasks.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.raise_()
        self.activateWindow()

    def open_settings(self) -> None:
        from minutes_app.ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self).exec()
        self.editor.author = self.settings.document_author

    def about(self) -> None:
        from minutes_app.ui.dialogs.help_dialog import AboutDialog

        AboutDialog(self).exec()

    def show_help(self) -> None:
        """The guide beside the window (F1); a second F1 brings the same one forward."""
        if self._help is None:
            menus = self.menuBar().findChildren(QMenu)
            actions = dict.fromkeys(a for menu in menus for a in menu.actions())
            from minutes_app.ui.dialogs.help_dialog import HelpDialog

            self._help = HelpDialog(actions, self)
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._split_on_show:
            self._split_on_show = False
            total = sum(self.splitter.sizes()) or self.width()
            self.splitter.setSizes([total * 3 // 8, total - total * 3 // 8])

    # --- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._saved_before_closing():
            event.ignore()  # Cancel: the window stays open with the typing in it
            return
        self.settings.save_layout(self.saveGeometry(), self.saveState(),
                                  self.splitter.saveState(),
                                  self.list_panel.table.horizontalHeader().saveState())
        self.settings.sync()
        super().closeEvent(event)

    def _saved_before_closing(self) -> bool:
        """True when the typing is saved, or the secretary chose to close without it."""
        while not self.editor.flush():
            if isinstance(self._last_save_error, EditConflict):  # theirs or mine, first
                if not self.resolve_conflict(self._last_save_error):
                    return False  # undecided: the window stays, the typing with it
                continue
            reason = _sentence(describe(self._last_save_error)) if self._last_save_error else ""
            choice = ask_before_closing_unsaved(self, reason)
            if choice is not CloseChoice.RETRY:
                return choice is CloseChoice.CLOSE
        return True


def _dropped_backup(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local .json file being dragged, else None (several files, a folder, a web
    address: not taken)."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() == ".json" and path.is_file() else None


def _sentence(text: str) -> str:
    """`text` ending as a sentence, so that the banner's next sentence does not run into it."""
    return text if not text or text[-1] in ".!?…" else text + "."
