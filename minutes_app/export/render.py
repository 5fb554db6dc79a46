"""Lay the outline out in a Word document: base document, page, styles, blocks, properties."""

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Length, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from minutes_app.domain import Body, Language, Meeting, Organization, TextFallback, clean_text
from minutes_app.export.blocks import Block, Kind, Para, SideBySide, Table
from minutes_app.export.glossary import LANGUAGE_TAGS
from minutes_app.export.options import DocxOptions
from minutes_app.export.outline import Outline, build_outline
from minutes_app.export.page import number_pages, set_up_page, text_width, widen_left_margin
from minutes_app.export.proof import Proof, document_text, proof_properties
from minutes_app.export.properties import set_custom_properties, set_properties
from minutes_app.export.qr import place_requisite, requisite_of
from minutes_app.export.styles import define_styles
from minutes_app.export.template import has_letterhead, load_template, trim_body

_DEFAULT_OPTIONS = DocxOptions()
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_SIGNATURE_KINDS = (Kind.SIGNATURE, Kind.SIGNATURE_NEXT)
# position | signature line | name, as fractions of the text width (the old tab stops' places)
_SIGNATURE_WIDTHS = (0.45, 0.25, 0.30)
_TWIP = 635  # EMU
# An agenda item's heading in the body: «1. СЛУШАЛИ:» or, in English, «1. Title».
_ITEM_HEADING = re.compile(r"\d+\.\s")
# Schema order: what follows w:compat in w:settings, and what precedes
# w:doNotExpandShiftReturn inside w:compat.
_AFTER_COMPAT = ("w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang",
                 "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
                 "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions",
                 "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary",
                 "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol",
                 "w:listSeparator")
_BEFORE_EXPAND_OPTION = {qn(f"w:{name}") for name in (
    "useSingleBorderforContiguousCells", "wpJustification", "noTabHangInd", "noLeading",
    "spaceForUL", "noColumnBalance", "balanceSingleByteDoubleByteWidth", "noExtraLineSpacing",
    "doNotLeaveBackslashAlone", "ulTrailSpace")}


def build_document(
    meeting: Meeting,
    options: DocxOptions = _DEFAULT_OPTIONS,
    body: Body | None = None,
    organization: Organization | None = None,
    template: Path | None = None,
) -> Document:
    """The official document of `meeting`, in memory. Raises OptionsError, TemplateError."""
    return render(meeting, options, body, organization, template)[0]


def render(
    meeting: Meeting,
    options: DocxOptions = _DEFAULT_OPTIONS,
    body: Body | None = None,
    organization: Organization | None = None,
    template: Path | None = None,
) -> tuple[Document, Outline]:
    """The document and the outline it was laid out from (its texts that fell back).

    Without a template the page is GOST's (A4, 20/10/20/20 mm, or 30 mm left for documents
    kept long); a template keeps its own page setup, since the letterhead was laid out for it,
    except that `long_term_margin` still widens its left margin to 30 mm.
    """
    if template is None:
        doc = docx.Document()
        letterhead = False
        set_up_page(doc.sections[-1], options)
    else:
        doc = load_template(template)
        letterhead = has_letterhead(doc)
        trim_body(doc)
        if options.long_term_margin:
            widen_left_margin(doc.sections[-1])
    outline = build_outline(meeting, options, body, organization, letterhead)
    tag = LANGUAGE_TAGS[outline.language]
    section = doc.sections[-1]
    width = text_width(section)
    styles = define_styles(doc, options, tag, width, own_defaults=template is None)
    number_pages(doc, section)
    _keep_break_lines_unstretched(doc)
    drop_styles_with_effects(doc)
    head = len(document_text(doc))  # the letterhead's paragraphs, before ours
    write_blocks(doc, outline.blocks, styles, width)
    set_properties(doc, docx_text(outline.title), docx_text(options.author), tag)
    _prove(doc, meeting, options, outline.language, letterhead, head)
    return doc, outline


def _prove(doc: Document, meeting: Meeting, options: DocxOptions, language: Language,
           letterhead: bool, head: int) -> None:
    """An approved meeting's QR-code requisite on page 1, and what `verify` needs to check
    the document later in its custom properties; nothing for a draft (issue 10)."""
    requisite = requisite_of(meeting)
    if requisite is None:
        return
    place_requisite(doc, requisite)
    # the date an extract is certified on, as the outline printed it
    issued = (options.issued_on or date.today()) if options.extract else None
    made = replace(options, language=language, issued_on=issued)
    set_custom_properties(doc, proof_properties(Proof(requisite, made, letterhead, head)))


def document_fallbacks(
    meeting: Meeting,
    options: DocxOptions = _DEFAULT_OPTIONS,
    body: Body | None = None,
    organization: Organization | None = None,
    template: Path | None = None,
) -> list[TextFallback]:
    """The texts a document would write in the meeting's own language (or the directory's
    Russian) because they have no version in its language, without writing it. Raises
    OptionsError, TemplateError (the template decides whether the organisation is printed)."""
    letterhead = template is not None and has_letterhead(load_template(template))
    return build_outline(meeting, options, body, organization, letterhead).fallbacks


def drop_styles_with_effects(doc: Document) -> None:
    """python-docx's template carries Word 2010's stylesWithEffects.xml, stale beside our
    styles and flagged by Open XML validators; without its relationship the part is not
    written (python-docx saves only related parts and lists only those in the content types)."""
    rels = doc.part.rels
    for r_id in [r_id for r_id, rel in rels.items() if rel.reltype == _STYLES_WITH_EFFECTS]:
        del rels[r_id]


def _keep_break_lines_unstretched(doc: Document) -> None:
    """A line ended by a line break (<w:br/>, from text typed on several lines) is not
    stretched to the full width in a justified paragraph (Word's compatibility option
    "Don't expand character spaces on a line ending with Shift+Return")."""
    settings = doc.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        settings.insert_element_before(compat, *_AFTER_COMPAT)
    if compat.find(qn("w:doNotExpandShiftReturn")) is not None:
        return
    option = OxmlElement("w:doNotExpandShiftReturn")
    later = next((c for c in compat if c.tag not in _BEFORE_EXPAND_OPTION), None)
    if later is None:
        compat.append(option)
    else:
        later.addprevious(option)


def docx_text(text: str) -> str:
    """Text a .docx can hold (clean_text), with Windows' "\r\n" as one line break:
    python-docx turns each of "\r" and "\n" into a <w:br/>."""
    return clean_text(text).replace("\r\n", "\n").replace("\r", "\n")


_SECT_PR = qn("w:sectPr")


def write_blocks(doc: Document, blocks: Iterable[Block], styles: dict[Kind, ParagraphStyle],
                  width: Length) -> None:
    # Style ids, not style objects: python-docx answers `paragraph.style = style` by scanning
    # every style of the document for the default one, which was 70 % of the export time.
    style_ids = {kind: style.style_id for kind, style in styles.items()}
    after_table = False
    for block in blocks:
        if isinstance(block, Para):
            text = docx_text(block.text)
            if not text.strip():
                continue  # never an empty paragraph, whatever the outline says
            if block.kind in _SIGNATURE_KINDS and text.count("\t") >= 2:
                if after_table:
                    _separate_tables(doc, style_ids[Kind.LINE])
                _write_signature(doc, block, text, style_ids[block.kind], width)
                after_table = False
                continue
            paragraph = _new_paragraph(doc)
            paragraph._p.style = style_ids[block.kind]
            paragraph.add_run(text)
            if block.keep_with_next:
                paragraph.paragraph_format.keep_with_next = True
            if block.page_break_before:
                paragraph.paragraph_format.page_break_before = True
            _set_outline_level(paragraph._p, block)
        elif isinstance(block, SideBySide):
            _write_side_by_side(doc, block, style_ids[block.kind], width)
        else:
            _write_table(doc, block, style_ids[Kind.CELL], width)
        after_table = isinstance(block, Table)


def _new_paragraph(doc: Document) -> DocxParagraph:
    """doc.add_paragraph(): an empty paragraph at the end of the body (see _append)."""
    p = OxmlElement("w:p")
    _append(doc, p)
    return DocxParagraph(p, doc._body)


def _new_table(doc: Document, rows: int, cols: int, width: Length) -> DocxTable:
    """doc.add_table(rows, cols) at the end of the body (see _append); the callers set every
    column's and cell's width themselves."""
    tbl = CT_Tbl.new_tbl(rows, cols, width)
    _append(doc, tbl)
    return DocxTable(tbl, doc._body)


def _append(doc: Document, element: object) -> None:
    """Put `element` last in the body, before its section properties, as python-docx's
    add_paragraph and add_table do, but without their search for those among all the body's
    children at every call (and for the last section, to know the width): quadratic in a
    long document, the Word report of 2,000 tasks took 7 s, of 6,000 over a minute."""
    body = doc.element.body
    try:
        last = body[-1]
    except IndexError:  # an empty body
        body.append(element)
        return
    if last.tag == _SECT_PR:
        last.addprevious(element)
    else:
        body.append(element)


def _separate_tables(doc: Document, style_id: str) -> None:
    """An empty paragraph between a bordered table and the signature rows under it: Word and
    LibreOffice join tables with nothing between them into one, and the joined table took
    the signature rows' missing borders (the English minutes' ACTION ITEMS had none). One
    point high, so that it moves nothing; kept with the signatures, as the table before it is."""
    paragraph = _new_paragraph(doc)
    paragraph._p.style = style_id
    layout = paragraph.paragraph_format
    layout.keep_with_next = True
    layout.space_before = layout.space_after = Pt(0)
    layout.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    layout.line_spacing = Pt(1)


def _set_outline_level(p: object, block: Para) -> None:
    """ПОВЕСТКА ДНЯ (and the other headings) at level 1, each agenda item's heading at level
    2, so Word's navigation pane lists them; w:outlineLvl changes nothing on the page. Set on
    the paragraph: one style serves both an item's heading and СЛУШАЛИ/ПОСТАНОВИЛИ."""
    if block.kind == Kind.HEADING:
        level = 0
    elif block.kind == Kind.KEYWORD and _ITEM_HEADING.match(block.text):
        level = 1
    else:
        return
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level))
    p_pr = p.get_or_add_pPr()  # type: ignore[attr-defined]
    # schema order: w:outlineLvl comes before these inside w:pPr
    p_pr.insert_element_before(outline, "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                               "w:pPrChange")


def _write_signature(doc: Document, block: Para, text: str, style_id: str,
                     width: Length) -> None:
    """«label\tline\tname» as a borderless one-row table: with tab stops the name wrapped
    under the line on another page width or a letterhead's margins; in its own cell it never
    does. The table keeps with the paragraph before it and its row never splits."""
    _keep_last_block_with_next(doc)
    label, mark, name = text.rsplit("\t", 2)  # a position typed with a tab stays in its cell
    table = _new_table(doc, 1, 3, width)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _set_borders(table, "none")
    # whole twips, rounded down: Word stores widths in twips, and rounding up would make
    # the row wider than the text
    widths = [Length(int(width * fraction) // _TWIP * _TWIP) for fraction in _SIGNATURE_WIDTHS]
    _fix_table_width(table, sum(widths))
    row = table.rows[0]
    _mark_row(row._tr, header=False)
    aligns = (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT)
    for column, cell, value, cell_width, align in zip(table.columns, row.cells,
                                                      (label, mark, name), widths, aligns,
                                                      strict=True):
        column.width = cell_width
        cell.width = cell_width
        paragraph = cell.paragraphs[0]
        paragraph._p.style = style_id
        paragraph.alignment = align
        if value:
            paragraph.add_run(value)
        if block.keep_with_next:
            paragraph.paragraph_format.keep_with_next = True


def _keep_last_block_with_next(doc: Document) -> None:
    """The paragraph before a signature (or the row of the signature before it) keeps with
    it, so a signature never stands alone at the top of a page."""
    blocks = [child for child in doc.element.body if child.tag != qn("w:sectPr")]
    if not blocks:
        return
    last = blocks[-1]
    if last.tag == qn("w:tbl"):
        paragraphs = list(last.findall(f"{qn('w:tr')}")[-1].iter(qn("w:p")))
    else:
        paragraphs = [last]
    for p in paragraphs:
        DocxParagraph(p, doc._body).paragraph_format.keep_with_next = True


def _fix_table_width(table: DocxTable, width: int) -> None:
    """A fixed layout of the given width with no cell padding on the left and right, so the
    position starts at the text's left edge and the name ends at its right edge."""
    tbl_pr = table._tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.insert_element_before(tbl_w, "w:jc", "w:tblCellSpacing", "w:tblInd",
                                     "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar",
                                     "w:tblLook")
    tbl_w.set(qn("w:w"), str(Length(width).twips))
    tbl_w.set(qn("w:type"), "dxa")
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        margin = OxmlElement(f"w:{edge}")
        margin.set(qn("w:w"), "0")
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    tbl_pr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")


def _write_side_by_side(doc: Document, block: SideBySide, style_id: str,
                        width: Length) -> None:
    """Two equal columns with no borders (set as none: a template's default table style may
    have some)."""
    table = _new_table(doc, 1, 2, width)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _set_borders(table, "none")
    half = Length(int(width) // 2)
    for column, cell, text in zip(table.columns, table.rows[0].cells, (block.left, block.right),
                                  strict=True):
        column.width = half
        cell.width = half
        paragraph = cell.paragraphs[0]
        paragraph._p.style = style_id
        paragraph.add_run(docx_text(text))


def _write_table(doc: Document, block: Table, style_id: str, width: Length) -> None:
    table = _new_table(doc, len(block.rows) + 1, len(block.header), width)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _set_borders(table)
    widths = [Length(int(width * fraction)) for fraction in block.widths]
    for column, column_width in zip(table.columns, widths, strict=True):
        column.width = column_width
    for index, (row, values) in enumerate(zip(table.rows, (block.header, *block.rows),
                                              strict=True)):
        _mark_row(row._tr, header=index == 0)
        for cell, value, column_width in zip(row.cells, values, widths, strict=True):
            cell.width = column_width
            paragraph = cell.paragraphs[0]
            paragraph._p.style = style_id
            run = paragraph.add_run(docx_text(value))
            if index == 0:
                run.bold = True


def _mark_row(tr: object, header: bool) -> None:
    """Rows never split across pages; the header row repeats on every page."""
    tr_pr = tr.get_or_add_trPr()  # type: ignore[attr-defined]
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))


def _set_borders(table: DocxTable, kind: str = "single") -> None:
    """Single black borders (or none) set on the table itself: a template may lack "Table
    Grid" (python-docx #504)."""
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), kind)
        if kind != "none":
            line.set(qn("w:sz"), "4")
            line.set(qn("w:space"), "0")
            line.set(qn("w:color"), "000000")
        borders.append(line)
    tbl_pr = table._tbl.tblPr
    # Schema order inside w:tblPr: tblBorders comes before these.
    later = [tbl_pr.find(qn(tag)) for tag in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")]
    successor = next((element for element in later if element is not None), None)
    if successor is None:
        tbl_pr.append(borders)
    else:
        successor.addprevious(borders)
