"""File → Backups…: the backup copies of the database, "Back up now", "Restore…", "Open folder".

The work (listing, copying, restoring) runs on DataSafety's worker thread; meanwhile a busy bar
shows and the buttons wait. The window cannot be closed while a copy or a restore runs.
On a server database the window says that its backup is the administrator's, and offers the
JSON copies this computer keeps (DataSafety.server_copies): "Make a JSON copy now", the daily
copy from this computer, the folder, and the copies made there.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.services import BackupInfo, ServerCopy
from minutes_app.ui.data_safety import DataSafety, explain
from minutes_app.ui.error_text import describe
from minutes_app.ui.models.backup_table_model import BackupTableModel, backup_time


class BackupsDialog(QDialog):
    def __init__(self, safety: DataSafety, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._safety = safety
        self._backups = safety.backups
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 420)
        self._server = not self._backups.available
        self._copying = safety.server_copies

        if self._server:
            intro = QLabel(self.tr(
                "This database is on a server: the backup of the server itself is its "
                "administrator's work, not this program's. What this computer can keep is a "
                "JSON copy of all the meetings and the directory, which File → Import JSON… "
                "reads into any database."), self)
        else:
            intro = QLabel(self.tr(
                "Copies of your database, made on start, every 30 minutes while you work, and "
                "before every upgrade, import, deletion and restore. Restoring a copy first "
                "keeps the current file aside: it is never deleted."), self)
        intro.setObjectName("backupsIntro")
        intro.setWordWrap(True)
        self.model = BackupTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.tr("Backup copies"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self._restore_selected())

        self.status = QLabel(self)
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("backupsProgress")
        self.progress.setRange(0, 0)  # busy: a copy's progress cannot be measured
        self.progress.setTextVisible(False)
        self.progress.hide()

        self.back_up_button = self._button("backUpNowButton", self.tr("&Back up now"),
                                           self._back_up_now)
        self.restore_button = self._button("restoreButton", self.tr("&Restore…"),
                                           self._restore_selected)
        self.folder_button = self._button("openFolderButton", self.tr("Open &folder"),
                                          self._open_folder)
        self.copy_button = self._button("copyNowButton", self.tr("&Make a JSON copy now"),
                                        self._copy_now)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self._close_buttons = close

        buttons = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, self.copy_button,
                       self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if self._server:
            layout.addLayout(self._server_settings())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for button in (self.back_up_button, self.restore_button):
            button.setVisible(not self._server)
        self.copy_button.setVisible(self._server)
        if self._server:
            self.table.setAccessibleName(self.tr("JSON copies made on this computer"))
            self.table.setColumnHidden(BackupTableModel.COL_REASON, True)
            self._copying.progressed.connect(self._show_copy_progress)
            self._copying.finished.connect(self._copy_finished)
        self.reload()
        self._update_buttons()

    def _server_settings(self) -> QVBoxLayout:
        """The daily copy from this computer and the folder of the copies."""
        self.schedule_check = QCheckBox(
            self.tr("Make a copy &every day from this computer"), self)
        self.schedule_check.setObjectName("serverCopiesCheck")
        self.schedule_check.setToolTip(self.tr(
            "Several computers may share the server: let one of them, chosen by the office, "
            "make the daily copies."))
        self.schedule_check.setChecked(self._copying.scheduled)
        self.schedule_check.toggled.connect(self._copying.set_scheduled)
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("serverCopiesFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._show_folder()
        self.choose_button = self._button("chooseFolderButton", self.tr("C&hoose…"),
                                          self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_button)
        box = QVBoxLayout()
        box.addWidget(self.schedule_check)
        box.addLayout(folder_row)
        return box

    def _show_folder(self) -> None:
        self.folder_label.setText(self.tr("The copies are kept in %1")
                                  .replace("%1", str(self._copying.folder)))

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- state ------------------------------------------------------------------------------
    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(BackupTableModel.BackupRole) if rows else None

    def _update_buttons(self) -> None:
        if self._server:
            self.copy_button.setEnabled(not self._busy)
            self.choose_button.setEnabled(not self._busy)
            self.folder_button.setEnabled(not self._busy and self._copying.folder.is_dir())
            self._close_buttons.setEnabled(not self._busy)
            return
        usable = self._backups.available and not self._busy
        self.back_up_button.setEnabled(usable)
        self.restore_button.setEnabled(usable and self.selected_backup() is not None
                                       and not self._safety.read_only)
        self.folder_button.setEnabled(usable and self._backups.folder.is_dir())
        self._close_buttons.setEnabled(not self._busy)
        if self._backups.available and self._safety.read_only:
            self.restore_button.setToolTip(self.tr(
                "The database file is read-only, so no backup can be put in its place."))

    @property
    def _busy(self) -> bool:
        """A backup job runs (this window's, or an automatic one): the buttons wait."""
        return self._safety.jobs.busy

    def _show_state(self) -> None:
        self.progress.setVisible(self._busy)
        if not self._busy:
            self.progress.setRange(0, 0)  # busy again for the next job, until it counts
        self._update_buttons()

    def reload(self, select: BackupInfo | None = None) -> None:
        """Read the list again (on the worker: each copy is opened to count its meetings)."""
        if self._server:
            self._reload_copies(select)
            return

        def show(backups: list[BackupInfo] | None, error: BaseException | None) -> None:
            self._show_state()
            if error is not None:
                self.status.setText(self.tr("The backups cannot be listed: %1")
                                    .replace("%1", describe(error)))
                return
            self.model.set_rows(backups or [])
            if not backups and not self.status.text():
                self.status.setText(self.tr("There are no backups yet."))
            if select is not None:
                self._select(select)
            self._update_buttons()

        self._safety.jobs.run(self._backups.list_backups, show)
        self._show_state()

    def _reload_copies(self, select: BackupInfo | None = None) -> None:
        """The JSON copies in the chosen folder, as rows of the same table."""
        def show(copies: list[ServerCopy] | None, error: BaseException | None) -> None:
            self._show_state()
            if error is not None:
                self.status.setText(self.tr("The copies cannot be listed: %1")
                                    .replace("%1", describe(error)))
                return
            self.model.set_rows([_as_row(copy) for copy in copies or []])
            if not copies and not self.status.text():
                self.status.setText(self.tr("No JSON copy was made in this folder yet."))
            if select is not None:
                self._select(select)
            self._update_buttons()

        self._copying.list_copies(show)
        self._show_state()

    def _select(self, backup: BackupInfo) -> None:
        row = self.model.row_of(backup)
        if row is not None:
            self.table.selectRow(row)

    # --- actions ----------------------------------------------------------------------------
    def _back_up_now(self) -> None:
        self.status.setText(self.tr("Making a backup…"))

        def done(backup: BackupInfo | None, error: BaseException | None) -> None:
            self._show_state()
            if error is not None:
                self.status.setText(self.tr("No backup was made: %1")
                                    .replace("%1", describe(error)))
                return
            assert backup is not None
            self.status.setText(self.tr("Backup made: %1").replace("%1", str(backup.path)))
            self.reload(select=backup)

        self._safety.back_up_now(done)
        self._show_state()

    def _restore_selected(self) -> None:
        backup = self.selected_backup()
        # A JSON copy is not put in place of a server database: File → Import JSON… reads it.
        if backup is not None and not self._busy and not self._server:
            self.ask_restore(backup)

    def ask_restore(self, backup: BackupInfo) -> None:
        """Confirm, then put `backup` in place of the database."""
        self._select(backup)
        when = backup_time(backup.created)
        if backup.meetings < 0:  # its meetings could not be counted: say so, not "0 meetings"
            question = self.tr(
                "Put the backup of %1 in place of the current database? Its meetings could not "
                "be counted.\n\nChanges made since then are not in it. The current file is "
                "first kept aside, never deleted.")
        else:
            question = self.tr(
                "Put the backup of %1 (%n meeting(s)) in place of the current database?\n\n"
                "Changes made since then are not in it. The current file is first kept aside, "
                "never deleted.", "", backup.meetings)
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"), question.replace("%1", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.status.setText(self.tr("Restoring the backup of %1…").replace("%1", when))

        def done(kept: Any, error: BaseException | None) -> None:
            self._show_state()
            if error is not None:
                self.status.setText(self.tr("The backup was not restored: %1")
                                    .replace("%1", explain(error)))
            elif kept is None:
                self.status.setText(self.tr("Restored the backup of %1.").replace("%1", when))
            else:
                self.status.setText(
                    self.tr("Restored the backup of %1. The current file was kept as %2.")
                    .replace("%1", when).replace("%2", str(kept)))
            self.reload()

        self._safety.restore(backup, done)
        self._show_state()

    def _open_folder(self) -> None:
        folder = self._copying.folder if self._server else self._backups.folder
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- JSON copies of a server database ------------------------------------------------------
    def _copy_now(self) -> None:
        self.status.setText(self.tr("Making a JSON copy…"))

        def done(copy: ServerCopy | None, error: BaseException | None) -> None:
            self._show_state()
            if error is not None:
                self.status.setText(self.tr("No JSON copy was made: %1")
                                    .replace("%1", describe(error)))
                return
            assert copy is not None  # listed by _copy_finished
            self.status.setText(self.tr("JSON copy made: %1").replace("%1", str(copy.path)))

        self._copying.copy_now(done)
        self._show_state()

    def _copy_finished(self, copy: ServerCopy | None, _error: BaseException | None) -> None:
        """Any copy made while the window is open (this one's, or the scheduled one's) is
        listed and selected."""
        if copy is not None:
            self.reload(select=_as_row(copy))

    def _show_copy_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of the JSON copies"), str(self._copying.folder))
        if chosen:
            self._copying.set_folder(Path(chosen))
            self._show_folder()
            self.status.clear()
            self.reload()

    # --- closing ----------------------------------------------------------------------------
    def reject(self) -> None:
        if not self._busy:  # a copy or restore half way cannot be left alone
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)


def _as_row(copy: ServerCopy) -> BackupInfo:
    """A JSON copy in the table of backups (its "why" column is hidden: every row is one)."""
    return BackupInfo(copy.path, copy.created, copy.size, copy.meetings, "json-copy")
