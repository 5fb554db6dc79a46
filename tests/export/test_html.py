"""The document as HTML for Qt (the preview, the printer, the PDF without LibreOffice): each
block laid out as in the Word file, read back the way Qt reads it, and hostile text kept as
text."""

import itertools
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QImage,
    QPainter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextTable,
)

from minutes_app.domain import AgendaItem, Decision, Statement
from minutes_app.export import DocxOptions
from minutes_app.export.html import KEEP_WITH_NEXT, paged_html
from minutes_app.export.wording import NBSP
from minutes_app.ui.pages import LAYOUT_DPI, paint_page, text_area, text_document, write_pdf
from tests.export.pdf_text import pdf_pages, pdf_text, pdf_title
from tests.export.samples import (
    BODY,
    ORGANIZATION,
    kazakh_meeting,
    russian_meeting,
    seminar_in_kazakh_too,
)
from tests.export.test_hostile_text import HOSTILE, VISIBLE, hostile_meeting

LONG_WORD = "Сверхдлинноесловобезединогопробела" * 12  # 420 letters, wider than a line
PER_MM, PER_PT = LAYOUT_DPI / 25.4, LAYOUT_DPI / 72  # layout pixels
OUR_TAGS = {"html", "body", "p", "br", "table", "thead", "tbody", "tr", "td", "th"}


def _paged(meeting=None, **options):
    return paged_html(meeting or russian_meeting(), DocxOptions(**options), BODY, ORGANIZATION)


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    blocks, block = [], document.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks


def _block(document: QTextDocument, text: str) -> QTextBlock:
    return next(b for b in _blocks(document) if b.text().replace(NBSP, " ") == text)


def _table_of(block: QTextBlock) -> QTextTable:
    table = QTextCursor(block).currentTable()
    assert table is not None, block.text()
    return table


def _page(document: QTextDocument, block: QTextBlock) -> int:
    """The 0-based page a block is laid out on (Qt starts a page's first block a fraction of
    a pixel above the page's top: half a pixel more)."""
    top = document.documentLayout().blockBoundingRect(block).top()
    return int((top + 0.5) // document.pageSize().height())


# -- the markup ---------------------------------------------------------------------------


def test_hostile_text_stays_text_in_well_formed_markup():
    paged = _paged(hostile_meeting())

    root = ET.fromstring(paged.html)  # markup characters in a text would break this

    assert {element.tag for element in root.iter()} <= OUR_TAGS
    text = "".join(root.itertext())
    assert VISIBLE in text  # «<b>&amp;"'» arrives as the characters typed
    assert not any(ord(c) < 32 and c not in "\t\n" for c in paged.html)
    assert "\ufffe" not in paged.html and "\ud800" not in paged.html
    assert "Начало" in text and "конец" in text
    assert HOSTILE not in text  # the control characters went, as in the Word file


def test_the_page_is_a4_with_gost_margins_and_the_bodys_font():
    paged = _paged()
    assert paged.page_mm == (210, 297) and paged.margins_mm == (20, 20, 10, 20)
    assert (paged.font_name, paged.font_size) == ("Times New Roman", 14)
    wide = _paged(long_term_margin=True, font_name="Arial", font_size=12)
    assert wide.margins_mm == (30, 20, 10, 20)
    assert (wide.font_name, wide.font_size) == ("Arial", 12)


# -- as Qt lays it out ---------------------------------------------------------------------


def test_headings_are_centred_and_bold_and_text_justified_with_a_first_line_indent(qapp):
    document = text_document(_paged())

    for heading in ("ПРОТОКОЛ", "ПОВЕСТКА ДНЯ:"):
        block = _block(document, heading)
        assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter, heading
        assert block.charFormat().fontWeight() == QFont.Weight.Bold, heading
    keyword = _block(document, "1. СЛУШАЛИ:")
    assert keyword.charFormat().fontWeight() == QFont.Weight.Bold
    assert keyword.layout().lineAt(0).x() == 0
    text = _block(document, "Ахметов Е.Б. — Предложил усилить работу с семьями.")
    assert text.blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify
    assert text.layout().lineAt(0).x() == pytest.approx(12.5 * PER_MM, abs=1)  # 1.25 cm
    assert text.layout().lineAt(0).x() + text.layout().lineAt(0).width() == pytest.approx(
        text_area(_paged()).width(), abs=1)  # justified to the right margin
    assert text.charFormat().fontWeight() == QFont.Weight.Normal


def test_the_date_is_at_the_left_and_the_number_at_the_right_of_one_line(qapp):
    document = text_document(_paged())
    date, number = _block(document, "22.11.2019"), _block(document, "№ 3")

    assert _table_of(date) == _table_of(number)
    assert number.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight
    assert _table_of(date).format().border() == 0
    assert document.documentLayout().blockBoundingRect(date).top() == pytest.approx(
        document.documentLayout().blockBoundingRect(number).top())


def test_signatures_are_borderless_three_column_rows_of_the_words_widths(qapp):
    document = text_document(_paged())
    name = _block(document, "М.Ч. Когамов")
    table = _table_of(name)

    assert (table.rows(), table.columns()) == (1, 3)
    assert table.format().border() == 0
    widths = [(w.type(), w.rawValue()) for w in table.format().columnWidthConstraints()]
    assert widths == [(QTextLength.Type.PercentageLength, p) for p in (45, 25, 30)]
    assert table.cellAt(0, 0).firstCursorPosition().block().text() == "Председатель"
    assert name.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight


def test_the_annex_starts_a_new_page_with_a_bordered_table_of_the_columns_widths(qapp):
    paged = _paged()
    document = text_document(paged)
    annex = next(b for b in _blocks(document) if b.text().startswith("Приложение\u2028к "))
    last_signature = _block(document, "А.С. Петрова")

    assert annex.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    assert annex.layout().lineAt(0).x() == pytest.approx(90 * PER_MM, abs=0.5 * PER_MM)  # 9 cm
    assert _page(document, annex) == _page(document, last_signature) + 1
    table = _table_of(_block(document, "Фамилия, имя, отчество"))
    assert table.format().border() > 0
    assert table.format().headerRowCount() == 1  # repeated on every page of the list
    widths = [round(w.rawValue()) for w in table.format().columnWidthConstraints()]
    assert sum(widths) == 100 and len(widths) == 3


def test_the_bodys_font_and_size_are_the_documents(qapp):
    document = text_document(_paged(font_name="Arial", font_size=12))

    assert document.defaultFont().family() == "Arial"
    assert document.defaultFont().pointSizeF() == 12
    bigger = text_document(_paged(font_name="Arial", font_size=16))
    line, big_line = (_block(d, "ПРОТОКОЛ").layout().lineAt(0).height()
                      for d in (document, bigger))
    assert big_line / line == pytest.approx(16 / 12, rel=0.1)


def test_a_very_long_word_wraps_inside_the_text_width(qapp):
    meeting = russian_meeting()
    item = AgendaItem(title="Длинное слово", decisions=(Decision(text=LONG_WORD),))
    paged = _paged(replace(meeting, agenda=(*meeting.agenda, item)))
    document = text_document(paged)

    block = next(b for b in _blocks(document) if LONG_WORD[:40] in b.text())
    assert block.layout().lineCount() > 1
    assert max(block.layout().lineAt(i).naturalTextWidth()
               for i in range(block.layout().lineCount())) <= text_area(paged).width()


def test_hostile_text_prints_to_a_pdf_as_typed(qapp, tmp_path: Path):
    target = tmp_path / "hostile.pdf"

    write_pdf(_paged(hostile_meeting()), target)

    text = pdf_text(target)
    assert "Начало" in text and "конец" in text
    assert "<b>&amp;\"'" in text
    assert pdf_title(target).startswith("Протокол")
    assert len(pdf_pages(target)) >= 2


def _top(document: QTextDocument, block: QTextBlock) -> float:
    return document.documentLayout().blockBoundingRect(block).top()


@pytest.mark.parametrize("make", [russian_meeting, kazakh_meeting])
def test_lines_are_words_single_spacing_whatever_the_letters(qapp, make):
    """1.15 × 14 pt from line to line, as Word's single spacing of Times New Roman: Qt's
    own would round each line up to a whole pixel, and a line with letters from a fallback
    font (Kazakh ones a font lacks) would be taller."""
    document = text_document(_paged(make()))
    lines = [b for b in _blocks(document) if b.text().startswith(("Председатель —", "Төраға —",
                                                                  "Секретарь —", "Хатшы —"))]
    assert len(lines) == 2 and lines[0].layout().lineCount() >= 1

    step = _top(document, lines[1]) - _top(document, lines[0])

    single = 14 * 1.15 * PER_PT
    assert step == pytest.approx(single * lines[0].layout().lineCount(), abs=0.5)


def test_a_table_is_followed_by_no_blank_line(qapp):
    """The date line is a table; the place stands right under it, as under a paragraph."""
    document = text_document(_paged())
    date, place = _block(document, "22.11.2019"), _block(document, "г. Астана")

    assert _top(document, place) - _top(document, date) < 14 * 1.15 * PER_PT + 1


# -- what Word keeps together --------------------------------------------------------------


def _line_pages(document: QTextDocument, block: QTextBlock) -> list[int]:
    """The page of each line of a block, by the line's middle."""
    top = document.documentLayout().blockBoundingRect(block).top()
    height = document.pageSize().height()
    lines = block.layout()
    return [int((top + lines.lineAt(i).y() + lines.lineAt(i).height() / 2) // height)
            for i in range(lines.lineCount())]


def _meeting_of_length(words: int):
    """Items whose texts grow by `words` words each: page ends fall at other paragraphs."""
    meeting = russian_meeting()
    items = tuple(
        AgendaItem(title=f"Вопрос {n}",
                   heard=(Statement(text=" ".join(["доложил о работе"] * (words + n))),),
                   decisions=(Decision(text=" ".join(["решение"] * (3 * n + words))),))
        for n in range(1, 9))
    return replace(meeting, agenda=items)


def _starts_a_page(block: QTextBlock) -> bool:
    return bool(block.blockFormat().pageBreakPolicy()
                & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def test_kept_paragraphs_and_short_ones_are_never_split_across_pages(qapp):
    """Word's keep with next (headings, СЛУШАЛИ:, a signature and the paragraph above it)
    and its widow and orphan control, over documents whose page ends fall everywhere."""
    moved = 0
    for words in range(0, 40, 4):
        document = text_document(_paged(_meeting_of_length(words)))
        blocks = [b for b in _blocks(document) if b.text() and b.layout().lineCount()]
        for block, after in itertools.pairwise(blocks):
            pages = _line_pages(document, block)
            on_first_page = pages.count(pages[0])
            if on_first_page < len(pages):
                assert on_first_page > 1, f"one line alone at a page's foot: {block.text()}"
                assert len(pages) > 3 or len(pages) - on_first_page > 1, \
                    f"a short paragraph's last line alone on a page: {block.text()}"
            if block.userState() == KEEP_WITH_NEXT:
                assert _line_pages(document, after)[0] == pages[-1], (block.text(), words)
        annex = "Приложение\u2028"  # starts a page in the HTML already
        moved += sum(_starts_a_page(b) for b in blocks if not b.text().startswith(annex))
    assert moved > 0  # the rules were needed somewhere, so they were checked


def test_a_run_kept_together_moves_whole_and_leaves_no_page_nearly_empty(qapp):
    """When a paragraph at a page's foot is moved on and then the heading kept with it has to
    follow, the run starts the next page together: no break is left between a paragraph and
    the one kept with it (the seminar's «Ұсыныс айтылды:» was once alone on page 2, the rest
    on page 3)."""
    # Page ends fall one word further at each length: 1, 6, 10, 22 and 23 words once broke
    # the rule in Russian.
    for words in range(24):
        document = text_document(_paged(_meeting_of_length(words)))
        blocks = [b for b in _blocks(document) if b.text() and b.layout().lineCount()]
        for before, block in itertools.pairwise(blocks):
            if _starts_a_page(block):
                assert before.userState() != KEEP_WITH_NEXT, (words, before.text())
    seminar = text_document(_paged(seminar_in_kazakh_too(), language="kk"))
    assert seminar.pageCount() == 2  # as LibreOffice lays the Word file out


def test_the_annex_table_is_drawn_with_its_borders(qapp):
    """Painted, not only declared: a border Qt finds too thin is not drawn at all."""
    paged = _paged()
    document = text_document(paged)
    cell = _block(document, "Фамилия, имя, отчество")
    table = _table_of(cell)
    frame = document.documentLayout().frameBoundingRect(table)
    page = _page(document, cell)
    image = QImage(794, 1123, QImage.Format.Format_RGB32)  # A4 at 96 dpi
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    paint_page(painter, paged, document, page, 96)
    painter.end()

    scale = 96 / LAYOUT_DPI  # layout pixels to the image's
    area = text_area(paged)
    top = round((area.top() + frame.top() - page * area.height()) * scale)
    bottom = round((area.top() + frame.bottom() - page * area.height()) * scale)
    left = round(area.left() * scale)  # the table starts at the text's left edge
    dark_rows = sum(any(image.pixelColor(x, y).lightness() < 128 for x in range(left, left + 4))
                    for y in range(top + 2, bottom - 2))
    assert dark_rows > 0.9 * (bottom - top - 4)  # a line down the table's left edge
