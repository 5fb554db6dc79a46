"""The meeting editor (Details, Attendees, Agenda), saved as you type, with one undo history."""

from minutes_app.ui.editor.meeting_editor import MeetingEditor

__all__ = ["MeetingEditor"]
