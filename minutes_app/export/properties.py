"""Document properties: ours, never python-docx's defaults, the template's or the OS user's.

python-docx's default package says author "python-docx", created 2013, and carries a
thumbnail and app.xml naming Normal.dotm; a template brings its author, company and custom
properties (reliability-and-pitfalls §F). All of that is dropped and the core properties are
written afresh.
"""

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Mapping

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

_DROPPED = (RT.CORE_PROPERTIES, RT.EXTENDED_PROPERTIES, RT.CUSTOM_PROPERTIES, RT.THUMBNAIL)


def set_properties(doc: Document, title: str, author: str, lang_tag: str) -> None:
    package = doc.part.package
    for rId, rel in list(package.rels.items()):
        if rel.reltype in _DROPPED:
            del package.rels[rId]
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    props = package.core_properties  # a fresh part, since the old one is gone
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = now
    props.modified = now
    props.revision = 1
    props.comments = ""
    props.language = lang_tag


_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The format id every custom property of Office's "Custom" tab carries (MS-OSHARED 2.3.3.2.2.1).
_USER_DEFINED = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def set_custom_properties(doc: Document, values: Mapping[str, str]) -> None:
    """Custom document properties (File → Properties → Custom in Word and LibreOffice), as
    text; called after set_properties, which drops the template's."""
    root = ET.Element(f"{{{_CUSTOM_NS}}}Properties")
    for pid, (name, value) in enumerate(values.items(), start=2):  # pid 2 is the first allowed
        prop = ET.SubElement(root, f"{{{_CUSTOM_NS}}}property",
                             {"fmtid": _USER_DEFINED, "pid": str(pid), "name": name})
        ET.SubElement(prop, f"{{{_VT_NS}}}lpwstr").text = value
    blob = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    package = doc.part.package
    part = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, blob, package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def custom_properties(doc: Document) -> dict[str, str]:
    """The document's custom properties that are text; {} when it has none."""
    rel = next((rel for rel in doc.part.package.rels.values()
                if rel.reltype == RT.CUSTOM_PROPERTIES and not rel.is_external), None)
    if rel is None:
        return {}
    try:
        root = ET.fromstring(rel.target_part.blob)
    except ET.ParseError:
        return {}
    return {prop.get("name", ""): text.text or ""
            for prop in root.iter(f"{{{_CUSTOM_NS}}}property")
            if (text := prop.find(f"{{{_VT_NS}}}lpwstr")) is not None}
