"""The texts of a meeting beside their versions in another language (the editor's Translation
tab), and the words that say where a text is ("Item 2 — heard 1"), which the export dialog
also uses for the texts that fall back to the meeting's own language.

The model never changes the meeting: an edit in the translation column asks for the change
with `translation_edited(path, text)`; the editor applies it as an undoable step and hands the
new meeting back with `set_meeting()`.
"""

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from minutes_app.domain import Meeting, clean_text, text_refs, translation_of

_ROOT = QModelIndex()
AnyIndex = QModelIndex | QPersistentModelIndex

PathRole = Qt.ItemDataRole.UserRole + 1  # the text's path: "agenda[1].heard[0].text"
LongTextRole = Qt.ItemDataRole.UserRole + 2  # True when the text is edited on several lines

# Fields whose texts run to several lines: they get a multi-line editor.
LONG_FIELDS = frozenset({"text", "task", "notes", "done_note"})
_STEP = re.compile(r"([a-z_]+)((?:\[\d+\])*)")


def _fill(template: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", str(value))
    return template


def _preview(text: str, limit: int = 300) -> str:
    """One line of a long text for a table cell (the whole text is in the tooltip)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _steps(path: str) -> list[tuple[str, list[int]]]:
    """ "agenda[1].heard[0].text" -> [("agenda", [1]), ("heard", [0]), ("text", [])]."""
    return [(name, [int(i) for i in re.findall(r"\d+", indexes)])
            for name, indexes in _STEP.findall(path)]


def text_place(meeting: Meeting, path: str) -> str:
    """Where the text at `path` is, in words a secretary understands, in the interface
    language: "Title", "Item 2 — heard 1", "Attendee: Иванов И.И. — position". A path it
    does not know is returned as it is (never nothing)."""
    try:
        return _place(meeting, _steps(path)) or path
    except (IndexError, ValueError):
        return path


def _place(meeting: Meeting, steps: list[tuple[str, list[int]]]) -> str:
    (name, indexes), rest = steps[0], steps[1:]
    number = indexes[0] + 1 if indexes else 0
    if not rest:
        return _meeting_field(name)
    if name == "organizers":
        return _fill(QCoreApplication.translate("TextPlaces", "Organiser %1"), number)
    if name == "conclusions":
        return _fill(QCoreApplication.translate("TextPlaces", "Conclusion %1"), number)
    if name == "attendees":
        attendee = meeting.attendees[indexes[0]]
        template = QCoreApplication.translate("TextPlaces", "Attendee: %1 — %2")
        return _fill(template, attendee.short_name, _attendee_field(rest[0][0]))
    if name == "agenda":
        template = QCoreApplication.translate("TextPlaces", "Item %1 — %2")
        return _fill(template, number, _item_part(rest))
    if name == "body":
        return _fill(QCoreApplication.translate("TextPlaces", "Body — %1"), _body_field(rest[0][0]))
    if name == "organization":
        return QCoreApplication.translate("TextPlaces", "Organisation — name")
    return ""


def _meeting_field(name: str) -> str:
    if name == "title":
        return QCoreApplication.translate("TextPlaces", "Title")
    if name == "kind":
        return QCoreApplication.translate("TextPlaces", "Kind of meeting")
    if name == "place":
        return QCoreApplication.translate("TextPlaces", "Place")
    if name == "notes":
        return QCoreApplication.translate("TextPlaces", "Notes")
    return ""


def _attendee_field(name: str) -> str:
    if name == "group":
        return QCoreApplication.translate("TextPlaces", "name of the group")
    if name == "position":
        return QCoreApplication.translate("TextPlaces", "position")
    if name == "organization":
        return QCoreApplication.translate("TextPlaces", "organisation")
    if name == "degree":
        return QCoreApplication.translate("TextPlaces", "degree")
    if name == "rank":
        return QCoreApplication.translate("TextPlaces", "rank")
    if name == "absence_reason":
        return QCoreApplication.translate("TextPlaces", "reason for absence")
    return name


def _body_field(name: str) -> str:
    if name == "name":
        return QCoreApplication.translate("TextPlaces", "name")
    if name == "place":
        return QCoreApplication.translate("TextPlaces", "place")
    if name == "kind":
        return QCoreApplication.translate("TextPlaces", "kind of meeting")
    return name


def _item_part(steps: list[tuple[str, list[int]]]) -> str:
    (name, indexes), rest = steps[0], steps[1:]
    number = indexes[0] + 1 if indexes else 0
    if not rest:
        return QCoreApplication.translate("TextPlaces", "title") if name == "title" else name
    if name == "decisions" and rest[0][0] == "actions":
        action_number = rest[0][1][0] + 1
        if rest[1][0] == "done_note":
            template = QCoreApplication.translate(
                "TextPlaces", "decision %1, task %2: how it was done")
        else:
            template = QCoreApplication.translate("TextPlaces", "decision %1, task %2")
        return _fill(template, number, action_number)
    if name == "heard":
        return _fill(QCoreApplication.translate("TextPlaces", "heard %1"), number)
    if name == "discussion":
        return _fill(QCoreApplication.translate("TextPlaces", "discussion %1"), number)
    if name == "proposals":
        return _fill(QCoreApplication.translate("TextPlaces", "proposal %1"), number)
    if name == "decisions":
        return _fill(QCoreApplication.translate("TextPlaces", "decision %1"), number)
    if name == "conclusions":
        return _fill(QCoreApplication.translate("TextPlaces", "conclusion %1"), number)
    return name


@dataclass(frozen=True, slots=True)
class TranslationRow:
    path: str
    field: str
    place: str  # text_place(meeting, path)
    text: str  # in the meeting's own language
    translation: str  # in the chosen language ("" when there is none)


def translation_rows(meeting: Meeting, language: str) -> tuple[TranslationRow, ...]:
    return tuple(TranslationRow(ref.path, ref.field, text_place(meeting, ref.path), ref.text,
                                translation_of(meeting, ref.path, language))
                 for ref in text_refs(meeting))


class TranslationTableModel(QAbstractTableModel):
    """Where each text is, its text in the meeting's language (read-only) and its version in
    the chosen language (editable).

    Signals: translation_edited(path, text): the user typed a version; the model waits for
    `set_meeting()` to show it.
    """

    translation_edited = Signal(str, str)

    COL_PLACE, COL_TEXT, COL_TRANSLATION = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[TranslationRow, ...] = ()
        self._editable = True
        self._language_names: tuple[str, str] = ("", "")  # the meeting's own, the other

    # -- our API -------------------------------------------------------------------------
    @property
    def rows(self) -> tuple[TranslationRow, ...]:
        return self._rows

    def set_meeting(self, meeting: Meeting | None, language: str) -> None:
        """Show the texts of `meeting` beside their versions in `language`."""
        rows = translation_rows(meeting, language) if meeting is not None else ()
        old = self._rows
        if [r.path for r in old] == [r.path for r in rows]:
            self._rows = rows
            for number, (before, after) in enumerate(zip(old, rows, strict=True)):
                if before != after:
                    self.dataChanged.emit(self.index(number, 0),
                                          self.index(number, self.COL_TRANSLATION))
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    def set_language_names(self, own: str, other: str) -> None:
        """Head the text columns with the languages' names ("Russian", "Kazakh")."""
        if (own, other) != self._language_names:
            self._language_names = (own, other)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.COL_TEXT,
                                        self.COL_TRANSLATION)

    def set_editable(self, editable: bool) -> None:
        """False in read-only mode: the versions can be read, not changed."""
        self._editable = editable

    def translated(self) -> int:
        return sum(1 for row in self._rows if row.translation.strip())

    # -- Qt API --------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 3):
            own, other = self._language_names
            return (self.tr("Where"), own or self.tr("Text"),
                    other or self.tr("Translation"))[section]
        return super().headerData(section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_TRANSLATION and self._editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == PathRole:
            return row.path
        if role == LongTextRole:
            return row.field in LONG_FIELDS
        column = index.column()
        value = (row.place, row.text, row.translation)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return value if column == self.COL_PLACE else _preview(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text, where the cell elides it
            return value or None
        return None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for the version to be changed (one undoable change per edit)."""
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() != self.COL_TRANSLATION or not self._editable):
            return False
        row = self._rows[index.row()]
        text = clean_text(str(value or ""))
        if row.field not in LONG_FIELDS:
            text = " ".join(text.splitlines())
        if text.strip() == row.translation.strip():
            return False
        self.translation_edited.emit(row.path, text.strip())
        return True


class UntranslatedFilter(QSortFilterProxyModel):
    """Shows only the texts with no version yet when asked. A text translated while the
    filter is on stays in view until the filter is applied again (a row does not vanish under
    the cursor)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._only_untranslated = False
        self.setDynamicSortFilter(False)

    def set_only_untranslated(self, on: bool) -> None:
        self.beginFilterChange()
        self._only_untranslated = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def reapply(self) -> None:
        """Filter the rows again (another language chosen, another meeting shown)."""
        self.set_only_untranslated(self._only_untranslated)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._only_untranslated:
            return True
        model = self.sourceModel()
        assert isinstance(model, TranslationTableModel)
        return not model.rows[source_row].translation.strip()
