"""What a letterhead must not bring into an official document, removed from its package.

Works on the package's members (name -> bytes, already checked by letterhead_zip) before
python-docx opens it. Removed:

- live links to the outside: every relationship with TargetMode="External" (attached
  template, UNC and http targets, linked pictures; a hyperlink keeps its text), and the field
  codes that fetch or link content (INCLUDEPICTURE, INCLUDETEXT, LINK, DDE, DDEAUTO, ...),
  as complex fields and as w:fldSimple: their last shown result stays as plain text;
- active content: macros (vbaProject, vbaData), ActiveX controls, embedded OLE objects,
  altChunk (another document pulled in whole), mail-merge data sources;
- traces of people: comments, tracked changes (insertions accepted, deletions dropped,
  formatting changes forgotten), the people list, custom XML data, printer settings,
  signatures, picture file paths.

A part nothing refers to any more is not loaded by python-docx, and python-docx writes the
content types from the parts it saves, so the result stays consistent.
"""

import posixpath
from typing import cast

from lxml import etree

from minutes_app.export.errors import TemplateError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_CONTENT_TYPES = "[Content_Types].xml"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_VML = "urn:schemas-microsoft-com:vml"
_OFFICE = "urn:schemas-microsoft-com:office:office"
_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main"

# Field codes whose result comes from another file, program or address (the first word).
LIVE_FIELDS = frozenset({"INCLUDEPICTURE", "INCLUDETEXT", "INCLUDE", "IMPORT", "LINK", "DDE",
                         "DDEAUTO", "HYPERLINK", "DATABASE"})
# Relationship types (their last path segment) whose targets never reach the output.
_DROPPED_TYPES = frozenset({
    "vbaProject", "wordVbaData", "keyMapCustomizations", "attachedToolbars",  # macros
    "control", "activeXControlBinary", "oleObject", "package", "aFChunk",  # active content
    "comments", "commentsExtended", "commentsIds", "commentsExtensible", "people",  # people
    "customXml", "custom-properties", "printerSettings", "origin", "thumbnail",
})
_DROPPED_FOLDERS = ("activeX/", "embeddings/", "vbaProject", "vbaData", "customXml/")

# Revisions: an insertion is accepted (its wrapper unwrapped), a deletion removed with its
# content. _REMOVED: elements removed whole (marks of revisions and comments, active content).
_ACCEPTED = ("ins", "moveTo")
_REJECTED = ("del", "moveFrom")
_REMOVED = (
    "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange",
    "tblGridChange", "tblPrExChange", "numberingChange", "cellIns", "cellDel", "cellMerge",
    "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
    "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart",
    "customXmlDelRangeEnd", "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd",
    "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd",
    "commentRangeStart", "commentRangeEnd", "commentReference",
    "altChunk", "object", "control", "subDoc",
    # settings that would make the protocol fetch data, track changes or lock itself
    "mailMerge", "attachedTemplate", "trackRevisions", "updateFields", "documentProtection",
    "writeProtection", "saveThroughXslt", "docVars",
)
# Elements that may keep their place when the relationship they name is gone.
_KEEP_WITHOUT_TARGET = {f"{{{_DRAWING}}}blip", f"{{{_VML}}}imagedata", f"{{{_VML}}}fill",
                        f"{{{_VML}}}stroke"}
_PATH_ATTRIBUTES = (f"{{{_OFFICE}}}href", "src")  # where a VML picture was once found on disk
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          huge_tree=False, remove_comments=True, remove_pis=True)


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def clean_members(members: dict[str, bytes], label: str) -> dict[str, bytes]:
    """The package without what the module docstring lists."""
    cleaned = {name: data for name, data in members.items() if not _dropped_part(name)}
    dropped_ids: dict[str, set[str]] = {}
    for name in [n for n in cleaned if n.endswith(".rels")]:
        tree = parse(cleaned[name], name, label)
        dropped_ids[_source_of(name)] = _clean_relationships(tree)
        cleaned[name] = _serialized(tree)
    for name in _xml_parts(cleaned, label):
        tree = parse(cleaned[name], name, label)
        clean_part(tree, dropped_ids.get(name, set()))
        cleaned[name] = _serialized(tree)
    return cleaned


def parse(data: bytes, name: str, label: str) -> etree._Element:
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError:
        raise TemplateError(f"{label} is damaged: its part {name} is not well-formed XML") \
            from None
    if root.getroottree().docinfo.doctype:  # letterhead_zip refused these; belt and braces
        raise TemplateError(f"{label} declares a DOCTYPE in {name}; it is not used")
    return root


def clean_part(root: etree._Element, dropped_ids: set[str]) -> None:
    """Clean one XML part in place (document, header, footer, notes, settings, ...)."""
    _resolve_revisions(root)
    _remove_live_fields(root)
    _remove_references(root, dropped_ids)
    _remove_marks(root)
    for element in root.iter():
        for attribute in _PATH_ATTRIBUTES:
            if attribute in element.attrib and element.tag.startswith(f"{{{_VML}}}"):
                del element.attrib[attribute]
        for attribute in (w("author"), w("initials")):
            element.attrib.pop(attribute, None)


# --- relationships ---------------------------------------------------------------------------
def _clean_relationships(root: etree._Element) -> set[str]:
    """Remove the relationships that must go; return their ids."""
    dropped: set[str] = set()
    for relationship in list(root.iter(f"{{{_RELS}}}Relationship")):
        kind = relationship.get("Type", "").rstrip("/").rsplit("/", 1)[-1]
        external = relationship.get("TargetMode", "").lower() == "external"
        if external or kind in _DROPPED_TYPES or _dropped_part(relationship.get("Target", "")):
            dropped.add(relationship.get("Id", ""))
            relationship.getparent().remove(relationship)
    return dropped


def _source_of(rels_name: str) -> str:
    """'word/_rels/document.xml.rels' -> 'word/document.xml'; '_rels/.rels' -> ''."""
    folder, file = posixpath.split(rels_name)
    return posixpath.join(posixpath.dirname(folder), file.removesuffix(".rels"))


def _dropped_part(name: str) -> bool:
    return any(folder in name for folder in _DROPPED_FOLDERS)


def _xml_parts(members: dict[str, bytes], label: str) -> list[str]:
    """The XML parts by name and by declared content type: a document part renamed to
    something without ".xml" is still cleaned."""
    declared: set[str] = set()
    if _CONTENT_TYPES in members:
        types = parse(members[_CONTENT_TYPES], _CONTENT_TYPES, label)
        xml_extensions = {d.get("Extension", "").lower()
                          for d in types.iter(f"{{{_TYPES}}}Default")
                          if d.get("ContentType", "").endswith("xml")}
        declared = {o.get("PartName", "").lstrip("/").lower()
                    for o in types.iter(f"{{{_TYPES}}}Override")
                    if o.get("ContentType", "").endswith("xml")}
        declared |= {n.lower() for n in members
                     if n.rsplit(".", 1)[-1].lower() in xml_extensions}
    return [n for n in members if n != _CONTENT_TYPES and not n.endswith(".rels")
            and (n.lower() in declared or n.lower().endswith((".xml", ".vml")))]


def _remove_references(root: etree._Element, dropped_ids: set[str]) -> None:
    """What pointed at a removed relationship: a hyperlink keeps its text, a picture its
    place; anything else (an attached template, an OLE object, altChunk) goes whole."""
    if not dropped_ids:
        return
    for element in list(root.iter()):
        names = [n for n, v in element.attrib.items() if n.startswith(f"{{{R}}}")
                 and v in dropped_ids]
        if not names or _detached(element):
            continue
        if element.tag == w("hyperlink"):
            _unwrap(element)
        elif element.tag in _KEEP_WITHOUT_TARGET:
            for name in names:
                del element.attrib[name]
        else:
            element.getparent().remove(element)


# --- tracked changes, comments and other marks -------------------------------------------------
def _resolve_revisions(root: etree._Element) -> None:
    """Accept insertions and reject deletions, so the letterhead reads as it looks."""
    for element in list(root.iter(*(w(tag) for tag in (*_ACCEPTED, *_REJECTED)))):
        if _detached(element):
            continue
        parent = element.getparent()
        inserted = element.tag in (w("ins"), w("moveTo"))
        if parent.tag in (w("rPr"), w("trPr")):  # a mark on a paragraph mark or a table row
            if parent.tag == w("trPr") and not inserted:
                _remove(parent.getparent())  # a deleted table row
            else:
                parent.remove(element)
        elif inserted:
            _unwrap(element)
        else:
            parent.remove(element)
    for deleted in list(root.iter(w("delText"), w("delInstrText"))):
        if not _detached(deleted):
            deleted.getparent().remove(deleted)


def _remove_marks(root: etree._Element) -> None:
    for element in list(root.iter(*(w(tag) for tag in _REMOVED))):
        if not _detached(element):
            element.getparent().remove(element)


# --- fields -----------------------------------------------------------------------------------
def _field_name(instruction: str) -> str:
    words = instruction.split()
    return words[0].upper() if words else ""


def _remove_live_fields(root: etree._Element) -> None:
    for simple in list(root.iter(w("fldSimple"))):
        if not _detached(simple) and _field_name(simple.get(w("instr"), "")) in LIVE_FIELDS:
            _strip_objects(simple)
            _unwrap(simple)
    order = {element: index for index, element in enumerate(root.iter())}
    runs = list(root.iter(w("r")))
    complete, unterminated = _complex_fields(root)
    for field in complete:
        if _field_name(field.instruction) in LIVE_FIELDS:
            _flatten_field(field, runs, order)
    for field in unterminated:  # no end: no result to keep; the code must go all the same
        if _field_name(field.instruction) in LIVE_FIELDS:
            for marker in (field.begin, *field.codes):
                _remove(marker)


class _Field:
    """A complex field: begin, instruction text, optional separate, result, end."""

    def __init__(self, begin: etree._Element) -> None:
        self.begin = begin
        self.separate: etree._Element | None = None
        self.end: etree._Element | None = None
        self.codes: list[etree._Element] = []  # its instrText elements
        self.instruction = ""


def _complex_fields(root: etree._Element) -> tuple[list["_Field"], list["_Field"]]:
    """Every complete complex field (inner fields before the ones around them), and the
    fields that begin but never end."""
    done: list[_Field] = []
    open_fields: list[_Field] = []
    for element in root.iter(w("fldChar"), w("instrText")):
        kind = element.get(w("fldCharType"))
        if element.tag == w("instrText"):
            if open_fields and open_fields[-1].separate is None:
                open_fields[-1].instruction += element.text or ""
                open_fields[-1].codes.append(element)
        elif kind == "begin":
            open_fields.append(_Field(element))
        elif kind == "separate" and open_fields:
            open_fields[-1].separate = element
        elif kind == "end" and open_fields:
            field = open_fields.pop()
            field.end = element
            done.append(field)
    return done, open_fields


def _flatten_field(field: _Field, runs: list[etree._Element],
                   order: dict[etree._Element, int]) -> None:
    """Keep the field's shown result as plain runs; drop its code and its markers."""
    assert field.end is not None
    code_end = field.separate if field.separate is not None else field.end
    begin_run, code_end_run, end_run = (order[marker.getparent()]
                                        for marker in (field.begin, code_end, field.end))
    for run in runs:
        position = order.get(run, -1)
        if begin_run <= position < code_end_run:
            _remove(run)  # the begin marker, the code, and fields nested in the code
        elif code_end_run < position < end_run:
            _strip_objects(run)  # a linked picture's last image: plain text only
    for marker in (field.separate, field.end):
        if marker is not None:
            run = marker.getparent()
            run.remove(marker)
            if not [child for child in run if child.tag != w("rPr")]:
                _remove(run)


def _strip_objects(element: etree._Element) -> None:
    for tag in ("drawing", "pict", "object"):
        for found in list(element.iter(w(tag))):
            if not _detached(found):
                found.getparent().remove(found)


# --- helpers ------------------------------------------------------------------------------------
def _detached(element: etree._Element) -> bool:
    """True when the element itself was already removed. (Inside a removed subtree an
    element still has a parent; changing it there is harmless.)"""
    return element.getparent() is None


def _unwrap(element: etree._Element) -> None:
    parent = element.getparent()
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    parent.remove(element)


def _remove(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _serialized(root: etree._Element) -> bytes:
    return cast(bytes, etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                      standalone=True))
