"""The desktop window (PySide6). `run_window` is the one entry point app.py calls."""

import sys

from minutes_app.services import Services


def run_window(services: Services, argv: list[str]) -> int:
    """Create the application, load the interface language, show the main window, run.

    Returns the application's exit code.
    """
    # Qt is imported here so that importing minutes_app.ui for its name costs nothing.
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from minutes_app.ui.i18n import choose_language, install_translators
    from minutes_app.ui.main_window import MainWindow
    from minutes_app.ui.settings import AppSettings

    QCoreApplication.setOrganizationName("Minutes")
    QCoreApplication.setApplicationName("Minutes")
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    settings = AppSettings(QSettings())
    translators = install_translators(app, choose_language(settings.ui_language))
    window = MainWindow(services, settings)
    window.show()
    code = app.exec()
    del translators  # kept alive until here on purpose
    return code


def show_startup_error(message: str) -> None:
    """Tell the user, in a window, why the program cannot start (the database will not open)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    title = QCoreApplication.translate("Startup", "Minutes cannot open the database")
    QMessageBox.critical(None, title, message)
    del app


__all__ = ["run_window", "show_startup_error"]
