"""The document laid out on pages by Qt: the preview, the printer and the PDF written when
LibreOffice is not installed all print the same QTextDocument.

CONTRACT (issue 9): `print_document(paged, printer)` lays `paged` out on `printer`'s pages
(A4, the document's margins) and prints it; `write_pdf(paged, target)` writes a PDF file.

The text is laid out once, on pages of the text area's size, at a fine resolution whatever
the screen (Qt rounds a font's size to whole pixels: 14 pt at 96 dpi would be 19 px, not
18.67, and the text 2 % wider than Word's, wrapping at other words), then painted page by
page scaled to the device: QTextDocument.print_ would put its
own page numbers at the bottom, where GOST wants them centred in the top margin from page 2
(as page.number_pages does in the Word file).
"""

import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from minutes_app.export.html import PagedHtml
from minutes_app.export.writer import write_bytes_atomically

LAYOUT_DPI = 960
CSS_DPI = 96  # the unit of export.html's lengths
PDF_DPI = 1200
_METRES_PER_INCH = 0.0254
_state: dict[str, object] = {}  # the layout device and a command line's application, kept alive


def page_layout(paged: PagedHtml) -> QPageLayout:
    """A4 with the document's margins, in full-page mode: we paint the margins' contents (the
    page number) ourselves, so the painter's origin is the sheet's corner."""
    left, top, right, bottom = paged.margins_mm
    size = QPageSize(QSizeF(*paged.page_mm), QPageSize.Unit.Millimeter)
    layout = QPageLayout(size, QPageLayout.Orientation.Portrait,
                         QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter)
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


def text_area(paged: PagedHtml) -> QRectF:
    """The text's place on the sheet, in layout pixels."""
    left, top, right, bottom = paged.margins_mm
    width, height = paged.page_mm
    per_mm = LAYOUT_DPI / 25.4
    return QRectF(left * per_mm, top * per_mm, (width - left - right) * per_mm,
                  (height - top - bottom) * per_mm)


def text_document(paged: PagedHtml) -> QTextDocument:
    """The document laid out on pages of the text area's size; `pageCount()` pages."""
    ensure_gui_application()
    document = QTextDocument()
    document.documentLayout().setPaintDevice(_layout_device())
    document.setDocumentMargin(0)
    document.setUseDesignMetrics(True)  # unhinted glyph widths, as the printed page has them
    font = QFont(paged.font_name)
    font.setPointSizeF(paged.font_size)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # very long words
    option.setTabStopDistance(12.5 * LAYOUT_DPI / 25.4)  # Word's default tab stops: 1.25 cm
    document.setDefaultTextOption(option)
    document.setUndoRedoEnabled(False)
    document.setHtml(paged.html)
    _scale_indents(document)
    document.setPageSize(text_area(paged).size())
    document.documentLayout().documentSize()  # lays it all out now (Qt does it lazily)
    return document


def _scale_indents(document: QTextDocument) -> None:
    """Qt scales the HTML's CSS pixels to the layout's resolution for a paragraph's spacing
    above and below, its line height and the tables' padding, but not for its left and right
    margins and first-line indent: these are scaled here."""
    factor = LAYOUT_DPI / CSS_DPI
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.leftMargin() or fmt.rightMargin() or fmt.textIndent():
            fmt.setLeftMargin(fmt.leftMargin() * factor)
            fmt.setRightMargin(fmt.rightMargin() * factor)
            fmt.setTextIndent(fmt.textIndent() * factor)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
        block = block.next()


def paint_page(painter: QPainter, paged: PagedHtml, document: QTextDocument, index: int,
               dpi: float) -> None:
    """Page `index` (0-based) of `document` on a sheet whose corner is the painter's origin,
    `dpi` device pixels to the inch: the text in its area, from page 2 its number on top."""
    scale = dpi / LAYOUT_DPI
    area = text_area(paged)
    painter.save()
    painter.scale(scale, scale)
    painter.translate(area.left(), area.top() - index * area.height())
    document.drawContents(painter, QRectF(0, index * area.height(), area.width(), area.height()))
    painter.restore()
    if index > 0:
        _paint_number(painter, paged, index + 1, dpi)


def _paint_number(painter: QPainter, paged: PagedHtml, number: int, dpi: float) -> None:
    """Unscaled, so that the font's points are the device's: centred over the text."""
    per_mm = dpi / 25.4
    left, _, right, _ = paged.margins_mm
    font = QFont(paged.font_name)
    font.setPointSizeF(paged.number_size)
    painter.save()
    painter.setFont(font)
    height = painter.fontMetrics().height()
    top = paged.number_from_top_mm * per_mm
    width = (paged.page_mm[0] - left - right) * per_mm
    painter.drawText(QRectF(left * per_mm, top, width, height),
                     int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), str(number))
    painter.restore()


def print_document(paged: PagedHtml, printer: QPagedPaintDevice) -> None:
    """Every page (or those of the printer's page ranges, chosen in the print dialog)."""
    printer.setPageLayout(page_layout(paged))
    document = text_document(paged)
    ranges = printer.pageRanges()
    pages = [i for i in range(document.pageCount()) if ranges.isEmpty() or ranges.contains(i + 1)]
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer cannot be started")
    try:
        for count, index in enumerate(pages):
            if count:
                printer.newPage()
            paint_page(painter, paged, document, index, printer.logicalDpiY())
    finally:
        painter.end()


def pdf_bytes(paged: PagedHtml) -> bytes:
    """The document as a PDF, in memory, titled with the document's title."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(paged.title)
    writer.setCreator("Minutes")
    print_document(paged, writer)
    del writer
    return bytes(buffer.data().data())


def write_pdf(paged: PagedHtml, target: Path) -> None:
    """Write the PDF atomically (a temporary file beside `target`, then renamed over it);
    raises export's TargetError / TargetLockedError with a one-line message."""
    write_bytes_atomically(Path(target), pdf_bytes(paged))


def ensure_gui_application() -> None:
    """Fonts and painting need a QGuiApplication: the command line has none. It shows no
    window, so on Linux it takes Qt's offscreen platform: with no display, or a DISPLAY that
    cannot be reached (ssh), the default platform would abort the process."""
    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _state["application"] = QGuiApplication(sys.argv[:1] or ["minutes-app"])


def _layout_device() -> QImage:
    """A device of LAYOUT_DPI to lay the text out on, whatever the screen's scaling."""
    device = _state.get("device")
    if not isinstance(device, QImage):
        device = QImage(1, 1, QImage.Format.Format_ARGB32)
        dots = round(LAYOUT_DPI / _METRES_PER_INCH)
        device.setDotsPerMeterX(dots)
        device.setDotsPerMeterY(dots)
        _state["device"] = device
    return device
