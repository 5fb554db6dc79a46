"""The keys of Minutes JSON, in the documented order (the writer keeps this order).

Version 2 is what the program writes; version 1 (meetings only, every text a string, none of
the keys marked "version 2" below) still reads. A version 1 file using a version 2 key is
refused like any unknown key.
"""

FORMAT = "minutes-json"
VERSION = 2  # the version written
VERSIONS = (1, 2)  # the versions read

LANGUAGE_KEYS = ("ru", "kk", "en")  # the keys of a text given in several languages
DIRECTORY_LANGUAGE = "ru"  # the own language of organisations, people and bodies

DOCUMENT_KEYS_V1 = ("format", "version", "meetings")
DOCUMENT_KEYS = ("format", "version", "organizations", "people", "bodies", "meetings")

ORGANIZATION_KEYS = ("name", "address")
PERSON_KEYS = (
    "surname", "given_name", "patronymic", "position", "organization", "degree", "rank",
)
# place, kind and letterhead are not in INTERCHANGE.md's table: without them a backup would
# lose what a body's meetings share (the issue: "a backup restores the whole archive").
BODY_KEYS = (
    "name", "organization", "quorum", "numbering", "place", "kind", "letterhead", "document",
    "members",
)
# How the body's documents are set (issue 9); absent: the defaults.
DOCUMENT_SETTINGS_KEYS = ("font", "font_size", "long_term_margin", "decisions")
QUORUM_COUNT_KEYS = ("count",)
MEMBER_KEYS = ("person", "role", "from", "to")

MEETING_KEYS_V1 = (
    "title", "kind", "organization", "body", "number", "date", "start_time", "end_time",
    "place", "language", "status", "notes", "attendees", "agenda",
)
MEETING_KEYS = (
    "title", "kind", "organization", "body", "number", "date", "start_time", "end_time",
    "place", "language", "status", "approval", "notes", "organizers", "attendees", "agenda",
    "conclusions", "history",
)
# "fingerprint": SHA-256 of the record as approved (64 hex digits; domain.fingerprint).
APPROVAL_KEYS = ("by", "on", "fingerprint")
HISTORY_KEYS = ("at", "by", "what", "detail")
HISTORY_EVENTS = ("approved", "reopened", "changed after approval")

ATTENDEE_KEYS_V1 = (
    "name", "group", "count", "position", "organization", "role", "present", "absence_reason",
)
ATTENDEE_KEYS = (
    "name", "group", "count", "position", "organization", "degree", "rank", "role", "present",
    "absence_reason",
)
AGENDA_KEYS_V1 = ("title", "presenters", "heard", "discussion", "decisions")
AGENDA_KEYS = (
    "title", "presenters", "heard", "discussion", "proposals", "decisions", "conclusions",
)
STATEMENT_KEYS = ("speaker", "text")
DECISION_KEYS = ("text", "vote", "outcome", "actions")
VOTE_KEYS = ("for", "against", "abstained")
UNANIMOUS = "unanimous"
ACTION_KEYS_V1 = ("task", "responsible", "due", "done")
ACTION_KEYS = ("task", "responsible", "due", "done", "done_on", "done_note")

# Counts larger than this fit no INTEGER column of every database we store to; no council
# has that many members, so a bigger number is a typo, refused with its path.
MAX_COUNT = 2_147_483_647
