"""The meeting editor: Details, Attendees and Agenda of one meeting, saved as you type.

Public API (the shell codes against it):
    MeetingEditor(services, undo_stack, parent=None)
    open_meeting(meeting_id | None) -> bool, current_meeting(), flush() -> bool,
    discard_changes() -> bool, show_snapshot(meeting), set_read_only(bool), retrying_save()
Saving: the automatic saves (a second after typing stops, at least every five seconds while it
goes on, a field losing focus) run on a worker thread; open_meeting, flush and show_snapshot
wait for it and write what is on screen before they return. They wait only a moment for a busy
database: then they return False and the typing stays, saved again in the background.
open_meeting never leaves unsaved typing behind: if it cannot save it, it stays on the meeting.
Closing the editor (or quitting the application) also ends the worker thread.
Signals:
    meeting_saved(Meeting): the snapshot was written (the shell updates the list and says
        "Saved 14:02").
    save_failed(Exception): why a save (or opening) failed; ui.error_text.describe says it.
    meeting_switched(int): undo or redo brought another meeting into the editor; the shell
        selects it in the list.
    meeting_edited(Meeting | None): what the editor shows changed (typing, undo, redo, another
        meeting opened; None: nothing open), saved or not; the document preview follows it.
    approval_changed(Meeting): the meeting was approved or reopened (the list follows).
Approval (issue 10): an approved meeting opens read-only under a banner saying who approved it
and when, with Reopen…; `approve_action` and `reopen_action` are for the shell's menu, and
`author` (the settings' document author) is who approves, reopens and changes by default.
"""

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QLabel,
    QMessageBox,
    QStackedLayout,
    QWidget,
)

from minutes_app.domain import Body, Meeting, Status
from minutes_app.domain.conflicts import EditConflict
from minutes_app.services import ServiceError, Services
from minutes_app.ui.editor.session import EditSession
from minutes_app.ui.editor.widgets import lock_inputs

if TYPE_CHECKING:  # the forms' modules load with the forms (MeetingSections)
    from PySide6.QtWidgets import QTabWidget

    from minutes_app.ui.editor.agenda_page import AgendaPage
    from minutes_app.ui.editor.approval import ApprovalBanner
    from minutes_app.ui.editor.attendees_page import AttendeesPage
    from minutes_app.ui.editor.details_page import DetailsPage
    from minutes_app.ui.editor.outcome_page import OutcomePage
    from minutes_app.ui.editor.sections import MeetingSections
    from minutes_app.ui.editor.translation_page import TranslationPage

log = logging.getLogger(__name__)


def with_body_defaults(meeting: Meeting, draft: Meeting) -> Meeting:
    """`meeting` filled from `draft` (services.meetings.new_meeting of its body): the body's
    name as the directory spells it, the attendees when none are listed, and the number,
    place, kind and organisation where nothing is typed; what is typed stays."""
    return replace(
        meeting,
        body=draft.body or meeting.body,
        attendees=meeting.attendees or draft.attendees,
        number=meeting.number or draft.number,
        place=meeting.place or draft.place,
        kind=meeting.kind or draft.kind,
        organization=meeting.organization or draft.organization,
    )


class MeetingEditor(QWidget):
    meeting_saved = Signal(object)
    save_failed = Signal(object)
    meeting_switched = Signal(int)
    meeting_edited = Signal(object)
    approval_changed = Signal(object)

    def __init__(self, services: Services, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingEditor")
        self._services = services
        self._undo_stack = undo_stack
        self._session = EditSession(services, undo_stack, self)
        self._file_read_only = False  # the database cannot be written (set_read_only)
        self._bodies: dict[str, Body | None] = {}
        # The meeting and body last chosen: leaving the field again is no new choice (after
        # Ctrl+Z took the filling back, it must not come back by itself).
        self._chosen: tuple[int | None, str] | None = None
        self._names = QStringListModel(self)
        self._names_completer = QCompleter(self._names, self)
        self._names_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._names_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._names_completer.popup().setObjectName("namesPopup")
        self._names_completer.popup().setAccessibleName(self.tr("Attendees' names"))

        # The forms are built when the first meeting opens (`_forms`); until then, a hint.
        self._sections: MeetingSections | None = None
        for number in range(1, 6):
            # From anywhere in the window (the list too), as the tabs' tooltips promise.
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda i=number - 1: self.go_to_section(i))
        # With no meeting open, a hint instead of a greyed-out form dated 01.01.2000.
        self.empty_hint = QLabel(self.tr(
            "Choose a meeting in the list, or create one: File → New meeting (Ctrl+N)."), self)
        self.empty_hint.setObjectName("emptyEditorHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self._pages = QStackedLayout(self)
        self._pages.setContentsMargins(0, 0, 0, 0)
        self._pages.addWidget(self.empty_hint)
        self.approve_action = QAction(self.tr("&Approve…"), self)
        self.approve_action.setObjectName("actionApprove")
        self.approve_action.triggered.connect(self.approve)
        self.reopen_action = QAction(self.tr("Re&open…"), self)
        self.reopen_action.setObjectName("actionReopen")
        self.reopen_action.triggered.connect(self.reopen)
        for action in (self.approve_action, self.reopen_action):
            action.setEnabled(False)  # until a meeting is open

        self._session.saved.connect(self.meeting_saved)
        self._session.saved.connect(self._show_stored_history)
        self._session.save_failed.connect(self.save_failed)
        self._session.switched.connect(self.meeting_switched)
        self._session.replaced.connect(self._on_replaced)
        self._session.edited.connect(lambda meeting: self._refresh(meeting, force=False))
        self._session.edited.connect(self.meeting_edited)
        self._session.replaced.connect(self.meeting_edited)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
            app.aboutToQuit.connect(self._session.shut_down)
        self.setEnabled(False)

    # -- the forms, built when first needed --------------------------------------------------
    def _forms(self) -> "MeetingSections":
        """The banner and the tabs of an open meeting, built the first time they are asked
        for (the first meeting opened; a test may ask before)."""
        if self._sections is None:
            from minutes_app.ui.editor.sections import MeetingSections

            sections = MeetingSections(self._session, self._services, self._names_completer,
                                       self)
            sections.approval_banner.reopen_requested.connect(self.reopen)
            sections.details.body_chosen.connect(self._on_body_chosen)
            self._pages.addWidget(sections)
            self._sections = sections
        return self._sections

    @property
    def tabs(self) -> "QTabWidget":
        return self._forms().tabs

    @property
    def details(self) -> "DetailsPage":
        return self._forms().details

    @property
    def attendees(self) -> "AttendeesPage":
        return self._forms().attendees

    @property
    def agenda(self) -> "AgendaPage":
        return self._forms().agenda

    @property
    def outcome(self) -> "OutcomePage":
        return self._forms().outcome

    @property
    def translation(self) -> "TranslationPage":
        return self._forms().translation

    @property
    def approval_banner(self) -> "ApprovalBanner":
        return self._forms().approval_banner

    # -- the public API --------------------------------------------------------------------
    def open_meeting(self, meeting_id: int | None) -> bool:
        """Show the stored meeting (None: an empty, disabled editor); saves pending changes.

        False when they could not be saved: the editor stays on its meeting (save_failed said
        why). A meeting that cannot be read shows nothing (save_failed says why; True).
        """
        if not self._session.save_now():
            return False
        return self._session.open(self._stored(meeting_id))

    def discard_changes(self) -> bool:
        """Show the open meeting as stored, dropping changes not yet saved (False: not now,
        a background save is still running; save_failed said so)."""
        meeting = self._session.meeting
        if meeting is None or meeting.id is None:
            return True
        # A save still running may yet store some of the changes: read after it ends.
        if not self._session.settle():
            return False
        return self._session.open(self._stored(meeting.id), discard=True)

    def keep_mine(self, conflict: EditConflict[Meeting]) -> bool:
        """After a conflict: what is on screen (all the typing, also since the refused save)
        is saved over the version they saved; False when that save fails too (save_failed
        says why: another conflict, if someone saved yet again)."""
        meeting = self._session.meeting
        if meeting is None or meeting.id is None or meeting.id != conflict.theirs.id:
            return False
        self._session.adopt_version(meeting.id, conflict.theirs.version)
        return self._session.save_now()  # still unsaved (dirty) since the refusal

    def knows_version(self, meeting_id: int, version: int) -> bool:
        """Whether this window read or wrote that version of the meeting (or a newer one):
        a change told by the server that is its own save."""
        return self._session.known_version(meeting_id) >= version

    def follow_save_elsewhere(self, version: int) -> bool:
        """Someone else saved the open meeting, whose stored version is now `version`: show
        it as they saved it, unless typing here waits to be saved (its save then finds their
        version and asks what to keep) or this window knows that version already (its own
        save). True when it was shown afresh."""
        meeting = self._session.meeting
        if meeting is None or meeting.id is None or self._session.dirty:
            return False
        if self.knows_version(meeting.id, version):
            return False
        return self._session.open(self._stored(meeting.id), discard=True)

    def _stored(self, meeting_id: int | None) -> Meeting | None:
        if meeting_id is None:
            return None
        try:
            return self._services.meetings.get(meeting_id)
        except ServiceError as error:
            self.save_failed.emit(error)
            return None

    def current_meeting(self) -> Meeting | None:
        return self._session.meeting

    def flush(self) -> bool:
        """Save any pending change now and wait for it (before switching meetings, on close,
        before export). False when it could not be saved (save_failed said why). A person's
        name still being typed is applied first (it may ask whether they were misspelt)."""
        if self._sections is not None:
            self._sections.attendees.apply_typed_name()
        return self._session.save_now()

    def hold_saving(self) -> bool:
        """Keep unsaved changes on screen without saving them while the database file is
        replaced (a restore); False while a background save still runs."""
        return self._session.hold()

    def resume_saving(self) -> None:
        """Save again; changes held back go into the database as it is now."""
        self._session.release()

    def retrying_save(self) -> bool:
        """True when a failed save will be tried again by itself (not for a meeting deleted
        elsewhere, which no retry can save)."""
        return self._session.retrying

    @property
    def author(self) -> str:
        """Who approves, reopens and changes the minutes here (written into the history)."""
        return self._session.author

    @author.setter
    def author(self, name: str) -> None:
        self._session.author = name

    def set_read_only(self, read_only: bool) -> None:
        """Lock (True) or unlock every field: nothing can be changed, all can be read. An
        approved meeting stays locked all the same."""
        self._file_read_only = read_only
        self._on_replaced(self._session.meeting)

    def _lock(self, locked: bool) -> None:
        self._session.set_read_only(locked)
        if self._sections is None:  # built later, unlocked; the next open locks them
            return
        lock_inputs(self._sections.tabs, locked)
        self._sections.agenda.set_read_only(locked)
        self._sections.translation.set_read_only(locked)

    def approve(self) -> bool:
        """Approve the open meeting as stored (the typing is saved first), after asking who
        approves; it then opens read-only. False when nothing was approved."""
        meeting = self._session.meeting
        if (meeting is None or meeting.id is None or meeting.status is Status.APPROVED
                or self._file_read_only or not self.flush()):
            return False
        from minutes_app.ui.editor import approval  # its dialogs, loaded when asked

        by = approval.ask_approver(self, meeting, self.author)
        if by is None:
            return False
        return self._change_approval(
            lambda: self._services.meetings.approve(meeting.id or 0, by, date.today(),
                                                    seen=self._session.as_read(meeting)))

    def reopen(self) -> bool:
        """Reopen the approved meeting after asking why; it can then be changed again."""
        meeting = self._session.meeting
        if (meeting is None or meeting.id is None or meeting.status is not Status.APPROVED
                or self._file_read_only):
            return False
        from minutes_app.ui.editor import approval

        reason = approval.ask_reopen_reason(self)
        if reason is None:
            return False
        return self._change_approval(
            lambda: self._services.meetings.reopen(meeting.id or 0, reason, self.author,
                                                   seen=self._session.as_read(meeting)))

    def _change_approval(self, change: Callable[[], Meeting]) -> bool:
        try:
            changed = change()
        except (ServiceError, EditConflict) as error:  # EditConflict: saved elsewhere since
            # Imported here: error_text imports this package (its field messages).
            from minutes_app.ui.error_text import describe

            QMessageBox.warning(self, self.tr("Minutes"), describe(error))
            return False
        # Undo would bring back snapshots from the other side of the approval: none is kept.
        self._undo_stack.clear()
        self._session.open(changed, discard=True)
        self.approval_changed.emit(changed)
        return True

    def _show_stored_history(self, saved: Meeting) -> None:
        """After a save of a reopened meeting the history may have grown (the service writes
        "changed after approval"): show the stored one."""
        current = self._session.meeting
        if current is None or saved.id != current.id or saved.id is None:
            return
        if any(entry.what == "reopened" for entry in current.history):
            try:
                self.details.show_history(self._services.meetings.history(saved.id))
            except ServiceError as error:
                log.warning("cannot read the history of meeting %s: %s", saved.id, error)

    def show_snapshot(self, meeting: Meeting) -> None:
        """Display this snapshot (opening its meeting if another is open) and save it."""
        self._session.show_snapshot(meeting)

    # -- reacting --------------------------------------------------------------------------
    def _on_replaced(self, meeting: Meeting | None) -> None:
        self.setEnabled(meeting is not None)
        self._pages.setCurrentWidget(self._forms() if meeting is not None
                                     else self.empty_hint)
        approved = meeting is not None and meeting.status is Status.APPROVED
        # Unlocked first, the forms below enable what their state allows; locked, they keep
        # every input locked (a draft after a draft: nothing to do).
        locked = self._file_read_only or approved
        if locked or self._session.read_only:
            self._lock(locked)
        if self._sections is not None:
            self._sections.approval_banner.show_meeting(meeting,
                                                        can_reopen=not self._file_read_only)
        has_id = meeting is not None and meeting.id is not None
        self.approve_action.setEnabled(has_id and not approved and not self._file_read_only)
        self.reopen_action.setEnabled(has_id and approved and not self._file_read_only)
        if meeting is not None:
            self._bodies.clear()
            self.details.set_bodies(self._body_names())
            self.details.set_organizations(self._organization_names())
            self.attendees.set_body(self._body(meeting.body))
            self._suggest_number(meeting)
        self._refresh(meeting, force=True)

    def _refresh(self, meeting: Meeting | None, force: bool) -> None:
        if self._sections is None:  # nothing was ever shown: nothing to change
            return
        self.details.show_meeting(meeting, force)
        self.attendees.show_meeting(meeting, force)
        names = [a.name for a in meeting.attendees if not a.is_group] if meeting else []
        if names != self._names.stringList():
            self._names.setStringList(names)
            self.agenda.set_names(tuple(names))
        self.agenda.show_meeting(meeting, force)
        self.outcome.show_meeting(meeting, force)
        self.translation.show_meeting(meeting, force)

    def _on_body_chosen(self, name: str) -> None:
        body = self._body(name)
        self.attendees.set_body(body)
        meeting = self._session.meeting
        if meeting is None:
            return
        chosen = (meeting.id, body.name if body is not None else "")
        if body is not None and not meeting.attendees and chosen != self._chosen:
            self._fill_from_body(body.name, meeting)
        self._chosen = chosen
        self._suggest_number(self._session.meeting or meeting)

    def _fill_from_body(self, name: str, meeting: Meeting) -> None:
        """A meeting with nobody listed yet gets what a new meeting of the body gets (its
        members on the date, all present; its next number; its place, kind, organisation)
        as one change, which Ctrl+Z takes back."""
        try:
            draft = self._services.meetings.new_meeting(name, meeting.date)
        except ServiceError as error:
            log.warning("cannot fill the meeting from body %r: %s", name, error)
            return
        self._session.change(self.tr("Fill in from the body"),
                             lambda current: with_body_defaults(current, draft))

    def refresh_directory(self) -> None:
        """The bodies or organisations of the directory changed (their windows saved): the
        pickers, the quorum line and the suggested number follow."""
        meeting = self._session.meeting
        self._bodies.clear()
        if self._sections is None:  # opening a meeting fills them
            return
        self.details.set_bodies(self._body_names())
        self.details.set_organizations(self._organization_names())
        if meeting is not None:
            self.attendees.set_body(self._body(meeting.body))
            self._suggest_number(meeting)

    def _on_focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        # Leaving a field saves what was typed in it (the debounce would, a second later).
        if old is not None and self._session.dirty and self.isAncestorOf(old):
            self._session.save_in_background()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._session.shut_down()
        super().closeEvent(event)

    def edit_title(self) -> None:
        """The cursor in the title, its text selected: a new meeting's placeholder title is
        replaced by the first key typed."""
        if self._session.meeting is None:
            return
        self.tabs.setCurrentIndex(0)
        self.details.title.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.details.title.selectAll()

    def go_to_section(self, index: int) -> None:
        """Show a section and put the cursor in its first field (nothing without a meeting)."""
        if self._session.meeting is None:
            return
        self.tabs.setCurrentIndex(index)
        page = self.tabs.currentWidget()
        widget = page.nextInFocusChain()
        while widget is not page and widget is not None:
            if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()

    # -- directory look-ups (on open and when the body is chosen, never per keystroke) -----
    def _body_names(self) -> list[str]:
        try:
            return [body.name for body in self._services.directory.list_bodies()]
        except ServiceError as error:
            log.warning("cannot list bodies: %s", error)
            return []

    def _organization_names(self) -> list[str]:
        try:
            return [o.name for o in self._services.directory.list_organizations()]
        except ServiceError as error:
            log.warning("cannot list organisations: %s", error)
            return []

    def _body(self, name: str) -> Body | None:
        name = name.strip()
        if not name:
            return None
        if name not in self._bodies:
            try:
                self._bodies[name] = self._services.directory.get_body(name)
            except ServiceError as error:
                log.warning("cannot look up body %r: %s", name, error)
                return None
        return self._bodies[name]

    def _suggest_number(self, meeting: Meeting) -> None:
        try:
            number = self._services.meetings.next_number(meeting.body, meeting.date.year)
        except ServiceError as error:
            log.warning("cannot suggest a number: %s", error)
            number = ""
        self.details.set_suggested_number(number)
