"""Issue 9: signatures are borderless tables, Normal is the body's font and size, no stale
stylesWithEffects part, and the agenda headings carry an outline level for Word's navigation
pane."""

import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt

from minutes_app.domain import Language
from minutes_app.export import DocxOptions, write_docx
from tests.export.conftest import lines
from tests.export.samples import (
    BODY,
    ORGANIZATION,
    english_meeting,
    kazakh_meeting,
    russian_meeting,
)
from tests.export.templates import letterhead


def _outline_level(paragraph) -> int | None:
    level = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
    return None if level is None else int(level.get(qn("w:val")))


@pytest.mark.parametrize(("font", "size"), [("Times New Roman", 14), ("Arial", 12)])
def test_normal_is_the_body_font_and_size_with_no_spacing(export, font, size):
    doc = export(russian_meeting(), body=BODY, font_name=font, font_size=size)
    normal = doc.styles["Normal"]
    assert normal.font.size == Pt(size)
    rfonts = normal.element.rPr.rFonts
    assert [rfonts.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "cs", "eastAsia")] \
        == [font] * 4
    fmt = normal.paragraph_format
    assert (fmt.space_before, fmt.space_after, fmt.line_spacing) == (Pt(0), Pt(0), 1.0)


def test_a_letterheads_own_normal_is_replaced_by_ours(export, tmp_path):
    template = letterhead(tmp_path / "blank.docx")  # its Normal is Arial 11 pt
    assert docx.Document(str(template)).styles["Normal"].font.name == "Arial"
    doc = export(russian_meeting(), body=BODY, organization=ORGANIZATION, template=template,
                 font_size=13)
    normal = doc.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size == Pt(13)


@pytest.mark.parametrize("with_template", [False, True])
def test_no_styles_with_effects_part_is_written(tmp_path, with_template):
    template = letterhead(tmp_path / "blank.docx") if with_template else None
    target = write_docx(russian_meeting(), tmp_path / "out.docx", DocxOptions(), BODY,
                        ORGANIZATION, template)
    with zipfile.ZipFile(target) as package:
        names = package.namelist()
        content_types = package.read("[Content_Types].xml").decode()
        rels = package.read("word/_rels/document.xml.rels").decode()
    assert "word/styles.xml" in names  # the check below is not vacuous
    assert not [n for n in names if "stylesWithEffects" in n]
    assert "stylesWithEffects" not in content_types
    assert "stylesWithEffects" not in rels


def _levels(doc) -> dict[str, int]:
    return {p.text: level for p in doc.paragraphs
            if (level := _outline_level(p)) is not None}


def test_agenda_and_item_headings_carry_outline_levels(export):
    doc = export(russian_meeting(), body=BODY)
    levels = _levels(doc)
    assert levels["ПОВЕСТКА ДНЯ:"] == 0
    items = {text: level for text, level in levels.items() if text[0].isdigit()}
    assert items and set(items.values()) == {1}
    assert all(text.endswith("СЛУШАЛИ:") for text in items)
    assert len(items) == len(russian_meeting().agenda)
    # ПОСТАНОВИЛИ and the body text are not in the navigation pane
    assert not [text for text in levels if text.startswith(("ПОСТАНОВИЛИ", "РЕШИЛИ"))]


def test_english_item_titles_carry_the_item_level(export):
    meeting = english_meeting()
    doc = export(meeting, body=BODY, language=Language.EN)
    items = {text: level for text, level in _levels(doc).items() if text[0].isdigit()}
    assert sorted(items) == sorted(f"{n}. {item.title.strip()}"
                                   for n, item in enumerate(meeting.agenda, start=1))
    assert set(items.values()) == {1}


def test_outline_level_leaves_the_page_as_it_was(export):
    """The level is the only addition: style, alignment and keep-with-next stay the style's."""
    doc = export(russian_meeting(), body=BODY)
    heading = next(p for p in doc.paragraphs if _outline_level(p) == 1)
    p_pr = heading._p.pPr
    assert [child.tag for child in p_pr] == [qn("w:pStyle"), qn("w:outlineLvl")]
    assert heading.style.name == "Minutes Keyword"


# ---- signatures as a borderless table (issue 9, point 1) ----

MARKS = {"____________", "(подпись)", "(қолы)", "(signed)"}
MEETINGS = {Language.RU: russian_meeting, Language.KK: kazakh_meeting,
            Language.EN: english_meeting}


def _wide_margined_letterhead(path: Path) -> Path:
    """A letterhead laid out for other margins: 35 mm left, 25 mm right."""
    letterhead(path)
    doc = docx.Document(str(path))
    section = doc.sections[0]
    section.left_margin, section.right_margin = Mm(35), Mm(25)
    doc.save(str(path))
    return path


def _signature_tables(doc) -> list:
    return [t for t in doc.tables if len(t.columns) == 3 and t.rows[0].cells[1].text in MARKS]


def _text_width(doc) -> int:
    section = doc.sections[-1]
    return section.page_width - section.left_margin - section.right_margin


@pytest.mark.parametrize("language", list(MEETINGS))
@pytest.mark.parametrize("form", ["full", "short", "extract"])
@pytest.mark.parametrize("with_letterhead", [False, True])
def test_signatures_are_borderless_tables_inside_the_text_width(export, tmp_path, language,
                                                                form, with_letterhead):
    template = _wide_margined_letterhead(tmp_path / "blank.docx") if with_letterhead else None
    options = {"extract": (1,), "issued_on": date(2019, 12, 2)} if form == "extract" \
        else {"form": form}
    doc = export(MEETINGS[language](), body=BODY, organization=ORGANIZATION, template=template,
                 language=language, **options)
    width = _text_width(doc)
    tables = _signature_tables(doc)

    # chair and secretary; an extract also certifies with the secretary's signature
    assert len(tables) == (3 if form == "extract" else 2)
    for table in tables:
        [row] = table.rows
        label, mark, name = (cell.text for cell in row.cells)
        assert name.strip() and "\t" not in label + mark + name
        borders = table._tbl.tblPr.find(qn("w:tblBorders"))
        assert {edge.get(qn("w:val")) for edge in borders} == {"none"}
        widths = [cell.width for cell in row.cells]
        assert all(w > 0 for w in widths) and sum(widths) <= width
        assert widths[2] >= width // 4  # room for «М.Ч. Когамов» at 14 pt on one line
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
        assert row.cells[2].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    # no signature line is left laid out with tab stops
    assert not [p.text for p in doc.paragraphs if p.text.count("\t") >= 2]


def test_the_table_is_as_wide_as_the_text_of_a_letterhead_with_other_margins(export,
                                                                             tmp_path):
    template = _wide_margined_letterhead(tmp_path / "blank.docx")
    doc = export(russian_meeting(), body=BODY, template=template)
    assert abs(doc.sections[-1].left_margin - Mm(35)) < Mm(0.1)  # the letterhead's margins
    [chair, _] = _signature_tables(doc)
    table_width = int(chair._tbl.tblPr.find(qn("w:tblW")).get(qn("w:w")))  # twips
    assert abs(table_width - Length(_text_width(doc)).twips) <= 3
    assert chair._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"


def test_signatures_keep_with_the_last_paragraph_before_them(export):
    doc = export(russian_meeting(), body=BODY)
    body = [child for child in doc.element.body if child.tag != qn("w:sectPr")]
    chair, secretary = (t._tbl for t in _signature_tables(doc))
    before = body[body.index(chair) - 1]
    assert before.tag == qn("w:p") and before.pPr.keepNext is not None
    chair_cells = list(chair.iter(qn("w:p")))
    assert all(p.pPr.keepNext is not None for p in chair_cells)
    assert body.index(secretary) == body.index(chair) + 1
    assert all(p.pPr.keepNext is None for p in secretary.iter(qn("w:p")))  # the block ends


def test_the_extract_certification_reads_in_order(export):
    doc = export(russian_meeting(), body=BODY, extract=(1,), issued_on=date(2019, 12, 2))
    got = lines(doc)
    certified = next(i for i, line in enumerate(got) if line.endswith(":")
                     and line.startswith(("Верно", "Выписка верна")))
    position, mark, name = got[certified + 1].split(" | ")
    assert (mark, name) == ("____________", "А.С. Петрова") and position
    assert got[certified + 2] == "02.12.2019"


def test_a_long_position_stands_above_the_signature_row(export):
    """A position too long for its cell keeps its own line; the row then has no label."""
    meeting = russian_meeting()
    long_position = "Ответственный секретарь Общественного совета по вопросам деятельности " \
                    "органов внутренних дел"
    secretary = replace(meeting.secretary, position=long_position)
    meeting = replace(meeting, attendees=tuple(secretary if a == meeting.secretary else a
                                               for a in meeting.attendees))
    doc = export(meeting, body=BODY, extract=(1,), issued_on=date(2019, 12, 2))
    got = lines(doc)
    at = got.index(long_position)
    assert got[at + 1] == " | ____________ | А.С. Петрова"
