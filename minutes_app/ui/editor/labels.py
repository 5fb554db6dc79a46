"""Interface words for the domain's values (roles, outcomes, statuses, votes).

The domain keeps plain enums; their names on screen are translated here, in one place, so
the table, the pickers and the outcome label all say the same word.
"""

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from minutes_app.domain import Language, Outcome, Role, Status, Vote
from minutes_app.export.glossary import TERMS


def starting_text(kind: str, language: Language) -> str:
    """What a new meeting, item, decision or task ("meeting", "item", "decision", "task")
    is called until the secretary types over it. Left as it is, it reaches the document, so it
    is in the meeting's language, not the interface's (no «Новое решение» in a Kazakh text)."""
    return TERMS[Language(language)][f"new_{kind}"].text


def role_label(role: Role) -> str:
    labels = {
        Role.CHAIR: QCoreApplication.translate("EditorLabels", "Chair"),
        Role.SECRETARY: QCoreApplication.translate("EditorLabels", "Secretary"),
        Role.MEMBER: QCoreApplication.translate("EditorLabels", "Member"),
        Role.INVITED: QCoreApplication.translate("EditorLabels", "Invited"),
    }
    return labels[role]


def outcome_label(outcome: Outcome) -> str:
    if outcome is Outcome.ADOPTED:
        return QCoreApplication.translate("EditorLabels", "adopted")
    return QCoreApplication.translate("EditorLabels", "rejected")


def status_label(status: Status) -> str:
    if status is Status.APPROVED:
        return QCoreApplication.translate("EditorLabels", "Approved")
    return QCoreApplication.translate("EditorLabels", "Draft")


def language_label(language: Language) -> str:
    """The document language, named in the interface language."""
    labels = {
        Language.RU: QCoreApplication.translate("EditorLabels", "Russian"),
        Language.KK: QCoreApplication.translate("EditorLabels", "Kazakh"),
        Language.EN: QCoreApplication.translate("EditorLabels", "English"),
    }
    return labels[language]


def vote_label(vote: Vote | None) -> str:
    if vote is None:
        return QCoreApplication.translate("EditorLabels", "no vote")
    if vote.unanimous:
        return QCoreApplication.translate("EditorLabels", "unanimous")
    locale = QLocale()
    return QCoreApplication.translate("EditorLabels", "for %1, against %2, abstained %3").replace(
        "%1", locale.toString(vote.for_)
    ).replace("%2", locale.toString(vote.against)).replace("%3", locale.toString(vote.abstained))


def date_label(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def first_line(text: str, limit: int = 120) -> str:
    """A one-line preview of a long text for list rows."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
