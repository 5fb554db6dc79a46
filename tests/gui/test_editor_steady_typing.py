"""A steady typist never pauses for the one second the autosave waits for: it still saves at
least every five seconds while changes keep coming."""

from datetime import date

import test_editor_support as support
from test_editor_support import type_text

from minutes_app.domain import Meeting

editor = support.editor
undo_stack = support.undo_stack

KEY_EVERY_MS = 300  # faster than the one-second pause the debounce waits for
KEYS = 40  # twelve seconds of typing


def test_steady_typing_is_saved_while_it_goes_on(qtbot, editor, services):
    meeting = services.meetings.create(Meeting(title="Заседание", date=date(2026, 4, 2)))
    editor.open_meeting(meeting.id)
    typed = ""
    stored_while_typing = []
    for number in range(KEYS):
        char = "абвгдеёжзи"[number % 10]
        type_text(editor.details.notes, char)
        typed += char
        qtbot.wait(KEY_EVERY_MS)
        stored_while_typing.append(services.meetings.get(meeting.id).notes)

    assert editor.details.notes.toPlainText() == typed
    saved = [text for text in dict.fromkeys(stored_while_typing) if text]
    # Saved at least twice during the typing, each time what had been typed by then.
    assert len(saved) >= 2, stored_while_typing
    assert all(typed.startswith(text) for text in saved)
    assert len(saved[-1]) > len(typed) // 2
