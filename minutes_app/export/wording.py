"""Small rules of Russian (and Kazakh, English) official typography used by the outline."""

import re

from minutes_app.domain import is_person_name, short_name, signature_name

NBSP = "\u00a0"
_ENDINGS = (".", "!", "?", "…")
_WORD = re.compile(r"\w+")


def sentence(text: str) -> str:
    """`text` ending in a full stop, never two («Петров П.» stays as it is)."""
    text = text.strip().rstrip(",;:").rstrip()
    return text if not text or text.endswith(_ENDINGS) else text + "."


def list_entry(text: str, last: bool) -> str:
    """Entries of a list end with «;», the last one with «.»."""
    return sentence(text) if last else text.strip().rstrip(",;:").rstrip() + ";"


def list_item(text: str, last: bool) -> str:
    """Like `list_entry`, but an entry that is a whole sentence keeps its own ending."""
    text = text.strip()
    return text if text.endswith(_ENDINGS) else list_entry(text, last)


def short(full_name: str) -> str:
    """ "Когамов М.Ч.", with a no-break space so that a line never ends between the surname
    and the initials; text that is not a person's name is printed as typed."""
    return _unbreakable(full_name, short_name(full_name))


def signature(full_name: str) -> str:
    """ "М.Ч. Когамов", unbreakable like `short`."""
    return _unbreakable(full_name, signature_name(full_name))


def _unbreakable(full_name: str, form: str) -> str:
    return form.replace(" ", NBSP) if is_person_name(full_name) else form



def resolution(prefix: str, text: str, others: tuple[str, ...] = ()) -> str:
    """`text` led by `prefix` («RESOLVED that », «It was decided that »), unless it already
    begins with the lead of `prefix` or of one of the `others` («RESOLVED», «It was
    decided»: typed by the secretary, the other word of the body's choice); a text typed as
    a motion («That the minutes … be approved») gives its own «That» up to the prefix's, so
    the word is never doubled."""
    words = [w.casefold() for w in _WORD.findall(prefix)]
    if not words or any(_leads(lead, text) for lead in (prefix, *others)):
        return text
    if _first_word(text) == words[-1]:
        text = text.lstrip()[len(words[-1]):].lstrip()
    return prefix + text


def _leads(prefix: str, text: str) -> bool:
    """Whether `text` begins with the prefix's words but its last («RESOLVED» of «RESOLVED
    that»); a one-word prefix leads with that word."""
    words = [w.casefold() for w in _WORD.findall(prefix)]
    lead = words[:-1] or words
    return bool(lead) and _WORD.findall(text.casefold())[: len(lead)] == lead


def _first_word(text: str) -> str:
    found = _WORD.match(text.lstrip())
    return found.group().casefold() if found else ""


# The Kazakh genitive ending after a back or front vowel, a voiced or a voiceless consonant.
_KAZAKH_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")
_ARTICLE = re.compile(r"the\s+", re.IGNORECASE)


def is_kazakh_genitive(title: str) -> bool:
    """Whether a title ends in the genitive («… Қоғамдық кеңес отырысының»), so that the
    document's head noun can follow it («… отырысының ХАТТАМАСЫ»)."""
    words = _WORD.findall(title.casefold())
    return bool(words) and words[-1].endswith(_KAZAKH_GENITIVE)


def without_article(title: str) -> str:
    """An English title without its leading "the": the heading supplies its own ("… of the
    Meeting of the Board")."""
    return _ARTICLE.sub("", title.strip(), count=1) if _ARTICLE.match(title.strip()) else title


def mentions(text: str, name: str) -> bool:
    """Whether `text` already names `name`, in whatever case it is declined in: every word of
    `name` begins a word of `text` once its ending is dropped («Общественный совет» is named
    in «заседания Общественного совета», «кеңес» in «кеңестің»). An empty name is named."""
    words = [w.casefold() for w in _WORD.findall(text)]
    return all(any(w.startswith(_stem(part)) for w in words)
               for part in _WORD.findall(name.casefold()))


def _stem(word: str) -> str:
    """The word without the ending that declension changes: at most three letters off, never
    shorter than four (short words stay whole)."""
    return word[: max(len(word) - 3, min(len(word), 4))]
