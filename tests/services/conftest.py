"""A real SQLite file per test, the services on it, and a meeting with every kind of part."""

from collections.abc import Callable
from datetime import date, time
from typing import Any

import pytest

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Decision,
    Meeting,
    Outcome,
    Role,
    Statement,
    Vote,
)
from minutes_app.storage import meetings as meeting_store
from minutes_app.storage.search import FoldedTextIndex


def sample_meeting(**changes: Any) -> Meeting:
    """A seminar of a public council, as a secretary would record it."""
    values: dict[str, Any] = {
        "title": "заседания Общественного совета по вопросам деятельности полиции",
        "date": date(2026, 3, 15),
        "kind": "заседание",
        "organization": "Министерство внутренних дел",
        "body": "Общественный совет МВД",
        "number": "3",
        "start_time": time(10, 0),
        "end_time": time(12, 30),
        "place": "г. Кокшетау",
        "attendees": (
            Attendee(name="Когамов Марат Чингизович", role=Role.CHAIR,
                     position="председатель совета", organization="КазНУ"),
            Attendee(name="Петрова Анна Сергеевна", role=Role.SECRETARY),
            Attendee(name="Тұрсынбаев Ерлан Қайратұлы", position="член совета"),
            Attendee(name="Сидоров Пётр", present=False, absence_reason="командировка"),
            Attendee(group="представители НПО", count=12, role=Role.INVITED),
        ),
        "agenda": (
            AgendaItem(
                title="О профилактике правонарушений",
                presenters=("Тұрсынбаев Ерлан Қайратұлы",),
                heard=(Statement("Доложил о работе участковых инспекторов ПОЛИЦИИ.",
                                 "Тұрсынбаев Ерлан Қайратұлы"),),
                discussion=(Statement("Предложила провести встречи с жителями.",
                                      "Петрова Анна Сергеевна"),
                            Statement("Поддержал предложение.", "Когамов Марат Чингизович")),
                decisions=(
                    Decision("Информацию принять к сведению.", vote=Vote(unanimous=True)),
                    Decision("Провести встречи с жителями районов.", vote=Vote(9, 1, 2),
                             actions=(ActionItem("Подготовить график встреч",
                                                 ("Петрова Анна Сергеевна",), date(2026, 4, 1)),
                                      ActionItem("Разместить объявление", done=True))),
                ),
            ),
            AgendaItem(
                title="Разное",
                decisions=(Decision("Отложить вопрос о ёлках.", vote=Vote(2, 5, 0),
                                    outcome=Outcome.ADOPTED),
                           Decision("Қаулы жобасын әзірлеу",
                                    actions=(ActionItem("Жобаны дайындау",
                                                        ("Тұрсынбаев Ерлан Қайратұлы",
                                                         "Когамов Марат Чингизович")),))),
            ),
        ),
    }
    values.update(changes)
    return Meeting(**values)


@pytest.fixture
def make_meeting() -> Callable[..., Meeting]:
    return sample_meeting


@pytest.fixture
def index(request, monkeypatch):
    """Every behaviour holds for each index of each database (tests/conftest.py pairs them):
    SQLite's FTS5 index and its any-database fallback, PostgreSQL's index of words."""
    if request.param == "folded text":
        monkeypatch.setattr(meeting_store, "search_index_for", lambda session: FoldedTextIndex())
    elif request.param == "fts5":  # and FTS5 answers by itself, never through its fallback
        monkeypatch.setattr(FoldedTextIndex, "matches", _no_fallback)
    return request.param


def _no_fallback(*args):
    raise AssertionError("the FTS5 query failed and fell back to the plain match")
