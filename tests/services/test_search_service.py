from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes_app.domain import AgendaItem, Attendee, Decision, Statement

ODD_INPUTS = [
    "", "   ", '"', '""', "'", "it's", "e-mail", "foo.bar", "AND", "OR", "NOT", "NEAR",
    "(", ")", "(полиция", "*", "засед*", "^", "col:x", "folded:полиция", "body:x", "-", "+",
    "a AND", "\\", "%", "_", "%_", "user@example.com", "NEAR(a b)", "\x00", "\u200b", "🙂",
    "полиция OR", "{folded}: x", "ё", "Ё", "1", "12-п", "№ 3", "—", "«»",
]


def _ids(hits):
    return [hit.meeting_id for hit in hits]


def _store(services, make_meeting, **changes):
    return services.meetings.create(make_meeting(**changes))


def test_cyrillic_is_found_whatever_the_case(services, make_meeting, index):
    meeting = _store(services, make_meeting, title="Совещание ПОЛИЦИЯ и граждане")
    for query in ("полиция", "ПОЛИЦИЯ", "Полиция", "пОлИцИя"):
        assert _ids(services.meetings.search(query)) == [meeting.id], query


def test_kazakh_letters_are_folded(services, make_meeting, index):
    meeting = _store(services, make_meeting, agenda=(
        AgendaItem("ҚАУЛЫ ЖОБАСЫ ТУРАЛЫ", decisions=(Decision("ӨТІНІШТІ ҰСЫНЫСТАРМЕН ҮКІМЕТКЕ "
                                                            "ЖІБЕРУ, ӘКІМДІККЕ ҒАНА, ҢҺ"),)),
    ))
    for query in ("қаулы", "өтініш", "ұсыныс", "үкімет", "жіберу", "әкімдік", "ғана", "ңһ"):
        assert _ids(services.meetings.search(query)) == [meeting.id], query


def test_a_word_is_found_by_its_beginning(services, make_meeting, index):
    meeting = _store(services, make_meeting, title="заседание совета")
    assert _ids(services.meetings.search("засед")) == [meeting.id]
    assert _ids(services.meetings.search("засед сов")) == [meeting.id]
    assert services.meetings.search("седание") == []  # the middle of a word is not a start
    assert services.meetings.search("засед отсутствует") == []  # every word must match


def test_yo_and_ye_are_the_same_letter(services, make_meeting, index):
    yo = _store(services, make_meeting, title="О ёлке во дворе")
    ye = _store(services, make_meeting, title="Об елке в парке", date=date(2026, 1, 1))
    assert _ids(services.meetings.search("елк")) == [yo.id, ye.id]
    assert _ids(services.meetings.search("ЁЛКЕ")) == [yo.id, ye.id]


@pytest.mark.parametrize("query", ODD_INPUTS)
def test_any_text_is_a_valid_query(services, make_meeting, query, index):
    _store(services, make_meeting)
    assert isinstance(services.meetings.search(query), list)


def test_odd_text_is_searched_as_plain_words(services, make_meeting, index):
    meeting = _store(services, make_meeting, notes="Пишите на e-mail: info@example.kz (AND)")
    assert _ids(services.meetings.search("e-mail")) == [meeting.id]
    assert _ids(services.meetings.search('"AND"')) == [meeting.id]
    assert _ids(services.meetings.search("info@example.kz")) == [meeting.id]
    assert services.meetings.search("") == []


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=30))
def test_no_text_makes_search_fail(services, query):
    assert isinstance(services.meetings.search(query), list)


def test_names_of_every_role_are_searchable(services, make_meeting, index):
    meeting = _store(services, make_meeting, attendees=(Attendee(name="Абаев Нурлан"),),
                     agenda=(AgendaItem("Вопрос", presenters=("Бекова Сауле",),
                                        heard=(Statement("доклад", "Ганиев Тимур"),),
                                        discussion=(Statement("мнение", "Дюсенова Айгуль"),),
                                        decisions=(Decision("Решение", actions=()),)),))
    for name in ("абаев", "бекова", "ганиев", "дюсенова"):
        assert _ids(services.meetings.search(name)) == [meeting.id], name
    other = _store(services, make_meeting, attendees=())
    assert _ids(services.meetings.search("петрова")) == [other.id]  # responsible for a task


def test_results_are_newest_first_with_the_matching_passage(services, make_meeting, index):
    old = _store(services, make_meeting, date=date(2020, 1, 1))
    new = _store(services, make_meeting, date=date(2026, 1, 1))
    middle = _store(services, make_meeting, date=date(2023, 1, 1))
    hits = services.meetings.search("встречи жител")
    assert _ids(hits) == [new.id, middle.id, old.id]
    assert hits[0].passage == "Предложила провести встречи с жителями."
    assert (hits[0].date, hits[0].number, hits[0].title) == (new.date, new.number, new.title)
    assert len(services.meetings.search("встречи", limit=2)) == 2


def test_a_long_passage_is_cut_around_the_match(services, make_meeting, index):
    long_text = "слово " * 100 + "Искомое место в тексте " + "ещё " * 100
    _store(services, make_meeting, notes=long_text)
    (hit,) = services.meetings.search("искомое")
    assert "Искомое место" in hit.passage
    assert len(hit.passage) <= 162 and hit.passage.startswith("…") and hit.passage.endswith("…")


def test_deleted_meetings_vanish_from_results(services, make_meeting, index):
    meeting = _store(services, make_meeting)
    services.meetings.delete(meeting.id)
    assert services.meetings.search("полиции") == []


def test_an_edited_meeting_is_found_by_its_new_text_only(services, make_meeting, index):
    meeting = _store(services, make_meeting)
    item = meeting.agenda[0]
    changed = replace(meeting, agenda=(
        replace(item, heard=(replace(item.heard[0], text="Доложил о снегоуборке."),)),
        *meeting.agenda[1:]))
    services.meetings.save(changed)
    assert _ids(services.meetings.search("снегоуборк")) == [meeting.id]
    assert services.meetings.search("участковых") == []


def test_imported_meetings_are_searchable(services, make_meeting, index):
    ids = services.meetings.import_meetings(
        [make_meeting(title=f"Заседание номер {n}") for n in range(3)])
    assert _ids(services.meetings.search("номер")) == sorted(ids, reverse=True)
