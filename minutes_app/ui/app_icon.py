"""The application's icon, read from the package (minutes_app/ui/icons, made by
packaging/make_icon.py) so that it is there in a wheel and in a frozen app alike."""

from importlib.resources import files

from PySide6.QtGui import QIcon, QPixmap

SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """Every size of the icon: the window's title bar, the task bar and Alt+Tab pick theirs."""
    icon = QIcon()
    folder = files("minutes_app.ui") / "icons"
    for size in SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData((folder / f"minutes-{size}.png").read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    return icon
