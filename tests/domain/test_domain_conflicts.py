"""What differs between two versions of one record (domain.conflicts), as the conflict dialog
will show it: the part, the agenda item and entry numbers, our text and theirs."""

from dataclasses import replace
from datetime import UTC, date, datetime

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Body,
    Decision,
    Meeting,
    Member,
    Person,
    QuorumKind,
    QuorumRule,
    Role,
    Statement,
    Status,
    Vote,
)
from minutes_app.domain.conflicts import Difference, EditConflict, differences
from minutes_app.domain.fingerprint import fingerprint

BASE = Meeting(
    title="заседания Общественного совета", date=date(2026, 3, 15), id=7, version=4,
    attendees=(Attendee(name="Когамов Марат Чингизович", role=Role.CHAIR),),
    agenda=(
        AgendaItem("О профилактике правонарушений",
                   heard=(Statement("Доложил о работе участковых.", "Тұрсынбаев Ерлан"),),
                   decisions=(Decision("Информацию принять к сведению.",
                                       vote=Vote(unanimous=True)),)),
        AgendaItem("Разное", decisions=(
            Decision("Провести встречи с жителями.", vote=Vote(9, 1, 2), actions=(
                ActionItem("Подготовить график встреч", ("Петрова Анна",),
                           date(2026, 4, 1)),)),)),
    ),
)


def _item(meeting: Meeting, index: int, **changes) -> Meeting:
    agenda = list(meeting.agenda)
    agenda[index] = replace(agenda[index], **changes)
    return replace(meeting, agenda=tuple(agenda))


def test_the_same_record_read_at_other_versions_has_no_differences() -> None:
    later = replace(BASE, version=9, status=Status.APPROVED)  # status: set by approval only
    assert differences(BASE, later) == ()


def test_the_title_and_the_date_are_named_with_both_values() -> None:
    theirs = replace(BASE, title="заседания совета по вопросам полиции", date=date(2026, 3, 16))
    assert differences(BASE, theirs) == (
        Difference("title", BASE.title, "заседания совета по вопросам полиции"),
        Difference("date", "2026-03-15", "2026-03-16"),
    )


def test_an_item_s_title_statement_and_decision_are_named_by_item_and_number() -> None:
    heard = replace(BASE.agenda[0].heard[0], text="Доложил о работе инспекторов.")
    theirs = _item(BASE, 0, title="О профилактике", heard=(heard,))
    decision = replace(BASE.agenda[1].decisions[0], vote=Vote(10, 0, 2))
    theirs = _item(theirs, 1, decisions=(decision,))
    found = differences(BASE, theirs)
    assert found == (
        Difference("item", "О профилактике правонарушений", "О профилактике", 1),
        Difference("heard", "Тұрсынбаев Ерлан: Доложил о работе участковых.",
                   "Тұрсынбаев Ерлан: Доложил о работе инспекторов.", 1, 1, ("text",)),
        Difference("decision", "Провести встречи с жителями. (9 for, 1 against, 2 abstained) "
                               "[Подготовить график встреч — Петрова Анна — 2026-04-01]",
                   "Провести встречи с жителями. (10 for, 0 against, 2 abstained) "
                   "[Подготовить график встреч — Петрова Анна — 2026-04-01]", 2, 1, ("vote",)),
    )
    assert [d.where for d in found] == [
        "agenda item 1", "agenda item 1 heard 1", "agenda item 2 decision 1"]


def test_a_task_changed_on_one_side_names_its_decision() -> None:
    decision = BASE.agenda[1].decisions[0]
    task = replace(decision.actions[0], due=date(2026, 4, 15))
    added = ActionItem("Разместить объявление")
    theirs = _item(BASE, 1, decisions=(replace(decision, actions=(task, added)),))
    (found,) = differences(BASE, theirs)
    assert (found.part, found.item, found.number, found.fields) == ("decision", 2, 1,
                                                                    ("actions",))
    assert "2026-04-15; Разместить объявление" in found.theirs
    assert "2026-04-01" in found.ours


def test_items_and_entries_are_matched_by_key_not_by_place() -> None:
    # They inserted an item before ours and removed a decision: the other items are the same.
    new_item = AgendaItem("О бюджете")
    theirs = replace(BASE, agenda=(new_item, *BASE.agenda))
    theirs = _item(theirs, 1, decisions=())
    assert differences(BASE, theirs) == (
        Difference("decision", "Информацию принять к сведению. (unanimous)", "", 1, 1),
        Difference("item", "", "О бюджете", 1),
    )


def test_attendees_and_translations_are_parts_too() -> None:
    theirs = replace(BASE, attendees=(*BASE.attendees, Attendee(group="НПО", count=3)),
                     translations=BASE.translations.with_text("title", "kk", "кеңес отырысы"))
    assert differences(BASE, theirs) == (
        Difference("attendees", "Когамов Марат Чингизович",
                   "Когамов Марат Чингизович; НПО (3)"),
        Difference("translations", "", "title [kk]: кеңес отырысы"),
    )


def test_a_person_and_a_body_by_field() -> None:
    person = Person("Когамов", "Марат", "Чингизович", position="председатель", id=3, version=2)
    theirs = replace(person, position="член совета", version=3)
    assert differences(person, theirs) == (
        Difference("position", "председатель", "член совета"),)
    body = Body("Общественный совет", members=(Member("Когамов Марат Чингизович", Role.CHAIR),),
                id=1, version=5)
    other = replace(body, quorum=QuorumRule(QuorumKind.TWO_THIRDS),
                    members=(*body.members, Member("Ли Анна", from_=date(2026, 1, 1))))
    assert differences(body, other) == (
        Difference("members", "Когамов Марат Чингизович (chair)",
                   "Когамов Марат Чингизович (chair); Ли Анна (member) 2026-01-01–"),
        Difference("quorum", "majority, 0", "two_thirds, 0"),  # kind, count
    )


def test_the_error_says_who_when_and_what_in_one_line() -> None:
    theirs = replace(BASE, title="заседания совета", version=5)
    at = datetime(2026, 3, 15, 9, 2, tzinfo=UTC)
    error = EditConflict(BASE, theirs, "Айгуль", at, differences(BASE, theirs))
    assert (error.kind, error.ours, error.theirs.version) == ("meeting", BASE, 5)
    assert str(error) == ("this meeting was changed by Айгуль at 2026-03-15 09:02 UTC after it "
                          "was opened here (title): nothing was saved")
    unknown = EditConflict(BASE, theirs, "", None, ())
    assert "someone else after" in str(unknown) and "(no part you edit)" in str(unknown)


def test_the_version_is_not_content() -> None:
    # An approval's fingerprint must not change when the record is saved again unchanged.
    assert fingerprint(BASE) == fingerprint(replace(BASE, version=99))
    assert replace(BASE, version=99) == BASE
