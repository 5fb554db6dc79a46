"""Page setup, fonts, page numbers, keeping the signatures together, document properties."""

import datetime as dt
import getpass
import zipfile

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table

from minutes_app.domain import Language
from tests.export.samples import (
    BODY,
    ORGANIZATION,
    english_meeting,
    kazakh_meeting,
    russian_meeting,
)

FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")
THEME_SLOTS = ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme")
ONE_TWIP = 635  # EMU; Word stores lengths in twentieths of a point


def close(length, expected) -> bool:
    return abs(length - expected) <= ONE_TWIP


def test_page_is_a4_with_gost_margins(export):
    section = export(russian_meeting()).sections[-1]

    assert close(section.page_width, Mm(210)) and close(section.page_height, Mm(297))
    assert close(section.left_margin, Mm(20))
    assert close(section.right_margin, Mm(10))
    assert close(section.top_margin, Mm(20)) and close(section.bottom_margin, Mm(20))


def test_long_term_documents_get_a_30_mm_left_margin(export):
    section = export(russian_meeting(), long_term_margin=True).sections[-1]

    assert close(section.left_margin, Mm(30))
    assert close(section.right_margin, Mm(10))


def _rpr_checks(rpr, font: str, lang: str, where: str) -> None:
    rfonts = rpr.find(qn("w:rFonts"))
    assert rfonts is not None, where
    for slot in FONT_SLOTS:
        assert rfonts.get(qn(slot)) == font, f"{where}: {slot}"
    for slot in THEME_SLOTS:
        assert rfonts.get(qn(slot)) is None, f"{where}: theme font {slot} left"
    assert rpr.find(qn("w:lang")).get(qn("w:val")) == lang, where


@pytest.mark.parametrize(("meeting", "lang"), [
    (russian_meeting(), "ru-RU"), (kazakh_meeting(), "kk-KZ"), (english_meeting(), "en-GB"),
])
def test_every_style_in_use_sets_all_four_font_slots_and_the_language(export, meeting, lang):
    doc = export(meeting)
    defaults = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    _rpr_checks(defaults, "Times New Roman", lang, "docDefaults")
    _rpr_checks(doc.styles["Normal"].element.rPr, "Times New Roman", lang, "Normal")
    used = {p.style.name for p in doc.paragraphs}
    used |= {p.style.name for t in doc.tables for row in t.rows for c in row.cells
             for p in c.paragraphs}
    assert used and all(name.startswith("Minutes ") for name in used), used
    for name in used:
        style = doc.styles[name]
        _rpr_checks(style.element.rPr, "Times New Roman", lang, name)
        assert style.base_style is None, f"{name} must not inherit a theme font"
    # runs carry no fonts of their own that could override the styles
    assert not doc.element.body.findall(f".//{qn('w:r')}/{qn('w:rPr')}/{qn('w:rFonts')}")


def test_sizes_indents_and_headings(export):
    doc = export(russian_meeting())
    styles = doc.styles

    assert styles["Minutes Text"].font.size == Pt(14)
    assert styles["Minutes Table Text"].font.size == Pt(12)
    text = styles["Minutes Text"].paragraph_format
    assert close(text.first_line_indent, Cm(1.25))
    assert text.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    keyword = styles["Minutes Keyword"]
    assert keyword.font.bold and keyword.font.color.rgb == (0, 0, 0)
    assert keyword.paragraph_format.keep_with_next
    heard = next(p for p in doc.paragraphs if p.text == "1. СЛУШАЛИ:")
    assert heard.style.name == "Minutes Keyword"
    assert not any(p.style.name.startswith("Heading") for p in doc.paragraphs)


def test_date_left_and_number_right_on_one_line(export):
    doc = export(russian_meeting())
    date_line = next(p for p in doc.paragraphs if p.text.startswith("22.11.2019"))
    section = doc.sections[-1]
    width = section.page_width - section.left_margin - section.right_margin

    [tab] = list(date_line.style.paragraph_format.tab_stops)
    assert tab.alignment == WD_TAB_ALIGNMENT.RIGHT
    assert close(tab.position, width)


def test_page_numbers_top_centre_from_page_two(export):
    doc = export(russian_meeting())
    section = doc.sections[-1]

    assert section.different_first_page_header_footer  # w:titlePg
    assert doc.sections[-1]._sectPr.find(qn("w:titlePg")) is not None
    header = section.header._element
    instructions = [t.text for t in header.iter(qn("w:instrText"))]
    assert [i.strip() for i in instructions] == ["PAGE"]
    kinds = [c.get(qn("w:fldCharType")) for c in header.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"]
    [paragraph] = section.header.paragraphs
    assert paragraph.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    first = section.first_page_header
    assert first.is_linked_to_previous or not list(first._element.iter(qn("w:instrText")))


def test_signature_block_stays_with_the_end_of_the_text(export):
    doc = export(russian_meeting())
    blocks = list(doc.iter_inner_content())
    first = next(i for i, b in enumerate(blocks)
                 if isinstance(b, Table) and b.cell(0, 0).text == "Председатель")
    last = next(i for i, b in enumerate(blocks)
                if isinstance(b, Table) and b.cell(0, 0).text == "Секретарь")

    def kept(block) -> bool:
        paragraphs = block.rows[-1].cells[0].paragraphs if isinstance(block, Table) else [block]
        return all(p.paragraph_format.keep_with_next for p in paragraphs)

    # end of text, the annex mark and the chair keep with the next; the secretary ends it
    for block in blocks[first - 2: last]:
        assert kept(block), block
    assert blocks[first - 1].text.startswith("Приложение: список присутствующих")
    assert not kept(blocks[last])


def test_annex_starts_on_a_new_page(export):
    doc = export(russian_meeting())
    annex = next(p for p in doc.paragraphs if p.text.startswith("Приложение\n"))

    assert annex.paragraph_format.page_break_before


def test_document_properties_are_ours(export, tmp_path):
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    doc = export(russian_meeting(), author="Секретариат совета")
    props = doc.core_properties

    assert props.title == "Протокол № 3 от 22.11.2019"
    assert props.author == props.last_modified_by == "Секретариат совета"
    assert props.comments == ""
    assert props.revision == 1
    assert props.language == "ru-RU"
    created = props.created.replace(tzinfo=dt.UTC)
    assert before - dt.timedelta(minutes=1) <= created <= before + dt.timedelta(minutes=1)
    with zipfile.ZipFile(tmp_path / "out.docx") as package:
        names = package.namelist()
        every_part = b"".join(package.read(n) for n in names)
        properties = b"".join(package.read(n) for n in names if n.startswith("docProps/"))
    assert "docProps/thumbnail.jpeg" not in names
    assert "docProps/app.xml" not in names  # it named Normal.dotm and "Microsoft Macintosh Word"
    assert b"python-docx" not in every_part
    user = getpass.getuser()
    assert user.encode() not in properties


def test_language_tag_follows_the_document_language(export):
    doc = export(russian_meeting(), language=Language.EN)
    assert doc.core_properties.language == "en-GB"
    assert doc.paragraphs[0].text == "Министерство внутренних дел Республики Казахстан"


def test_organisation_names_in_the_state_and_official_language(export):
    doc = export(russian_meeting(), organization=ORGANIZATION, body=BODY)
    first = doc.tables[0]
    assert [c.text for c in first.rows[0].cells] == [ORGANIZATION.name_kk, ORGANIZATION.name]
    assert doc.paragraphs[0].text == "ПРОТОКОЛ"
    english = export(english_meeting(), name="en.docx", organization=ORGANIZATION)
    assert english.paragraphs[0].text == ORGANIZATION.name_en
