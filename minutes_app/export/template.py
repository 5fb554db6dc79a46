"""The organisation's letterhead (.docx or .dotx) as the base of the document.

What is kept: the template's styles, headers, footers, page setup and first-page letterhead,
and its body text as a letterhead block (trailing empty paragraphs removed). Our content
follows it. What never reaches the output: macros (vbaProject), external relationships
(attachedTemplate, linked images, hyperlinks to the outside: MITRE T1221; the hyperlink text
stays) and the template's document properties (author, company, custom properties, thumbnail).

Any file we cannot build on raises one TemplateError with one line saying why
(reliability-and-pitfalls §B: python-docx raises four different exceptions for bad files).
"""

import io
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.part import XmlPart
from docx.oxml.ns import qn

from minutes_app.export.errors import TemplateError
from minutes_app.export.ooxml import has_content, unwrap

_MAX_FILE = 20 * 2**20  # a letterhead is a few hundred KB; refuse anything absurd
_MAX_UNPACKED = 100 * 2**20  # zip bombs
# The template's body is kept whole as the letterhead block (name, address, logo, a table);
# a body longer than this is a document, not a letterhead.
_MAX_LETTERHEAD_BLOCKS = 20
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc (and other OLE files)
_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_MACRO_TYPES = ("application/vnd.ms-word.document.macroEnabled.main+xml",
                "application/vnd.ms-word.template.macroEnabledTemplate.main+xml")
_MACRO_PART_TYPES = ("vbaProject", "vbaData", "keyMapCustomizations")
_REMOVED_WITH_REFERENCE = ("w:attachedTemplate", "w:subDoc", "w:altChunk")
_R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def load_template(path: Path) -> Document:
    """Open a letterhead safely; raise TemplateError naming the file and what is wrong."""
    label = f"letterhead {path.name}"
    data = _read(path, label)
    package = _checked_package(data, label)
    try:
        doc = docx.Document(io.BytesIO(package))
    except Exception as error:  # lxml, KeyError, ValueError, ...: all mean "damaged"
        raise TemplateError(f"{label} is damaged and cannot be read as a Word document") from error
    blocks = sum(1 for block in _body_blocks(doc) if has_content(block))
    if blocks > _MAX_LETTERHEAD_BLOCKS:
        raise TemplateError(f"{label} has {blocks} paragraphs of text; a letterhead holds only "
                            "the blank (is it an old protocol?)")
    _remove_macros(doc)
    _remove_external_relationships(doc)
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
    if data.startswith(_OLE_MAGIC):
        raise TemplateError(f"{label} is an old Word 97-2003 .doc file; save it as .docx in Word")
    return data


def _checked_package(data: bytes, label: str) -> bytes:
    """The package bytes python-docx can open: a .dotx gets the document content type (in
    memory only; python-docx refuses templates, #363)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if sum(info.file_size for info in infos) > _MAX_UNPACKED:
                raise TemplateError(f"{label} unpacks to more than {_MAX_UNPACKED // 2**20} MB")
            names = {info.filename for info in infos}
            if "[Content_Types].xml" not in names:
                raise TemplateError(f"{label} is not a Word document (no content types)")
            if any(name.startswith("word/activeX/") for name in names):
                raise TemplateError(f"{label} contains ActiveX controls, which are not accepted")
            for info in infos:
                if info.filename.endswith((".xml", ".rels")) and b"<!DOCTYPE" in archive.read(info):
                    raise TemplateError(f"{label} contains a DOCTYPE, which Word never writes")
            content_types = archive.read("[Content_Types].xml").decode("utf-8", "replace")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise TemplateError(f"{label} is not a Word .docx file (not a valid zip package)") from None
    if any(kind in content_types for kind in _MACRO_TYPES):
        raise TemplateError(f"{label} is a macro-enabled file (.docm/.dotm); save it as .docx")
    if _TEMPLATE in content_types:
        return _replaced_content_types(data, content_types.replace(_TEMPLATE, _DOCUMENT))
    if _DOCUMENT not in content_types:
        raise TemplateError(f"{label} is not a Word document")
    return data


def _replaced_content_types(data: bytes, content_types: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == "[Content_Types].xml":
                target.writestr(info.filename, content_types.encode("utf-8"))
            else:
                target.writestr(info, source.read(info))
    return out.getvalue()


def _remove_macros(doc: Document) -> None:
    for part in list(doc.part.package.iter_parts()):
        for rId, rel in list(part.rels.items()):
            if not rel.is_external and any(kind in rel.target_part.content_type
                                           for kind in _MACRO_PART_TYPES):
                del part.rels[rId]


def _remove_external_relationships(doc: Document) -> None:
    """Drop every relationship that points outside the package, and what refers to it."""
    package = doc.part.package
    for part in [package, *package.iter_parts()]:
        external = [rId for rId, rel in part.rels.items() if rel.is_external]
        if not external:
            continue
        if isinstance(part, XmlPart):
            _remove_references(part, set(external))
        for rId in external:
            del part.rels[rId]


def _remove_references(part: XmlPart, rids: set[str]) -> None:
    for element in list(part.element.iter()):
        if not isinstance(element.tag, str):
            continue  # comments, processing instructions
        for name, value in list(element.attrib.items()):
            if not name.startswith(f"{{{_R_NAMESPACE}}}") or value not in rids:
                continue
            if element.tag == qn("w:hyperlink"):
                unwrap(element)  # keep the link's text, lose the address
            elif element.tag in {qn(tag) for tag in _REMOVED_WITH_REFERENCE}:
                element.getparent().remove(element)
            else:
                del element.attrib[name]  # e.g. a linked (not embedded) picture
            break


def _body_blocks(doc: Document) -> list:
    body = doc.element.body
    return [child for child in body if child.tag != qn("w:sectPr")]
