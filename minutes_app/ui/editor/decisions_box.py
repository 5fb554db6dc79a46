"""The decisions (ПОСТАНОВИЛИ) of one agenda item: the list, and for the selected decision its
text, the vote, the outcome (derived by the domain, or set by hand) and its tasks."""

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QSpinBox,
    QWidget,
)

from minutes_app.domain import AgendaItem, Decision, DomainError, Language, Outcome, Vote
from minutes_app.ui.editor.edits import edit_decision, edit_item, find, remove_keyed
from minutes_app.ui.editor.keyed_list import KeyedListBox
from minutes_app.ui.editor.labels import outcome_label, starting_text
from minutes_app.ui.editor.messages import field_message
from minutes_app.ui.editor.models import DecisionListModel
from minutes_app.ui.editor.session import EditSession
from minutes_app.ui.editor.tasks_box import TasksBox
from minutes_app.ui.editor.widgets import (
    MarkedField,
    PlainTextEdit,
    enable,
    mark,
    named,
    set_checked,
    set_plain,
)

_MAX_VOTES = 1_000_000


class DecisionsBox(KeyedListBox):
    def __init__(self, session: EditSession, names: QCompleter,
                 parent: QWidget | None = None) -> None:
        self.decisions = DecisionListModel()
        super().__init__(self.tr("Decisions"), "decision", self.decisions, QListView(),
                         self.tr("Add a de&cision"), self.tr("Remove the decision"), parent)
        self._session = session
        self._item: AgendaItem | None = None
        self.view.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        self._build_form(names)
        self.add_requested.connect(self._add)
        self.remove_requested.connect(self._remove)
        self.selection_changed.connect(lambda: self._show_selected(force=True))

    def _build_form(self, names: QCompleter) -> None:
        self.text = named(PlainTextEdit(self.form), "decisionTextEdit", self.tr("Decision"))
        self.no_vote = named(QCheckBox(self.tr("No vote"), self.form), "noVoteCheck",
                             self.tr("No vote"))
        self.unanimous = named(QCheckBox(self.tr("Unanimous"), self.form), "unanimousCheck",
                               self.tr("Unanimous"))
        self.votes_for = self._spin("votesForSpin", self.tr("Votes for"))
        self.votes_against = self._spin("votesAgainstSpin", self.tr("Votes against"))
        self.abstained = self._spin("abstainedSpin", self.tr("Abstained"))
        self.outcome = named(QComboBox(self.form), "outcomeCombo", self.tr("Outcome"))
        self.outcome.addItem(self.tr("as the vote decides"), "")
        for outcome in Outcome:
            self.outcome.addItem(outcome_label(outcome), outcome.value)
        self.result = QLabel(self.form)
        self.result.setObjectName("decisionResultLabel")
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.tasks = TasksBox(self._session, names, self.form)
        self._text_field = MarkedField(self.text, self.form)

        vote_row = QWidget(self.form)
        row = QHBoxLayout(vote_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.no_vote)
        row.addWidget(self.unanimous)
        row.addStretch(1)
        counts_row = QWidget(self.form)
        row = QHBoxLayout(counts_row)
        row.setContentsMargins(0, 0, 0, 0)
        for text, spin in ((self.tr("F&or:"), self.votes_for),
                           (self.tr("A&gainst:"), self.votes_against),
                           (self.tr("&Abstained:"), self.abstained)):
            label = QLabel(text, counts_row)
            label.setBuddy(spin)
            row.addWidget(label)
            row.addWidget(spin)
        row.addStretch(1)
        outcome_row = QWidget(self.form)
        row = QHBoxLayout(outcome_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.result)
        row.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        override = QLabel(self.tr("Set &by hand:"), outcome_row)
        override.setBuddy(self.outcome)
        row.addWidget(override)
        row.addWidget(self.outcome)
        row.addStretch(1)

        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        text_label = QLabel(self.tr("Te&xt:"), self.form)
        text_label.setBuddy(self.text)
        form.addRow(text_label, self._text_field)
        form.addRow(self.tr("Vote:"), vote_row)
        form.addRow("", counts_row)
        form.addRow(self.tr("Outcome:"), outcome_row)
        form.addRow(self.tasks)

        self.text.textChanged.connect(self._on_text_edited)
        for box in (self.no_vote, self.unanimous):
            box.toggled.connect(lambda _on: self._on_vote_edited())
        for spin in (self.votes_for, self.votes_against, self.abstained):
            spin.valueChanged.connect(lambda _v: self._on_vote_edited())
        self.outcome.currentIndexChanged.connect(lambda _i: self._on_outcome_picked())

    def _spin(self, name: str, label: str) -> QSpinBox:
        spin = named(QSpinBox(self.form), name, label)
        spin.setRange(0, _MAX_VOTES)
        return spin

    # -- showing ---------------------------------------------------------------------------
    def show_item(self, item: AgendaItem | None, number: int, force: bool) -> None:
        if item is not None and self._item is not None and item.key != self._item.key:
            force = True
        self._item = item
        self.setEnabled(item is not None)
        self.decisions.set_item_number(number)
        self.set_rows(item.decisions if item else ())
        self._show_selected(force)

    def _selected(self) -> Decision | None:
        return find(self._item.decisions, self.selected_key()) if self._item else None

    def _show_selected(self, force: bool) -> None:
        if force:
            mark(self.text, None)
        decision = self._selected()
        self.tasks.show_decision(self._item.key if self._item else "", decision, force)
        if decision is None:
            self._show_nothing()
            return
        set_plain(self.text, decision.text, force)
        vote = decision.vote
        set_checked(self.no_vote, vote is None)
        set_checked(self.unanimous, vote is not None and vote.unanimous)
        counts = (vote.for_, vote.against, vote.abstained) if vote else (0, 0, 0)
        for spin, value in zip((self.votes_for, self.votes_against, self.abstained), counts,
                               strict=True):
            if spin.value() != value:
                with QSignalBlocker(spin):
                    spin.setValue(value)
        self._enable_vote_fields()
        index = self.outcome.findData(decision.outcome.value if decision.outcome else "")
        if index != self.outcome.currentIndex():
            with QSignalBlocker(self.outcome):
                self.outcome.setCurrentIndex(index)
        self.result.setText(f"<b>{outcome_label(decision.result)}</b>")

    def _show_nothing(self) -> None:
        """Empty fields (the form is disabled): never another decision's text or votes."""
        set_plain(self.text, "", force=True)
        set_checked(self.no_vote, False)
        set_checked(self.unanimous, False)
        for spin in (self.votes_for, self.votes_against, self.abstained):
            with QSignalBlocker(spin):
                spin.setValue(0)
        with QSignalBlocker(self.outcome):
            self.outcome.setCurrentIndex(0)
        self.result.clear()

    def _enable_vote_fields(self) -> None:
        counted = not self.no_vote.isChecked() and not self.unanimous.isChecked()
        enable(self.unanimous, not self.no_vote.isChecked())
        for spin in (self.votes_for, self.votes_against, self.abstained):
            spin.setEnabled(counted)

    # -- editing ---------------------------------------------------------------------------
    def _edit(self, text: str, field: str, change: object) -> DomainError | None:
        decision = self._selected()
        if self._item is None or decision is None:
            return None
        item_key, key = self._item.key, decision.key
        return self._session.change(
            text,
            lambda m: edit_decision(m, item_key, key, change),  # type: ignore[arg-type]
            merge_key=f"decision.{key}.{field}",
        )

    def _on_text_edited(self) -> None:
        value = self.text.toPlainText()
        error = self._edit(self.tr("Edit decision"), "text",
                           lambda d: replace(d, text=value))
        mark(self.text, field_message(error) if error else None)

    def _vote_from_fields(self) -> Vote | None:
        if self.no_vote.isChecked():
            return None
        if self.unanimous.isChecked():
            return Vote(unanimous=True)
        return Vote(self.votes_for.value(), self.votes_against.value(), self.abstained.value())

    def _on_vote_edited(self) -> None:
        self._enable_vote_fields()
        vote = self._vote_from_fields()
        self._edit(self.tr("Edit vote"), "vote", lambda d: replace(d, vote=vote))

    def _on_outcome_picked(self) -> None:
        data = self.outcome.currentData()
        outcome = Outcome(data) if data else None
        self._edit(self.tr("Set outcome"), "outcome", lambda d: replace(d, outcome=outcome))

    def _add(self) -> None:
        item = self._item
        if item is None:
            return
        meeting = self._session.meeting
        language = meeting.language if meeting is not None else Language.RU
        decision = Decision(text=starting_text("decision", language))
        error = self._session.change(
            self.tr("Add decision"),
            lambda m: edit_item(m, item.key, lambda i: replace(
                i, decisions=(*i.decisions, decision))),
        )
        if error is None:
            self.select(decision.key)
            self.text.setFocus()
            self.text.selectAll()

    def _remove(self, key: str) -> None:
        item = self._item
        if item is None:
            return
        self._session.change(
            self.tr("Remove decision"),
            lambda m: edit_item(m, item.key, lambda i: replace(
                i, decisions=remove_keyed(i.decisions, key))),
        )
