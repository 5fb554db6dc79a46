"""Two directory entries of one person merged, and the merge undone exactly."""

from dataclasses import replace
from datetime import date

import pytest

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Body,
    Decision,
    Member,
    Person,
    Role,
    Statement,
    Translations,
)
from minutes_app.services import ServiceError, merging
from minutes_app.services.errors import PersonNotFound

KEPT = "Букреев Виктор Иванович"
DROPPED = "Букреев Виктор"


def _meeting(make_meeting, number, attendees, speaker="", responsible=(), presenters=()):
    item = AgendaItem(
        "О взаимодействии полиции с НПО", presenters=tuple(presenters),
        heard=(Statement("Доложил о работе.", speaker),),
        proposals=(Statement("развивать новые формы сотрудничества", speaker),),
        decisions=(Decision("Принять к сведению", actions=(
            ActionItem("Подготовить справку", tuple(responsible)),)),))
    return make_meeting(number=number, date=date(2026, 1, int(number)),
                        attendees=tuple(attendees), agenda=(item,))


@pytest.fixture
def archive(services, make_meeting):
    """Meetings naming the kept, the dropped, both, or neither; both in one body."""
    directory = services.directory
    kept = directory.save_person(Person("Букреев", "Виктор", "Иванович", position="",
                                        rank="полковник полиции"))
    dropped = directory.save_person(Person(
        "Букреев", "Виктор", position="заместитель начальника ДП", degree="к.ю.н.",
        rank="подполковник", translations=Translations((("position", "kk", "орынбасары"),))))
    create = services.meetings.create
    create(_meeting(make_meeting, "1", [Attendee(name=DROPPED, role=Role.INVITED)],
                    speaker="букреев  виктор", responsible=["Ли Анна", DROPPED],
                    presenters=[DROPPED]))
    create(_meeting(make_meeting, "2", [
        Attendee(name=KEPT, present=False, absence_reason="отпуск"),
        Attendee(name=DROPPED, role=Role.SECRETARY),
        Attendee(name="Ли Анна", role=Role.CHAIR)], responsible=[KEPT, DROPPED]))
    create(_meeting(make_meeting, "3", [Attendee(name="Ли Анна")], speaker="Ли Анна"))
    create(_meeting(make_meeting, "4", [Attendee(name=KEPT)], speaker=KEPT))
    directory.save_body(Body("Совет", members=(Member(DROPPED, Role.MEMBER, date(2020, 1, 1)),
                                               Member("Ли Анна", Role.CHAIR))))
    directory.save_body(Body("Комиссия", members=(Member(KEPT), Member(DROPPED))))
    return kept, dropped


def _state(services):
    return (services.meetings.export_meetings(), services.directory.list_people(),
            services.directory.list_bodies())


def test_a_merge_moves_everything_to_the_kept_person(services, archive):
    kept, dropped = archive
    receipt = services.directory.merge_people(kept.id, dropped.id)
    assert (receipt.kept, receipt.dropped) == (kept, dropped)
    first, second, third, fourth = services.meetings.export_meetings()
    assert [a.name for a in first.attendees] == [KEPT]
    assert first.attendees[0].role is Role.INVITED
    item = first.agenda[0]
    assert (item.heard[0].speaker, item.proposals[0].speaker, item.presenters) == (
        KEPT, KEPT, (KEPT,))
    assert item.decisions[0].actions[0].responsible == ("Ли Анна", KEPT)
    # Both attended meeting 2: one line, the kept one's, present and secretary.
    assert [(a.name, a.role, a.present, a.absence_reason) for a in second.attendees] == [
        (KEPT, Role.SECRETARY, True, ""), ("Ли Анна", Role.CHAIR, True, "")]
    assert second.agenda[0].decisions[0].actions[0].responsible == (KEPT,)
    assert third.agenda[0].heard[0].speaker == "Ли Анна"
    assert [a.name for a in fourth.attendees] == [KEPT]
    with pytest.raises(PersonNotFound):
        services.directory.get_person(dropped.id)
    merged = services.directory.get_person(kept.id)
    # Empty fields filled from the dropped entry; the kept entry's own rank stays.
    assert (merged.position, merged.degree, merged.rank) == (
        "заместитель начальника ДП", "к.ю.н.", "полковник полиции")
    assert merged.translations.get("position", "kk") == "орынбасары"
    bodies = {b.name: b for b in services.directory.list_bodies()}
    assert bodies["Совет"].members[0] == Member(KEPT, Role.MEMBER, date(2020, 1, 1))
    assert [m.person for m in bodies["Комиссия"].members] == [KEPT]
    activity = services.directory.person_activity(kept.id)
    assert [m.number for m in activity.meetings] == ["4", "2", "1"]
    assert [t.number for t in activity.tasks] == ["2", "1"]


def test_a_merge_reads_only_the_meetings_that_name_the_person(services, archive,
                                                              monkeypatch):
    kept, dropped = archive
    third = services.meetings.export_meetings()[2]
    loaded = []
    real = merging.meeting_store.load_meetings
    monkeypatch.setattr(merging.meeting_store, "load_meetings",
                        lambda session, ids: loaded.append(list(ids)) or real(session, ids))
    services.directory.merge_people(kept.id, dropped.id)
    monkeypatch.undo()
    assert loaded and all(third.id not in ids for ids in loaded)
    assert services.meetings.get(third.id) == third


def test_undo_puts_back_everything_exactly(services, archive):
    kept, dropped = archive
    before = _state(services)
    receipt = services.directory.merge_people(kept.id, dropped.id)
    assert _state(services) != before
    services.directory.undo_merge(receipt)
    assert _state(services) == before
    restored = services.directory.find_person(DROPPED)
    assert services.directory.get_person(kept.id) == kept
    assert restored == dropped
    assert [m.number for m in services.directory.person_activity(restored.id).meetings] == [
        "2", "1"]


def test_undo_relinks_a_line_typed_with_another_spelling(services, make_meeting):
    services.directory.save_person(Person("Ли", "Анна"))
    meeting = services.meetings.create(_meeting(make_meeting, "5",
                                                [Attendee(name="Букреева Виктор")]))
    corrected = services.directory.correct_name("Букреева Виктор", DROPPED)
    kept = services.directory.find_person("Ли Анна")
    before = _state(services)
    receipt = services.directory.merge_people(kept.id, corrected.id)
    assert [a.name for a in services.meetings.get(meeting.id).attendees] == ["Ли Анна"]
    services.directory.undo_merge(receipt)
    assert _state(services) == before  # no entry made for the old spelling
    restored = services.directory.find_person(DROPPED)
    assert [m.meeting_id for m in services.directory.person_activity(restored.id).meetings] == [
        meeting.id]


def test_undo_keeps_what_was_edited_after_the_merge(services, archive):
    kept, dropped = archive
    receipt = services.directory.merge_people(kept.id, dropped.id)
    merged = services.directory.get_person(kept.id)
    services.directory.save_person(replace(merged, degree="д.ю.н."))  # typed after
    services.directory.undo_merge(receipt)
    after = services.directory.get_person(kept.id)
    assert after.degree == "д.ю.н."  # the later edit stays
    assert after.position == ""  # what the merge filled goes back
    assert after.translations == kept.translations


@pytest.mark.parametrize("ids", [(1, 1), (1, 99), (99, 2)])
def test_a_merge_with_oneself_or_an_unknown_id_changes_nothing(services, archive, ids):
    before = _state(services)
    with pytest.raises(ServiceError) as error:
        services.directory.merge_people(*ids)
    if ids[0] != ids[1]:
        assert isinstance(error.value, PersonNotFound) and "99" in str(error.value)
    assert _state(services) == before


def test_undo_is_refused_when_the_dropped_name_is_taken_again(services, archive):
    kept, dropped = archive
    receipt = services.directory.merge_people(kept.id, dropped.id)
    services.directory.save_person(Person("Букреев", "Виктор"))
    after = _state(services)
    with pytest.raises(ServiceError, match="has Букреев Виктор again"):
        services.directory.undo_merge(receipt)
    assert _state(services) == after


def test_undo_is_refused_when_the_kept_entry_is_gone(services, archive):
    kept, dropped = archive
    receipt = services.directory.merge_people(kept.id, dropped.id)
    other = services.directory.find_person("Ли Анна")
    services.directory.merge_people(other.id, kept.id)
    after = _state(services)
    with pytest.raises(ServiceError, match="no longer in the directory"):
        services.directory.undo_merge(receipt)
    assert _state(services) == after
