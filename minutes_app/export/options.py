"""What the caller may choose about the document: form, language, extract, margins, fonts."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from minutes_app.domain import DecisionVerb, Language
from minutes_app.export.errors import OptionsError


class Form(StrEnum):
    FULL = "full"  # СЛУШАЛИ / ВЫСТУПИЛИ with their texts
    SHORT = "short"  # who spoke on what, then the decisions


@dataclass(frozen=True, slots=True)
class DocxOptions:
    """How to export one meeting.

    `language` None means the meeting's own language. `extract` lists 1-based agenda item
    numbers: when given, the document is an extract («Выписка из протокола») of those items.
    `issued_on` is the date the extract is certified («Верно:»); None means today.
    """

    form: Form = Form.FULL
    language: Language | None = None
    extract: tuple[int, ...] = ()
    author: str = ""
    long_term_margin: bool = False  # 30 mm left margin for documents kept over 10 years
    attendee_list_threshold: int = 15  # more members present than this: a count and an annex
    font_name: str = "Times New Roman"
    font_size: float = 14
    table_font_size: float = 12
    issued_on: date | None = None
    # ПОСТАНОВИЛИ or РЕШИЛИ (ҚАУЛЫ ЕТТІ / ШЕШТІ), the body's choice (Body.document)
    decision_verb: DecisionVerb = DecisionVerb.RESOLVED

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "form", Form(self.form))
        except ValueError:
            raise OptionsError(f"unknown form {self.form!r}: use full or short") from None
        if self.language is not None:
            try:
                object.__setattr__(self, "language", Language(self.language))
            except ValueError:
                raise OptionsError(
                    f"unknown document language {self.language!r}: use ru, kk or en"
                ) from None
        try:
            object.__setattr__(self, "decision_verb", DecisionVerb(self.decision_verb))
        except ValueError:
            raise OptionsError(f"unknown decision word {self.decision_verb!r}: "
                               "use resolved or decided") from None
        if any(isinstance(n, bool) or not isinstance(n, int) or n < 1 for n in self.extract):
            raise OptionsError(f"extract item numbers must be 1 or more, not {self.extract!r}")
        if self.attendee_list_threshold < 0:
            raise OptionsError("the attendee list threshold must be 0 or more")
        if not self.font_name.strip():
            raise OptionsError("the font name is empty")
        if not (6 <= self.font_size <= 36 and 6 <= self.table_font_size <= 36):
            raise OptionsError("font sizes must be between 6 and 36 points")
