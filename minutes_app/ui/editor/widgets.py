"""Small widgets and helpers the editor's forms share.

- `named()` gives an input its objectName and accessibleName (screen readers, automation).
- `MarkedField` shows a field's error under it, and `mark()` frames the field in red.
- `OptionalTimeEdit` / `OptionalDateEdit`: a time or date that may be "not set".
- `PlainTextEdit` cleans pasted text; `NamesEdit` completes comma-separated names.
- `route_undo_keys()` sends Ctrl+Z / Ctrl+Shift+Z to the window's undo stack, not to the
  field's own little undo, so one undo history spans the whole editor.
"""

from datetime import date, time
from typing import TypeVar

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QMimeData,
    QObject,
    QSignalBlocker,
    QSize,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import clean_text

# A field in error wears a red frame: a style sheet of its own, set only while it is marked.
# (One sheet over the whole editor had Qt style each of its hundreds of widgets through style
# sheets: a third of the time to build it at start, and slower painting - issue 11.)
_RED_FRAME = '*[invalid="true"] { border: 2px solid #c62828; border-radius: 3px; }'
_ERROR_TEXT_COLOR = "#b71c1c"


W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str) -> W:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    return widget


def single_line(text: str) -> str:
    """What a one-line field may hold: clean text, line breaks become spaces."""
    return clean_text(text).replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def take_clean_text(edit: QLineEdit) -> str:
    """The line edit's text, cleaned in place when it held pasted control characters."""
    text = edit.text()
    cleaned = single_line(text)
    if cleaned != text:
        cursor = edit.cursorPosition() - (len(text) - len(cleaned))
        edit.setText(cleaned)
        edit.setCursorPosition(max(0, cursor))
    return cleaned


def date_format() -> str:
    """The locale's short date with a four-digit year; ДД.ММ.ГГГГ when there is no locale."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "dd.MM.yyyy"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


# -- showing values without echoing them back as edits -----------------------------------
def is_marked(widget: QWidget) -> bool:
    return bool(widget.property("invalid"))


def set_line(edit: QLineEdit, value: str, force: bool = False) -> None:
    """Show `value` unless the field already shows it or holds a marked (unsaved) value."""
    if edit.text() != value and (force or not is_marked(edit)):
        with QSignalBlocker(edit):
            edit.setText(value)
            if not edit.hasFocus():
                edit.setCursorPosition(0)  # show the start of a long text, not its end


def set_plain(edit: QPlainTextEdit, value: str, force: bool = False) -> None:
    if edit.toPlainText() != value and (force or not is_marked(edit)):
        with QSignalBlocker(edit):
            edit.setPlainText(value)


def set_checked(box: QCheckBox, value: bool) -> None:
    if box.isChecked() != value:
        with QSignalBlocker(box):
            box.setChecked(value)


# -- read-only mode ------------------------------------------------------------------------
def is_locked(widget: QWidget) -> bool:
    return bool(widget.property("locked"))


def enable(widget: QWidget, on: bool) -> None:
    """Enable or disable a button or box the forms manage; a locked one stays disabled."""
    widget.setEnabled(on and not is_locked(widget))


def lock_inputs(root: QWidget, locked: bool) -> None:
    """Make every input under `root` refuse changes (read-only mode), or accept them again.

    Text, numbers, dates and times become read-only (they can still be read, selected and
    copied); buttons, check boxes and drop-down lists are disabled and marked "locked" so that
    `enable()` keeps them so. After unlocking, the forms show the meeting again, which enables
    what their state allows.
    """
    for field in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit):
        field.setReadOnly(locked)
    for spin in root.findChildren(QAbstractSpinBox):
        spin.setReadOnly(locked)
    for kind in (QPushButton, QCheckBox, QComboBox):
        for widget in root.findChildren(kind):
            widget.setProperty("locked", locked)
            widget.setEnabled(not locked)


# -- field errors ------------------------------------------------------------------------
class MarkedField(QWidget):
    """A field with room for a short error message under it (hidden while all is well).

    `target` is the widget that gets marked when it is not `field` itself (the time editor
    inside an OptionalTimeEdit).
    """

    def __init__(
        self, field: QWidget, parent: QWidget | None = None, target: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.message = QLabel(self)
        self.message.setObjectName("fieldMessage")
        show_as_error(self.message)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.message)
        (target or field).setProperty("marked_field", self)


def frame_in_red(widget: QWidget, invalid: bool) -> None:
    """Frame `widget` in red, or no more; its "invalid" property says which."""
    if is_marked(widget) != invalid:
        widget.setProperty("invalid", invalid)
        widget.setStyleSheet(_RED_FRAME if invalid else "")


def show_as_error(label: QLabel) -> None:
    """The label's text in the red of error messages."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(_ERROR_TEXT_COLOR))
    label.setPalette(palette)


def mark(field: QWidget, message: str | None) -> None:
    """Frame `field` in red with `message` under it; None clears the mark."""
    invalid = message is not None
    frame_in_red(field, invalid)
    field.setAccessibleDescription(message or "")
    field.setToolTip(message or "")
    holder = field.property("marked_field")
    if isinstance(holder, MarkedField):
        holder.message.setText(message or "")
        holder.message.setVisible(invalid)


# -- optional time and date --------------------------------------------------------------
class _OptionalValueEdit(QWidget):
    """A check box ("set") and an editor that is disabled and shows "not set" when unticked.

    Signals: value_changed(object): the new value (None when not set), after a user change.
    """

    value_changed = Signal(object)

    def __init__(self, editor: QTimeEdit | QDateEdit, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.editor = editor
        editor.setParent(self)
        editor.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(editor)
        layout.addStretch(1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._on_toggled)
        self._not_set_text = ""

    def set_texts(self, not_set: str, check_tip: str) -> None:
        self._not_set_text = not_set
        self.check.setToolTip(check_tip)
        self._show_set(self.check.isChecked())

    def _show_set(self, is_set: bool) -> None:
        self.editor.setEnabled(is_set)
        # The special text shows only at the minimum value, which stands for "not set".
        self.editor.setSpecialValueText("" if is_set else self._not_set_text)

    def _on_toggled(self, is_set: bool) -> None:
        self._show_set(is_set)
        if is_set:
            with QSignalBlocker(self.editor):
                self._set_editor_default()
        else:
            with QSignalBlocker(self.editor):
                self._set_editor_minimum()
        self.value_changed.emit(self.value())
        if is_set:
            self.editor.setFocus()

    def set_value(self, value: object) -> None:
        with QSignalBlocker(self.check), QSignalBlocker(self.editor):
            self.check.setChecked(value is not None)
            self._show_set(value is not None)
            if value is None:
                self._set_editor_minimum()
            else:
                self._set_editor_value(value)

    def value(self) -> object:
        raise NotImplementedError

    def _set_editor_default(self) -> None:
        raise NotImplementedError

    def _set_editor_minimum(self) -> None:
        raise NotImplementedError

    def _set_editor_value(self, value: object) -> None:
        raise NotImplementedError


class OptionalTimeEdit(_OptionalValueEdit):
    def __init__(self, default: time, parent: QWidget | None = None) -> None:
        super().__init__(QTimeEdit(), parent)
        self._default = default
        self.editor.setDisplayFormat("HH:mm")
        self.editor.setMinimumTime(QTime(0, 0))
        self.editor.timeChanged.connect(lambda _t: self.value_changed.emit(self.value()))

    def value(self) -> time | None:
        if not self.check.isChecked():
            return None
        return self.editor.time().toPython()

    def _set_editor_default(self) -> None:
        self.editor.setTime(QTime(self._default.hour, self._default.minute))

    def _set_editor_minimum(self) -> None:
        self.editor.setTime(self.editor.minimumTime())

    def _set_editor_value(self, value: object) -> None:
        assert isinstance(value, time)
        self.editor.setTime(QTime(value.hour, value.minute))


class OptionalDateEdit(_OptionalValueEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        editor = QDateEdit()
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(date_format())
        editor.setMinimumDate(QDate(1900, 1, 1))
        super().__init__(editor, parent)
        self.set_value(None)
        self.editor.dateChanged.connect(lambda _d: self.value_changed.emit(self.value()))

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        return self.editor.date().toPython()

    def _set_editor_default(self) -> None:
        self.editor.setDate(QDate.currentDate())

    def _set_editor_minimum(self) -> None:
        self.editor.setDate(self.editor.minimumDate())

    def _set_editor_value(self, value: object) -> None:
        assert isinstance(value, date)
        self.editor.setDate(QDate(value.year, value.month, value.day))


# -- text ----------------------------------------------------------------------------------
class PlainTextEdit(QPlainTextEdit):
    """Multi-line text: pasted text is cleaned of characters a Word document cannot hold;
    Tab moves to the next field (as in a form, not a typewriter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # the editor's undo stack undoes typing
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(self._lines_height(2))

    def _lines_height(self, lines: int) -> int:
        margins = self.contentsMargins()
        return (self.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom()
                + 2 * int(self.document().documentMargin()))

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._lines_height(4))

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(clean_text(source.text()))


def names_from_text(text: str) -> tuple[str, ...]:
    """ "Когамов М.Ч., Ахметова А.А." -> the names, empty parts dropped."""
    return tuple(part.strip() for part in single_line(text).split(",") if part.strip())


class NamesEdit(QLineEdit):
    """Comma-separated names; the part being typed completes from `completer`'s model.

    Signals: names_edited(): the text changed by typing or by picking a completion.
    """

    names_edited = Signal()

    def __init__(self, completer: QCompleter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._completer = completer
        self.textEdited.connect(self._on_text_edited)
        self._completer.activated[str].connect(self._on_completion_picked)  # type: ignore[index]

    def focusInEvent(self, event: object) -> None:
        self._completer.setWidget(self)  # one completer serves several fields
        super().focusInEvent(event)  # type: ignore[arg-type]

    def names(self) -> tuple[str, ...]:
        return names_from_text(self.text())

    def set_names(self, names: tuple[str, ...], force: bool = False) -> None:
        if self.names() != names:
            set_line(self, ", ".join(names), force)

    def _current_part(self) -> str:
        before_cursor = self.text()[: self.cursorPosition()]
        return before_cursor.rsplit(",", 1)[-1].strip()

    def _on_text_edited(self, _text: str) -> None:
        take_clean_text(self)
        self.names_edited.emit()
        part = self._current_part()
        self._completer.setWidget(self)
        if part:
            self._completer.setCompletionPrefix(part)
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def _on_completion_picked(self, name: str) -> None:
        if self._completer.widget() is not self:
            return
        text, cursor = self.text(), self.cursorPosition()
        start = text.rfind(",", 0, cursor) + 1
        end = text.find(",", cursor)
        end = len(text) if end < 0 else end
        prefix = text[:start] + (" " if start else "")
        self.setText(prefix + name + text[end:])
        self.setCursorPosition(len(prefix + name))
        self.names_edited.emit()


# -- one undo history ----------------------------------------------------------------------
class _UndoKeysToStack(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y pass to the window's actions from a text field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            ):
                # Not accepting the override lets the shortcut reach the undo/redo action.
                event.ignore()
                return True
        return False


def route_undo_keys(root: QWidget) -> None:
    """Install the undo-key filter on every text field under `root` (call once, at the end)."""
    keys = _UndoKeysToStack(root)
    for kind in (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox):
        for field in root.findChildren(kind):
            field.installEventFilter(keys)
