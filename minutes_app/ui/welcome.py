"""The first start (issue 12): a welcome with three ways in, then the organisation.

A new user meets an empty window and does not know where to begin. On the first start with an
empty database the window offers: open a sample meeting (the seminar of the Public Council, in
Russian with its Kazakh version, from the package), import a JSON backup, or start empty; then
asks for the organisation (its names and address, as the letterhead shows them), the letterhead
file documents are written on, and the author written into the documents. Each answer is kept
where the rest of the program keeps it: the organisation in the directory, the letterhead as
the export's template, the author in the settings. It is offered once.
"""

from dataclasses import dataclass, replace
from enum import Enum
from importlib.resources import files
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import DomainError, Organization
from minutes_app.services import ServiceError, Services
from minutes_app.ui.error_text import describe
from minutes_app.ui.settings import AppSettings

SAMPLE_NAME = "seminar.json"


class Start(Enum):
    SAMPLE = "sample"
    IMPORT = "import"
    EMPTY = "empty"


@dataclass(frozen=True)
class Answers:
    start: Start
    organization: Organization | None  # None: not given
    letterhead: str
    author: str


def sample_meeting_json() -> bytes:
    return (files("minutes_app") / "samples" / SAMPLE_NAME).read_bytes()


class WelcomeDialog(QDialog):
    """Page 1: the three ways in; page 2: the organisation, letterhead and author."""

    def __init__(self, author: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Minutes"))
        self.start = Start.EMPTY
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._ways_in())
        self.pages.addWidget(self._organization_page(author))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        # Wrapped labels and the buttons' two-line descriptions need their height for a width
        # (a stacked widget does not ask): room for the longest, Kazakh, texts.
        self.setMinimumSize(680, 460)

    def _ways_in(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr(
            "<h3>Welcome to Minutes</h3>Minutes keeps the minutes of your meetings on this "
            "computer and writes the protocol as a Word document. How would you like to "
            "begin?"), page)
        intro.setWordWrap(True)
        self.sample_button = QCommandLinkButton(
            self.tr("Open a sample meeting"),
            self.tr("The seminar of the Public Council of the Ministry of Internal Affairs, in "
                    "Russian with its Kazakh version: look around, export it, change it."), page)
        self.import_button = QCommandLinkButton(
            self.tr("Import a JSON backup"),
            self.tr("Meetings saved from Minutes on another computer (File → Export JSON)."),
            page)
        self.empty_button = QCommandLinkButton(
            self.tr("Start with an empty database"),
            self.tr("Record your first meeting: File → New meeting."), page)
        for button, start in ((self.sample_button, Start.SAMPLE),
                              (self.import_button, Start.IMPORT),
                              (self.empty_button, Start.EMPTY)):
            button.clicked.connect(lambda _checked=False, s=start: self._chosen(s))
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        for button in (self.sample_button, self.import_button, self.empty_button):
            layout.addWidget(button)
        layout.addStretch(1)
        return page

    def _organization_page(self, author: str) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr(
            "<h3>Your organisation</h3>Written at the top of every protocol. You can change "
            "all of it later (Directory → Organisations…, File → Settings…) or leave it "
            "empty now."), page)
        intro.setWordWrap(True)
        self.name_ru = QLineEdit(page)
        self.name_kk = QLineEdit(page)
        self.address = QLineEdit(page)
        self.letterhead = QLineEdit(page)
        self.letterhead.setPlaceholderText(self.tr("A .docx or .dotx file (optional)"))
        browse = QPushButton(self.tr("&Browse…"), page)
        browse.clicked.connect(self._browse_letterhead)
        letterhead_row = QHBoxLayout()
        letterhead_row.addWidget(self.letterhead, 1)
        letterhead_row.addWidget(browse)
        self.author = QLineEdit(author, page)
        self.author.setPlaceholderText(self.tr("Your name, as in the document's properties"))
        self.error = QLabel(page)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Organisation (&Russian):"), self.name_ru)
        form.addRow(self.tr("Organisation (&Kazakh):"), self.name_kk)
        form.addRow(self.tr("A&ddress:"), self.address)
        form.addRow(self.tr("&Letterhead:"), letterhead_row)
        form.addRow(self.tr("Document &author:"), self.author)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, page)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        return page

    def _chosen(self, start: Start) -> None:
        self.start = start
        self.pages.setCurrentIndex(1)
        self.name_ru.setFocus()

    def _browse_letterhead(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Letterhead"), str(Path.home()),
            self.tr("Word documents and templates (*.docx *.dotx)"))
        if name:
            self.letterhead.setText(name)

    def answers(self) -> Answers:
        name = " ".join(self.name_ru.text().split())
        organization = (Organization(name, name_kk=" ".join(self.name_kk.text().split()),
                                     address=" ".join(self.address.text().split()))
                        if name else None)
        return Answers(self.start, organization, self.letterhead.text().strip(),
                       self.author.text().strip())


class WelcomeHost(Protocol):
    """What the first start needs of the main window."""

    services: Services
    settings: AppSettings

    def import_json(self) -> None: ...
    def show_imported_meetings(self, ids: list[int]) -> None: ...
    def report_error(self, message: str) -> None: ...


def offer(window: WelcomeHost, parent: QWidget) -> WelcomeDialog | None:
    """Show the welcome when it was never answered and the database holds no meeting (an
    upgrade from an older version with meetings is not a first start). Window-modal, without
    a nested event loop: the answers are applied when it closes. It is offered once; closing
    it is an answer too."""
    settings, services = window.settings, window.services
    if settings.welcomed:
        return None
    if services.meetings.has_meetings():  # not new: never asked (nor this query) again
        settings.welcomed = True
        return None
    dialog = WelcomeDialog(settings.document_author, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)

    def finished(result: int) -> None:
        settings.welcomed = True
        if result == QDialog.DialogCode.Accepted:
            apply_answers(window, dialog.answers())

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def apply_answers(window: WelcomeHost, answers: Answers) -> None:
    settings, services = window.settings, window.services
    if answers.author:
        settings.document_author = answers.author
    if answers.letterhead:
        settings.last_template = answers.letterhead
    try:
        if answers.start is Start.SAMPLE:
            result = services.transfer.import_file(sample_meeting_json(), SAMPLE_NAME)
            window.show_imported_meetings(result.ids)
        if answers.organization is not None:  # after the sample: the user's words win
            _save_organization(services, answers.organization)
    except (ServiceError, DomainError) as error:
        window.report_error(describe(error))
    if answers.start is Start.IMPORT:
        window.import_json()  # asks for the file; imports in the background


def _save_organization(services: Services, organization: Organization) -> None:
    """Add the organisation, or update the one of that name (the sample brings its own)."""
    same = [o for o in services.directory.list_organizations()
            if o.name.casefold() == organization.name.casefold()]
    if same:  # what the user left empty keeps what the directory has
        old = same[0]
        organization = replace(organization, id=old.id,
                               name_kk=organization.name_kk or old.name_kk,
                               name_en=organization.name_en or old.name_en,
                               address=organization.address or old.address)
    services.directory.save_organization(organization)
