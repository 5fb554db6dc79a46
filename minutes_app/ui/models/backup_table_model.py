"""Qt table model of the backup copies (services.backups.list_backups): one BackupInfo a row."""

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from minutes_app.services import BackupInfo

_ROOT = QModelIndex()
AnyIndex = QModelIndex | QPersistentModelIndex
_CONTEXT = "BackupTableModel"

# Why a copy was taken (BackupInfo.reason), in words; longest prefix first, since a reason
# may carry a detail ("before-upgrade-from-0001").
_REASONS = (
    ("before-upgrade", QT_TRANSLATE_NOOP("BackupTableModel", "Before an upgrade")),
    ("before-restore", QT_TRANSLATE_NOOP("BackupTableModel", "Before a restore")),
    ("before-import", QT_TRANSLATE_NOOP("BackupTableModel", "Before an import")),
    ("before-delete", QT_TRANSLATE_NOOP("BackupTableModel", "Before a deletion")),
    ("manual", QT_TRANSLATE_NOOP("BackupTableModel", "Made by you")),
    ("start", QT_TRANSLATE_NOOP("BackupTableModel", "On start")),
    ("periodic", QT_TRANSLATE_NOOP("BackupTableModel", "While editing")),
    ("daily", QT_TRANSLATE_NOOP("BackupTableModel", "Daily")),
)


def backup_time(created: datetime) -> str:
    """A copy's date and time in the user's locale (short format)."""
    return QLocale().toString(QDateTime(created), QLocale.FormatType.ShortFormat)


def file_size(size: int) -> str:
    """Bytes as KB or MB in the user's locale ("1.5 MB", "1,5 МБ")."""
    return QLocale().formattedDataSize(
        size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def reason_text(reason: str) -> str:
    for prefix, words in _REASONS:
        if reason == prefix or reason.startswith(prefix + "-"):
            return QCoreApplication.translate(_CONTEXT, words)
    return reason


class BackupTableModel(QAbstractTableModel):
    """Read-only rows, newest first as the service lists them."""

    COL_CREATED, COL_SIZE, COL_MEETINGS, COL_REASON = range(4)
    BackupRole = Qt.ItemDataRole.UserRole + 1  # the BackupInfo
    _HEADERS = (
        QT_TRANSLATE_NOOP("BackupTableModel", "Date and time"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Size"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Meetings"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Why it was made"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []

    def set_rows(self, rows: Sequence[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, backup: BackupInfo) -> int | None:
        paths = [row.path for row in self._rows]
        return paths.index(backup.path) if backup.path in paths else None

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._HEADERS)):
            return QCoreApplication.translate(_CONTEXT, self._HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        backup = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(backup, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (
                self.COL_SIZE, self.COL_MEETINGS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == self.BackupRole:
            return backup
        return None

    def _display(self, backup: BackupInfo, column: int) -> str:
        if column == self.COL_CREATED:
            return backup_time(backup.created)
        if column == self.COL_SIZE:
            return file_size(backup.size)
        if column == self.COL_MEETINGS:
            if backup.meetings < 0:
                return QCoreApplication.translate("BackupTableModel", "unreadable")
            return QLocale().toString(backup.meetings)
        return reason_text(backup.reason)
