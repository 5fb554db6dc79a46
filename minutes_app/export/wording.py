"""Small rules of Russian (and Kazakh, English) official typography used by the outline."""

from minutes_app.domain import is_person_name, short_name, signature_name

NBSP = "\u00a0"
_ENDINGS = (".", "!", "?", "…")


def sentence(text: str) -> str:
    """`text` ending in a full stop, never two («Петров П.» stays as it is)."""
    text = text.strip().rstrip(",;:").rstrip()
    return text if not text or text.endswith(_ENDINGS) else text + "."


def list_entry(text: str, last: bool) -> str:
    """Entries of a list end with «;», the last one with «.»."""
    return sentence(text) if last else text.strip().rstrip(",;:").rstrip() + ";"


def short(full_name: str) -> str:
    """ "Когамов М.Ч.", with a no-break space so that a line never ends between the surname
    and the initials; text that is not a person's name is printed as typed."""
    return _unbreakable(full_name, short_name(full_name))


def signature(full_name: str) -> str:
    """ "М.Ч. Когамов", unbreakable like `short`."""
    return _unbreakable(full_name, signature_name(full_name))


def _unbreakable(full_name: str, form: str) -> str:
    return form.replace(" ", NBSP) if is_person_name(full_name) else form

