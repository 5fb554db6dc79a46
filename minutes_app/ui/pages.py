"""The document laid out on pages by Qt: the preview, the printer and the PDF written when
LibreOffice is not installed all print the same QTextDocument.

CONTRACT (issue 9): `print_document(paged, printer)` lays `paged` out on `printer`'s pages
(A4, the document's margins) and prints it; `write_pdf(paged, target)` writes a PDF file.
"""

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from minutes_app.export.html import PagedHtml


def page_layout(paged: PagedHtml) -> QPageLayout:
    left, top, right, bottom = paged.margins_mm
    size = QPageSize(QSizeF(*paged.page_mm), QPageSize.Unit.Millimeter)
    return QPageLayout(size, QPageLayout.Orientation.Portrait,
                       QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter)


def text_document(paged: PagedHtml) -> QTextDocument:
    document = QTextDocument()
    font = QFont(paged.font_name)
    font.setPointSizeF(paged.font_size)
    document.setDefaultFont(font)
    document.setHtml(paged.html)
    return document


def print_document(paged: PagedHtml, printer: QPagedPaintDevice) -> None:
    printer.setPageLayout(page_layout(paged))
    text_document(paged).print_(printer)


def write_pdf(paged: PagedHtml, target: Path) -> None:
    writer = QPdfWriter(str(target))
    writer.setTitle(paged.title)
    print_document(paged, writer)
