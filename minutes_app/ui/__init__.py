"""The desktop window (PySide6).

app.py starts it in steps (ui/startup.py): `WindowStart` (the application and its language,
before any message), the one-copy lock (ui/single_instance.py), the start-up questions, then
`build_window` and `run`. `run_window` does the last steps at once on ready services.
"""

from minutes_app.services import Services


def run_window(services: Services, argv: list[str]) -> int:
    """Create the application, load the interface language, show the main window, run.

    Returns the application's exit code.
    """
    # Qt is imported here so that importing minutes_app.ui for its name costs nothing.
    from minutes_app.ui.startup import WindowStart

    start = WindowStart(argv)
    try:
        return start.run(start.build_window(services))
    finally:
        start.close()


__all__ = ["run_window"]
