"""Page setup (A4, GOST margins) and the running header with the page number.

GOST R 7.0.97 (DP §3.4): A4 portrait; margins left 20, right 10, top 20, bottom 20 mm, left
30 mm for documents kept longer than 10 years; page numbers in the middle of the top margin,
from page 2 (a different first page), at least 10 mm from the top edge.
"""

from copy import deepcopy

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section, _BaseHeaderFooter
from docx.shared import Length, Mm

from minutes_app.export.ooxml import has_content, remove_children
from minutes_app.export.options import DocxOptions
from minutes_app.export.styles import HEADER_STYLE


def set_up_page(section: Section, options: DocxOptions) -> None:
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = Mm(30 if options.long_term_margin else 20)
    section.right_margin = Mm(10)
    section.top_margin = section.bottom_margin = Mm(20)
    section.header_distance = section.footer_distance = Mm(10)
    section.gutter = Mm(0)


def widen_left_margin(section: Section) -> None:
    """At least 30 mm on the left, for documents kept longer than 10 years."""
    section.left_margin = max(section.left_margin or 0, Mm(30))


def text_width(section: Section) -> Length:
    width = section.page_width or Mm(210)
    return Length(width - (section.left_margin or 0) - (section.right_margin or 0))


def number_pages(doc: Document, section: Section) -> None:
    """A PAGE field centred in the header of pages 2 onwards; page 1 keeps its own header
    (a template's letterhead) or none.

    A template whose every-page header holds a letterhead but no different first page gets
    that letterhead moved to the first-page header: GOST puts the blank on page 1 only.
    """
    primary = section.header
    if not section.different_first_page_header_footer and _has_content(primary):
        _copy_content(primary, section.first_page_header)
        _clear(primary)
    section.different_first_page_header_footer = True
    primary.is_linked_to_previous = False
    if _has_page_field(primary):
        return
    if not _has_content(primary):
        _clear(primary)
    paragraph = primary.add_paragraph(style=doc.styles[HEADER_STYLE])
    _append_page_field(paragraph._p)


def _has_content(part: _BaseHeaderFooter) -> bool:
    return not part.is_linked_to_previous and has_content(part._element)


def _has_page_field(part: _BaseHeaderFooter) -> bool:
    element = part._element
    if any("PAGE" in (t.text or "").split() for t in element.iter(qn("w:instrText"))):
        return True
    return any("PAGE" in (f.get(qn("w:instr")) or "").split()
               for f in element.iter(qn("w:fldSimple")))


def _copy_content(source: _BaseHeaderFooter, target: _BaseHeaderFooter) -> None:
    """Copy the blocks of one header into another. Images keep working because both header
    parts are given the same relationships (python-docx relates rIds per part)."""
    target.is_linked_to_previous = False
    target_element = target._element
    remove_children(target_element)
    for rel in source.part.rels.values():
        if rel.is_external:
            continue
        target.part.rels.add_relationship(rel.reltype, rel.target_part, rel.rId)
    for child in source._element:
        target_element.append(deepcopy(child))


def _clear(part: _BaseHeaderFooter) -> None:
    remove_children(part._element)


def _append_page_field(p: object) -> None:
    """A complex field: begin, instruction " PAGE ", separate, a placeholder, end. Word and
    LibreOffice compute the number on open (python-docx has no field API, #498)."""
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"),
                       ("end", None)):
        run = OxmlElement("w:r")
        if kind is not None:
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), kind)
            run.append(mark)
        elif text == " PAGE ":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run.append(instruction)
        else:
            placeholder = OxmlElement("w:t")
            placeholder.text = text
            run.append(placeholder)
        p.append(run)  # type: ignore[attr-defined]
