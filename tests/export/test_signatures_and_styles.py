"""Issue 9: Normal is the body's font and size, no stale stylesWithEffects part, and the
agenda headings carry an outline level for Word's navigation pane."""

import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from minutes_app.domain import Language
from minutes_app.export import DocxOptions, write_docx
from tests.export.samples import BODY, ORGANIZATION, english_meeting, russian_meeting
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
