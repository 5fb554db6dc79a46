"""A message strip above the editor: what went wrong and what can be done about it.

Unlike a status-bar message, a banner stays until the window takes it away (a save succeeded,
the database became writable), so a secretary who looked away still learns that her typing
is not in the database yet. `MainWindow.show_banner(key, text, actions)` and `hide_banner(key)`
manage them; each key has at most one banner.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

BannerAction = tuple[str, Callable[[], None]]  # the button's text, what it does

_STYLE = """
QFrame#messageBanner { background: #fff4e5; border: 1px solid #e0a040; border-radius: 3px; }
QFrame#messageBanner QLabel { color: #4a2c00; }
"""


class MessageBanner(QFrame):
    """A framed line of text with buttons; `key` names it in the window ("save", ...)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("messageBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.label = QLabel(self)
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout = QHBoxLayout(self)
        self._layout.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []

    def show_message(self, text: str, actions: Sequence[BannerAction] = ()) -> None:
        """Say `text`, with one button per action (the old ones go)."""
        self.label.setText(text)
        self.setAccessibleName(self.tr("Message: %1").replace("%1", text))
        self.setAccessibleDescription(text)
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = [self._button(number, text, slot)
                        for number, (text, slot) in enumerate(actions)]
        self.show()

    def text(self) -> str:
        return self.label.text()

    def _button(self, number: int, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"bannerButton{number}")
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda _checked=False: slot())
        self._layout.addWidget(button)
        return button
