"""The organisation's letterhead (.docx or .dotx) as the base of the document.

What is kept: the template's styles, headers, footers, page setup and first-page letterhead,
and its body text as a letterhead block (trailing empty paragraphs removed). Our content
follows it. The package is read with bounds and checked (letterhead_zip: size, member count,
encryption, DOCTYPE/entities) and cleaned before python-docx opens it (letterhead_cleaning:
external links, live field codes, macros, ActiveX, OLE objects, altChunk, comments, tracked
changes). The template's document properties never reach the output either (properties.py).

Any file we cannot build on raises one TemplateError with one line saying why
(reliability-and-pitfalls §B: python-docx raises four different exceptions for bad files).
"""

import io
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from minutes_app.export.errors import TemplateError
from minutes_app.export.letterhead_cleaning import clean_members
from minutes_app.export.letterhead_zip import check_not_ole, read_members
from minutes_app.export.ooxml import has_content

_MAX_FILE = 20 * 2**20  # a letterhead is a few hundred KB; refuse anything absurd
# The template's body is kept whole as the letterhead block (name, address, logo, a table);
# a body longer than this is a document, not a letterhead.
_MAX_LETTERHEAD_BLOCKS = 20
_CONTENT_TYPES = "[Content_Types].xml"
_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_MACRO_TYPES = ("application/vnd.ms-word.document.macroEnabled.main+xml",
                "application/vnd.ms-word.template.macroEnabledTemplate.main+xml")


def load_template(path: Path) -> Document:
    """Open a letterhead safely; raise TemplateError naming the file and what is wrong."""
    label = f"letterhead {path.name}"
    package = _clean_package(_read(path, label), label)
    try:
        doc = docx.Document(io.BytesIO(package))
    except Exception as error:  # lxml, KeyError, ValueError, ...: all mean "damaged"
        raise TemplateError(f"{label} is damaged and cannot be read as a Word document") from error
    blocks = sum(1 for block in _body_blocks(doc) if has_content(block))
    if blocks > _MAX_LETTERHEAD_BLOCKS:
        raise TemplateError(f"{label} has {blocks} paragraphs of text; a letterhead holds only "
                            "the blank (is it an old protocol?)")
    return doc


def has_letterhead(doc: Document) -> bool:
    """True when the template prints something on page 1 itself (body text or a header)."""
    section = doc.sections[-1]
    first = section.first_page_header if section.different_first_page_header_footer \
        else section.header
    header_text = not first.is_linked_to_previous and has_content(first._element)
    return header_text or any(has_content(child) for child in _body_blocks(doc))


def trim_body(doc: Document) -> None:
    """Drop the template's trailing empty paragraphs so that our content follows its
    letterhead block without blank lines."""
    for block in reversed(_body_blocks(doc)):
        if block.tag != qn("w:p") or has_content(block):
            break
        block.getparent().remove(block)


def _read(path: Path, label: str) -> bytes:
    try:
        if path.stat().st_size > _MAX_FILE:
            raise TemplateError(f"{label} is larger than {_MAX_FILE // 2**20} MB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise TemplateError(f"{label}: no such file") from None
    except IsADirectoryError:
        raise TemplateError(f"{label} is a folder, not a Word file") from None
    except OSError as error:
        raise TemplateError(f"{label} cannot be read: {error.strerror}") from None
    if not data:
        raise TemplateError(f"{label} is empty")
    check_not_ole(data, label)
    return data


def _clean_package(data: bytes, label: str) -> bytes:
    """The package bytes python-docx can open: checked, cleaned, and a .dotx given the
    document content type (in memory only; python-docx refuses templates, #363)."""
    members = read_members(data, label)
    if _CONTENT_TYPES not in members:
        raise TemplateError(f"{label} is not a Word document (no content types)")
    content_types = members[_CONTENT_TYPES].decode("utf-8", "replace")
    if any(kind in content_types for kind in _MACRO_TYPES):
        raise TemplateError(f"{label} is a macro-enabled file (.docm/.dotm); save it as .docx")
    if _DOCUMENT not in content_types and _TEMPLATE not in content_types:
        raise TemplateError(f"{label} is not a Word document")
    members[_CONTENT_TYPES] = content_types.replace(_TEMPLATE, _DOCUMENT).encode("utf-8")
    return _zipped(clean_members(members, label))


def _zipped(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in members.items():
            package.writestr(name, content)
    return out.getvalue()


def _body_blocks(doc: Document) -> list[BaseOxmlElement]:
    body = doc.element.body
    return [child for child in body if child.tag != qn("w:sectPr")]
