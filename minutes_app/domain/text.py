"""Text hygiene shared by the editor, storage and the exporters."""

import re
import unicodedata

# Characters an XML 1.0 document (and so a .docx) cannot hold: C0 controls except tab, line
# feed and carriage return; U+FFFE/U+FFFF; lone surrogates. U+000B (Word's manual line break in
# pasted text) and U+000C (page break) become a line break instead of vanishing.
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Return `text` with characters a Word document cannot hold replaced or dropped."""
    return _NOT_XML.sub("", text.translate(_LINE_BREAKS))


def fold(text: str) -> str:
    """Case- and ё-insensitive form used for filtering, matching and uniqueness.

    SQLite folds only ASCII letters, so folding happens here, in Python, for every script.
    """
    return unicodedata.normalize("NFC", text).casefold().replace("ё", "е")


def normalize_space(text: str) -> str:
    """Collapse runs of white space to one space and strip the ends (for names)."""
    return " ".join(text.split())
