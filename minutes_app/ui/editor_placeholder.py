"""Stand-in for minutes_app.ui.editor.MeetingEditor while that package is being written.

Same constructor, methods and signals; shows the meeting's title and date read-only.
"""

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from minutes_app.domain import Meeting
from minutes_app.services import Services


class MeetingEditor(QWidget):
    meeting_saved = Signal(object)
    save_failed = Signal(str)

    def __init__(self, services: Services, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._undo_stack = undo_stack
        self._meeting: Meeting | None = None
        self._label = QLabel(self)
        self._label.setObjectName("editorPlaceholderLabel")
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)
        layout.addStretch()
        self.setEnabled(False)

    def open_meeting(self, meeting_id: int | None) -> None:
        self._meeting = None if meeting_id is None else self._services.meetings.get(meeting_id)
        self._show()

    def current_meeting(self) -> Meeting | None:
        return self._meeting

    def flush(self) -> None:
        """Nothing is ever pending here."""

    def show_snapshot(self, meeting: Meeting) -> None:
        self._meeting = self._services.meetings.save(meeting)
        self._show()
        self.meeting_saved.emit(self._meeting)

    def _show(self) -> None:
        self.setEnabled(self._meeting is not None)
        self._label.setText("" if self._meeting is None
                            else f"{self._meeting.date:%d.%m.%Y} {self._meeting.title}")
