"""Person names and the two official short forms derived from them.

Lists use "Surname G.P." ("Когамов М.Ч."); signatures use "G.P. Surname" ("М.Ч. Когамов"),
as GOST R 7.0.97 writes the расшифровка подписи. Both are derived, never typed twice.
"""

from dataclasses import dataclass

from minutes_app.domain.errors import DomainError
from minutes_app.domain.text import normalize_space


@dataclass(frozen=True, slots=True)
class PersonName:
    """A name split into its parts; `patronymic` may be empty (foreign and many Kazakh names)."""

    surname: str
    given_name: str = ""
    patronymic: str = ""

    @classmethod
    def parse(cls, full_name: str) -> "PersonName":
        """Split "Surname Given Patronymic" (patronymic optional, may be two words: "Қайрат ұлы").

        A hyphenated double surname ("Петров-Водкин") is one word and stays whole.
        """
        words = normalize_space(full_name).split(" ")
        if not words[0]:
            raise DomainError("a person's name is empty", "name")
        return cls(words[0], words[1] if len(words) > 1 else "", " ".join(words[2:]))

    @property
    def full(self) -> str:
        return " ".join(part for part in (self.surname, self.given_name, self.patronymic) if part)

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


def _initial(part: str) -> str:
    """ "Мария" → "М.", "Анна-Мария" → "А.-М." (hyphenated given names keep both initials)."""
    return "-".join(piece[:1] + "." for piece in part.split("-") if piece)


def short_name(full_name: str) -> str:
    """ "Когамов Марат Чингизович" → "Когамов М.Ч." (any text a person typed is accepted)."""
    return PersonName.parse(full_name).short if full_name.strip() else ""


def signature_name(full_name: str) -> str:
    """ "Когамов Марат Чингизович" → "М.Ч. Когамов"."""
    return PersonName.parse(full_name).signature if full_name.strip() else ""
