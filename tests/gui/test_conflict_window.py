"""An edit conflict in the window (issue 13): another client saves the open meeting first; the
window's save is refused with nothing lost, the conflict dialog asks (replaced here by the
answer a secretary gives), and keep mine saves everything on screen over theirs, take theirs
shows theirs, deciding later keeps the typing with the choice in the banner."""

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QPushButton
from test_editor_support import focus_away, replace_text

from minutes_app.domain import AgendaItem, Meeting
from minutes_app.services import Services
from minutes_app.ui.dialogs import conflict_dialog
from minutes_app.ui.dialogs.conflict_dialog import ConflictChoice
from minutes_app.ui.main_window import SAVE_BANNER, MainWindow


@pytest.fixture
def meeting(services: Services) -> Meeting:
    return services.meetings.create(Meeting(
        title="Заседание совета", date=date(2026, 4, 2), number="4",
        agenda=(AgendaItem("Первый вопрос"),)))


@pytest.fixture
def window(qtbot, services, settings, meeting) -> MainWindow:
    shown = MainWindow(services, settings)
    qtbot.addWidget(shown)
    shown.show()
    assert shown.current_meeting_id() == meeting.id
    return shown


@pytest.fixture
def aigul(database, meeting) -> Services:
    """Another secretary on the same database, who saves the title first."""
    other = Services.build(database.session_factory)
    theirs = other.meetings.get(meeting.id)
    other.meetings.save(replace(theirs, title="Заседание правления"), by="Айгуль")
    return other


class Answers:
    def __init__(self, monkeypatch, *choices: ConflictChoice) -> None:  # type: ignore[no-untyped-def]
        self.choices = list(choices)
        self.asked: list[object] = []
        monkeypatch.setattr(conflict_dialog, "ask_about_conflict", self)

    def __call__(self, conflict, _parent):  # type: ignore[no-untyped-def]
        self.asked.append(conflict)
        return self.choices.pop(0)


def type_place(qtbot, window: MainWindow, place: str) -> None:
    replace_text(window.editor.details.place, place)
    focus_away(qtbot, window.editor)


def test_keep_mine_saves_everything_on_screen_over_theirs(qtbot, window, services, aigul,
                                                          monkeypatch, meeting):
    answers = Answers(monkeypatch, ConflictChoice.KEEP_MINE)
    type_place(qtbot, window, "г. Астана")
    assert not window.editor.flush()  # refused: Айгуль saved first
    qtbot.waitUntil(lambda: bool(answers.asked))
    (conflict,) = answers.asked
    assert conflict.changed_by == "Айгуль"
    stored = services.meetings.get(meeting.id)
    assert (stored.title, stored.place) == ("Заседание совета", "г. Астана")
    assert SAVE_BANNER not in window.banners
    assert window.statusBar().currentMessage() == "Your version was saved over theirs."
    type_place(qtbot, window, "г. Алматы")  # and the saves go on from there
    assert window.editor.flush()
    assert services.meetings.get(meeting.id).place == "г. Алматы"


def test_take_theirs_shows_theirs_and_drops_the_typing(qtbot, window, services, aigul,
                                                       monkeypatch, meeting):
    answers = Answers(monkeypatch, ConflictChoice.TAKE_THEIRS)
    type_place(qtbot, window, "г. Астана")
    window.editor.flush()
    qtbot.waitUntil(lambda: bool(answers.asked))
    shown = window.editor.current_meeting()
    assert (shown.title, shown.place) == ("Заседание правления", "")
    assert window.editor.details.title.text() == "Заседание правления"
    assert services.meetings.get(meeting.id).title == "Заседание правления"
    assert SAVE_BANNER not in window.banners


def test_decided_later_the_typing_stays_and_the_banner_asks_again(qtbot, window, services,
                                                                  aigul, monkeypatch, meeting):
    answers = Answers(monkeypatch, ConflictChoice.UNDECIDED, ConflictChoice.KEEP_MINE)
    type_place(qtbot, window, "г. Астана")
    window.editor.flush()
    qtbot.waitUntil(lambda: bool(answers.asked))
    assert window.editor.current_meeting().place == "г. Астана"  # still on screen
    assert not window.editor.retrying_save()  # a retry would only meet their version again
    banner = window.banners[SAVE_BANNER]
    assert "Айгуль saved this meeting after you opened it here" in banner.text()
    (choose,) = [b for b in banner.findChildren(QPushButton) if b.text() == "Choose…"]
    choose.click()
    assert len(answers.asked) == 2
    assert services.meetings.get(meeting.id).place == "г. Астана"


def test_closing_asks_first_and_undecided_keeps_the_window(qtbot, window, services, aigul,
                                                          monkeypatch, meeting):
    answers = Answers(monkeypatch, ConflictChoice.UNDECIDED, ConflictChoice.KEEP_MINE)
    replace_text(window.editor.details.place, "г. Астана")  # typed, not yet saved
    assert not window.close()  # undecided: nothing lost, the window stays
    assert window.isVisible() and window.editor.current_meeting().place == "г. Астана"
    assert window.close()  # kept mine: saved, then closed
    assert len(answers.asked) == 2
    stored = services.meetings.get(meeting.id)
    assert (stored.title, stored.place) == ("Заседание совета", "г. Астана")
