"""The QR-code requisite of an approved protocol (GOST R 7.0.97-2025, new in that edition:
bottom right of the first page), issue 10.

The code carries a short text, `MINUTES/1;body=…;no=7;date=2019-11-22;fp=0123456789abcdef`:
the version of this form, the body's name, the protocol's number and date and the first 16
hex digits of the approved record's fingerprint (domain.fingerprint). A value's "%" and ";"
are written "%25" and "%3B", so that any body name fits. The 16 digits are also printed small
beneath the code, in capitals, for a paper copy read by eye.

The code is a framed paragraph (w:framePr) before the body's first paragraph, aligned to
the bottom right of the text area, the text flowing around it: a frame stays on the page of
the paragraph it stands before (Word's own legacy frames, which LibreOffice imports as
frames), and it holds the picture and the digits under it as one block, which an anchored
picture cannot (a text box would need Word 2010's drawing shapes). Only LibreOffice's
printing of it is tested here (no Word on the test machines).
"""

import io
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import unquote

import segno
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from minutes_app.domain import Meeting, Status
from minutes_app.domain.fingerprint import short_fingerprint

FORM = "MINUTES/1"
SIZE = Mm(24)  # GOST gives no size; 20-25 mm reads well on paper at these payload lengths
_FRAME_WIDTH = Mm(28)
_DIGITS_SIZE = Pt(7)
_CODE = re.compile(r"[0-9a-f]{16}")


class RequisiteError(ValueError):
    """The text is not a requisite of this form."""


@dataclass(frozen=True, slots=True)
class Requisite:
    """What the QR code says: which protocol, and the approved record's short fingerprint."""

    body: str
    number: str
    date: date
    code: str  # the fingerprint's first 16 hex digits

    def payload(self) -> str:
        fields = (("body", self.body), ("no", self.number), ("date", self.date.isoformat()),
                  ("fp", self.code))
        return ";".join([FORM, *(f"{name}={_escaped(value)}" for name, value in fields)])

    @classmethod
    def parse(cls, text: str) -> "Requisite":
        """Raises RequisiteError."""
        form, *parts = text.strip().split(";")
        if form != FORM:
            raise RequisiteError(f"not a Minutes requisite ({form[:20]!r})")
        values = dict(part.partition("=")[::2] for part in parts)
        try:
            requisite = cls(unquote(values["body"]), unquote(values["no"]),
                            date.fromisoformat(values["date"]), values["fp"])
        except (KeyError, ValueError) as error:
            raise RequisiteError(f"a Minutes requisite without a valid {error}") from None
        if not _CODE.fullmatch(requisite.code):
            raise RequisiteError("a Minutes requisite whose code is not 16 hex digits")
        return requisite


def requisite_of(meeting: Meeting) -> Requisite | None:
    """The requisite of an approved meeting; None for a draft, and for a meeting approved
    before fingerprints were kept (nothing to prove it against)."""
    approval = meeting.approval
    if meeting.status is not Status.APPROVED or approval is None or not approval.fingerprint:
        return None
    return Requisite(meeting.body, meeting.number, meeting.date,
                     short_fingerprint(approval.fingerprint))


def qr_png(payload: str) -> bytes:
    """The code as a PNG: UTF-8 bytes (body names are Cyrillic), error correction M at
    least (segno raises it when the version allows), the 4-module quiet zone scanners need."""
    code = segno.make_qr(payload, error="m", encoding="utf-8")
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=8, border=4)
    return buffer.getvalue()


def place_requisite(doc: Document, requisite: Requisite) -> None:
    """The code and its digits in a frame at the bottom right of page 1's text area."""
    p = OxmlElement("w:p")
    # before the first paragraph, which is on page 1 (LibreOffice drops a frame whose next
    # block is a table, such as the two-language head)
    first = next(doc.element.body.iterchildren(qn("w:p")))
    first.addprevious(p)
    paragraph = Paragraph(p, doc._body)
    _frame(paragraph)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt = paragraph.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.first_line_indent = fmt.left_indent = fmt.right_indent = Pt(0)
    fmt.line_spacing = 1.0
    paragraph.add_run().add_picture(io.BytesIO(qr_png(requisite.payload())), width=SIZE)
    digits = paragraph.add_run()
    digits.add_break()
    digits.add_text(requisite.code.upper())  # as `minutes-app approve` prints them
    digits.font.size = _DIGITS_SIZE


def _frame(paragraph: Paragraph) -> None:
    frame = OxmlElement("w:framePr")
    # the text flows around it, kept 3 mm away (hSpace, vSpace)
    # wider than the picture: LibreOffice clips a picture as wide as its frame
    for name, value in (("w", str(_FRAME_WIDTH.twips)), ("hSpace", "170"), ("vSpace", "170"),
                        ("wrap", "around"), ("hAnchor", "margin"), ("vAnchor", "margin"),
                        ("xAlign", "right"), ("yAlign", "bottom")):
        frame.set(qn(f"w:{name}"), value)
    p_pr = paragraph._p.get_or_add_pPr()
    # schema order: w:framePr follows w:pStyle, w:keepNext, w:keepLines, w:pageBreakBefore
    p_pr.insert_element_before(frame, *(f"w:{tag}" for tag in _AFTER_FRAME))


_AFTER_FRAME = ("widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs",
                "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
                "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
                "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap",
                "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl",
                "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")


def _escaped(value: str) -> str:
    return value.replace("%", "%25").replace(";", "%3B")
