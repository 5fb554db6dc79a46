"""Short, translated messages for the domain's errors, shown under the offending field.

The domain names the field in `DomainError.field` ("end_time", "agenda[2].title", ...); the
message the user reads is chosen by the last part of that path. An unknown field falls back
to the domain's own (English) sentence rather than saying nothing.
"""

import re

from PySide6.QtCore import QCoreApplication

from minutes_app.domain import DomainError

_LAST_PART = re.compile(r"(?:^|\.)([a-z_]+)(?:\[\d+\])?$")


def field_message(error: DomainError) -> str:
    path = error.field
    match = _LAST_PART.search(path)
    last = match.group(1) if match else path
    if path.startswith("agenda[") and last == "title":
        return QCoreApplication.translate("FieldMessages", "Enter the item's title.")
    messages = {
        "title": QCoreApplication.translate("FieldMessages", "Enter the meeting's title."),
        "end_time": QCoreApplication.translate(
            "FieldMessages", "The meeting cannot end before it starts."
        ),
        "text": QCoreApplication.translate("FieldMessages", "Enter the decision's text."),
        "task": QCoreApplication.translate("FieldMessages", "Enter the task."),
        "role": QCoreApplication.translate(
            "FieldMessages",
            "A meeting has one chair and one secretary: choose them above the list.",
        ),
        "count": QCoreApplication.translate(
            "FieldMessages", "A group needs a head count of at least 1."
        ),
        "name": QCoreApplication.translate("FieldMessages", "Enter a name."),
        "absence_reason": QCoreApplication.translate(
            "FieldMessages", "A reason is given only for someone absent."
        ),
    }
    return messages.get(last, error.message)
