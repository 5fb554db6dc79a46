"""File → Open server database…: the shared database of an office, on a PostgreSQL server.

The secretary gives what the administrator told her: the server's name (and port, if not the
usual 5432), the database and her user name; the password, when the server wants one. The
address is kept in the recent list without the password; the password goes only to the
Minutes started on that database (through its environment), never to the settings.
"""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from minutes_app.services.servers import DEFAULT_PORT, server_url


class ServerDialog(QDialog):
    """The server's address and the password; `url()` and `password()` once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.setWindowTitle(self.tr("Open server database"))
        intro = QLabel(self.tr("The shared database of your office, on a PostgreSQL server. "
                               "Ask your administrator for these."), self)
        intro.setWordWrap(True)
        self.host = self._edit("serverHost")
        self.host.setPlaceholderText("db.office.kz")
        self.port = QSpinBox(self)
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = self._edit("serverDatabase")
        self.database.setText("minutes")
        self.user = self._edit("serverUser")
        self.password_edit = self._edit("serverPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        note = QLabel(self.tr("The password is not saved: Minutes asks for it again next "
                              "time."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._update_open)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._update_open()

    def _edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        return edit

    def _update_open(self) -> None:
        ready = all(edit.text().strip() for edit in (self.host, self.database, self.user))
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(ready)

    def url(self) -> str:
        return server_url(self.host.text().strip(), self.port.value(),
                          self.database.text().strip(), self.user.text().strip())

    def password(self) -> str | None:
        return self.password_edit.text() or None
