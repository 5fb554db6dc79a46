"""Errors of the Word export. Each message is one line a person can act on."""


class ExportError(Exception):
    """Base of every export error; `str(error)` is the whole message."""


class OptionsError(ExportError):
    """The export was asked for something the meeting does not have (an extract of item 9 of 3)."""


class TemplateError(ExportError):
    """The letterhead file is not a Word document we can build on."""


class TargetLockedError(ExportError):
    """Another program (usually Word) holds the target file open."""


class TargetError(ExportError):
    """The target cannot be written (no such folder, no permission, disk full, ...)."""
