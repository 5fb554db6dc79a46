"""Qt models of the bodies window: the list of bodies and the roster being edited.

The roster is a draft while it is typed: a row may hold an unfinished membership (no name
yet, or an end before its beginning). `members()` turns it into the domain's `Member`s and
names the row and field a rule refused, so the window can mark it; the services refuse a row
without a name.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from minutes_app.domain import Body, DomainError, Member, Role
from minutes_app.ui.editor.labels import role_label
from minutes_app.ui.editor.widgets import date_format
from minutes_app.ui.models.organization_model import NamedListModel

_ROOT = QModelIndex()
AnyIndex = QModelIndex | QPersistentModelIndex
MEMBER_ROLES = (Role.MEMBER, Role.CHAIR, Role.SECRETARY)  # a body has no invited guests


class BodyListModel(NamedListModel[Body]):
    """The councils and commissions of the directory (`services.directory.list_bodies`)."""


@dataclass(frozen=True, slots=True)
class MemberRow:
    """One line of the roster as typed (checked only when the body is saved)."""

    person: str = ""
    role: Role = Role.MEMBER
    from_: date | None = None
    to: date | None = None

    @classmethod
    def of(cls, member: Member) -> "MemberRow":
        return cls(member.person, member.role, member.from_, member.to)


class MemberTableModel(QAbstractTableModel):
    """The roster of one body: person, role in the body, from, to (editable by setData with
    EditRole: text, a Role, a date or None)."""

    COL_PERSON, COL_ROLE, COL_FROM, COL_TO = range(4)
    _FIELDS = ("person", "role", "from_", "to")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MemberRow] = []

    # -- the draft -------------------------------------------------------------------------
    def set_members(self, members: Sequence[Member]) -> None:
        self.beginResetModel()
        self._rows = [MemberRow.of(m) for m in members]
        self.endResetModel()

    def rows(self) -> list[MemberRow]:
        return list(self._rows)

    def row(self, row: int) -> MemberRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def add_row(self, row: MemberRow | None = None) -> int:
        """Append a row (an empty membership by default); returns its number."""
        position = len(self._rows)
        self.beginInsertRows(_ROOT, position, position)
        self._rows.append(row or MemberRow())
        self.endInsertRows()
        return position

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(_ROOT, row, row)
            del self._rows[row]
            self.endRemoveRows()

    def members(self) -> tuple[Member, ...]:
        """The roster as the domain holds it, row for row (so that an error's "members[N]"
        is row N; a row without a name is refused when the body is saved). Raises
        DomainError with the field "members[N].to" for a row a rule refuses."""
        result = []
        for number, row in enumerate(self._rows):
            person = " ".join(row.person.split())
            try:
                result.append(Member(person, row.role, row.from_, row.to))
            except DomainError as error:
                raise DomainError(error.message, f"members[{number}].{error.field}") from None
        return tuple(result)

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            QCoreApplication.translate("MemberTableModel", "Person"),
            QCoreApplication.translate("MemberTableModel", "Role"),
            QCoreApplication.translate("MemberTableModel", "From"),
            QCoreApplication.translate("MemberTableModel", "To"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(self._FIELDS):
            return None
        value = getattr(row, self._FIELDS[index.column()])
        if role == Qt.ItemDataRole.EditRole:
            return value.value if isinstance(value, Role) else value
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, Role):
                return role_label(value)
            if isinstance(value, date):  # a four-digit year: memberships span decades
                return QLocale().toString(QDate(value.year, value.month, value.day),
                                          date_format())
            if value is None:
                return ""
            return value
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemNeverHasChildren)

    def setData(self, index: AnyIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row(index.row()) if index.isValid() else None
        if row is None or role != Qt.ItemDataRole.EditRole:
            return False
        field = self._FIELDS[index.column()] if 0 <= index.column() < len(self._FIELDS) else ""
        checked = _checked(field, value)
        if checked is _REFUSED:
            return False
        if getattr(row, field) != checked:
            self._rows[index.row()] = replace(row, **{field: checked})  # type: ignore[arg-type]
            self.dataChanged.emit(index, index)
        return True


_REFUSED = object()


def _checked(field: str, value: object) -> object:
    """`value` as the field holds it, or _REFUSED."""
    if field == "person":
        return value if isinstance(value, str) else _REFUSED
    if field == "role":
        try:
            role = Role(str(value))
        except ValueError:
            return _REFUSED
        return role if role in MEMBER_ROLES else _REFUSED
    if field in ("from_", "to"):
        return value if value is None or isinstance(value, date) else _REFUSED
    return _REFUSED
