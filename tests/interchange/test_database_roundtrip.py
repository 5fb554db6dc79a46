"""The backup promise end to end: a file imported into the database and exported again gives
back the same meetings, whatever text a person typed (emoji, right-to-left scripts, combining
marks, 100,000-character fields)."""

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_interchange_roundtrip import meetings

from minutes_app.domain import Meeting
from minutes_app.interchange import dump_document, parse_document
from minutes_app.services import Services


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(meetings(), min_size=1, max_size=3))
def test_import_then_export_through_the_database_gives_back_equal_meetings(
    services: Services, database_kind: str, generated: list[Meeting]
) -> None:
    if database_kind == "postgresql":
        generated = _storable_on_postgresql(generated)
    document = dump_document(generated)
    ids = services.meetings.import_meetings(parse_document(document))
    exported = services.meetings.export_meetings(ids)
    assert exported == generated
    assert dump_document(exported) == document


def _storable_on_postgresql(generated: list[Meeting]) -> list[Meeting]:
    """PostgreSQL's text cannot hold NUL (U+0000), and its indexes no value over 2,704 bytes:
    the same meetings with U+FFFD for NUL (replaced in the JSON, so in every field of every
    part), and the names the directory indexes (body, organisations) cut to 600 characters."""
    meetings = parse_document(dump_document(generated).replace("\\u0000", "\\ufffd"))
    return [replace(meeting, body=meeting.body[:NAME], organization=meeting.organization[:NAME],
                    attendees=tuple(replace(attendee, organization=attendee.organization[:NAME])
                                    for attendee in meeting.attendees))
            for meeting in meetings]


NAME = 600  # characters: at most 2,400 bytes in UTF-8
