"""Two people edited the same record (issue 13): what the window asks when a save is refused.

On a shared database another secretary may save a meeting (a person, a body) after it was
opened here. The save is then refused with nothing written (`EditConflict`), and this dialog
says who changed it and when, and offers:

* **Keep mine**: our version is saved over theirs;
* **Take theirs**: the record as they saved it replaces ours (our typing since is dropped);
* **Compare**: each part that differs, ours beside theirs, in the user's language.

Closing the dialog decides nothing: the typing stays in the editor, unsaved, and the next save
asks again. The choice is made by the caller (`ConflictChoice`), never here.
"""

from datetime import UTC, datetime
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.conflicts import Difference, EditConflict

# The parts `Difference.part` names, as a secretary says them.
_PARTS = {
    "title": QT_TRANSLATE_NOOP("Conflicts", "Title"),
    "date": QT_TRANSLATE_NOOP("Conflicts", "Date"),
    "kind": QT_TRANSLATE_NOOP("Conflicts", "Kind of meeting"),
    "organization": QT_TRANSLATE_NOOP("Conflicts", "Organisation"),
    "body": QT_TRANSLATE_NOOP("Conflicts", "Council or commission"),
    "number": QT_TRANSLATE_NOOP("Conflicts", "Number"),
    "start_time": QT_TRANSLATE_NOOP("Conflicts", "Start time"),
    "end_time": QT_TRANSLATE_NOOP("Conflicts", "End time"),
    "place": QT_TRANSLATE_NOOP("Conflicts", "Place"),
    "language": QT_TRANSLATE_NOOP("Conflicts", "Language"),
    "notes": QT_TRANSLATE_NOOP("Conflicts", "Notes"),
    "organizers": QT_TRANSLATE_NOOP("Conflicts", "Organisers"),
    "attendees": QT_TRANSLATE_NOOP("Conflicts", "Attendees"),
    "conclusions": QT_TRANSLATE_NOOP("Conflicts", "Conclusions"),
    "translations": QT_TRANSLATE_NOOP("Conflicts", "Translations"),
    "presenters": QT_TRANSLATE_NOOP("Conflicts", "Presenters"),
    "heard": QT_TRANSLATE_NOOP("Conflicts", "Heard"),
    "discussion": QT_TRANSLATE_NOOP("Conflicts", "Discussion"),
    "proposal": QT_TRANSLATE_NOOP("Conflicts", "Proposal"),
    "decision": QT_TRANSLATE_NOOP("Conflicts", "Decision"),
    "conclusion": QT_TRANSLATE_NOOP("Conflicts", "Conclusion"),
    "item": QT_TRANSLATE_NOOP("Conflicts", "Agenda item"),
    "surname": QT_TRANSLATE_NOOP("Conflicts", "Surname"),
    "given_name": QT_TRANSLATE_NOOP("Conflicts", "Given name"),
    "patronymic": QT_TRANSLATE_NOOP("Conflicts", "Patronymic"),
    "position": QT_TRANSLATE_NOOP("Conflicts", "Position"),
    "degree": QT_TRANSLATE_NOOP("Conflicts", "Academic degree"),
    "rank": QT_TRANSLATE_NOOP("Conflicts", "Rank"),
    "name": QT_TRANSLATE_NOOP("Conflicts", "Name"),
    "members": QT_TRANSLATE_NOOP("Conflicts", "Members"),
    "quorum": QT_TRANSLATE_NOOP("Conflicts", "Quorum"),
    "numbering": QT_TRANSLATE_NOOP("Conflicts", "Numbering"),
    "letterhead": QT_TRANSLATE_NOOP("Conflicts", "Letterhead"),
    "document": QT_TRANSLATE_NOOP("Conflicts", "Document settings"),
}


class ConflictChoice(Enum):
    KEEP_MINE = "keep mine"
    TAKE_THEIRS = "take theirs"
    UNDECIDED = "undecided"  # closed: the typing stays, unsaved


def part_name(difference: Difference) -> str:
    """"Item 2 — Decision 1", "Title": where the difference is, in the interface language."""
    translate = QCoreApplication.translate
    part = _PARTS.get(difference.part)
    name = translate("Conflicts", str(part)) if part else difference.part
    if difference.number is not None:
        name = translate("Conflicts", "%1 %2").replace("%1", name).replace(
            "%2", str(difference.number))
    if difference.item is None:
        return name
    if difference.part == "item":
        return translate("Conflicts", "Item %1").replace("%1", str(difference.item))
    return translate("Conflicts", "Item %1 — %2").replace("%1", str(difference.item)).replace(
        "%2", name)


def local_time(moment: datetime) -> str:
    """A UTC moment as the user's clock and language show it."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))  # in the computer's zone
    return str(QLocale().toString(local, QLocale.FormatType.ShortFormat))


class ConflictDialog(QDialog):
    """Who changed the record and when, what differs, and the choice (`choice` after exec)."""

    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:  # type: ignore[type-arg]
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflict = conflict
        self.choice = ConflictChoice.UNDECIDED
        self.setWindowTitle(self._title())
        self.summary = QLabel(self._summary(), self)
        self.summary.setObjectName("conflictSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = self._difference_table()
        self.table.setVisible(False)  # until Compare
        buttons = QDialogButtonBox(self)
        self.keep_button = self._button("keepMine", self.tr("&Keep mine"))
        self.take_button = self._button("takeTheirs", self.tr("&Take theirs"))
        self.compare_button = self._button("compare", self.tr("&Compare"))
        self.compare_button.setCheckable(True)
        self.compare_button.setEnabled(bool(conflict.differences))
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Decide &later"))
        self.keep_button.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
        self.take_button.clicked.connect(lambda: self._choose(ConflictChoice.TAKE_THEIRS))
        self.compare_button.toggled.connect(self._show_comparison)
        cancel.clicked.connect(self.reject)
        self.keep_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 220)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    def _title(self) -> str:
        kind = self.conflict.kind
        if kind == "person":
            return self.tr("Someone else changed this person")
        if kind == "body":
            return self.tr("Someone else changed this council or commission")
        return self.tr("Someone else changed this meeting")

    def _summary(self) -> str:
        conflict = self.conflict
        who = conflict.changed_by or self.tr("Someone else")
        if conflict.changed_at is not None:
            saved = self.tr("%1 saved it at %2, after you opened it here.").replace(
                "%1", who).replace("%2", local_time(conflict.changed_at))
        else:
            saved = self.tr("%1 saved it after you opened it here.").replace("%1", who)
        parts = [part_name(d) for d in conflict.differences]
        shown = ", ".join(parts[:6]) + (" …" if len(parts) > 6 else "")
        changed = (self.tr("What differs: %1.").replace("%1", shown) if parts
                   else self.tr("Nothing you edit differs."))
        return " ".join([saved, self.tr("Your changes are not saved yet; they stay here until "
                                        "you choose."), changed])

    def _difference_table(self) -> QTableWidget:
        differences = self.conflict.differences
        table = QTableWidget(len(differences), 3, self)
        table.setObjectName("differences")
        table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Yours"), self.tr("Theirs")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        for row, difference in enumerate(differences):
            for column, text in enumerate((part_name(difference),
                                           difference.ours or self.tr("(none)"),
                                           difference.theirs or self.tr("(none)"))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Rows as tall as their wrapped text at the columns' widths of the moment.
        header.sectionResized.connect(lambda *_args: table.resizeRowsToContents())
        return table

    def _show_comparison(self, shown: bool) -> None:
        self.table.setVisible(shown)
        if shown:
            self.resize(max(self.width(), 760), max(self.height(), 420))

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()


def ask_about_conflict(conflict: EditConflict, parent: QWidget | None) -> ConflictChoice:  # type: ignore[type-arg]
    """The dialog, modal; its choice (tests replace this function)."""
    dialog = ConflictDialog(conflict, parent)
    dialog.exec()
    return dialog.choice
