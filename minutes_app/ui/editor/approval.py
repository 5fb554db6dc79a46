"""Approval in the editor (issue 10): the banner over an approved meeting, the history's lines,
and the questions asked before approving and reopening.

The questions are module functions so that tests replace them (as ask_before_closing_unsaved
in the main window): `ask_approver(parent, meeting, default)` gives the name of who approves,
None when the secretary cancels; `ask_reopen_reason(parent)` gives the reason, None on cancel.
"""

import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from minutes_app.domain import Approval, HistoryEntry, Meeting, Status
from minutes_app.ui.editor.widgets import date_format

_STYLE = """
QFrame#approvalBanner { background: #e8f4ea; border: 1px solid #6aa874; border-radius: 3px; }
QFrame#approvalBanner QLabel { color: #1d4222; }
"""


# The parts services.history names in "changed after approval" (stored in English, as data).
_PARTS = {
    "title": QT_TRANSLATE_NOOP("Approval", "title"),
    "date": QT_TRANSLATE_NOOP("Approval", "date"),
    "kind": QT_TRANSLATE_NOOP("Approval", "kind"),
    "organization": QT_TRANSLATE_NOOP("Approval", "organisation"),
    "body": QT_TRANSLATE_NOOP("Approval", "body"),
    "number": QT_TRANSLATE_NOOP("Approval", "number"),
    "start time": QT_TRANSLATE_NOOP("Approval", "start time"),
    "end time": QT_TRANSLATE_NOOP("Approval", "end time"),
    "place": QT_TRANSLATE_NOOP("Approval", "place"),
    "language": QT_TRANSLATE_NOOP("Approval", "document language"),
    "notes": QT_TRANSLATE_NOOP("Approval", "notes"),
    "organizers": QT_TRANSLATE_NOOP("Approval", "organisers"),
    "attendees": QT_TRANSLATE_NOOP("Approval", "attendees"),
    "conclusions": QT_TRANSLATE_NOOP("Approval", "conclusions"),
    "translations": QT_TRANSLATE_NOOP("Approval", "translations"),
    "presenters": QT_TRANSLATE_NOOP("Approval", "presenters"),
    "heard": QT_TRANSLATE_NOOP("Approval", "heard"),
    "discussion": QT_TRANSLATE_NOOP("Approval", "discussion"),
    "proposals": QT_TRANSLATE_NOOP("Approval", "proposals"),
    "decisions": QT_TRANSLATE_NOOP("Approval", "decisions"),
}
_ITEM_PART = re.compile(r"agenda item (\d+) (.+)")


def _part_text(part: str) -> str:
    """One changed part in the interface language; one not known here is shown as stored."""
    item = _ITEM_PART.fullmatch(part)
    if item is None:
        return _field_text(part)
    number, rest = item.groups()
    if rest == "added":
        text = QCoreApplication.translate("Approval", "agenda item %1 added")
    elif rest == "removed":
        text = QCoreApplication.translate("Approval", "agenda item %1 removed")
    else:
        fields = ", ".join(_field_text(name) for name in rest.split(", "))
        text = QCoreApplication.translate("Approval", "agenda item %1: %2").replace("%2", fields)
    return text.replace("%1", number)


def _field_text(name: str) -> str:
    return QCoreApplication.translate("Approval", str(_PARTS[name])) if name in _PARTS else name


def day_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def history_text(entry: HistoryEntry) -> str:
    """«29.11.2026 14:03 — Approved — Петрова А.С.», then the reason or what changed."""
    events = {
        "approved": QCoreApplication.translate("Approval", "Approved"),
        "reopened": QCoreApplication.translate("Approval", "Reopened"),
        "changed after approval": QCoreApplication.translate("Approval",
                                                             "Changed after approval"),
    }
    when = f"{day_text(entry.at.date())} {entry.at:%H:%M}"
    detail = entry.detail
    if entry.what == "changed after approval":  # a reopening's reason is shown as typed
        detail = "; ".join(_part_text(part) for part in detail.split("; ") if part)
    cells = [when, events.get(entry.what, entry.what), entry.by, detail]
    return " — ".join(cell for cell in cells if cell)


def ask_approver(parent: QWidget, meeting: Meeting, default: str) -> str | None:
    """Confirm the approval and say who approves (the document author by default)."""
    number = f" № {meeting.number}" if meeting.number.strip() else ""
    question = QCoreApplication.translate(
        "Approval", "Approve the minutes%1 of %2? They can no longer be changed until they "
        "are reopened, with a reason.\n\nApproved by:",
    ).replace("%1", number).replace("%2", day_text(meeting.date))
    title = QCoreApplication.translate("Approval", "Approve the minutes")
    name, accepted = QInputDialog.getText(parent, title, question, QLineEdit.EchoMode.Normal,
                                          default)
    return name.strip() if accepted and name.strip() else None


def ask_reopen_reason(parent: QWidget) -> str | None:
    """Why approved minutes are reopened: it goes into their history."""
    reason, accepted = QInputDialog.getMultiLineText(
        parent, QCoreApplication.translate("Approval", "Reopen the minutes"),
        QCoreApplication.translate(
            "Approval", "Why are the approved minutes reopened? The reason is kept in their "
            "history."))
    return reason.strip() if accepted and reason.strip() else None


def approval_text(approval: Approval | None) -> str:
    if approval is None:  # approved in a file that did not say by whom
        return QCoreApplication.translate(
            "Approval", "Approved. The minutes are read-only; reopen them to change them.")
    return QCoreApplication.translate(
        "Approval", "Approved by %1 on %2. The minutes are read-only; reopen them to change "
        "them.").replace("%1", approval.by).replace("%2", day_text(approval.on))


class ApprovalBanner(QFrame):
    """Over the editor of an approved meeting: who approved it and when, and Reopen….

    Signals: reopen_requested(): the Reopen… button was clicked.
    """

    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalBanner")
        self.setStyleSheet(_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.label = QLabel(self)
        self.label.setObjectName("approvalText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reopen = QPushButton(self.tr("Reopen…"), self)
        self.reopen.setObjectName("reopenButton")
        self.reopen.setAccessibleName(self.reopen.text())
        self.reopen.clicked.connect(lambda _checked=False: self.reopen_requested.emit())
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reopen)
        self.hide()

    def show_meeting(self, meeting: Meeting | None, can_reopen: bool) -> None:
        """Shown over an approved meeting, hidden otherwise; `can_reopen`: False while the
        database is read-only."""
        approved = meeting is not None and meeting.status is Status.APPROVED
        self.setVisible(approved)
        if meeting is not None and approved:
            self.label.setText(approval_text(meeting.approval))
            self.setAccessibleName(self.label.text())
        self.reopen.setEnabled(can_reopen)

