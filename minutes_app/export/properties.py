"""Document properties: ours, never python-docx's defaults, the template's or the OS user's.

python-docx's default package says author "python-docx", created 2013, and carries a
thumbnail and app.xml naming Normal.dotm; a template brings its author, company and custom
properties (reliability-and-pitfalls §F). All of that is dropped and the core properties are
written afresh.
"""

import datetime as dt

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT

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
