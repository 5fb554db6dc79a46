"""Draw the application icon and write every size the platforms ask for.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py

A sheet of minutes (a white page with text lines) on a blue rounded square, with a green tick:
a record that is kept and approved. Drawn with QPainter, so no image editor or SVG renderer is
needed; the PNGs go into the package (the window's icon), the .ico beside the Windows installer
definition.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

PROJECT = Path(__file__).resolve().parents[1]
ICONS = PROJECT / "minutes_app" / "ui" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
BLUE, PAGE, LINE, GREEN = "#1f5fa8", "#ffffff", "#9db3cc", "#2e9d4f"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)  # drawn on a 256-unit square
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(BLUE))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    page = QPainterPath()
    page.moveTo(64, 36)
    page.lineTo(166, 36)
    page.lineTo(198, 68)
    page.lineTo(198, 220)
    page.lineTo(64, 220)
    page.closeSubpath()
    painter.setBrush(QColor(PAGE))
    painter.drawPath(page)
    painter.setPen(QPen(QColor(LINE), 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for y, right in ((80, 150), (110, 176), (140, 176), (170, 120)):
        painter.drawLine(QPointF(86, y), QPointF(right, y))
    tick = QPen(QColor(GREEN), 22, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin)
    painter.setPen(tick)
    painter.drawPolyline([QPointF(136, 186), QPointF(160, 208), QPointF(214, 150)])
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs the application
    ICONS.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        draw(size).save(str(ICONS / f"minutes-{size}.png"))
    windows = PROJECT / "packaging" / "windows"
    windows.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(windows / "minutes.ico"))
    print(f"icons written to {ICONS} and {windows / 'minutes.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
