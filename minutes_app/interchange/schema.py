"""The keys of Minutes JSON version 1, in the documented order (the writer keeps this order)."""

FORMAT = "minutes-json"
VERSION = 1

DOCUMENT_KEYS = ("format", "version", "meetings")
MEETING_KEYS = (
    "title", "kind", "organization", "body", "number", "date", "start_time", "end_time",
    "place", "language", "status", "notes", "attendees", "agenda",
)
ATTENDEE_KEYS = (
    "name", "group", "count", "position", "organization", "role", "present", "absence_reason",
)
AGENDA_KEYS = ("title", "presenters", "heard", "discussion", "decisions")
STATEMENT_KEYS = ("speaker", "text")
DECISION_KEYS = ("text", "vote", "outcome", "actions")
VOTE_KEYS = ("for", "against", "abstained")
UNANIMOUS = "unanimous"
ACTION_KEYS = ("task", "responsible", "due", "done")

# Counts larger than this fit no INTEGER column of every database we store to; no council
# has that many members, so a bigger number is a typo, refused with its path.
MAX_COUNT = 2_147_483_647
