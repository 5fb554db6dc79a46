"""The document as a flat list of blocks, before any Word markup: what the outline builder
produces and the renderer lays out. Keeping the two apart lets the text be tested without
python-docx and keeps the renderer a simple loop."""

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """What a paragraph is; the renderer maps each kind to one paragraph style."""

    ORGANIZATION = "organization"  # letterhead line, centred bold
    DOC_TYPE = "doc_type"  # ПРОТОКОЛ, centred bold
    DATE_LINE = "date_line"  # date <tab> № N (right tab stop)
    PLACE = "place"  # centred
    TITLE = "title"  # «заседания …», bold, left
    LINE = "line"  # justified, no indent: Председатель — …, Присутствовали: …
    HEADING = "heading"  # ПОВЕСТКА ДНЯ:, centred bold
    KEYWORD = "keyword"  # 1. СЛУШАЛИ:, bold, own line, kept with the next paragraph
    TEXT = "text"  # justified, first-line indent 1.25 cm
    SIGNATURE = "signature"  # label <tab> line <tab> name (a borderless table), space above
    SIGNATURE_NEXT = "signature_next"  # the same, close under the line before
    ANNEX_REF = "annex_ref"  # «Приложение к протоколу …», right half of the page
    CELL = "cell"  # table text, smaller size


@dataclass(frozen=True, slots=True)
class Para:
    kind: Kind
    text: str
    keep_with_next: bool = False
    page_break_before: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    """A bordered table; `widths` are fractions of the text width, one per column."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class SideBySide:
    """Two texts side by side with no borders, in the style of `kind`: the organisation's
    name in Kazakh (left) and in Russian (right), as Kazakhstan's blanks carry it."""

    kind: Kind
    left: str
    right: str


Block = Para | Table | SideBySide
