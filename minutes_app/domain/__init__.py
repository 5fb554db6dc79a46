"""Plain-Python domain: entities, rules and names. No Qt, no SQLAlchemy."""

from minutes_app.domain.errors import DomainError
from minutes_app.domain.model import (
    ActionItem,
    AgendaItem,
    Attendee,
    Body,
    Decision,
    Language,
    Meeting,
    Organization,
    Outcome,
    Person,
    QuorumKind,
    QuorumRule,
    Role,
    Statement,
    Status,
    Vote,
    new_key,
)
from minutes_app.domain.names import PersonName, is_person_name, short_name, signature_name
from minutes_app.domain.rules import (
    MAX_TEXT_LENGTH,
    QuorumStatus,
    meeting_warnings,
    next_number,
    quorum_status,
    validate_meeting,
    voting_present,
)
from minutes_app.domain.text import clean_text, fold

__all__ = [
    "MAX_TEXT_LENGTH", "ActionItem", "AgendaItem", "Attendee", "Body", "Decision",
    "DomainError", "Language",
    "Meeting", "Organization", "Outcome", "Person", "PersonName", "QuorumKind", "QuorumRule",
    "QuorumStatus", "Role", "Statement", "Status", "Vote", "clean_text", "fold",
    "is_person_name", "meeting_warnings", "new_key", "next_number", "quorum_status", "short_name",
    "signature_name", "validate_meeting", "voting_present",
]
