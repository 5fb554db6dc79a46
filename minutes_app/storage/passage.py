"""The short passage shown with a search hit: the line of the first match, cut to size.

The database hands over only a window of the document: WINDOW characters from WINDOW_BEFORE
before the first word's first match.
"""

WINDOW_BEFORE = 60
WINDOW = 400
PASSAGE_WIDTH = 160
_ELLIPSIS = "…"


def passage(content: str, at: int, cut_before: bool, width: int = PASSAGE_WIDTH) -> str:
    """The passage around `at` of `content` (a window of the document; `cut_before` when the
    document goes on before it)."""
    begin = content.rfind("\n", 0, at) + 1
    end = content.find("\n", at)
    cut_after = end < 0 and len(content) >= WINDOW
    line = content[begin:] if end < 0 else content[begin:end]
    return _cut(line, at - begin, width, cut_before and begin == 0, cut_after)


def _cut(line: str, at: int, width: int, cut_before: bool, cut_after: bool) -> str:
    """About `width` characters of `line` from a little before `at`, on one line."""
    if len(line) > width:
        begin = max(0, min(at - width // 4, len(line) - width))
        cut_before = cut_before or begin > 0
        cut_after = cut_after or begin + width < len(line)
        line, at = line[begin:begin + width], at - begin
    if cut_before:  # do not show the tail of a word cut in two
        space = line.find(" ", 0, min(at, 20))
        line = line[space + 1:] if space >= 0 else line
    text = " ".join(line.split())
    return (_ELLIPSIS if cut_before else "") + text + (_ELLIPSIS if cut_after else "")
