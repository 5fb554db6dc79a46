"""The "Outcome" section: what the participants of the whole meeting concluded without a vote
(«Участники отметили, что…»), the close of a seminar or a round table."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from minutes_app.domain import Meeting
from minutes_app.ui.editor.conclusions_box import CONCLUSIONS, TextListBox
from minutes_app.ui.editor.edits import meeting_texts
from minutes_app.ui.editor.session import EditSession


class OutcomePage(QWidget):
    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        hint = QLabel(self.tr(
            "What the participants concluded or recommended, without a vote, for the whole "
            "meeting. The conclusions of one agenda item are entered with the item."), self)
        hint.setWordWrap(True)
        self.conclusions = TextListBox(session, CONCLUSIONS, "meetingConclusion",
                                       self.tr("Conclusions of the meeting"), self)
        self.conclusions.view.setMaximumHeight(self.fontMetrics().lineSpacing() * 12 + 8)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.conclusions)
        layout.addStretch(1)
        self._place = meeting_texts("conclusions")

    def show_meeting(self, meeting: Meeting | None, force: bool) -> None:
        if meeting is None:
            self.conclusions.show_entries((), None, force)
        else:
            self.conclusions.show_entries(meeting.conclusions, self._place, force)
