"""The dialog of an edit conflict (issue 13): who saved the record first and when, what
differs, ours beside theirs, and the three answers; closing it decides nothing."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from gui_samples import council_meeting
from PySide6.QtCore import QLocale

from minutes_app.domain import Person
from minutes_app.domain.conflicts import EditConflict, differences
from minutes_app.ui.dialogs import conflict_dialog
from minutes_app.ui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog, part_name

SAVED_AT = datetime(2026, 3, 15, 9, 2, tzinfo=UTC)


def meeting_conflict() -> EditConflict:  # type: ignore[type-arg]
    """Айгуль changed the title and the decision's text; we changed the place."""
    base = council_meeting()
    item = base.agenda[0]
    ours = replace(base, place="г. Алматы")
    theirs = replace(base, title="заседания Общественного совета (выездного)", agenda=(
        replace(item, decisions=(replace(item.decisions[0], text="Принять к исполнению."),)),))
    return EditConflict(ours, theirs, "Айгуль Сейтова", SAVED_AT, differences(ours, theirs))


@pytest.fixture
def dialog(qtbot) -> ConflictDialog:
    shown = ConflictDialog(meeting_conflict())
    qtbot.addWidget(shown)
    shown.show()
    return shown


def rows(dialog: ConflictDialog) -> list[tuple[str, str, str]]:
    table = dialog.table
    return [tuple(table.item(row, column).text() for column in range(3))  # type: ignore[misc]
            for row in range(table.rowCount())]


def test_it_says_who_saved_first_and_when_and_that_nothing_is_lost(dialog):
    text = dialog.summary.text()
    local = QLocale().toString(SAVED_AT.astimezone().replace(tzinfo=None),
                               QLocale.FormatType.ShortFormat)
    assert dialog.windowTitle() == "Someone else changed this meeting"
    assert f"Айгуль Сейтова saved it at {local}, after you opened it here." in text
    assert "Your changes are not saved yet" in text
    assert "What differs: Title, Place, Item 1 — Decision 1." in text


def test_compare_shows_each_difference_ours_beside_theirs(dialog, qtbot):
    assert not dialog.table.isVisible()
    qtbot.mouseClick(dialog.compare_button, conflict_dialog.Qt.MouseButton.LeftButton)
    assert dialog.table.isVisible()
    shown = rows(dialog)
    assert shown[0] == ("Title", "заседания Общественного совета по вопросам правопорядка",
                        "заседания Общественного совета (выездного)")
    assert shown[1] == ("Place", "г. Алматы", "г. Астана")
    where, ours, theirs = shown[2]
    assert where == "Item 1 — Decision 1"
    assert ours.startswith("Информацию принять к сведению.")
    assert theirs.startswith("Принять к исполнению.")


@pytest.mark.parametrize(("button", "choice"), [
    ("keep_button", ConflictChoice.KEEP_MINE), ("take_button", ConflictChoice.TAKE_THEIRS)])
def test_each_answer_is_the_choice(dialog, qtbot, button, choice):
    qtbot.mouseClick(getattr(dialog, button), conflict_dialog.Qt.MouseButton.LeftButton)
    assert dialog.choice is choice
    assert not dialog.isVisible()


def test_closing_decides_nothing(dialog):
    dialog.reject()
    assert dialog.choice is ConflictChoice.UNDECIDED


def test_a_person_and_the_parts_a_whole_item_has(qtbot):
    ours = Person("Сейтова", "Айгуль", position="секретарь")
    theirs = replace(ours, position="председатель")
    shown = ConflictDialog(EditConflict(ours, theirs, "", None, differences(ours, theirs)))
    qtbot.addWidget(shown)
    assert shown.windowTitle() == "Someone else changed this person"
    assert shown.summary.text().startswith("Someone else saved it after you opened it here.")
    assert "What differs: Position." in shown.summary.text()
    whole_item = differences(council_meeting(), replace(council_meeting(), agenda=()))
    assert [part_name(d) for d in whole_item] == ["Item 1"]
