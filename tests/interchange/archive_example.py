"""The version 2 example of the format's documentation, and a helper for refusals."""

import copy
import json
from typing import Any

import pytest

from minutes_app.interchange import InterchangeError, parse_archive

EXAMPLE_V2 = """{
  "format": "minutes-json",
  "version": 2,
  "organizations": [
    {"name": {"ru": "Министерство внутренних дел Республики Казахстан",
              "kk": "Қазақстан Республикасы Ішкі істер министрлігі"},
     "address": "г. Астана, ул. Тәуелсіздік, 1"}
  ],
  "people": [
    {"surname": "Когамов", "given_name": "Марат", "patronymic": "Чингисович",
     "position": "Председатель Общественного совета МВД РК",
     "organization": "Общественный совет МВД РК", "degree": "доктор юридических наук"},
    {"surname": "Букреев", "given_name": "Виктор",
     "position": {"ru": "заместитель начальника Департамента полиции",
                  "kk": "Полиция департаменті бастығының орынбасары"},
     "rank": "полковник полиции"}
  ],
  "bodies": [
    {"name": {"ru": "Общественный совет МВД РК", "kk": "ҚР ІІМ Қоғамдық кеңесі"},
     "organization": "Министерство внутренних дел Республики Казахстан",
     "quorum": "two_thirds",
     "numbering": "yearly",
     "members": [
       {"person": "Когамов Марат Чингисович", "role": "chair", "from": "2019-01-15"},
       {"person": "Ким Ольга Викторовна", "from": "2019-01-15", "to": "2022-01-15"}
     ]}
  ],
  "meetings": [
    {
      "title": {"ru": "семинара «Взаимодействие полиции с институтами гражданского общества»",
                "kk": "«Полиция мен азаматтық қоғам институттарының өзара іс-қимылы» семинарының"},
      "kind": "семинар",
      "body": "Общественный совет МВД РК",
      "organization": "Министерство внутренних дел Республики Казахстан",
      "number": "7", "date": "2019-11-22", "start_time": "10:00", "end_time": "12:30",
      "place": {"ru": "г. Кокшетау", "kk": "Көкшетау қ."},
      "language": "ru",
      "organizers": ["ОФ «Eurasian Expert Council»", "Общественный совет МВД РК"],
      "attendees": [
        {"name": "Когамов Марат Чингисович", "role": "chair",
         "degree": "доктор юридических наук"},
        {"name": "Букреев Виктор", "role": "invited", "rank": "полковник полиции"},
        {"group": {"ru": "представители НПО", "kk": "ҮЕҰ өкілдері"}, "count": 12, "role": "invited"}
      ],
      "agenda": [
        {"title": "О взаимодействии", "presenters": ["Когамов Марат Чингисович"],
         "heard": [{"speaker": "Когамов Марат Чингисович", "text": "доклад"}],
         "discussion": [{"speaker": "Букреев Виктор", "text": "выступление"}],
         "proposals": [{"speaker": "Букреев Виктор",
                        "text": "развивать новые формы сотрудничества"}],
         "decisions": [
           {"text": "Принять к сведению", "vote": {"for": 18, "against": 0, "abstained": 2},
            "actions": [{"task": "Подготовить письмо", "responsible": ["Букреев Виктор"],
                         "due": "2020-02-01", "done_on": "2020-01-28", "done_note": "письмо № 12"}]}
         ],
         "conclusions": ["Взаимодействие полиции с институтами гражданского общества развивается"]}
      ],
      "conclusions": [{"ru": "Семинар полезен", "kk": "Семинар пайдалы"}],
      "status": "approved",
      "approval": {"by": "Когамов Марат Чингисович", "on": "2019-11-25"},
      "history": [
        {"at": "2019-11-25T10:02:00", "by": "Жумабаева С.Е.", "what": "approved"}
      ]
    }
  ]
}
"""


def example_v2() -> dict[str, Any]:
    return json.loads(EXAMPLE_V2)


def edited(change: Any) -> str:
    """The version 2 example with `change` applied to the whole document, as JSON text."""
    document = copy.deepcopy(example_v2())
    change(document)
    return json.dumps(document, ensure_ascii=False)


def refusal_v2(data: bytes | str) -> str:
    with pytest.raises(InterchangeError) as caught:
        parse_archive(data)
    message = str(caught.value)
    assert "\n" not in message
    return message
