"""Person names and the two official short forms derived from them.

Lists use "Surname G.P." ("Когамов М.Ч."); signatures use "G.P. Surname" ("М.Ч. Когамов"),
as GOST R 7.0.97 writes the расшифровка подписи. Both are derived, never typed twice.

What a secretary types into a name field is read by these rules, in this order:

1. **Not a person's name: kept whole in every form.** An organisation or a group typed as a
   name («представитель акимата», «ТОО "Береке"», «Департамент полиции», «жители села») must
   never be shortened. The text is not a name when it has more than 4 words, or any word
   - holds a character other than letters, hyphens, apostrophes and the dots of initials
     (digits, quotes, brackets, commas: «ТОО "Береке"», «Отдел № 2»);
   - begins with a small letter («представитель», «полиции»), except the Kazakh patronymic
     words «ұлы», «улы», «қызы», «кызы» written apart;
   - is an abbreviation: two to five capital letters («ТОО», «АО», «НПО», «МВД»). A surname
     typed in capitals is read as a surname when it is longer («ИВАНОВ Иван»); a short one
     («КИМ») keeps the text whole, which is never wrong, only less short.
   Four words are a name only when the fourth is a Kazakh patronymic word («… Қайрат ұлы»)
   or the name is written in Latin letters («John Ronald Reuel Tolkien»).
2. **Initials typed are kept, on whichever side they stand:** «Иванов И.И.», «Иванов И. И.»,
   «И.И. Иванов» all give «Иванов И.И.» / «И.И. Иванов»; «Иванов И.» keeps its one initial.
   An initial is a capital letter, or a capital and one small letter («Дж.»), and a dot; a
   hyphenated one («А.-М.») is one initial. Initials stand on one side of a one-word
   surname, or stand for the patronymic only («Иванов Иван И.», «John R. Smith»); anything
   else with initials («И. Иванов И.») is kept whole.
3. **Full names.** Cyrillic names are written surname first («Когамов Марат Чингизович»);
   names in Latin letters are written given names first («John Smith» → «Smith J.»).
   A hyphenated double surname («Петров-Водкин») is one word and stays whole; a hyphenated
   given name («Анна-Мария») gives both initials («А.-М.»); a Kazakh patronymic written
   together («Қайратұлы») or apart («Қайрат ұлы») gives one initial. A single word (a surname
   alone) stays as it is.

A text that is not a name is held as a `PersonName` whose surname is the whole text, so its
list and signature forms are the text itself.
"""

import re
import unicodedata
from dataclasses import dataclass

from minutes_app.domain.errors import DomainError
from minutes_app.domain.text import normalize_space

_MAX_WORDS = 4
# Kazakh patronymics written apart: «Қайрат ұлы» (son of Қайрат), «Қайрат қызы» (daughter of).
_PATRONYMIC_WORDS = frozenset({"ұлы", "улы", "қызы", "кызы"})
# One initial: a capital letter (or a capital and a small one, «Дж.») and a dot; «А.-М.» is one.
_INITIAL = r"[^\W\d_][^\W\d_]?\.(?:-[^\W\d_][^\W\d_]?\.)?"
_INITIALS_WORD = re.compile(f"(?:{_INITIAL})+")
_ONE_INITIAL = re.compile(_INITIAL)
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ABBREVIATION_LENGTH = range(2, 6)


@dataclass(frozen=True, slots=True)
class PersonName:
    """A name split into its parts; `patronymic` may be empty (foreign and many Kazakh names).

    `given_name` and `patronymic` may be initials («И.»); a text that is not a person's name
    is all in `surname`.
    """

    surname: str
    given_name: str = ""
    patronymic: str = ""

    @classmethod
    def parse(cls, full_name: str) -> "PersonName":
        """Split typed text into parts by the rules of the module docstring."""
        text = normalize_space(full_name)
        if not text:
            raise DomainError("a person's name is empty", "name")
        words = text.split(" ")
        if len(words) == 1 or not _is_name(words):
            return cls(text)
        initials = _read_initials(words)
        if initials is not None:
            return initials
        words = _join_patronymic_words(words)
        if _is_latin(text):
            given, *middle, surname = words
            return cls(surname, given, " ".join(middle))
        if len(words) > 3:  # four words with no Kazakh patronymic word among them
            return cls(text)
        return cls(words[0], words[1] if len(words) > 1 else "", " ".join(words[2:]))

    @property
    def full(self) -> str:
        """The name written out in its script's usual order, with initials kept together:
        «Когамов Марат Чингизович», «Иванов И.И.», «John Smith»."""
        if _is_initials(self.given_name) and (not self.patronymic
                                              or _is_initials(self.patronymic)):
            given = self.given_name + self.patronymic
        else:
            given = " ".join(part for part in (self.given_name, self.patronymic) if part)
        if not given:
            return self.surname
        if _is_latin(self.surname + given):
            return f"{given} {self.surname}"
        return f"{self.surname} {given}"

    @property
    def initials(self) -> str:
        return "".join(_initial(part) for part in (self.given_name, self.patronymic) if part)

    @property
    def short(self) -> str:
        """The list form: "Когамов М.Ч."; a bare surname when there is nothing else."""
        return f"{self.surname} {self.initials}" if self.initials else self.surname

    @property
    def signature(self) -> str:
        """The signature form: "М.Ч. Когамов"."""
        return f"{self.initials} {self.surname}" if self.initials else self.surname


def is_person_name(text: str) -> bool:
    """Whether typed text reads as a person's name (and so has short forms of its own)."""
    words = normalize_space(text).split(" ")
    return bool(words[0]) and _is_name(words)


def short_name(full_name: str) -> str:
    """ "Когамов Марат Чингизович" → "Когамов М.Ч." (any text a person typed is accepted)."""
    return PersonName.parse(full_name).short if full_name.strip() else ""


def signature_name(full_name: str) -> str:
    """ "Когамов Марат Чингизович" → "М.Ч. Когамов"."""
    return PersonName.parse(full_name).signature if full_name.strip() else ""


def _is_name(words: list[str]) -> bool:
    if len(words) > _MAX_WORDS:
        return False
    if len(words) == _MAX_WORDS and words[-1] not in _PATRONYMIC_WORDS \
            and not _is_latin(" ".join(words)):
        return False
    return all((word in _PATRONYMIC_WORDS and index > 0) or _is_name_word(word)
               for index, word in enumerate(words))


def _is_name_word(word: str) -> bool:
    if not word[0].isupper():
        return False
    if _is_initials(word):
        return True
    if not _NAME_WORD.fullmatch(word):
        return False
    return not (word.isupper() and len(word) in _ABBREVIATION_LENGTH)


def _is_initials(part: str) -> bool:
    """«И.», «И.И.», «И. И.», «А.-М.»: nothing but initials, each beginning with a capital."""
    return bool(part) and all(
        _INITIALS_WORD.fullmatch(word) and all(i[0].isupper() for i in _ONE_INITIAL.findall(word))
        for word in part.split(" "))


def _read_initials(words: list[str]) -> PersonName | None:
    """«Иванов И.И.», «Иванов И. И.», «И.И. Иванов» → Иванов, И., И.; None when no word is
    initials. Initials elsewhere than on one side of a one-word surname keep the text whole."""
    flags = [_is_initials(word) for word in words]
    if not any(flags):
        return None
    if flags.count(False) == 1 and (not flags[0] or not flags[-1]):
        surname = words[flags.index(False)]
        found = _ONE_INITIAL.findall("".join(w for w, f in zip(words, flags, strict=True) if f))
        return PersonName(surname, found[0], "".join(found[1:]))
    if flags == [False, False, True] and not _is_latin(" ".join(words)):
        return PersonName(*words)  # «Иванов Иван И.»: a patronymic known only by its initial
    if flags == [False, True, False] and _is_latin(" ".join(words)):
        return PersonName(words[2], words[0], words[1])  # «John R. Smith»
    return PersonName(" ".join(words))


def _join_patronymic_words(words: list[str]) -> list[str]:
    """«Қайрат», «ұлы» → «Қайрат ұлы»: a Kazakh patronymic written apart is one part."""
    joined: list[str] = []
    for word in words:
        if word in _PATRONYMIC_WORDS and joined:
            joined[-1] += " " + word
        else:
            joined.append(word)
    return joined


def _is_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)


def _initial(part: str) -> str:
    """ "Мария" → "М.", "Анна-Мария" → "А.-М." (hyphenated given names keep both initials);
    "Қайрат ұлы" → "Қ."; initials typed as such are kept as they are ("И." → "И.")."""
    if _is_initials(part):
        return part.replace(" ", "")
    first_word = part.split(" ")[0]
    return "-".join(piece[:1] + "." for piece in first_word.split("-") if piece)
