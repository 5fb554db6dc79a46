"""The documented example and helpers shared by the reader tests."""

import copy
import json
from typing import Any

import pytest

from minutes_app.interchange import InterchangeError, parse_document

# The example of INTERCHANGE.md, verbatim.
EXAMPLE = """{
  "format": "minutes-json",
  "version": 1,
  "meetings": [
    {
      "title": "заседания Общественного совета по вопросам ...",
      "kind": "заседание",
      "organization": "Общественный совет ...",
      "body": "Общественный совет ...",
      "number": "3",
      "date": "2026-03-15",
      "start_time": "10:00",
      "end_time": "12:30",
      "place": "г. Кокшетау",
      "language": "ru",
      "status": "draft",
      "notes": "",
      "attendees": [
        {"name": "Иванов Иван Иванович", "position": "председатель совета",
         "organization": "...", "role": "chair"},
        {"name": "Петрова Анна Сергеевна", "role": "secretary"},
        {"name": "Сидоров Пётр", "role": "member", "present": false,
         "absence_reason": "командировка"},
        {"group": "представители НПО", "count": 12, "role": "invited"}
      ],
      "agenda": [
        {
          "title": "О ...",
          "presenters": ["Иванов Иван Иванович"],
          "heard": [{"speaker": "Иванов Иван Иванович", "text": "..."}],
          "discussion": [{"speaker": "Сидоров Пётр", "text": "..."}],
          "decisions": [
            {"text": "Принять к сведению ...",
             "vote": {"for": 18, "against": 0, "abstained": 2},
             "actions": [{"task": "Подготовить ...", "responsible": ["Петрова Анна Сергеевна"],
                          "due": "2026-04-01", "done": false}]}
          ]
        }
      ]
    }
  ]
}
"""


def example() -> dict[str, Any]:
    return json.loads(EXAMPLE)


def two_meetings() -> dict[str, Any]:
    document = example()
    document["meetings"].append(copy.deepcopy(document["meetings"][0]))
    return document


def refusal(data: bytes | str) -> str:
    with pytest.raises(InterchangeError) as caught:
        parse_document(data)
    message = str(caught.value)
    assert "\n" not in message
    return message
