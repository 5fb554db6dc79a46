"""The short passage shown with a search hit: the line of the first match, cut to size.

The database hands over the document only up to PASSAGE_AFTER characters after the first match:
more than a passage shows after it, so a line cut there is always shown cut.
"""

PASSAGE_WIDTH = 160
PASSAGE_AFTER = 300
_ELLIPSIS = "…"


def passage(content: str, at: int, width: int = PASSAGE_WIDTH) -> str:
    """The passage around `at` of `content` (the search document, one field a line, from its
    start)."""
    begin = content.rfind("\n", 0, at) + 1
    end = content.find("\n", at)
    line = content[begin:] if end < 0 else content[begin:end]
    return _cut(line, at - begin, width)


def _cut(line: str, at: int, width: int) -> str:
    """About `width` characters of `line` from a little before `at`, on one line."""
    cut_before = cut_after = False
    if len(line) > width:
        begin = max(0, min(at - width // 4, len(line) - width))
        cut_before, cut_after = begin > 0, begin + width < len(line)
        line, at = line[begin:begin + width], at - begin
    if cut_before:  # do not show the tail of a word cut in two
        space = line.find(" ", 0, min(at, 20))
        line = line[space + 1:] if space >= 0 else line
    if cut_after:  # nor the head of one
        space = line.rfind(" ", max(at, len(line) - 20))
        line = line[:space] if space >= 0 else line
    text = " ".join(line.split())
    return (_ELLIPSIS if cut_before else "") + text + (_ELLIPSIS if cut_after else "")
