"""File → Settings: interface language, document author, the long-term margin."""

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from minutes_app.ui.settings import AppSettings


class SettingsDialog(QDialog):
    """Edits the preferences in `settings`; OK stores them, Cancel leaves them."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language_combo = QComboBox(self, objectName="settingsLanguageCombo")
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        # Language names stay in their own language so that anyone can find theirs.
        self.language_combo.addItem(self.tr("As the system"), "system")
        for code, name in (("ru", "Русский"), ("kk", "Қазақша"), ("en", "English")):
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.ui_language))
        restart_note = QLabel(self.tr("A new interface language applies after the program "
                                      "is restarted."), self, wordWrap=True)
        restart_note.setObjectName("settingsRestartNote")
        self.author_edit = QLineEdit(settings.document_author, self,
                                     objectName="settingsAuthorEdit")
        self.author_edit.setAccessibleName(self.tr("Document author"))
        self.author_edit.setPlaceholderText(self.tr("Written into the Word file's properties"))
        self.margin_check = QCheckBox(
            self.tr("30 mm left margin for documents kept 10 years or longer"), self,
            objectName="settingsMarginCheck")
        self.margin_check.setAccessibleName(self.tr("Long-term margin"))
        self.margin_check.setChecked(settings.long_term_margin)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._label(self.tr("Interface &language:"), self.language_combo),
                    self.language_combo)
        form.addRow(restart_note)
        form.addRow(self._label(self.tr("Document &author:"), self.author_edit),
                    self.author_edit)
        form.addRow(self.margin_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def accept(self) -> None:
        self._settings.ui_language = str(self.language_combo.currentData())
        self._settings.document_author = self.author_edit.text()
        self._settings.long_term_margin = self.margin_check.isChecked()
        self._settings.sync()
        super().accept()
