"""The document laid out on pages by Qt: the preview, the printer and the PDF written when
LibreOffice is not installed all print the same QTextDocument.

CONTRACT (issue 9): `print_document(paged, printer)` lays `paged` out on `printer`'s pages
(A4, the document's margins) and prints it; `write_pdf(paged, target)` writes a PDF file.

The text is laid out once, on pages of the text area's size, at a fine resolution whatever
the screen (Qt rounds a font's size to whole pixels: 14 pt at 96 dpi would be 19 px, not
18.67, and the text 2 % wider than Word's, wrapping at other words), then painted page by
page scaled to the device. Not QTextDocument.print_: it puts its own page numbers at the
bottom, where GOST wants them centred in the top margin from page 2 (as page.number_pages
does in the Word file).
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
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
    QTextTable,
)

from minutes_app.export.html import KEEP_WITH_NEXT, PagedHtml
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
    _keep_together(document)
    return document


def _keep_together(document: QTextDocument) -> None:
    """What Word keeps together and Qt does not: a paragraph kept with the next one (a
    heading, СЛУШАЛИ:, a signature row and the paragraph above it) and the lines of a short
    paragraph (no single line left at the foot or the head of a page). The first paragraph
    that breaks the rule starts a new page, and the text is laid out again, until none does.
    A paragraph moved to a new page never moves again, but when the run it is kept with
    moves after it, its own break goes: the run starts the page, together."""
    layout = document.documentLayout()
    moved: set[int] = set()
    for _ in range(4 * document.blockCount()):  # each pass moves a paragraph: a bound, no loop
        layout.documentSize()  # lays it all out now (Qt does it lazily)
        found = _first_to_move(document, moved)
        if found is None:
            return
        start, kept = found
        for block in kept:
            if block.blockNumber() in moved:
                _set_break(block, QTextFormat.PageBreakFlag.PageBreak_Auto)
        moved.add(start.blockNumber())
        _set_break(start, QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def _set_break(block: QTextBlock, policy: QTextFormat.PageBreakFlag) -> None:
    """A page break before the paragraph, or before its table (a signature row), or none."""
    cursor = QTextCursor(block)
    table: QTextTable | None = cursor.currentTable()  # None outside a table
    if table is not None:
        table_format = table.format()
        table_format.setPageBreakPolicy(policy)
        table.setFormat(table_format)
        return
    block_format = block.blockFormat()
    block_format.setPageBreakPolicy(policy)
    cursor.setBlockFormat(block_format)


def _first_to_move(document: QTextDocument,
                   moved: set[int]) -> tuple[QTextBlock, list[QTextBlock]] | None:
    """The first paragraph to start a new page (never one moved already), with the
    paragraphs after it that are kept with it."""
    pages = _Pages(document)
    blocks = [b for b in _blocks(document) if b.layout().lineCount() and b.text()]
    for index, block in enumerate(blocks):
        kept: list[QTextBlock] = []
        if pages.splits_badly(block):
            start = block
        elif (block.userState() == KEEP_WITH_NEXT and index + 1 < len(blocks)
              and pages.first(blocks[index + 1]) > pages.last(block)):
            first = _start_of_kept_run(blocks, index, pages)
            start, kept = blocks[first], blocks[first + 1:index + 2]
        else:
            continue
        if start.blockNumber() not in moved and not pages.at_top(start):
            return start, kept
    return None


def _start_of_kept_run(blocks: list[QTextBlock], index: int, pages: "_Pages") -> int:
    """The index of the first of the paragraphs kept with one another up to blocks[index], on
    its page (the cells of a signature row are kept with one another too)."""
    start = index
    while (start > 0 and blocks[start - 1].userState() == KEEP_WITH_NEXT
           and pages.last(blocks[start - 1]) == pages.first(blocks[index])
           and not pages.at_top(blocks[start])):
        start -= 1
    return start


class _Pages:
    """Which page each line of the laid-out document is on."""

    def __init__(self, document: QTextDocument) -> None:
        self._layout = document.documentLayout()
        self._height = document.pageSize().height()

    def _line_pages(self, block: QTextBlock) -> list[int]:
        """By the middle of each line: Qt never lets a line cross a page's edge, but a line
        of fixed height may start above its paragraph's top (its glyphs are taller)."""
        top = self._layout.blockBoundingRect(block).top()
        lines = block.layout()
        return [int((top + lines.lineAt(i).y() + lines.lineAt(i).height() / 2) // self._height)
                for i in range(lines.lineCount())]

    def first(self, block: QTextBlock) -> int:
        return self._line_pages(block)[0]

    def last(self, block: QTextBlock) -> int:
        return self._line_pages(block)[-1]

    def at_top(self, block: QTextBlock) -> bool:
        """Within a pixel of a page's top (Qt starts a page's first paragraph a fraction of
        a pixel above it)."""
        return (self._layout.blockBoundingRect(block).top() + 1) % self._height < 2

    def splits_badly(self, block: QTextBlock) -> bool:
        """One line alone at the foot of a page, or a short paragraph's last line alone at
        the head of the next (Word's widow and orphan control)."""
        pages = self._line_pages(block)
        on_first = pages.count(pages[0])
        if on_first == len(pages):
            return False
        return on_first == 1 or (len(pages) <= 3 and len(pages) - on_first == 1)


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    blocks, block = [], document.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks


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
