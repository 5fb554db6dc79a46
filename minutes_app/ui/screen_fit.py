"""Where the main window goes on a screen (issue 12): whole, on a 1366×768 laptop or on
1920×1080 at 150 % (1280×720 logical pixels) as on a large monitor.

Qt's available geometry is the screen less the taskbar; the window's geometry is its client
area, without the title bar and borders, which are only known once it is shown: FRAME stands
for them.
"""

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget

DEFAULT_SIZE = QSize(1280, 800)
FRAME = QMargins(8, 32, 8, 8)  # a title bar and borders, a little more than Windows draws


def first_geometry(available: QRect, frame: QMargins = FRAME) -> QRect:
    """The first window: DEFAULT_SIZE, or the room the screen has, centred in it."""
    room = available.marginsRemoved(frame)
    rect = QRect(QPoint(0, 0), DEFAULT_SIZE.boundedTo(room.size()))
    rect.moveCenter(room.center())
    return rect


def clamped_geometry(wanted: QRect, available: QRect, frame: QMargins = FRAME) -> QRect:
    """`wanted` (the geometry saved on another screen, or at another scaling) made no larger
    than the screen's room and moved onto it, title bar included."""
    room = available.marginsRemoved(frame)
    size = wanted.size().boundedTo(room.size())
    left = min(max(wanted.left(), room.left()), room.left() + room.width() - size.width())
    top = min(max(wanted.top(), room.top()), room.top() + room.height() - size.height())
    return QRect(QPoint(left, top), size)


def within_screen(window: QWidget, wanted: QSize) -> QSize:
    """`wanted`, no larger than the room on `window`'s screen (a dialog's first size)."""
    room = window.screen().availableGeometry().marginsRemoved(FRAME)
    return wanted.boundedTo(room.size())
