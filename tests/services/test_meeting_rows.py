"""The window's list reads the meetings as plain tuples (issue 11: 10,000 at start): the same
lines as list_meetings, real dates and statuses, and each repeated value made once."""

from datetime import date

from minutes_app.domain import Status
from minutes_app.services.views import MeetingSummary
from minutes_app.storage import meetings as store


def test_an_empty_database_has_no_rows(services):
    assert services.meetings.list_rows() == []


def test_the_rows_are_plain_tuples_with_the_lines_of_the_list(services, make_meeting):
    for day, number, title in ((1, "9", "Бюджет"), (20, "1", "Ёлка"), (1, "12-п", "Отчёт")):
        services.meetings.create(make_meeting(date=date(2026, 5, day), number=number,
                                              title=title))
    rows = services.meetings.list_rows()
    assert {type(row) for row in rows} == {tuple}  # no object of ours per row
    assert sorted(rows) == sorted(tuple(line) for line in services.meetings.list_meetings())
    assert {MeetingSummary._make(row).title for row in rows} == {"Бюджет", "Отчёт", "Ёлка"}
    for row in rows:
        assert type(row[1]) is date and row[5] is Status.DRAFT


def test_an_approved_meeting_reads_as_approved(services, make_meeting):
    kept = services.meetings.create(make_meeting(number="1"))
    approved = services.meetings.create(make_meeting(number="2"))
    services.meetings.approve(approved.id, "Председатель", date(2026, 3, 20))
    statuses = {row[0]: row[5] for row in services.meetings.list_rows()}
    assert statuses == {kept.id: Status.DRAFT, approved.id: Status.APPROVED}


def test_a_repeated_date_body_or_number_is_one_object_shared_by_its_rows(services,
                                                                        make_meeting):
    for title in ("Первое", "Второе", "Третье"):
        services.meetings.create(make_meeting(date=date(2026, 3, 15), number="7", title=title))
    first, *others = services.meetings.list_rows()
    for row in others:
        assert row[1] is first[1] and row[2] is first[2] and row[4] is first[4]
        assert row[3] is not first[3]


def test_has_meetings_says_whether_any_is_stored(services, make_meeting):
    assert services.meetings.has_meetings() is False
    created = services.meetings.create(make_meeting())
    assert services.meetings.has_meetings() is True
    services.meetings.delete(created.id)
    assert services.meetings.has_meetings() is False


def test_rows_read_in_parts_are_all_there_and_still_shared(services, make_meeting,
                                                         monkeypatch):
    monkeypatch.setattr(store, "_ROWS_AT_ONCE", 2)  # 5 meetings: three parts
    for number in "12345":
        services.meetings.create(make_meeting(date=date(2026, 3, 15), number=number))
    rows = services.meetings.list_rows()
    assert sorted(row[2] for row in rows) == list("12345")
    assert len({id(row[1]) for row in rows}) == 1 and len({id(row[4]) for row in rows}) == 1
