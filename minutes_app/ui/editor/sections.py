"""The forms of an open meeting: the approval banner over five tabs (Details, Attendees,
Agenda, Outcome, Translation).

The editor builds them when the first meeting opens, not with the window: until then it
shows only a hint, and the window is painted without waiting for hundreds of widgets nobody
sees yet, nor for loading their modules (issue 11's start).
"""

from PySide6.QtWidgets import QCompleter, QTabWidget, QVBoxLayout, QWidget

from minutes_app.services import Services
from minutes_app.ui.editor.agenda_page import AgendaPage
from minutes_app.ui.editor.approval import ApprovalBanner
from minutes_app.ui.editor.attendees_page import AttendeesPage
from minutes_app.ui.editor.details_page import DetailsPage
from minutes_app.ui.editor.outcome_page import OutcomePage
from minutes_app.ui.editor.session import EditSession
from minutes_app.ui.editor.translation_page import TranslationPage
from minutes_app.ui.editor.widgets import named, route_undo_keys


class MeetingSections(QWidget):
    """The banner and the tabs; the editor connects their signals and fills them."""

    def __init__(self, session: EditSession, services: Services, names: QCompleter,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("meetingSections")
        self.tabs = named(QTabWidget(self), "editorSections", self.tr("Meeting sections"))
        self.details = DetailsPage(session, self.tabs)
        self.attendees = AttendeesPage(session, services, self.tabs)
        self.agenda = AgendaPage(session, names, self.tabs)
        self.outcome = OutcomePage(session, self.tabs)
        self.translation = TranslationPage(session, self.tabs)
        for number, (page, title) in enumerate(
            ((self.details, self.tr("Details")), (self.attendees, self.tr("Attendees")),
             (self.agenda, self.tr("Agenda")), (self.outcome, self.tr("Outcome")),
             (self.translation, self.tr("Translation"))),
            start=1):
            self.tabs.addTab(page, title)
            self.tabs.setTabToolTip(number - 1, f"{title} (Alt+{number})")
        self.approval_banner = ApprovalBanner(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.approval_banner)
        layout.addWidget(self.tabs, 1)
        route_undo_keys(self)
