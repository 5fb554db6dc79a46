"""The document as HTML for Qt's rich-text engine: the preview in the window and the PDF
written without LibreOffice are laid out from the same outline as the Word file.

CONTRACT (issue 9): `paged_html` and `PagedHtml` are used by the services and the window.

Only Qt's rich-text subset (doc.qt.io/qt-6/richtext-html-subset.html) is used. Its lengths
are bare numbers in CSS pixels (1/96 inch), scaled to the resolution the text is laid out at
(ui.pages). Each block kind gets the layout of its Word style (styles.py, render.py).
"""

import html
from collections.abc import Sequence
from dataclasses import dataclass, replace

from minutes_app.domain import Body, Meeting, Organization
from minutes_app.export.blocks import Block, Kind, Para, SideBySide, Table
from minutes_app.export.options import DocxOptions
from minutes_app.export.outline import build_outline

PX_PER_MM = 96 / 25.4  # CSS pixels
PX_PER_PT = 96 / 72
_INDENT_PX = 12.5 * PX_PER_MM  # first-line indent 1.25 cm (styles._INDENT)
_ANNEX_INDENT_PX = 90 * PX_PER_MM  # «Приложение к протоколу …» in the right half (9 cm)
_SIGNATURE_WIDTHS = (45, 25, 30)  # % of the text width, as render._SIGNATURE_WIDTHS
# Word's single line spacing of Times New Roman and Arial: ascent, descent and line gap make
# 1.15 em. Set as a fixed height: Qt would round every line up to a whole pixel and let a
# fallback font (for Kazakh letters a font lacks) make a line taller, so its pages would
# break earlier than the Word file's.
_LINE_EM = 1.15


@dataclass(frozen=True, slots=True)
class _Look:
    align: str = "justify"
    bold: bool = False
    before_pt: float = 0
    after_pt: float = 0
    indent_px: float = 0
    left_px: float = 0
    keep: bool = False  # kept on one page with what follows (Word's "keep with next")


# The paragraph styles of styles._SPECS, kind by kind.
_LOOKS = {
    Kind.ORGANIZATION: _Look("center", bold=True),
    Kind.DOC_TYPE: _Look("center", bold=True, before_pt=12),
    Kind.DATE_LINE: _Look("left", before_pt=6),
    Kind.PLACE: _Look("center"),
    Kind.TITLE: _Look("left", bold=True, before_pt=12, after_pt=12),
    Kind.LINE: _Look(),
    Kind.HEADING: _Look("center", bold=True, before_pt=12, after_pt=6, keep=True),
    Kind.KEYWORD: _Look("left", bold=True, before_pt=6, keep=True),
    Kind.TEXT: _Look(indent_px=_INDENT_PX),
    Kind.SIGNATURE: _Look("left", before_pt=18),
    Kind.SIGNATURE_NEXT: _Look("left"),
    Kind.ANNEX_REF: _Look("left", left_px=_ANNEX_INDENT_PX, after_pt=12),
    Kind.CELL: _Look("left"),
}
_SIGNATURE_KINDS = (Kind.SIGNATURE, Kind.SIGNATURE_NEXT)
# Qt has no "keep with next": the paragraphs that have it carry this user state (the HTML's
# -qt-user-state), and ui.pages moves them to the next page with what follows.
KEEP_WITH_NEXT = 1
# Word's default cell margins: 0.19 cm left and right, none above and below
_CELL_PADDING = f"padding: 0px {1.9 * PX_PER_MM:.2f}px 0px {1.9 * PX_PER_MM:.2f}px;"
# A table of no borders and no padding: the date line, signatures, the two names.
_PLAIN_TABLE = "<table width='100%' border='0' cellspacing='0' cellpadding='0'{style}>"


@dataclass(frozen=True, slots=True)
class PagedHtml:
    """The document's HTML and the page it is laid out on (GOST: A4, margins in mm)."""

    html: str
    title: str
    font_name: str
    font_size: float
    margins_mm: tuple[float, float, float, float]  # left, top, right, bottom
    page_mm: tuple[float, float] = (210, 297)
    # the page number in the top margin (page.number_pages: the header style's size)
    number_size: float = 12
    number_from_top_mm: float = 10  # GOST: at least 10 mm from the top edge


def paged_html(meeting: Meeting, options: DocxOptions, body: Body | None = None,
               organization: Organization | None = None) -> PagedHtml:
    from minutes_app.export.render import docx_text  # python-docx, loaded when first asked

    outline = build_outline(meeting, options, body, organization)
    left = 30 if options.long_term_margin else 20
    parts = [_block(block, options.font_size, options.table_font_size)
             for block in _kept_before_signatures(outline.blocks)]
    return PagedHtml("<html><body>" + "".join(parts) + "</body></html>",
                     docx_text(outline.title).replace("\n", " "), options.font_name,
                     options.font_size, (left, 20, 10, 20), number_size=options.table_font_size)


def _kept_before_signatures(blocks: Sequence[Block]) -> list[Block]:
    """The paragraph before a signature keeps with it, so that a signature never stands
    alone at the top of a page (render._keep_last_block_with_next)."""
    kept = list(blocks)
    for index, block in enumerate(kept[1:], start=1):
        before = kept[index - 1]
        if (isinstance(block, Para) and block.kind in _SIGNATURE_KINDS
                and isinstance(before, Para)):
            kept[index - 1] = replace(before, keep_with_next=True)
    return kept


def _block(block: Block, size_pt: float, table_size_pt: float) -> str:
    if isinstance(block, Para):
        return _para(block, size_pt)
    if isinstance(block, SideBySide):
        cells = [(block.left, 50, "center"), (block.right, 50, "center")]
        return _plain_table(cells, _LOOKS[block.kind], "", size_pt)
    return _table(block, table_size_pt)


def _para(block: Para, size_pt: float) -> str:
    from minutes_app.export.render import docx_text

    text = docx_text(block.text)
    if not text.strip():
        return ""  # never an empty paragraph, as in the Word file
    look = _LOOKS[block.kind]
    if block.keep_with_next:
        look = replace(look, keep=True)
    breaks = "page-break-before: always; " if block.page_break_before else ""
    if block.kind in _SIGNATURE_KINDS and text.count("\t") >= 2:
        label, mark, name = text.rsplit("\t", 2)  # a position typed with a tab stays whole
        widths = _SIGNATURE_WIDTHS
        cells = [(label, widths[0], "left"), (mark, widths[1], "left"), (name, widths[2], "right")]
        return _plain_table(cells, look, breaks, size_pt)
    if block.kind == Kind.DATE_LINE and "\t" in text:
        date, number = text.split("\t", 1)  # date at the left, № at the right (a tab stop)
        return _plain_table([(date, 50, "left"), (number, 50, "right")], look, breaks, size_pt)
    return _p(text, look, size_pt, breaks)


def _p(text: str, look: _Look, size_pt: float, extra: str = "") -> str:
    declarations = [
        f"font-size: {size_pt:g}pt",
        f"line-height: {size_pt * _LINE_EM * PX_PER_PT:.2f}px",
        "-qt-line-height-type: fixed",  # a length alone is a minimum height to Qt
        f"margin-top: {look.before_pt * PX_PER_PT:.2f}px",
        f"margin-bottom: {look.after_pt * PX_PER_PT:.2f}px",
        f"margin-left: {look.left_px:.2f}px",
        "margin-right: 0px",
        f"text-indent: {look.indent_px:.2f}px",
        "white-space: pre-wrap",
    ]
    if look.bold:
        declarations.append("font-weight: bold")
    if look.keep:
        declarations.append(f"-qt-user-state: {KEEP_WITH_NEXT}")
    style = extra + "; ".join(declarations) + ";"
    return f"<p align='{look.align}' style='{style}'>{_escape(text)}</p>"


def _plain_table(cells: Sequence[tuple[str, float, str]], look: _Look, breaks: str,
                 size_pt: float) -> str:
    """One borderless row; the space above the paragraph it stands for becomes the table's."""
    style = (f" style='{breaks}margin-top: {look.before_pt * PX_PER_PT:.2f}px; "
             f"margin-bottom: {look.after_pt * PX_PER_PT:.2f}px;'")
    cell_looks = [_Look(align, look.bold, keep=look.keep) for _, _, align in cells]
    row = "".join(f"<td width='{width}%'>{_p(text, cell_look, size_pt)}</td>"
                  for (text, width, _), cell_look in zip(cells, cell_looks, strict=True))
    return _PLAIN_TABLE.format(style=style) + f"<tr>{row}</tr></table>"


def _table(block: Table, size_pt: float) -> str:
    """Single black borders, the header row bold and repeated on every page (thead)."""
    widths = [f"{fraction * 100:.2f}%" for fraction in block.widths]
    cell = _LOOKS[Kind.CELL]
    header = "".join(f"<th width='{w}' style='{_CELL_PADDING}'>"
                     f"{_p(text, _Look(cell.align, True), size_pt)}</th>"
                     for text, w in zip(block.header, widths, strict=True))
    rows = "".join(
        "<tr>" + "".join(f"<td width='{w}' style='{_CELL_PADDING}'>{_p(text, cell, size_pt)}</td>"
                         for text, w in zip(row, widths, strict=True)) + "</tr>"
        for row in block.rows)
    # one CSS pixel (Word's line is half a point: Qt draws no border thinner than a pixel)
    return ("<table width='100%' border='1' cellspacing='0' cellpadding='0' "
            "style='border-collapse: collapse; border-style: solid; border-color: #000000;'>"
            f"<thead><tr>{header}</tr></thead><tbody>{rows}</tbody></table>")


def _escape(text: str) -> str:
    """Text as HTML: the markup characters escaped; line breaks as <br/> (white-space
    pre-wrap would keep them too, but Qt joins a trailing one with the next block)."""
    return html.escape(text, quote=True).replace("\n", "<br/>")
