"""The official document (протокол) as a Word file. No Qt, no database: domain snapshots in,
a python-docx Document or a .docx file out.

python-docx (and lxml beneath it) takes a tenth of a second to load: the functions that need
it are loaded at their first use, so that the window and the commands that write no document
start without it.
"""

from importlib import import_module
from typing import TYPE_CHECKING

from minutes_app.export.errors import (
    ExportError,
    OptionsError,
    TargetError,
    TargetLockedError,
    TemplateError,
)
from minutes_app.export.options import DocxOptions, Form

if TYPE_CHECKING:
    from minutes_app.export.render import build_document, document_fallbacks
    from minutes_app.export.writer import write_document, write_docx

_LOADED_WHEN_USED = {
    "build_document": "minutes_app.export.render",
    "document_fallbacks": "minutes_app.export.render",
    "write_document": "minutes_app.export.writer",
    "write_docx": "minutes_app.export.writer",
}


def __getattr__(name: str) -> object:
    if name in _LOADED_WHEN_USED:
        return getattr(import_module(_LOADED_WHEN_USED[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DocxOptions",
    "ExportError",
    "Form",
    "OptionsError",
    "TargetError",
    "TargetLockedError",
    "TemplateError",
    "build_document",
    "document_fallbacks",
    "write_document",
    "write_docx",
]
