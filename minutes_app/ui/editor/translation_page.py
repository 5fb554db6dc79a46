"""The "Translation" section: every text of the meeting beside its version in another language
(a хаттама and a протокол of one meeting are made from one record).

The texts in the meeting's own language are typed on the other sections; here only their
versions are typed, in place, one undoable change per edit, saved like any typing.

Changing the meeting's own language (Details) loses nothing: the versions stay stored. The
picker then offers the other languages; versions in the new own language are kept but not
used while it is the meeting's language (a line above the table says how many), and come
back into use when the language is changed back.
"""

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import Language, Meeting, text_refs, translation_of, with_translation
from minutes_app.ui.editor.labels import language_label
from minutes_app.ui.editor.session import EditSession
from minutes_app.ui.editor.widgets import PlainTextEdit, named, show_as_error
from minutes_app.ui.models.translation_model import (
    LongTextRole,
    TranslationTableModel,
    UntranslatedFilter,
)

# The languages offered, in this order (a pair is a хаттама and a протокол).
LANGUAGE_ORDER = (Language.KK, Language.RU, Language.EN)
AnyIndex = QModelIndex | QPersistentModelIndex


class TranslationDelegate(QStyledItemDelegate):
    """Long texts (statements, decisions, tasks, notes) are edited on several lines: Enter
    starts a new line, Ctrl+Enter or Tab finishes; short ones in a line edit."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        if index.data(LongTextRole):
            editor = PlainTextEdit(parent)
            editor.setObjectName("translationTextEditor")
            return editor
        line = QLineEdit(parent)
        line.setObjectName("translationLineEditor")
        return line

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, PlainTextEdit):
            editor.setPlainText(text)
        elif isinstance(editor, QLineEdit):
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, PlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: AnyIndex) -> None:
        rect = option.rect
        if isinstance(editor, PlainTextEdit):  # room for a few lines over the rows below
            rect.setHeight(max(rect.height(), editor.sizeHint().height()))
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (isinstance(editor, PlainTextEdit) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)


PLACE_COLUMN_WIDTH = 260  # pixels: "Item 12 — decision 3, task 2: how it was done" fits


class TranslationPage(QWidget):
    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._meeting: Meeting | None = None
        self._stale = False  # the meeting changed while this page was hidden
        self._filter_stale = False  # another meeting came while hidden: reset the filter too
        self.model = TranslationTableModel(self)
        self.proxy = UntranslatedFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.model.translation_edited.connect(self._on_translation_edited)
        self.language.currentIndexChanged.connect(lambda _i: self._show(reset_filter=True))
        self.only_untranslated.toggled.connect(self.proxy.set_only_untranslated)
        for signal in (self.model.modelReset, self.model.dataChanged):
            signal.connect(self._update_counter)

    def _build(self) -> None:
        self.language = named(QComboBox(self), "translationLanguageCombo",
                              self.tr("Language of the translation"))
        language_label_widget = QLabel(self.tr("&Translate into:"), self)
        language_label_widget.setBuddy(self.language)
        self.only_untranslated = named(QCheckBox(self.tr("&Only untranslated"), self),
                                       "translationFilterCheck",
                                       self.tr("Show only the texts not yet translated"))
        self.counter = self._label("translationCounter")
        self.own_versions = self._label("translationOwnVersionsHint")
        self.own_versions.setWordWrap(True)
        self.own_versions.hide()
        self.error = self._label("translationError")
        self.error.setWordWrap(True)
        show_as_error(self.error)
        self.error.hide()
        self.table = named(QTableView(self), "translationTable", self.tr("Texts and translations"))
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(TranslationTableModel.COL_TRANSLATION,
                                            TranslationDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(False)  # one line a row; the whole text in the tooltip
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The texts get the room: a long group name in "where" is elided (its tooltip has it)
        # instead of squeezing both text columns to a few words. The user may widen it.
        header.setSectionResizeMode(TranslationTableModel.COL_PLACE,
                                    QHeaderView.ResizeMode.Interactive)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setColumnWidth(TranslationTableModel.COL_PLACE, PLACE_COLUMN_WIDTH)
        header.setSectionResizeMode(TranslationTableModel.COL_TEXT,
                                    QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TranslationTableModel.COL_TRANSLATION,
                                    QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        top.addWidget(language_label_widget)
        top.addWidget(self.language)
        top.addSpacing(12)
        top.addWidget(self.only_untranslated)
        top.addStretch(1)
        top.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.own_versions)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

    def _label(self, object_name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(object_name)
        return label

    # -- our API ---------------------------------------------------------------------------
    def chosen_language(self) -> Language | None:
        data = self.language.currentData()
        return Language(data) if data else None

    def show_meeting(self, meeting: Meeting | None, force: bool) -> None:
        """Show the texts of `meeting` (force: another meeting or a whole new snapshot)."""
        self._meeting = meeting
        if force:
            self.error.hide()
            self._filter_stale = True
        if not self.isVisible():
            # Another section is shown: list the texts only when this one is (walking a long
            # meeting's texts takes a third of a second, on every keystroke and every opening
            # of a meeting, and at start, for a page most meetings never show).
            self._stale = True
            return
        self._stale = False
        reset_filter, self._filter_stale = self._filter_stale, False
        self._offer_languages(meeting)
        self._show(reset_filter=reset_filter)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False  # isVisible() is already true here: show_meeting lists them
            self.show_meeting(self._meeting, force=False)
        super().showEvent(event)

    def set_read_only(self, read_only: bool) -> None:
        """Versions can be read (in every language) but not changed."""
        self.model.set_editable(not read_only)
        for widget in (self.language, self.only_untranslated):  # they change nothing
            widget.setProperty("locked", False)
            widget.setEnabled(True)

    # -- showing ---------------------------------------------------------------------------
    def _offer_languages(self, meeting: Meeting | None) -> None:
        own = meeting.language if meeting is not None else None
        offered = [language for language in LANGUAGE_ORDER if language != own]
        if [self.language.itemData(i) for i in range(self.language.count())] == [
                language.value for language in offered]:
            return
        chosen = self.language.currentData()
        with QSignalBlocker(self.language):
            self.language.clear()
            for language in offered:
                self.language.addItem(language_label(language), language.value)
            index = self.language.findData(chosen)
            self.language.setCurrentIndex(max(index, 0))

    def _show(self, reset_filter: bool) -> None:
        language = self.chosen_language()
        meeting = self._meeting
        self.model.set_language_names(language_label(meeting.language) if meeting else "",
                                      language_label(language) if language else "")
        self.model.set_meeting(meeting, language.value if language else "")
        if reset_filter:
            self.proxy.reapply()
        self._update_counter()
        self._update_own_versions(meeting)

    def _update_counter(self) -> None:
        self.counter.setText(self.tr("%1 of %2 texts translated")
                             .replace("%1", str(self.model.translated()))
                             .replace("%2", str(self.model.rowCount())))

    def _update_own_versions(self, meeting: Meeting | None) -> None:
        """Versions in the meeting's own language (typed when it had another one) are kept;
        say so, so that nobody thinks them lost."""
        kept = 0 if meeting is None else sum(
            1 for ref in text_refs(meeting)
            if translation_of(meeting, ref.path, meeting.language.value))
        self.own_versions.setVisible(kept > 0)
        if meeting is not None and kept:
            self.own_versions.setText(self.tr(
                "%1 texts also have a version in %2, the meeting's own language now: those "
                "versions are kept, not used, and come back when the meeting's language is "
                "changed back.").replace("%1", str(kept))
                .replace("%2", language_label(meeting.language)))

    # -- editing ---------------------------------------------------------------------------
    def _on_translation_edited(self, path: str, text: str) -> None:
        language = self.chosen_language()
        if language is None:
            return
        error = self._session.change(
            self.tr("Edit translation"),
            lambda meeting: with_translation(meeting, path, language.value, text))
        self.error.setVisible(error is not None)
        if error is not None:
            # Imported here: error_text reads the editor's field messages (a circular import).
            from minutes_app.ui.error_text import describe

            self.error.setText(describe(error))
