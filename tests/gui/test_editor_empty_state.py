"""With no meeting open the editor says what to do instead of showing a greyed-out form."""

import test_editor_support as support

editor = support.editor
undo_stack = support.undo_stack
blank_meeting = support.blank_meeting


def test_no_meeting_shows_the_hint_and_a_meeting_shows_the_form(editor, blank_meeting):
    assert editor.empty_hint.isVisible()
    assert "New meeting" in editor.empty_hint.text()
    assert not editor.tabs.isVisible()

    editor.open_meeting(blank_meeting.id)
    assert editor.tabs.isVisible() and not editor.empty_hint.isVisible()
    assert editor.details.isEnabled()

    editor.open_meeting(None)
    assert editor.empty_hint.isVisible() and not editor.tabs.isVisible()
