"""The sample meeting in the package (minutes_app/samples/seminar.json, the seminar of the
Public Council typed into the window): the welcome offers it and the smoke tests import it, so
it must import whole and carry its Kazakh version."""

from importlib.resources import files

from minutes_app.domain import Status


def sample_bytes() -> bytes:
    return (files("minutes_app") / "samples" / "seminar.json").read_bytes()


def test_the_sample_imports_as_the_seminar_with_its_kazakh_version(services):
    result = services.transfer.import_file(sample_bytes(), "seminar.json")
    [meeting_id] = result.ids
    meeting = services.meetings.get(meeting_id)
    assert meeting.status is Status.DRAFT
    assert meeting.title.startswith("семинара «Взаимодействие полиции")
    assert meeting.translations.get("title", "kk").startswith("«Полиция мен азаматтық")
    assert meeting.body == "Общественный совет МВД РК"
    assert len(meeting.attendees) >= 5 and meeting.agenda
