"""What an approved protocol's document keeps so that it can be checked later (issue 10):
the QR code's requisite and how the document was made, as custom document properties, and
the text to compare with a document built again from the stored record.

`minutes-app verify` reads the properties (decoding the picture is left to the tests): the
requisite finds the meeting, and the way the document was made (form, language, extract,
decision word, attendee list threshold, letterhead) lets the same text be built again.
"""

import json
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from minutes_app.domain import Body, Language, Meeting, Organization
from minutes_app.export.blocks import Block, Kind, Para, SideBySide
from minutes_app.export.errors import ExportError
from minutes_app.export.options import DocxOptions, Form
from minutes_app.export.outline import build_outline
from minutes_app.export.properties import custom_properties
from minutes_app.export.qr import Requisite, RequisiteError

REQUISITE = "Minutes requisite"  # the QR code's text
MADE = "Minutes document"  # how the document was made, JSON
_SIGNATURE_KINDS = (Kind.SIGNATURE, Kind.SIGNATURE_NEXT)


@dataclass(frozen=True, slots=True)
class Proof:
    """A document's requisite, the options its text was built with, whether it was built on
    a letterhead and how many of its paragraphs came from the letterhead (not compared)."""

    requisite: Requisite
    options: DocxOptions
    letterhead: bool = False
    head: int = 0


def proof_properties(proof: Proof) -> dict[str, str]:
    options = proof.options
    made = {"form": str(options.form), "language": str(options.language),
            "extract": list(options.extract), "decision_verb": str(options.decision_verb),
            "attendee_list_threshold": options.attendee_list_threshold,
            "issued_on": options.issued_on.isoformat() if options.issued_on else None,
            "letterhead": proof.letterhead, "head": proof.head}
    return {REQUISITE: proof.requisite.payload(),
            MADE: json.dumps(made, ensure_ascii=False, sort_keys=True)}


def read_proof(doc: Document) -> Proof | None:
    """The document's proof; None when it has no requisite (a draft's document, another
    program's). Raises RequisiteError when the properties are there but broken."""
    properties = custom_properties(doc)
    if REQUISITE not in properties:
        return None
    requisite = Requisite.parse(properties[REQUISITE])
    try:
        made = json.loads(properties.get(MADE, ""))
        issued = made["issued_on"]
        options = DocxOptions(
            form=Form(made["form"]), language=Language(made["language"]),
            extract=tuple(made["extract"]), decision_verb=made["decision_verb"],
            attendee_list_threshold=made["attendee_list_threshold"],
            issued_on=date.fromisoformat(issued) if issued else None)
        return Proof(requisite, options, bool(made["letterhead"]), int(made["head"]))
    except (ValueError, KeyError, TypeError) as error:
        raise RequisiteError(f"the document's {MADE!r} property is broken: {error}") from None


def document_text(doc: Document) -> list[str]:
    """The text of every paragraph of the body with any, tables' cells included, in order;
    not the requisite's frame (its digits are the property's)."""
    texts = []
    for p in doc.element.body.iter(qn("w:p")):
        p_pr = p.find(qn("w:pPr"))
        if p_pr is not None and p_pr.find(qn("w:framePr")) is not None:
            continue
        text = Paragraph(p, doc._body).text
        if text.strip():
            texts.append(text)
    return texts


def expected_text(meeting: Meeting, proof: Proof, body: Body | None,
                  organization: Organization | None) -> list[str]:
    """document_text of the document render.render writes for `meeting` with the proof's
    options, less the letterhead's paragraphs: the same blocks, split as the writer splits
    them (a signature's three cells, two columns, a table's cells)."""
    outline = build_outline(meeting, proof.options, body, organization, proof.letterhead)
    texts: list[str] = []
    for block in outline.blocks:
        texts += _block_texts(block)
    return [text for text in texts if text.strip()]


def _block_texts(block: Block) -> list[str]:
    from minutes_app.export.render import docx_text  # render imports this module

    if isinstance(block, Para):
        text = docx_text(block.text)
        if block.kind in _SIGNATURE_KINDS and text.count("\t") >= 2:
            return text.rsplit("\t", 2)
        return [text]
    if isinstance(block, SideBySide):
        return [docx_text(block.left), docx_text(block.right)]
    return [docx_text(value) for row in (block.header, *block.rows) for value in row]


@dataclass(frozen=True, slots=True)
class ReadBack:
    """What a Word file says about itself: its proof (None: it has none) and its text."""

    proof: Proof | None
    text: list[str]


def read_back(path: Path) -> ReadBack:
    """Raises ExportError when the file is not a Word document or its proof is broken."""
    try:
        doc = docx.Document(str(path))
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, PackageNotFoundError) as error:
        raise ExportError(f"{path.name} cannot be read as a Word document ({error})") from None
    try:
        proof = read_proof(doc)
    except RequisiteError as error:
        raise ExportError(f"{path.name}: {error}") from None
    return ReadBack(proof, document_text(doc))
