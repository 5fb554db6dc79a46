"""No lost updates (issue 13): two clients (two `Services` on one database) edit the same
record; the later save is refused with an EditConflict that names what differs, whose change
came first and when; keep mine and take theirs lose nothing; approval and reopening are of
one version only."""

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from minutes_app.domain import Body, Decision, Member, Person, Status
from minutes_app.domain.conflicts import Difference
from minutes_app.domain.fingerprint import fingerprint
from minutes_app.services import MeetingNotFound, Services
from minutes_app.services.errors import EditConflict, MeetingApproved, PersonNotFound
from minutes_app.storage.versions import who

TODAY = date(2026, 3, 20)


@pytest.fixture
def other(database) -> Services:
    """A second client of the same database (on a server: another secretary's computer)."""
    return Services.build(database.session_factory)


@pytest.fixture
def stored(services, make_meeting):
    return services.meetings.create(make_meeting())


def _conflict_of(save) -> EditConflict:
    with pytest.raises(EditConflict) as raised:
        save()
    return raised.value


def test_the_later_title_is_refused_naming_both_titles_and_who_came_first(
        services, other, stored) -> None:
    mine, theirs = services.meetings.get(stored.id), other.meetings.get(stored.id)
    assert mine.version == theirs.version == 1
    before = datetime.now(UTC)
    first = other.meetings.save(replace(theirs, title="заседания совета"), by="Айгуль")
    after = datetime.now(UTC)
    conflict = _conflict_of(lambda: services.meetings.save(replace(mine, title="О волонтёрах")))
    assert conflict.differences == (Difference("title", "О волонтёрах", "заседания совета"),)
    assert conflict.changed_by == "Айгуль" and before <= conflict.changed_at <= after
    assert conflict.theirs == first and conflict.theirs.version == first.version == 2
    assert conflict.ours.title == "О волонтёрах" and conflict.kind == "meeting"
    # Nothing of ours was written: not the title, not its search words, not the version.
    assert services.meetings.get(stored.id) == first
    assert services.meetings.get(stored.id).version == 2
    assert services.meetings.search("волонтёр") == []


def test_keep_mine_wins_over_theirs_and_is_itself_a_new_version(services, other,
                                                                 stored) -> None:
    mine, theirs = services.meetings.get(stored.id), other.meetings.get(stored.id)
    other.meetings.save(replace(theirs, title="заседания совета"), by="Айгуль")
    conflict = _conflict_of(lambda: services.meetings.save(replace(mine, title="О полиции")))
    kept = services.meetings.keep_mine(conflict, by="Данияр")
    assert kept.title == "О полиции" and kept.version == 3
    assert other.meetings.get(stored.id) == kept
    # The first client's stale copy is now the one refused, naming the second's title.
    later = _conflict_of(lambda: other.meetings.save(replace(theirs, place="г. Астана")))
    assert later.changed_by == "Данияр" and later.theirs.title == "О полиции"
    assert {d.part for d in later.differences} == {"title", "place"}


def test_take_theirs_gives_their_meeting_and_editing_it_goes_on(services, other,
                                                                stored) -> None:
    mine, theirs = services.meetings.get(stored.id), other.meetings.get(stored.id)
    decision = replace(theirs.agenda[0].decisions[0], text="Информацию одобрить.")
    item = replace(theirs.agenda[0], decisions=(decision, *theirs.agenda[0].decisions[1:]))
    first = other.meetings.save(replace(theirs, agenda=(item, *theirs.agenda[1:])))
    conflict = _conflict_of(lambda: services.meetings.save(replace(mine, number="4")))
    assert [(d.where, d.fields) for d in conflict.differences] == [
        ("number", ()), ("agenda item 1 decision 1", ("text",))]
    taken = services.meetings.take_theirs(conflict)
    assert taken == first and taken.version == 2
    saved = services.meetings.save(replace(taken, number="4"))
    assert saved.version == 3
    assert other.meetings.get(stored.id).agenda[0].decisions[0].text == "Информацию одобрить."
    assert other.meetings.get(stored.id).number == "4"  # both changes kept, nothing lost


def test_a_save_without_conflict_counts_exactly_one_version_and_says_who(
        services, database, stored) -> None:
    first = services.meetings.save(replace(stored, title="Первое"), by="Айгуль")
    second = services.meetings.save(replace(first, title="Второе"))
    assert (first.version, second.version) == (2, 3)
    assert services.meetings.get(stored.id).version == 3
    with database.session_factory() as session:
        from minutes_app.storage.meetings import current_version

        stamp = current_version(session, stored.id)
    assert stamp is not None and (stamp.version, stamp.changed_by) == (3, who(""))
    # Saving what is stored writes nothing and asks for no version: not even a stale one.
    assert services.meetings.save(replace(second, version=1)).version == 3


def test_a_meeting_deleted_elsewhere_is_said_plainly_not_a_crash(services, other,
                                                                 stored) -> None:
    mine = services.meetings.get(stored.id)
    other.meetings.delete(stored.id)
    with pytest.raises(MeetingNotFound):
        services.meetings.save(replace(mine, title="О полиции"))
    with pytest.raises(MeetingNotFound):
        services.meetings.approve(stored.id, "Айгуль", TODAY, seen=mine)
    assert other.meetings.list_meetings() == []


def test_an_import_leaves_open_meetings_alone_and_starts_at_version_1(
        services, other, stored, make_meeting) -> None:
    mine = services.meetings.get(stored.id)
    ids = other.meetings.import_meetings([make_meeting(number="4"), make_meeting(number="5")])
    assert [services.meetings.get(i).version for i in ids] == [1, 1]
    saved = services.meetings.save(replace(mine, title="О полиции"))
    assert saved.version == 2


def test_a_task_marked_done_elsewhere_is_not_lost_by_an_older_copy(services, other,
                                                                   stored) -> None:
    mine = services.meetings.get(stored.id)
    task = mine.agenda[0].decisions[1].actions[0]
    other.tasks.mark_done(stored.id, task.key, TODAY, "письмо № 12")
    conflict = _conflict_of(lambda: services.meetings.save(replace(mine, title="О полиции")))
    assert [(d.where, d.fields) for d in conflict.differences] == [
        ("title", ()), ("agenda item 1 decision 2", ("actions",))]
    stored_task = services.meetings.get(stored.id).agenda[0].decisions[1].actions[0]
    assert (stored_task.done_on, stored_task.done_note) == (TODAY, "письмо № 12")


def test_two_people_cannot_approve_different_versions(services, other, stored) -> None:
    mine, theirs = services.meetings.get(stored.id), other.meetings.get(stored.id)
    changed = other.meetings.save(replace(theirs, title="заседания совета"), by="Айгуль")
    # I approve what I saw; it is no longer what is stored: nothing is approved.
    conflict = _conflict_of(
        lambda: services.meetings.approve(stored.id, "Данияр", TODAY, seen=mine))
    assert conflict.differences == (Difference("title", mine.title, "заседания совета"),)
    after = services.meetings.get(stored.id)
    assert (after.status, after.approval, after.history, after.version) == (
        Status.DRAFT, None, (), changed.version)
    # She approves the version she saw; then mine, even of her version, approves nothing.
    approved = other.meetings.approve(stored.id, "Айгуль", TODAY, seen=changed)
    assert approved.approval.fingerprint == fingerprint(changed)
    with pytest.raises((EditConflict, MeetingApproved)):
        services.meetings.approve(stored.id, "Данияр", TODAY, seen=changed)
    assert services.meetings.get(stored.id).approval.by == "Айгуль"


def test_a_reopening_of_a_version_no_longer_stored_reopens_nothing(services, other,
                                                                   stored) -> None:
    approved = services.meetings.approve(stored.id, "Айгуль", TODAY)
    reopened = other.meetings.reopen(stored.id, "опечатка в решении", "Данияр", seen=approved)
    conflict = _conflict_of(
        lambda: services.meetings.reopen(stored.id, "уточнить состав", "Айгуль",
                                         seen=approved))
    assert conflict.theirs.status is Status.DRAFT and conflict.changed_by == "Данияр"
    assert services.meetings.history(stored.id) == reopened.history


def test_a_person_edited_by_two_clients(services, other) -> None:
    person = services.directory.save_person(Person("Когамов", "Марат", "Чингизович"))
    mine, theirs = services.directory.get_person(person.id), other.directory.get_person(
        person.id)
    other.directory.save_person(replace(theirs, position="председатель совета"), by="Айгуль")
    conflict = _conflict_of(
        lambda: services.directory.save_person(replace(mine, position="член совета")))
    assert conflict.kind == "person" and conflict.changed_by == "Айгуль"
    assert conflict.differences == (
        Difference("position", "член совета", "председатель совета"),)
    assert services.directory.get_person(person.id).position == "председатель совета"
    assert services.directory.take_theirs(conflict).position == "председатель совета"
    kept = services.directory.keep_mine(conflict)
    assert kept.position == services.directory.get_person(person.id).position == "член совета"
    assert kept.version == 3
    other.directory.merge_people(person.id, services.directory.save_person(
        Person("Когамов", "Марат")).id)  # a merge saves the kept entry: one more version
    with pytest.raises(EditConflict):
        services.directory.save_person(replace(kept, degree="д.ю.н."))
    with pytest.raises(PersonNotFound):
        services.directory.take_theirs(EditConflict(kept, replace(kept, id=999), "", None, ()))


def test_a_body_edited_by_two_clients(services, other) -> None:
    body = services.directory.save_body(
        Body("Общественный совет МВД", members=(Member("Когамов Марат Чингизович"),)))
    mine, theirs = services.directory.list_bodies()[0], other.directory.list_bodies()[0]
    assert mine.version == theirs.version == body.version == 1
    other.directory.save_body(replace(theirs, place="г. Кокшетау"), by="Айгуль")
    roster = (*mine.members, Member("Ли Анна"))
    conflict = _conflict_of(
        lambda: services.directory.save_body(replace(mine, members=roster)))
    assert [d.part for d in conflict.differences] == ["members", "place"]
    assert len(services.directory.list_bodies()[0].members) == 1  # nothing of ours written
    kept = services.directory.keep_mine(conflict)
    assert (len(kept.members), kept.place, kept.version) == (2, "", 3)
    assert services.directory.take_theirs(conflict) == kept


def test_a_decision_added_on_both_sides_is_kept_by_neither_silently(services, other,
                                                                    stored) -> None:
    mine, theirs = services.meetings.get(stored.id), other.meetings.get(stored.id)

    def add(meeting, text):
        item = meeting.agenda[1]
        return replace(meeting, agenda=(meeting.agenda[0], replace(
            item, decisions=(*item.decisions, Decision(text)))))

    other.meetings.save(add(theirs, "Рассмотреть на следующем заседании."))
    conflict = _conflict_of(lambda: services.meetings.save(add(mine, "Снять с контроля.")))
    assert [(d.where, d.ours, d.theirs) for d in conflict.differences] == [
        ("agenda item 2 decision 3", "Снять с контроля.", ""),
        ("agenda item 2 decision 3", "", "Рассмотреть на следующем заседании.")]


def test_a_merge_that_moves_a_membership_is_a_new_version_of_the_body(services, other) -> None:
    body = services.directory.save_body(Body("Совет", members=(Member("Ким Олег"),)))
    kept = services.directory.save_person(Person("Ким", "Олег", "Петрович"))
    other.directory.merge_people(kept.id, services.directory.find_person("Ким Олег").id)
    conflict = _conflict_of(lambda: services.directory.save_body(replace(body, place="Астана")))
    assert conflict.differences == (
        Difference("members", "Ким Олег (member)", "Ким Олег Петрович (member)"),
        Difference("place", "Астана", ""))
