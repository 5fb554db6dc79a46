"""What an approved protocol's document keeps so that it can be checked later (issue 10):
the QR code's requisite and how the document was made, as custom document properties, and
the text to compare with a document built again from the stored record.

`minutes-app verify` reads the properties (decoding the picture is left to the tests): the
requisite finds the meeting, and the way the document was made (form, language, extract,
decision word, attendee list threshold, letterhead) lets the same text be built again.
"""

import json
import re
import zipfile
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from minutes_app.domain import Body, Language, Meeting, Organization
from minutes_app.export.blocks import Block, Kind, Para, SideBySide, Table
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
    return [text for text, _ in expected_places(meeting, proof, body, organization)]


class Part(StrEnum):
    """The parts of a protocol a verification names (export.proof.Place)."""

    HEADING = "the heading"  # the organisation, ПРОТОКОЛ, date and №, place, title
    ATTENDANCE = "attendance"  # chair, secretary, who was present, the quorum
    AGENDA = "agenda"  # ПОВЕСТКА ДНЯ and its lines
    ITEM = "item"  # an agenda item's text
    ACTIONS = "action items"  # the English minutes' table of tasks, after the items
    SIGNATURES = "signatures"  # the signatures and what follows them
    ANNEX = "annex"  # the list of those present, annexed


@dataclass(frozen=True, slots=True)
class Place:
    """Where a paragraph stands, in the document's own numbering: item 2, decision 2.1."""

    part: Part
    item: int = 0  # Part.ITEM: the agenda item's number
    decision: str = ""  # Part.ITEM: «2.1» when in a decision, else ""

    def __str__(self) -> str:
        if self.part is not Part.ITEM:
            return str(self.part)
        return f"item {self.item}, decision {self.decision}" if self.decision else \
            f"item {self.item}"


_ITEM_KEYWORD = re.compile(r"(\d+)\.\s")  # «2. СЛУШАЛИ:», «2. Title» (English)
_DECISION = re.compile(r"(\d+)\.(\d+)\.\s")  # «2.1. Информацию принять к сведению.»


def expected_places(meeting: Meeting, proof: Proof, body: Body | None,
                    organization: Organization | None) -> list[tuple[str, Place]]:
    """expected_text, each paragraph with its place. The place follows the outline's kinds,
    not the words, so a title or a speech that starts with «2.» is not taken for an item."""
    outline = build_outline(meeting, proof.options, body, organization, proof.letterhead)
    placed: list[tuple[str, Place]] = []
    place = Place(Part.HEADING)
    for block in outline.blocks:
        place = _next_place(place, block)
        placed += [(text, place) for text in _block_texts(block) if text.strip()]
    return placed


def _next_place(place: Place, block: Block) -> Place:
    """The place of `block`, which comes after a block at `place`."""
    kind = block.kind if isinstance(block, (Para, SideBySide)) else None
    text = block.text if isinstance(block, Para) else ""
    if kind is Kind.ANNEX_REF or place.part is Part.ANNEX:
        return Place(Part.ANNEX)
    if kind in _SIGNATURE_KINDS or place.part is Part.SIGNATURES:
        return Place(Part.SIGNATURES)
    if place.part in (Part.ITEM, Part.ACTIONS) and (kind is Kind.HEADING or isinstance(
            block, Table) or place.part is Part.ACTIONS):  # the English minutes' table
        return Place(Part.ACTIONS)
    if kind is Kind.KEYWORD and (item := _ITEM_KEYWORD.match(text)):
        return Place(Part.ITEM, int(item.group(1)))
    if kind is Kind.HEADING and place.part in (Part.HEADING, Part.ATTENDANCE):
        return Place(Part.AGENDA)
    if place.part is Part.ITEM:
        decision = _DECISION.match(text)
        if kind is Kind.TEXT and decision and int(decision.group(1)) == place.item:
            return Place(Part.ITEM, place.item, f"{place.item}.{decision.group(2)}")
        return place
    if place.part is Part.HEADING and kind is Kind.LINE:
        return Place(Part.ATTENDANCE)
    return place


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
