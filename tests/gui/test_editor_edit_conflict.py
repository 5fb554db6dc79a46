"""The editor against another client's save (issue 13): its own saves carry the version on
(never a conflict with itself), another's save in between refuses ours with an EditConflict
that keeps the typing on screen and is not retried; approval is of the version on screen.
The conflict dialog comes later; today the window reports the error (save_failed)."""

from dataclasses import replace
from datetime import date

import pytest
import test_editor_support as support
from PySide6.QtWidgets import QMessageBox
from test_editor_support import focus_away, replace_text

from minutes_app.domain import AgendaItem, Meeting, Status
from minutes_app.services import Services
from minutes_app.services.errors import EditConflict
from minutes_app.ui.editor import approval

editor = support.editor
undo_stack = support.undo_stack


@pytest.fixture
def meeting(services: Services) -> Meeting:
    return services.meetings.create(Meeting(
        title="Заседание совета", date=date(2026, 4, 2), agenda=(AgendaItem("Первый вопрос"),)))


@pytest.fixture
def other(database) -> Services:
    """Another client of the same database."""
    return Services.build(database.session_factory)


def test_the_editor_s_own_saves_follow_each_other(qtbot, editor, services, meeting) -> None:
    assert editor.open_meeting(meeting.id)
    for place in ("г. Кокшетау", "г. Астана", "г. Алматы"):
        replace_text(editor.details.place, place)
        focus_away(qtbot, editor)
        assert editor.flush()
    stored = services.meetings.get(meeting.id)
    assert (stored.place, stored.version) == ("г. Алматы", 4)


def test_another_client_s_save_keeps_the_typing_and_is_not_retried(
        qtbot, editor, services, other, meeting) -> None:
    failures: list[Exception] = []
    editor.save_failed.connect(failures.append)
    assert editor.open_meeting(meeting.id)
    theirs = other.meetings.get(meeting.id)
    other.meetings.save(replace(theirs, title="Заседание правления"), by="Айгуль")
    replace_text(editor.details.place, "г. Астана")
    assert not editor.flush()
    (conflict,) = failures
    assert isinstance(conflict, EditConflict) and conflict.changed_by == "Айгуль"
    assert [d.part for d in conflict.differences] == ["title", "place"]
    assert editor.current_meeting().place == "г. Астана"  # the typing stays on screen
    assert not editor.retrying_save()
    assert services.meetings.get(meeting.id).title == "Заседание правления"  # theirs stays
    # Keep mine (what the dialog will offer), then the editor saves on from that version.
    kept = services.meetings.keep_mine(conflict)
    assert editor.discard_changes() and editor.current_meeting() == kept
    replace_text(editor.details.place, "г. Алматы")
    assert editor.flush() and failures == [conflict]
    assert services.meetings.get(meeting.id).place == "г. Алматы"


def test_approval_is_of_the_version_on_screen(qtbot, editor, services, other, meeting,
                                              monkeypatch) -> None:
    monkeypatch.setattr(approval, "ask_approver", lambda *_args: "Айгуль")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    assert editor.open_meeting(meeting.id)
    replace_text(editor.details.place, "г. Астана")
    assert editor.flush()  # our own save first: the version on screen moves on
    theirs = other.meetings.get(meeting.id)
    other.meetings.save(replace(theirs, title="Заседание правления"))
    assert not editor.approve()  # what is on screen is no longer what is stored
    assert len(warned) == 1 and "What differs: Title." in warned[0]  # said, and what
    assert services.meetings.get(meeting.id).status is Status.DRAFT
    assert editor.discard_changes() and editor.approve()
    approved = services.meetings.get(meeting.id)
    assert (approved.status, approved.title) == (Status.APPROVED, "Заседание правления")
