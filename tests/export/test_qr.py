"""The QR-code requisite of an approved protocol (issue 10): what the code says, read back from
the exported document's picture with a real decoder; where it stands on the printed page; the
custom properties `verify` reads; and that a draft never carries it."""

import subprocess
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
import zxingcpp
from docx.oxml.ns import qn
from openxml_audit import OpenXmlValidator
from PySide6.QtGui import QImage

from minutes_app.domain import Approval, Meeting, Status
from minutes_app.domain.fingerprint import fingerprint
from minutes_app.export import DocxOptions, Form, write_docx
from minutes_app.export.pdf import convert_to_pdf
from minutes_app.export.proof import MADE, REQUISITE, read_proof
from minutes_app.export.properties import custom_properties
from minutes_app.export.qr import Requisite, RequisiteError, requisite_of
from tests.export.pdf_text import needs_libreoffice, pdf_words
from tests.export.samples import BODY, ORGANIZATION, kazakh_meeting, russian_meeting
from tests.export.templates import letterhead
from tests.export.test_openxml_valid import findings

BY, ON = "М.Ч. Когамов", date(2019, 11, 25)
DEFAULT = DocxOptions()


def approved(meeting: Meeting) -> Meeting:
    return replace(meeting, status=Status.APPROVED,
                   approval=Approval(BY, ON, fingerprint(meeting)))


def export(tmp_path: Path, meeting: Meeting, options: DocxOptions = DEFAULT,
           template: Path | None = None) -> Path:
    return write_docx(meeting, tmp_path / "protocol.docx", options, BODY, ORGANIZATION,
                      template)


def pictures(path: Path) -> list[bytes]:
    with zipfile.ZipFile(path) as package:
        return [package.read(name) for name in package.namelist()
                if name.startswith("word/media/")]


def decoded(png: bytes) -> list[str]:
    image = QImage.fromData(png).convertToFormat(QImage.Format.Format_Grayscale8)
    assert not image.isNull()
    return [code.text for code in zxingcpp.read_barcodes(image, formats=zxingcpp.QRCode)]


def frame_paragraphs(path: Path) -> list:
    body = docx.Document(str(path)).element.body
    return [p for p in body.iter(qn("w:p")) if p.find(f"{qn('w:pPr')}/{qn('w:framePr')}")
            is not None]


# -- the payload ---------------------------------------------------------------------------
def test_the_payload_is_a_short_documented_text():
    requisite = Requisite("Общественный совет", "7", date(2019, 11, 22), "0123456789abcdef")

    assert requisite.payload() == ("MINUTES/1;body=Общественный совет;no=7;date=2019-11-22;"
                                   "fp=0123456789abcdef")


def test_a_body_name_with_separators_survives_the_round_trip():
    requisite = Requisite("Совет; «100%»=всё", "7/2", date(2019, 11, 22), "0123456789abcdef")

    assert Requisite.parse(requisite.payload()) == requisite


@pytest.mark.parametrize("text", [
    "",
    "https://example.com/",
    "MINUTES/2;body=x;no=1;date=2019-11-22;fp=0123456789abcdef",
    "MINUTES/1;body=x;no=1;fp=0123456789abcdef",
    "MINUTES/1;body=x;no=1;date=22.11.2019;fp=0123456789abcdef",
    "MINUTES/1;body=x;no=1;date=2019-11-22;fp=0123456789ABCDEF",
    "MINUTES/1;body=x;no=1;date=2019-11-22;fp=0123",
])
def test_anything_else_is_not_a_requisite(text):
    with pytest.raises(RequisiteError):
        Requisite.parse(text)


def test_only_an_approved_meeting_with_a_fingerprint_has_a_requisite():
    meeting = russian_meeting()
    full = fingerprint(meeting)

    assert requisite_of(meeting) is None  # a draft
    assert requisite_of(replace(meeting, status=Status.APPROVED,
                                approval=Approval(BY, ON))) is None  # approved before issue 10
    assert requisite_of(approved(meeting)) == Requisite(meeting.body, meeting.number,
                                                        meeting.date, full[:16])


# -- the document ---------------------------------------------------------------------------
@pytest.mark.parametrize("make", [russian_meeting, kazakh_meeting], ids=["ru", "kk"])
def test_the_code_in_the_document_decodes_to_its_payload(tmp_path, make):
    meeting = approved(make())
    path = export(tmp_path, meeting)

    (png,) = pictures(path)
    payload = requisite_of(meeting).payload()  # type: ignore[union-attr]
    assert decoded(png) == [payload]
    assert custom_properties(docx.Document(str(path)))[REQUISITE] == payload


def test_the_code_is_a_real_picture_with_its_digits_beneath(tmp_path):
    meeting = approved(russian_meeting())
    path = export(tmp_path, meeting)

    (frame,) = frame_paragraphs(path)
    paragraph = docx.text.paragraph.Paragraph(frame, None)
    (inline,) = frame.iter(qn("wp:inline"))
    extent = inline.find(qn("wp:extent"))
    assert 20 <= int(extent.get("cx")) / 36000 <= 25  # mm, square
    assert extent.get("cx") == extent.get("cy")
    assert paragraph.text == "\n" + meeting.approval.fingerprint[:16].upper()  # type: ignore[union-attr]
    assert paragraph.runs[-1].font.size.pt < 10
    settings = frame.find(f"{qn('w:pPr')}/{qn('w:framePr')}")
    assert (settings.get(qn("w:xAlign")), settings.get(qn("w:yAlign"))) == ("right", "bottom")


def test_the_properties_say_how_the_document_was_made(tmp_path):
    meeting = approved(kazakh_meeting())
    options = DocxOptions(form=Form.SHORT, language="ru", extract=(1,),
                          issued_on=date(2019, 12, 2))

    proof = read_proof(docx.Document(str(export(tmp_path, meeting, options))))

    assert proof is not None
    assert proof.requisite == requisite_of(meeting)
    assert proof.options == options
    assert (proof.letterhead, proof.head) == (False, 0)


def test_on_a_letterhead_its_paragraphs_are_counted_apart(tmp_path):
    template = letterhead(tmp_path / "blank.docx")

    path = export(tmp_path, approved(russian_meeting()), template=template)

    proof = read_proof(docx.Document(str(path)))
    assert proof is not None and proof.letterhead and proof.head == 2
    assert len(frame_paragraphs(path)) == 1


def test_a_draft_carries_no_code(tmp_path):
    path = export(tmp_path, russian_meeting())

    assert pictures(path) == []
    assert frame_paragraphs(path) == []
    assert custom_properties(docx.Document(str(path))) == {}


def test_an_approval_without_a_fingerprint_carries_no_code(tmp_path):
    meeting = replace(russian_meeting(), status=Status.APPROVED, approval=Approval(BY, ON))

    path = export(tmp_path, meeting)

    assert pictures(path) == [] and MADE not in custom_properties(docx.Document(str(path)))


@pytest.mark.parametrize("on_letterhead", [False, True], ids=["bare", "letterhead"])
def test_the_document_with_its_code_is_valid_open_xml(tmp_path, on_letterhead):
    template = letterhead(tmp_path / "blank.docx") if on_letterhead else None

    path = export(tmp_path, approved(russian_meeting()), template=template)

    assert findings(OpenXmlValidator(), path) == []


# -- the printed page -----------------------------------------------------------------------
@pytest.mark.slow
def test_the_code_is_printed_at_the_bottom_right_of_page_one(tmp_path):
    soffice = needs_libreoffice()
    meeting = approved(russian_meeting())
    pdf = tmp_path / "protocol.pdf"

    convert_to_pdf(export(tmp_path, meeting), pdf, soffice)

    listed = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True,
                            check=True, timeout=60).stdout.decode().splitlines()[2:]
    assert [line.split()[0] for line in listed] == ["1"]  # one picture, on page 1
    code = meeting.approval.fingerprint[:16].upper()  # type: ignore[union-attr]
    ((_, left, top, right, bottom),) = [w for w in pdf_words(pdf) if w[0] == code]
    # A4 is 595 x 842 pt; the text area ends 10 mm (28 pt) from the right, 20 mm (57 pt)
    # from the bottom, and the digits are the last line of the frame, 28 mm (79 pt) wide
    assert left > 595 - 28 - 79 and right <= 595 - 28 + 1
    assert top > 842 - 57 - 20 and bottom <= 842 - 57 + 3  # a box includes the descent
    # and the printed code scans whole (a frame as wide as the picture clipped its right edge)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(tmp_path / "page1")], check=True, timeout=60)
    assert decoded((tmp_path / "page1.png").read_bytes()) == [
        requisite_of(meeting).payload()]  # type: ignore[union-attr]
