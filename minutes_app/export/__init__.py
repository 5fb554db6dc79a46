"""The official document (протокол) as a Word file. No Qt, no database: domain snapshots in,
a python-docx Document or a .docx file out."""

from minutes_app.export.errors import (
    ExportError,
    OptionsError,
    TargetError,
    TargetLockedError,
    TemplateError,
)
from minutes_app.export.options import DocxOptions, Form
from minutes_app.export.render import build_document, document_fallbacks
from minutes_app.export.writer import write_document, write_docx

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
