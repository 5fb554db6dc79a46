"""A bordered table right above the signature rows (the English minutes' ACTION ITEMS) keeps
its borders: Word and LibreOffice join tables with nothing between them into one, which took
the borderless signature rows' borders, so a one-point paragraph parts them."""

import itertools

from docx.oxml.ns import qn
from docx.shared import Pt

from minutes_app.export import DocxOptions, build_document
from tests.export.samples import ORGANIZATION, english_meeting, russian_meeting


def _body_children(document) -> list:  # type: ignore[no-untyped-def]
    return [child for child in document.element.body if child.tag != qn("w:sectPr")]


def _is_bordered_table(element) -> bool:  # type: ignore[no-untyped-def]
    top = element.find(f"{qn('w:tblPr')}/{qn('w:tblBorders')}/{qn('w:top')}")
    return element.tag == qn("w:tbl") and top is not None and top.get(qn("w:val")) == "single"


def test_no_table_follows_a_bordered_table_directly() -> None:
    for meeting in (english_meeting(), russian_meeting()):
        children = _body_children(build_document(meeting, DocxOptions(), None, ORGANIZATION))
        for element, after in itertools.pairwise(children):
            if _is_bordered_table(element):
                assert after.tag != qn("w:tbl"), meeting.title


def test_the_parting_paragraph_is_one_point_high_and_kept_with_the_signatures() -> None:
    document = build_document(english_meeting(), DocxOptions(), None, ORGANIZATION)
    children = _body_children(document)
    action_table = next(i for i, e in enumerate(children) if _is_bordered_table(e))
    parting = next(p for p in document.paragraphs if p._p is children[action_table + 1])
    assert parting.text == ""
    layout = parting.paragraph_format
    assert (layout.line_spacing, layout.keep_with_next) == (Pt(1), True)
    assert children[action_table + 2].tag == qn("w:tbl")  # the chair's signature row
