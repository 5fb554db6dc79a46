"""Paragraph styles of the document, one per block kind, and the fonts of the whole document.

python-docx's `font.name` sets only two of the four font slots and leaves the theme
attributes, which win over them; Cyrillic and Kazakh letters then fall back to the theme font
(python-docx #154, #1139; reliability-and-pitfalls §B). So every style we touch gets all four
slots (ascii, hAnsi, cs, eastAsia), no theme attributes, and the document language (w:lang).
"""

from dataclasses import dataclass
from typing import cast

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.font import CT_RPr
from docx.shared import Cm, Length, Pt, RGBColor
from docx.styles.style import ParagraphStyle

from minutes_app.export.blocks import Kind
from minutes_app.export.options import DocxOptions

_CENTER, _LEFT, _RIGHT, _JUSTIFY = (WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT,
                                    WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.JUSTIFY)
_INDENT = Cm(1.25)  # first-line indent of body text (DP §3.4)
_FONT_ATTRIBUTES = ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")
_THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme", "w:hint")
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")  # schema order inside w:rPr


@dataclass(frozen=True, slots=True)
class _Spec:
    name: str
    align: WD_ALIGN_PARAGRAPH = _JUSTIFY
    bold: bool = False
    first_indent: Length | None = None
    left_indent: Length | None = None
    space_before: float = 0
    space_after: float = 0
    keep_with_next: bool = False
    table_size: bool = False


_SPECS = {
    Kind.ORGANIZATION: _Spec("Minutes Organization", _CENTER, bold=True),
    Kind.DOC_TYPE: _Spec("Minutes Document Type", _CENTER, bold=True, space_before=12),
    Kind.DATE_LINE: _Spec("Minutes Date Line", _LEFT, space_before=6),
    # the place ends the heading when the title is folded into it (a Kazakh title, an
    # extract), so it keeps half of the title's space before from the text under it
    Kind.PLACE: _Spec("Minutes Place", _CENTER, space_after=6),
    Kind.TITLE: _Spec("Minutes Title", _LEFT, bold=True, space_before=6, space_after=12),
    Kind.LINE: _Spec("Minutes Line"),
    Kind.HEADING: _Spec("Minutes Heading", _CENTER, bold=True, space_before=12, space_after=6,
                        keep_with_next=True),
    Kind.KEYWORD: _Spec("Minutes Keyword", _LEFT, bold=True, space_before=6,
                        keep_with_next=True),
    Kind.TEXT: _Spec("Minutes Text", first_indent=_INDENT),
    Kind.SIGNATURE: _Spec("Minutes Signature", _LEFT, space_before=18),
    Kind.SIGNATURE_NEXT: _Spec("Minutes Signature Continued", _LEFT),
    # «Приложение к протоколу …» stands in the right half of the page (GOST req. 19 layout)
    Kind.ANNEX_REF: _Spec("Minutes Annex Reference", _LEFT, left_indent=Cm(9), space_after=12),
    Kind.CELL: _Spec("Minutes Table Text", _LEFT, table_size=True),
}
HEADER_STYLE = "Minutes Page Header"


def define_styles(doc: Document, options: DocxOptions, lang_tag: str, text_width: Length,
                  own_defaults: bool = True) -> dict[Kind, ParagraphStyle]:
    """Create our styles (a template's own style of the same name is kept: an office may
    restyle our document in its letterhead) and return them by block kind, looked up once.

    `own_defaults`: also set the document defaults (not in a template, whose letterhead
    text keeps its own fonts; our styles inherit nothing from them). Normal is always ours:
    text a secretary adds in Word is in Normal and must match the body."""
    if own_defaults:
        _set_document_fonts(doc, options, lang_tag)
    _set_normal(doc, options, lang_tag)
    styles = {kind: _style(doc, spec, options, lang_tag) for kind, spec in _SPECS.items()}
    _add_tab_stops(styles, text_width)
    _style(doc, _Spec(HEADER_STYLE, _CENTER, table_size=True), options, lang_tag)
    return styles


def _style(doc: Document, spec: _Spec, options: DocxOptions, lang_tag: str) -> ParagraphStyle:
    if spec.name in doc.styles:
        return cast(ParagraphStyle, doc.styles[spec.name])
    style: ParagraphStyle = doc.styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = None
    style.quick_style = True
    size = options.table_font_size if spec.table_size else options.font_size
    style.font.size = Pt(size)
    style.font.bold = spec.bold
    style.font.color.rgb = RGBColor(0, 0, 0)
    set_fonts(style.element.get_or_add_rPr(), options.font_name, lang_tag)
    fmt = style.paragraph_format
    fmt.alignment = spec.align
    fmt.first_line_indent = spec.first_indent
    fmt.left_indent = spec.left_indent
    fmt.space_before = Pt(spec.space_before)
    fmt.space_after = Pt(spec.space_after)
    fmt.line_spacing = 1.0
    fmt.keep_with_next = spec.keep_with_next
    fmt.widow_control = True
    return style


def _add_tab_stops(styles: dict[Kind, ParagraphStyle], text_width: Length) -> None:
    """Date left and № right on one line (signatures are tables: render.py)."""
    date_tabs = styles[Kind.DATE_LINE].paragraph_format.tab_stops
    if not len(date_tabs):
        date_tabs.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)


def set_fonts(rpr: CT_RPr, font_name: str, lang_tag: str) -> None:
    """All four font slots, no theme fonts, and the language, on one w:rPr element."""
    rfonts = rpr.get_or_add_rFonts()
    for attribute in _THEME_ATTRIBUTES:
        rfonts.attrib.pop(qn(attribute), None)
    for attribute in _FONT_ATTRIBUTES:
        rfonts.set(qn(attribute), font_name)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        followers = [rpr.find(qn(tag)) for tag in _AFTER_LANG]
        successor = next((f for f in followers if f is not None), None)
        if successor is None:
            rpr.append(lang)
        else:
            successor.addprevious(lang)
    lang.set(qn("w:val"), lang_tag)
    lang.set(qn("w:eastAsia"), lang_tag)


def _set_document_fonts(doc: Document, options: DocxOptions, lang_tag: str) -> None:
    """Document defaults and Normal: what anything outside our styles falls back to."""
    defaults = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if defaults is not None:
        set_fonts(defaults, options.font_name, lang_tag)
    theme_lang = doc.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), lang_tag)


def _set_normal(doc: Document, options: DocxOptions, lang_tag: str) -> None:
    """Normal = the body font and size with the protocol's spacing (python-docx's default is
    11 pt with space after, which a paragraph added in Word would show); a letterhead's own
    Normal is replaced too."""
    normal = doc.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    if normal is None:
        return
    normal.font.size = Pt(options.font_size)
    set_fonts(normal.element.get_or_add_rPr(), options.font_name, lang_tag)
    fmt = normal.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0
