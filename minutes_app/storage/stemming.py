"""Word stems for search, so that a query finds the other forms of its words: «полиция» finds
«полиции» and «полицией», «Когамова» finds «Когамов», «кеңесінің» finds «кеңес».

Russian and English words go through the Snowball stemmers (PyStemmer); Kazakh has no Snowball
stemmer, so its words lose their common endings by the rules below. A word is taken as Kazakh
when it has a letter of the Kazakh alphabet that Russian lacks (ә ғ қ ң ө ұ ү һ і); a Kazakh
word written only with letters Russian has too is stemmed as Russian, which strips its
vowel endings but not its consonant ones.

Every stemmer here only removes endings, so a stem of a Cyrillic word is a beginning of the
word; the search relies on that (see storage.search).
"""

import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # PyStemmer is loaded by the first search or save, not at start
    import Stemmer

_KAZAKH_ONLY = frozenset("әғқңөұүһі")
# A stem keeps at least this many letters: shorter words are names, numbers and particles
# whose endings are not endings.
_SHORTEST_STEM = 3
# Kazakh endings (https://en.wikipedia.org/wiki/Kazakh_grammar, "Nouns"; А. Ысқақов,
# «Қазіргі қазақ тілі. Морфология», 1991) in their vowel- and consonant-harmony variants, by
# the slot they fill after the stem: plural, possessive, case — «кеңес-тер-і-нің». Each comes
# with what the stem before it ends in: V a vowel, C a consonant, "" either, or the letters.
_CASE = {
    "ның": "V", "нің": "V", "дың": "C", "дің": "C", "тың": "C", "тің": "C",  # genitive
    "ға": "", "ге": "", "қа": "C", "ке": "C", "на": "V", "не": "V", "а": "мң", "е": "мң",
    "ны": "V", "ні": "V", "ды": "C", "ді": "C", "ты": "C", "ті": "C", "н": "V",  # accusative
    "да": "", "де": "", "та": "C", "те": "C", "нда": "V", "нде": "V",  # locative
    "дан": "", "ден": "", "тан": "C", "тен": "C", "нан": "V", "нен": "V", "ндан": "V",
    "нден": "V",  # ablative
    "мен": "", "бен": "", "пен": "",  # instrumental
    "дағы": "", "дегі": "", "тағы": "C", "тегі": "C", "ндағы": "V", "ндегі": "V",  # relative
}
_POSSESSIVE = {
    "ым": "C", "ім": "C", "м": "V", "ың": "C", "ің": "C", "ң": "V", "ыңыз": "C", "іңіз": "C",
    "ңыз": "V", "ңіз": "V", "ы": "C", "і": "C", "сы": "V", "сі": "V", "ымыз": "C", "іміз": "C",
    "мыз": "V", "міз": "V",
}
_PLURAL = {"лар": "", "лер": "", "дар": "C", "дер": "C", "тар": "C", "тер": "C"}
_SLOTS = tuple(tuple(sorted(slot.items(), key=lambda e: -len(e[0])))
               for slot in (_CASE, _POSSESSIVE, _PLURAL))  # taken off from the end
_VOWELS = frozenset("аәеёиоөуұүыіэюя")

_local = threading.local()  # a PyStemmer stemmer must not be shared between threads


def _snowball(language: str) -> "Stemmer.Stemmer":
    stemmers: dict[str, Stemmer.Stemmer] = _local.__dict__.setdefault("stemmers", {})
    if language not in stemmers:
        stemmers[language] = _new_stemmer(language)
    return stemmers[language]


def _new_stemmer(language: str) -> Any:  # PyStemmer ships no types
    import Stemmer  # a real import statement: the frozen build's analysis must see it

    return Stemmer.Stemmer(language)


def stem(word: str) -> str:
    """The stem of a folded word (lower case, ё as е: `domain.fold`)."""
    if len(word) <= _SHORTEST_STEM or not word.isalpha():
        return word
    if not _KAZAKH_ONLY.isdisjoint(word):
        return kazakh_stem(word)
    if "а" <= word[0] <= "я":
        return str(_snowball("russian").stemWord(word))
    if word.isascii():
        return str(_snowball("english").stemWord(word))
    return word


def kazakh_stem(word: str) -> str:
    """The word without its case, possessive and plural endings, each the longest that fits
    (when two readings fit, the shorter stem: a few more words found beats a form missed)."""
    for slot in _SLOTS:
        ending = next((e for e, after in slot if _fits(word, e, after)), "")
        word = word[: len(word) - len(ending)]
    return word


def _fits(word: str, ending: str, after: str) -> bool:
    rest = word[: -len(ending)]
    if not word.endswith(ending) or len(rest) < _SHORTEST_STEM:
        return False
    if after in ("V", "C"):
        return (rest[-1] in _VOWELS) == (after == "V")
    return not after or rest[-1] in after


def stem_candidates(word: str) -> list[str]:
    """The stems a typed word may have: `stem`, and for a Cyrillic word with no Kazakh letter
    also its Kazakh stem (it may be a Kazakh word: «хаттамасы»)."""
    stems = [stem(word)]
    if _KAZAKH_ONLY.isdisjoint(word) and "а" <= word[:1] <= "я" and len(word) > _SHORTEST_STEM:
        stems.append(kazakh_stem(word))
    return stems
