"""The register of tasks (issue 10) through TaskService: filters alone and combined, the order,
overdue against today, marking done and open, and the next meeting's report of done tasks."""

from dataclasses import replace
from datetime import date

import pytest

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Approval,
    Decision,
    Language,
    Meeting,
    Status,
)
from minutes_app.services import MeetingNotFound, ServiceError, Services
from minutes_app.services.tasks import TaskFilter, TaskNotFound, TaskRow, TaskState

TODAY = date(2026, 5, 1)
MVD = "Общественный совет МВД"
AKIMAT = "Общественный совет акимата"


def council_meeting() -> Meeting:
    """Three tasks: one overdue, one done on time, one without a due date."""
    return Meeting(
        title="заседания Общественного совета", date=date(2026, 3, 15), body=MVD, number="3",
        agenda=(
            AgendaItem(title="О профилактике", decisions=(Decision(
                "Провести встречи с жителями.",
                actions=(ActionItem("Подготовить график встреч", ("Петрова Анна Сергеевна",),
                                    date(2026, 4, 1), key="graph"),
                         ActionItem("Разместить объявление", ("Петрова Анна Сергеевна",),
                                    date(2026, 3, 25), done_on=date(2026, 3, 20),
                                    done_note="письмо № 12", key="notice"))),)),
            AgendaItem(title="Разное", decisions=(
                Decision("Принять к сведению."),
                Decision("Қаулы жобасын әзірлеу", actions=(ActionItem(
                    "Жобаны дайындау", ("Тұрсынбаев Ерлан Қайратұлы", "Когамов Марат Чингизович"),
                    key="draft"),)))),
        ),
    )


def akimat_meeting() -> Meeting:
    """Two open tasks: one due after today, one due on today (not yet overdue)."""
    return Meeting(
        title="заседания совета при акимате", date=date(2026, 4, 10), body=AKIMAT, number="1",
        agenda=(AgendaItem(title="О благоустройстве", decisions=(Decision(
            "Проверить площадки.",
            actions=(ActionItem("Провести проверку площадок", ("Когамов Марат Чингизович",),
                                date(2026, 6, 1), key="check"),
                     ActionItem("Представить отчёт", ("Сидоров Пётр",), TODAY,
                                key="report"))),)),),
    )


@pytest.fixture
def stored(services: Services) -> dict[str, int]:
    first = services.meetings.create(council_meeting()).id
    second = services.meetings.create(akimat_meeting()).id
    assert first is not None and second is not None
    return {"council": first, "akimat": second}


def keys(services: Services, **fields: object) -> list[str]:
    return [row.task_key for row in services.tasks.list_tasks(TaskFilter(**fields), TODAY)]


def test_every_task_by_due_date_those_without_one_last(services: Services, stored) -> None:
    rows = services.tasks.list_tasks(TaskFilter(), TODAY)
    assert [row.task_key for row in rows] == ["notice", "graph", "report", "check", "draft"]
    draft = rows[-1]
    assert draft == TaskRow(
        stored["council"], date(2026, 3, 15), "3", "заседания Общественного совета", MVD,
        2, 2, "draft", "Жобаны дайындау",
        ("Тұрсынбаев Ерлан Қайратұлы", "Когамов Марат Чингизович"), None, False, None, "")
    assert rows[0].done and rows[0].done_on == date(2026, 3, 20)
    assert rows[0].done_note == "письмо № 12"


def test_equal_due_dates_follow_the_meeting_date_then_the_place(services: Services) -> None:
    later = replace(council_meeting(), date=date(2026, 3, 20), number="4")
    services.meetings.create(later)
    services.meetings.create(council_meeting())
    rows = services.tasks.list_tasks(TaskFilter(), TODAY)
    graphs = [row.meeting_number for row in rows if row.task_key == "graph"]
    assert graphs == ["3", "4"]


def test_states(services: Services, stored) -> None:
    assert keys(services, state=TaskState.OPEN) == ["graph", "report", "check", "draft"]
    assert keys(services, state=TaskState.DONE) == ["notice"]
    # Due today is not yet overdue; no due date is never overdue.
    assert keys(services, state=TaskState.OVERDUE) == ["graph"]


def test_overdue_is_against_the_day_given(services: Services, stored) -> None:
    overdue = TaskFilter(state=TaskState.OVERDUE)
    assert [r.task_key for r in services.tasks.list_tasks(overdue, date(2026, 5, 2))] == [
        "graph", "report"]
    assert services.tasks.list_tasks(overdue, date(2026, 4, 1)) == []
    rows = services.tasks.list_tasks(TaskFilter(), TODAY)
    assert [r.task_key for r in rows if r.overdue(TODAY)] == ["graph"]


def test_person_by_any_part_of_any_responsible_name_without_case(services: Services,
                                                                 stored) -> None:
    assert keys(services, person="петрова") == ["notice", "graph"]
    assert keys(services, person="КОГАМОВ") == ["check", "draft"]
    assert keys(services, person="ерлан") == ["draft"]
    assert keys(services, person="  сидоров   ПЁТР ") == ["report"]
    assert keys(services, person="петр") == ["notice", "graph", "report"]  # a part: Петрова
    assert keys(services, person="Иванов") == []


def test_body_by_a_part_of_its_name_without_case(services: Services, stored) -> None:
    assert keys(services, body="мвд") == ["notice", "graph", "draft"]
    assert keys(services, body="Общественный совет АКИМАТА") == ["report", "check"]
    assert keys(services, body="совет") == ["notice", "graph", "report", "check", "draft"]
    assert keys(services, body="100%") == []  # a typed % is a character, not a wildcard


def test_due_range_includes_both_ends_and_leaves_out_tasks_without_a_date(
        services: Services, stored) -> None:
    assert keys(services, due_after=date(2026, 4, 1)) == ["graph", "report", "check"]
    assert keys(services, due_before=TODAY) == ["notice", "graph", "report"]
    assert keys(services, due_after=date(2026, 4, 1), due_before=TODAY) == ["graph", "report"]
    assert keys(services, due_after=date(2026, 7, 1)) == []


def test_meeting(services: Services, stored) -> None:
    assert keys(services, meeting_id=stored["akimat"]) == ["report", "check"]
    assert keys(services, meeting_id=stored["akimat"] + 100) == []


def test_filters_combined(services: Services, stored) -> None:
    assert keys(services, state=TaskState.OPEN, person="когамов", body="мвд") == ["draft"]
    assert keys(services, state=TaskState.OPEN, person="когамов",
                due_after=date(2026, 1, 1)) == ["check"]
    assert keys(services, state=TaskState.OVERDUE, body="акимат") == []
    assert keys(services, state=TaskState.DONE, person="петрова",
                meeting_id=stored["council"], due_before=date(2026, 3, 31)) == ["notice"]


def test_mark_done_changes_that_task_only_and_a_later_list_shows_it(services: Services,
                                                                    stored) -> None:
    council = stored["council"]
    before = services.meetings.get(council)
    row = services.tasks.mark_done(council, "graph", date(2026, 4, 20), "письмо № 45")
    assert (row.task_key, row.done, row.done_on, row.done_note) == (
        "graph", True, date(2026, 4, 20), "письмо № 45")
    assert (row.meeting_id, row.item_number, row.decision_number) == (council, 1, 1)
    assert keys(services, state=TaskState.OVERDUE) == []
    assert keys(services, state=TaskState.DONE) == ["notice", "graph"]
    after = services.meetings.get(council)
    first = before.agenda[0].decisions[0]
    done = replace(first.actions[0], done=True, done_on=date(2026, 4, 20),
                   done_note="письмо № 45")
    expected_item = replace(before.agenda[0], decisions=(
        replace(first, actions=(done, first.actions[1])),))
    assert after == replace(before, agenda=(expected_item, before.agenda[1]))


def test_mark_open_clears_the_date_and_note(services: Services, stored) -> None:
    row = services.tasks.mark_open(stored["council"], "notice")
    assert (row.done, row.done_on, row.done_note) == (False, None, "")
    assert keys(services, state=TaskState.DONE) == []
    assert keys(services, state=TaskState.OVERDUE) == ["notice", "graph"]


def test_the_note_is_searchable_while_it_is_there(services: Services, stored) -> None:
    council = stored["council"]
    services.tasks.mark_done(council, "draft", TODAY, "ответ Жанибекова принят")
    assert [hit.meeting_id for hit in services.meetings.search("Жанибекова")] == [council]
    services.tasks.mark_open(council, "draft")
    assert services.meetings.search("Жанибекова") == []


def test_an_approved_meeting_keeps_its_approval(services: Services) -> None:
    approved = replace(council_meeting(), status=Status.APPROVED,
                       approval=Approval("Когамов М.Ч.", date(2026, 3, 16)))
    meeting_id = services.meetings.create(approved).id
    assert meeting_id is not None
    services.tasks.mark_done(meeting_id, "draft", TODAY, "")
    after = services.meetings.get(meeting_id)
    assert after.status is Status.APPROVED
    assert after.approval == Approval("Когамов М.Ч.", date(2026, 3, 16))
    assert keys(services, state=TaskState.DONE, meeting_id=meeting_id) == ["notice", "draft"]


def test_an_unknown_task_is_named(services: Services, stored) -> None:
    with pytest.raises(TaskNotFound, match="'nothing'") as raised:
        services.tasks.mark_done(stored["council"], "nothing", TODAY, "")
    assert isinstance(raised.value, ServiceError)
    with pytest.raises(TaskNotFound, match=f"meeting {stored['akimat']}"):
        services.tasks.mark_open(stored["akimat"], "graph")  # a key of another meeting
    with pytest.raises(MeetingNotFound):
        services.tasks.mark_done(stored["akimat"] + 100, "graph", TODAY, "")
    assert keys(services, state=TaskState.DONE) == ["notice"]  # nothing changed


def test_no_meetings_no_tasks(services: Services) -> None:
    services.meetings.create(replace(council_meeting(), agenda=(), language=Language.KK))
    assert services.tasks.list_tasks(TaskFilter(), TODAY) == []


def test_the_next_meeting_reports_the_tasks_done_since_the_last(services: Services,
                                                                stored) -> None:
    last = services.meetings.create(replace(council_meeting(), date=date(2026, 4, 5),
                                            number="4", agenda=())).id
    assert last is not None
    council = stored["council"]
    services.tasks.mark_done(council, "graph", date(2026, 4, 20), "письмо № 45")
    services.tasks.mark_done(stored["akimat"], "check", date(2026, 4, 21), "")  # another body
    services.tasks.mark_done(council, "draft", date(2026, 4, 5), "")  # on the last one's day
    draft = services.meetings.draft_next_meeting(last, TODAY)
    (progress,) = draft.agenda
    assert [s.text for s in progress.heard] == [
        "Жобаны дайындау (протокол № 3 от 15.03.2026, п. 2.2); ответственные: Тұрсынбаев Е.Қ., "
        "Когамов М.Ч.; исполнено 05.04.2026",
        "Подготовить график встреч (протокол № 3 от 15.03.2026, п. 1.1); ответственные: "
        "Петрова А.С.; срок: 01.04.2026; исполнено 20.04.2026: письмо № 45",
    ]  # «notice», done before the last meeting, was reported there


def test_done_tasks_in_the_meeting_s_language_and_not_after_today(services: Services,
                                                                  stored) -> None:
    akimat = stored["akimat"]
    services.meetings.save(replace(services.meetings.get(akimat), language=Language.KK))
    services.tasks.mark_done(akimat, "check", date(2026, 4, 12), "хат № 7")
    services.tasks.mark_done(akimat, "report", date(2026, 5, 2), "")  # after the draft's day
    (progress,) = services.meetings.draft_next_meeting(akimat, TODAY).agenda
    # «report», done after the draft's day, is neither open nor done since the last meeting
    assert [s.text for s in progress.heard] == [
        "Провести проверку площадок (10.04.2026 № 1 хаттама, 1.1-тармақ); жауаптылар: "
        "Когамов М.Ч.; мерзімі: 01.06.2026; 12.04.2026 орындалды: хат № 7",
    ]
