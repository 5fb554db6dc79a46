"""The question before writing over a file that exists: Replace, Save under a free name, Cancel.

A secretary often corrects the exported protocol in Word; exporting again must not silently
destroy that copy. Callers use `existing_file.ask(...)` through the module, so that tests can
replace it (they never exec a real modal dialog).
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from minutes_app.files import free_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExistingFile", text)


def ask(parent: QWidget | None, target: Path) -> Path | None:
    """The path to write: `target` itself (Replace), a free name beside it, or None (Cancel)."""
    free = free_name(target)
    box = QMessageBox(QMessageBox.Icon.Question, _tr("The file exists"),
                      _tr("%1 already exists in %2. Replace it, or save under a new name?")
                      .replace("%1", target.name).replace("%2", str(target.parent)),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("existingFileBox")
    replace = box.addButton(_tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton(_tr("Save as «%1»").replace("%1", free.name),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)  # Enter never destroys the corrected copy
    box.exec()
    clicked = box.clickedButton()
    if clicked is replace:
        return target
    if clicked is save_as:
        return free
    return None
