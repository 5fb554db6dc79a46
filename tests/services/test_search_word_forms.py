"""Search knows word forms (issue 10): a query finds the other forms of its words in Russian,
Kazakh and English, on the FTS5 index and on the any-database fallback alike; a word still
finds what begins with it; and forms do not make unrelated words match."""

from datetime import date

import pytest
from test_search_service import _ids

from minutes_app.domain import AgendaItem, Attendee, Decision, Meeting, Statement
from minutes_app.storage.search import query_forms
from minutes_app.storage.stemming import kazakh_stem, stem


def _store(services, _make_meeting, **parts):  # type: ignore[no-untyped-def]
    """A meeting holding only the given parts (the sample meeting's texts would match)."""
    return services.meetings.create(Meeting(**{"title": "№ 1", "date": date(2026, 3, 1),
                                               **parts}))


@pytest.mark.parametrize(("query", "text"), [
    ("полиция", "Взаимодействие полиции и общества"),
    ("полиция", "Встреча с полицией района"),
    ("площадка", "Открыть площадки для диалога"),
    ("Когамова", "Выступил Когамов М.Ч."),
    ("заседание", "Итоги заседания совета"),
    ("кеңесінің", "Қоғамдық кеңес отырысы"),
    ("кеңес", "Қоғамдық кеңесінің шешімі"),
    ("кеңестер", "Қоғамдық кеңестің төрағасы"),
    ("хаттамасы", "Отырыстың хаттама жобасы"),
    ("отырысының", "Кеңес отырысы өтті"),
    ("ұсыныстар", "Қатысушылардың ұсынысы қабылданды"),
    ("шешімдер", "Кеңестің шешімін орындау"),
    ("policies", "The policy was approved"),
    ("meetings", "The meeting opened at ten"),
])
def test_a_word_finds_its_other_forms(services, make_meeting, index, query, text) -> None:
    found = _store(services, make_meeting, agenda=(AgendaItem(text),))
    _store(services, make_meeting, agenda=(AgendaItem("О бюджете на 2020 год"),))
    assert _ids(services.meetings.search(query)) == [found.id]


def test_the_passage_shows_the_form_that_matched(services, make_meeting, index) -> None:
    _store(services, make_meeting, title="Заседание совета", agenda=(
        AgendaItem("О плане работы", heard=(Statement(
            "Сейткали Н.М.", "Сотрудничество с полицией в районах области"),)),))
    (hit,) = services.meetings.search("полиция")
    assert "полицией" in hit.passage


def test_a_person_is_found_by_a_declined_surname(services, make_meeting, index) -> None:
    meeting = _store(services, make_meeting,
                     attendees=(Attendee("Когамов Марат Чингисович"),))
    for query in ("Когамова", "Когамову", "Когамовым", "когамов"):
        assert _ids(services.meetings.search(query)) == [meeting.id], query


def test_every_word_must_match_in_some_form(services, make_meeting, index) -> None:
    both = _store(services, make_meeting, agenda=(AgendaItem(
        "Полиция и площадки", decisions=(Decision("Открыть площадку"),)),))
    _store(services, make_meeting, agenda=(AgendaItem("Полиция района"),))
    assert _ids(services.meetings.search("полиции площадка")) == [both.id]


@pytest.mark.parametrize(("query", "unrelated"), [
    ("полиция", "Политика района"),  # «полит» is not «полиц»
    ("площадка", "Площадь Республики"),
    ("кеңес", "Кеңсе жұмысы"),  # an office is not a council
])
def test_forms_do_not_make_unrelated_words_match(services, make_meeting, index, query,
                                                 unrelated) -> None:
    _store(services, make_meeting, agenda=(AgendaItem(unrelated),))
    assert services.meetings.search(query) == []


def test_a_beginning_still_finds_whole_words(services, make_meeting, index) -> None:
    meeting = _store(services, make_meeting, agenda=(AgendaItem("Полицейский участок"),))
    assert _ids(services.meetings.search("полиц")) == [meeting.id]


def test_stems_only_remove_endings() -> None:
    """The search relies on a Russian or Kazakh stem beginning its word."""
    for word in ("полиция", "площадками", "когамовым", "заседаниями", "кеңестерінің",
                 "отырысындағы", "хаттамасының", "қатысушылардың"):
        assert word.startswith(stem(word)), word
        assert word.startswith(kazakh_stem(word)), word
    assert kazakh_stem("кеңестерінің") == "кеңес"  # -тер -і -нің
    assert kazakh_stem("ұсыныстар") == "ұсыныс"
    assert kazakh_stem("ас") == "ас"  # too short to have an ending


def test_a_typed_word_s_forms_are_the_fewest_beginnings() -> None:
    assert query_forms("полиция") == ["полиц"]
    assert query_forms("policies") == ["polici"]
    assert query_forms("happy") == ["happy", "happi"]
    assert query_forms("2020") == ["2020"]
