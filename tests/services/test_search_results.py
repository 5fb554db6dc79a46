"""Search results that show why they matched (issue 10): the passage's matched words, the
agenda item of the match, and the filters (dates, body, person, status)."""

from dataclasses import replace
from datetime import date

import pytest

from minutes_app.app import main
from minutes_app.domain import ActionItem, AgendaItem, Attendee, Decision, Statement, Status
from minutes_app.services.views import SearchFilter
from minutes_app.storage.search import item_of

HOSTILE = ['"', "'", "AND", "NEAR(a b)", "(полиция", "*", "col:x", "%_", "\\", "\x00", "🙂",
           "[Иванов]", '["x"]', "user@example.com", "ß", "İ", "«»", "—"]


def _store(services, make_meeting, **changes):
    return services.meetings.create(make_meeting(**changes))


def _marked(hit):
    """The passage's highlighted words, as a reader of the list sees them in bold."""
    return [hit.passage[start:start + length] for start, length in hit.spans]


def _ids(hits):
    return [hit.meeting_id for hit in hits]


@pytest.mark.parametrize(("query", "text", "marked"), [
    ("полиция", "Доложил о работе инспекторов полиции и полицией района.",
     ["полиции", "полицией"]),
    ("площадка", "Ремонт детской площадки во дворе.", ["площадки"]),
    ("Когамова", "Выступил Когамов М.Ч. по вопросу.", ["Когамов"]),
    ("кеңесінің", "Қоғамдық кеңес отырысы өтті.", ["кеңес"]),
    ("ПОЛИЦ ремонт", "Ремонт здания полиции.", ["Ремонт", "полиции"]),
])
def test_the_matched_words_of_the_passage_are_marked(services, make_meeting, index, query,
                                                     text, marked):
    _store(services, make_meeting, title="Заседание", attendees=(),
           agenda=(AgendaItem("Разное", heard=(Statement(text),)),))
    (hit,) = services.meetings.search(query)
    assert hit.passage == text
    assert _marked(hit) == marked


def test_a_cut_passage_keeps_its_marks_on_the_words(services, make_meeting, index):
    text = "слово " * 60 + "Ёлки у здания полиции " + "ещё " * 60
    _store(services, make_meeting, notes=text)
    (hit,) = services.meetings.search("елки")
    assert hit.passage.startswith("…") and hit.passage.endswith("…")
    assert _marked(hit) == ["Ёлки"]


def test_the_item_is_the_one_where_the_first_word_first_matches(services, make_meeting, index):
    meeting = _store(services, make_meeting)
    assert [hit.item for hit in services.meetings.search("участковых")] == [1]
    assert [hit.item for hit in services.meetings.search("ёлках")] == [2]  # a decision of item 2
    assert [hit.item for hit in services.meetings.search("жобаны")] == [2]  # a task of item 2
    # In the head: the meeting's title and its attendees come before every item.
    assert [hit.item for hit in services.meetings.search("деятельности")] == [None]
    assert [hit.item for hit in services.meetings.search("Сидоров председатель")] == [None]
    assert services.meetings.search("участковых")[0].meeting_id == meeting.id


def test_a_meeting_titled_as_its_first_item_finds_the_head_and_the_item(services, make_meeting,
                                                                      index):
    _store(services, make_meeting, title="О профилактике правонарушений",
           agenda=(AgendaItem("О профилактике правонарушений",
                              decisions=(Decision("Усилить профилактику."),)),))
    (hit,) = services.meetings.search("профилактике")
    assert hit.item is None  # the meeting's title is the first line
    (hit,) = services.meetings.search("усилить")
    assert hit.item == 1


def test_item_of_finds_each_title_after_the_one_before():
    lines = ["Разное", "Когамов", "Бюджет", "Доклад", "Разное", "Решение"]
    assert item_of(lines, 1, ["Бюджет", "Разное"]) is None
    assert item_of(lines, 3, ["Бюджет", "Разное"]) == 1
    assert item_of(lines, 5, ["Бюджет", "Разное"]) == 2
    assert item_of(lines, 0, ["Разное"], titled=False) == 1  # no meeting title: line 0 an item's
    assert item_of(lines, 3, ["", "Разное"]) is None  # an untitled item cannot be placed
    assert item_of(lines, 3, []) is None


def _three(services, make_meeting):
    old = _store(services, make_meeting, date=date(2019, 11, 22), number="7",
                 body="Общественный совет акимата")
    mid = _store(services, make_meeting, date=date(2024, 5, 3), number="2",
                 attendees=(Attendee(name="Иванов Иван Иванович"),),
                 agenda=(AgendaItem("Отчёт полиции", decisions=(Decision(
                     "Принять", actions=(ActionItem("Доложить", ("Ахметова Гүлнар",)),)),)),))
    new = _store(services, make_meeting, date=date(2026, 3, 15), number="3",
                 status=Status.APPROVED)
    return old, mid, new


def test_each_filter_narrows_the_hits(services, make_meeting, index):
    old, mid, new = _three(services, make_meeting)
    search = services.meetings.search
    assert _ids(search("полиции")) == [new.id, mid.id, old.id]
    assert _ids(search("полиции", filters=SearchFilter(date_from=date(2024, 5, 3)))) == [
        new.id, mid.id]
    assert _ids(search("полиции", filters=SearchFilter(date_to=date(2024, 5, 2)))) == [old.id]
    assert _ids(search("полиции", filters=SearchFilter(body="общественный СОВЕТ акимата"))) == [
        old.id]
    assert _ids(search("полиции", filters=SearchFilter(status=Status.APPROVED))) == [new.id]
    assert _ids(search("полиции", filters=SearchFilter(status=Status.DRAFT))) == [mid.id, old.id]


def test_the_person_filter_finds_attendees_and_responsible_by_any_form(services, make_meeting,
                                                                     index):
    old, mid, new = _three(services, make_meeting)
    search = services.meetings.search
    assert _ids(search("полиции", filters=SearchFilter(person="иванов"))) == [mid.id]
    # Responsible for a task, by another form of the surname and the given name's beginning.
    assert _ids(search("полиции", filters=SearchFilter(person="Ахметовой гүл"))) == [mid.id]
    assert _ids(search("полиции", filters=SearchFilter(person="Когамова Марат"))) == [
        new.id, old.id]
    # A name that is only in the text (a speaker's statement), not an attendee's or a task's.
    assert search("полиции", filters=SearchFilter(person="участковых")) == []
    assert search("полиции", filters=SearchFilter(person="Сидорова Анна")) == []


def test_filters_combine(services, make_meeting, index):
    old, _, _ = _three(services, make_meeting)
    search = services.meetings.search
    both = SearchFilter(person="Когамов", status=Status.DRAFT)
    assert _ids(search("полиции", filters=both)) == [old.id]
    assert _ids(search("полиции", filters=replace(both, date_from=date(2020, 1, 1)))) == []
    every = SearchFilter(date(2019, 1, 1), date(2019, 12, 31), "Общественный совет акимата",
                         "Петрова", Status.DRAFT)
    assert _ids(search("встречи", filters=every)) == [old.id]
    assert _ids(search("встречи", filters=replace(every, body="Другой совет"))) == []


@pytest.mark.parametrize("query", HOSTILE)
def test_any_text_in_any_filter_is_safe(services, make_meeting, query, index):
    _store(services, make_meeting)
    hits = services.meetings.search("полиции " + query, filters=SearchFilter(
        body=query, person=query))
    assert isinstance(hits, list)
    for hit in services.meetings.search(query):
        assert all(start >= 0 and start + length <= len(hit.passage)
                   for start, length in hit.spans)


def test_the_command_line_takes_the_filters(services, make_meeting, db_path, capsys):
    old, mid, new = _three(services, make_meeting)

    def ids(*options: str) -> list[int]:
        code = main(["--db", str(db_path), "search", "полиции", *options])
        out = capsys.readouterr().out
        assert code == 0
        return [int(line.split("\t")[0]) for line in out.splitlines()]

    assert ids() == [new.id, mid.id, old.id]
    assert ids("--from", "03.05.2024", "--to", "2025-12-31") == [mid.id]
    assert ids("--body", "Общественный совет акимата") == [old.id]
    assert ids("--person", "Ахметова", "--status", "draft") == [mid.id]
    assert ids("--status", "approved") == [new.id]
    assert main(["--db", str(db_path), "search", "x", "--from", "31.02.2024"]) == 2
    assert "is not a date" in capsys.readouterr().err


def _six_years(services, make_meeting):
    """A meeting a year, 2020–2025 (newest last); «паводок» (as «паводку») only in the two
    oldest, «ремонт» in the newest and the two oldest; Иванов attends only the two oldest."""
    meetings = []
    for year in range(2020, 2026):
        title = "О подготовке к паводку" if year < 2022 else "О работе полиции"
        if year in (2020, 2021, 2025):
            title += " и ремонте дорог"
        attendees = (Attendee(name="Иванов Иван"),) if year < 2022 else ()
        meetings.append(_store(services, make_meeting, date=date(year, 6, 1), title=title,
                               attendees=attendees))
    return meetings


def test_a_word_of_every_meeting_and_a_word_of_old_ones_are_both_found_newest_first(
        services, make_meeting, index):
    """On PostgreSQL the newest meetings' words are read first (a window of twice the limit).
    When they hold too few hits, the meetings are read on, newest first, if the window had
    some, and the few meetings with the words are found first if it had none: each of the
    three ways gives the newest hits, filters applied."""
    m2020, m2021, _, _, m2024, m2025 = _six_years(services, make_meeting)
    search = services.meetings.search
    assert _ids(search("полиции", limit=2)) == [m2025.id, m2024.id]  # every meeting has it
    assert _ids(search("паводка", limit=2)) == [m2021.id, m2020.id]  # none of the newest 4
    assert _ids(search("паводка", limit=1)) == [m2021.id]
    assert _ids(search("ремонт", limit=2)) == [m2025.id, m2021.id]  # 1 of the newest 4
    assert _ids(search("ремонт", limit=1)) == [m2025.id]
    assert _ids(search("паводка ремонт", limit=1)) == [m2021.id]
    assert search("наводнение", limit=1) == []
    before_2021 = SearchFilter(date_to=date(2020, 12, 31))
    assert _ids(search("паводка", limit=1, filters=before_2021)) == [m2020.id]
    assert _ids(search("ремонт", limit=1, filters=SearchFilter(date_from=date(2021, 1, 1)))) == [
        m2025.id]
    since_2020 = SearchFilter(date_from=date(2020, 1, 1))
    assert _ids(search("ремонт", limit=3, filters=since_2020)) == [m2025.id, m2021.id, m2020.id]
    assert _ids(search("ремонт", limit=2, filters=SearchFilter(date_from=date(2021, 6, 2)))) == [
        m2025.id]
    assert _ids(search("ремонт", limit=2, filters=SearchFilter(date_to=date(2024, 12, 31)))) == [
        m2021.id, m2020.id]


def test_the_person_filter_finds_the_newest_meetings_naming_them_in_small_batches(
        services, make_meeting, index, monkeypatch):
    from minutes_app.storage import search as search_module

    monkeypatch.setattr(search_module, "_NAMES_BATCH", 1)  # PostgreSQL: one meeting, then 2, 4…
    m2020, m2021, *_ = _six_years(services, make_meeting)
    search = services.meetings.search
    ivanov = SearchFilter(person="Иванов")
    assert _ids(search("полиции", limit=1, filters=ivanov)) == [m2021.id]
    assert _ids(search("полиции", limit=5, filters=ivanov)) == [m2021.id, m2020.id]
    assert _ids(search("ремонт", limit=5, filters=ivanov)) == [m2021.id, m2020.id]
    assert search("полиции", filters=SearchFilter(person="Иванов", date_from=date(2022, 1, 1))) \
        == []
