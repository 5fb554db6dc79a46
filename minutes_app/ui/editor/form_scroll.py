"""A scroll area for an editor's form that scrolls up and down, never sideways (issue 12)."""

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class FormScrollArea(QScrollArea):
    """Holds `form` at the width it is given, scrolling it only up and down.

    Its minimum width is the form's (long Kazakh labels, the vote row) plus a vertical scroll
    bar, so a splitter beside it gives way instead of the form being cut or scrolled sideways;
    its minimum height is small, so a low screen (1366×768, 150 % scaling) scrolls the form.
    """

    def __init__(self, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setWidget(form)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        form = self.widget()
        if form is None:
            return hint
        width = (form.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                 + 2 * self.frameWidth())
        return QSize(max(hint.width(), width), hint.height())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the form's minimum may have changed (a longer label)
        return super().event(event)
