"""The organisation's letterhead as the base document; files that are not one; hostile ones."""

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from minutes_app.export import TemplateError
from tests.export.conftest import lines
from tests.export.samples import BODY, ORGANIZATION, russian_meeting
from tests.export.templates import (
    MACRO_TYPE,
    TEMPLATE_TYPE,
    hostile,
    letterhead,
    rewritten,
    with_main_type,
    with_our_style_restyled,
)


def header_text(part) -> str:
    return "".join(t.text or "" for t in part._element.iter(qn("w:t")))


def page_fields(part) -> int:
    return sum("PAGE" in (t.text or "") for t in part._element.iter(qn("w:instrText")))


def test_letterhead_body_header_footer_and_styles_are_kept(export, tmp_path):
    template = letterhead(tmp_path / "blank.docx")
    doc = export(russian_meeting(), body=BODY, organization=ORGANIZATION, template=template)
    got = lines(doc)

    # the letterhead block, then our content at once: no blank lines, no second org name
    assert got[:4] == ["ТОО «Бланк и партнёры»", "г. Астана, ул. Бейбітшілік, 1", "ПРОТОКОЛ",
                       "22.11.2019\t№ 3"]
    assert doc.paragraphs[0].style.name == "Letterhead Name"
    assert doc.styles["Normal"].font.name == "Times New Roman"  # text added in Word matches ours
    assert doc.styles["Minutes Text"].font.name == "Times New Roman"  # our text has ours
    assert ORGANIZATION.name not in got
    section = doc.sections[-1]
    # the every-page letterhead header moves to page 1 only; pages 2+ get the number
    assert section.different_first_page_header_footer
    assert header_text(section.first_page_header) == "БЛАНК ОРГАНИЗАЦИИ"
    assert "БЛАНК" not in header_text(section.header)
    assert page_fields(section.header) == 1
    assert header_text(section.footer) == "Подвал бланка"


def test_first_page_letterhead_stays_and_the_running_header_gets_the_number(export, tmp_path):
    template = letterhead(tmp_path / "blank.docx", header_on_every_page=False)
    doc = export(russian_meeting(), template=template)
    section = doc.sections[-1]

    assert header_text(section.first_page_header) == "БЛАНК НА ПЕРВОЙ СТРАНИЦЕ"
    assert page_fields(section.first_page_header) == 0
    assert header_text(section.header).startswith("Протокол заседания")
    assert page_fields(section.header) == 1


def test_a_template_may_restyle_our_styles(export, tmp_path):
    doc = export(russian_meeting(), template=with_our_style_restyled(tmp_path / "t.docx"))

    assert doc.styles["Minutes Text"].font.size == Pt(13)
    assert doc.styles["Minutes Keyword"].font.size == Pt(14)  # the others are ours


def test_dotx_is_accepted(export, tmp_path):
    dotx = with_main_type(letterhead(tmp_path / "blank.docx"), tmp_path / "blank.dotx",
                          TEMPLATE_TYPE)

    got = lines(export(russian_meeting(), template=dotx))

    assert got[0] == "ТОО «Бланк и партнёры»"
    with zipfile.ZipFile(tmp_path / "out.docx") as package:
        assert TEMPLATE_TYPE.encode() not in package.read("[Content_Types].xml")
    with zipfile.ZipFile(dotx) as original:  # the template file itself is untouched
        assert TEMPLATE_TYPE.encode() in original.read("[Content_Types].xml")


def test_hostile_template_brings_no_external_links_macros_or_properties(export, tmp_path):
    doc = export(russian_meeting(), template=hostile(tmp_path / "hostile.docx"),
                 author="Секретарь")

    assert lines(doc)[0] == "Сайт: evil-link-text"  # the link's text stays, its address goes
    with zipfile.ZipFile(tmp_path / "out.docx") as package:
        names = package.namelist()
        rels = b"".join(package.read(n) for n in names if n.endswith(".rels"))
        everything = b"".join(package.read(n) for n in names)
    assert b'TargetMode="External"' not in rels
    assert b"evil.example" not in everything
    assert not [n for n in names if "vbaProject" in n or n == "docProps/custom.xml"]
    assert b"vbaProject" not in everything
    assert b"Evil" not in everything
    assert doc.core_properties.author == "Секретарь"


def _docx_bytes(tmp_path: Path) -> Path:
    return letterhead(tmp_path / "good.docx")


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: p / "missing.docx", "no such file"),
    (lambda p: p, "is a folder"),
    (lambda p: _write(p / "empty.docx", b""), "is empty"),
    (lambda p: _write(p / "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
     "old Word 97-2003 .doc"),
    (lambda p: _write(p / "text.docx", "Просто текст".encode()), "not a valid zip package"),
    (lambda p: _write(p / "cut.docx", _docx_bytes(p).read_bytes()[:700]),
     "not a valid zip package"),
    (lambda p: rewritten(_docx_bytes(p), p / "parts.docx", {"[Content_Types].xml": None}),
     "not a Word document"),
    (lambda p: rewritten(_docx_bytes(p), p / "nodoc.docx", {"word/document.xml": None}),
     "damaged"),
    (lambda p: rewritten(_docx_bytes(p), p / "xml.docx", {"word/document.xml": b"<w:document"}),
     "damaged"),
    (lambda p: rewritten(_docx_bytes(p), p / "doctype.docx", {
        "word/document.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x/>'}),
     "DOCTYPE"),
    (lambda p: with_main_type(_docx_bytes(p), p / "macro.docm", MACRO_TYPE), "macro-enabled"),
    (lambda p: with_main_type(_docx_bytes(p), p / "sheet.docx",
                              "application/vnd.openxmlformats-officedocument.spreadsheetml."
                              "sheet.main+xml"), "not a Word document"),
])
def test_unusable_templates_give_one_clear_error(export, tmp_path, make, message):
    template = make(tmp_path)

    with pytest.raises(TemplateError) as caught:
        export(russian_meeting(), template=template)

    text = str(caught.value)
    assert message in text
    assert "\n" not in text and text.startswith("letterhead ")
    assert not (tmp_path / "out.docx").exists()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_an_old_protocol_is_not_a_letterhead(export, tmp_path):
    previous = tmp_path / "old protocol.docx"
    export(russian_meeting(), name="old protocol.docx")

    with pytest.raises(TemplateError, match="a letterhead holds only the blank"):
        export(russian_meeting(), template=previous)


def test_long_term_margin_applies_to_a_template_too(export, tmp_path):
    template = letterhead(tmp_path / "blank.docx")
    narrow = docx.Document(str(template))
    narrow.sections[-1].left_margin = Mm(20)
    narrow.save(str(template))

    kept = export(russian_meeting(), name="kept.docx", template=template).sections[-1]
    widened = export(russian_meeting(), name="wide.docx", template=template,
                     long_term_margin=True).sections[-1]

    assert abs(kept.left_margin - Mm(20)) <= 635  # the template's own page setup is kept
    assert abs(widened.left_margin - Mm(30)) <= 635
    assert widened.page_width == kept.page_width
