"""Small helpers on WordprocessingML elements that python-docx has no API for."""

from docx.oxml.ns import qn

_OBJECT_TAGS = tuple(qn(tag) for tag in ("w:drawing", "w:pict", "w:object", "w:fldSimple",
                                         "w:instrText", "w:sectPr"))


def has_content(element: object) -> bool:
    """True when a block, header or footer shows something: text, a picture, a field, a table,
    or a section break."""
    if element.tag == qn("w:tbl"):  # type: ignore[attr-defined]
        return True
    if any((t.text or "").strip() for t in element.iter(qn("w:t"))):  # type: ignore[attr-defined]
        return True
    return any(True for _ in element.iter(*_OBJECT_TAGS))  # type: ignore[attr-defined]


def unwrap(element: object) -> None:
    """Replace an element by its children (a hyperlink by its runs)."""
    parent = element.getparent()  # type: ignore[attr-defined]
    index = parent.index(element)
    for offset, child in enumerate(list(element)):  # type: ignore[call-overload]
        parent.insert(index + offset, child)
    parent.remove(element)


def remove_children(element: object) -> None:
    for child in list(element):  # type: ignore[call-overload]
        element.remove(child)  # type: ignore[attr-defined]
