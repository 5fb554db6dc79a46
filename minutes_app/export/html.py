"""The document as HTML for Qt's rich-text engine: the preview in the window and the PDF
written without LibreOffice are laid out from the same outline as the Word file.

CONTRACT (issue 9): `paged_html` and `PagedHtml` are used by the services and the window.
"""

import html
from dataclasses import dataclass

from minutes_app.domain import Body, Meeting, Organization
from minutes_app.export.blocks import Block, Para, SideBySide
from minutes_app.export.options import DocxOptions
from minutes_app.export.outline import build_outline


@dataclass(frozen=True, slots=True)
class PagedHtml:
    """The document's HTML and the page it is laid out on (GOST: A4, margins in mm)."""

    html: str
    title: str
    font_name: str
    font_size: float
    margins_mm: tuple[float, float, float, float]  # left, top, right, bottom
    page_mm: tuple[float, float] = (210, 297)


def paged_html(meeting: Meeting, options: DocxOptions, body: Body | None = None,
               organization: Organization | None = None) -> PagedHtml:
    outline = build_outline(meeting, options, body, organization)
    left = 30 if options.long_term_margin else 20
    parts = [_block(block) for block in outline.blocks]
    return PagedHtml("<html><body>" + "".join(parts) + "</body></html>", outline.title,
                     options.font_name, options.font_size, (left, 20, 10, 20))


def _block(block: Block) -> str:
    if isinstance(block, Para):
        return f"<p>{html.escape(block.text)}</p>"
    if isinstance(block, SideBySide):
        return (f"<table width='100%'><tr><td>{html.escape(block.left)}</td>"
                f"<td>{html.escape(block.right)}</td></tr></table>")
    rows = [block.header, *block.rows]
    cells = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                    for row in rows)
    return f"<table border='1' width='100%'>{cells}</table>"
