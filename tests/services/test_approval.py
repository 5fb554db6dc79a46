"""Approval (issue 10): draft → approved with a fingerprint, edits refused, reopening with a
reason, and every change after it in the meeting's history."""

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from minutes_app.domain import Approval, HistoryEntry, Status
from minutes_app.domain.fingerprint import fingerprint
from minutes_app.interchange import dump_document
from minutes_app.services import Services
from minutes_app.services.errors import (
    MeetingApproved,
    MeetingNotFound,
    NotApproved,
    ReasonRequired,
    ServiceError,
)
from minutes_app.services.meetings import MeetingService

SECRETARY = "Петрова А.С."
CHAIR = "Когамов М.Ч."
START = datetime(2026, 11, 29, 14, 3)


class Clock:
    """The local time the service writes into the history; tests move it by hand."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: int) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def meetings(database, clock) -> MeetingService:
    return MeetingService(database.session_factory, clock=clock)


@pytest.fixture
def approved(meetings, make_meeting):
    created = meetings.create(make_meeting())
    return meetings.approve(created.id, CHAIR, date(2026, 3, 20))


def reopened(meetings, approved, clock):
    clock.advance(60)
    return meetings.reopen(approved.id, "опечатка в решении 2.1", SECRETARY)


def test_approve_records_who_when_and_the_fingerprint_of_the_stored_record(
        meetings, make_meeting):
    created = meetings.create(make_meeting())
    approved = meetings.approve(created.id, CHAIR, date(2026, 3, 20))
    stored = meetings.get(created.id)
    assert stored == approved
    assert stored.status is Status.APPROVED
    assert stored.approval == Approval(CHAIR, date(2026, 3, 20), fingerprint(stored))
    assert len(stored.approval.fingerprint) == 64
    assert meetings.history(created.id) == (HistoryEntry(START, "approved", CHAIR),)
    assert meetings.list_meetings()[0].status is Status.APPROVED


def test_approving_twice_is_refused_and_changes_nothing(meetings, approved):
    with pytest.raises(MeetingApproved, match=f"approved by {CHAIR}"):
        meetings.approve(approved.id, SECRETARY, date(2026, 4, 1))
    assert meetings.get(approved.id) == approved


def test_approving_needs_a_name_and_a_stored_meeting(meetings, make_meeting):
    created = meetings.create(make_meeting())
    with pytest.raises(ServiceError, match="must be named"):
        meetings.approve(created.id, "  ", date(2026, 3, 20))
    with pytest.raises(MeetingNotFound):
        meetings.approve(999, CHAIR, date(2026, 3, 20))
    assert meetings.get(created.id).status is Status.DRAFT


def test_saving_an_approved_meeting_is_refused_and_writes_nothing(meetings, approved):
    with pytest.raises(MeetingApproved, match="reopen it first"):
        meetings.save(replace(approved, title="Другое название"), by=SECRETARY)
    assert meetings.get(approved.id) == approved


def test_a_snapshot_read_before_the_approval_cannot_undo_it(meetings, make_meeting):
    created = meetings.create(make_meeting())
    meetings.approve(created.id, CHAIR, date(2026, 3, 20))
    with pytest.raises(MeetingApproved):
        meetings.save(replace(created, title="Правка из старого окна"))
    assert meetings.get(created.id).title == created.title


def test_a_draft_cannot_be_approved_by_saving_a_status(meetings, make_meeting):
    created = meetings.create(make_meeting())
    stored = meetings.save(replace(created, status=Status.APPROVED, notes="заметка"))
    assert (stored.status, meetings.get(created.id).status) == (Status.DRAFT, Status.DRAFT)
    assert meetings.get(created.id).notes == "заметка"
    assert meetings.history(created.id) == ()


def test_reopen_needs_a_reason(meetings, approved):
    for blank in ("", "   \n"):
        with pytest.raises(ReasonRequired):
            meetings.reopen(approved.id, blank, SECRETARY)
    assert meetings.get(approved.id) == approved


def test_reopening_a_draft_is_refused(meetings, make_meeting):
    created = meetings.create(make_meeting())
    with pytest.raises(NotApproved):
        meetings.reopen(created.id, "причина", SECRETARY)


def test_reopen_makes_a_draft_again_and_keeps_the_reason(meetings, approved, clock):
    draft = reopened(meetings, approved, clock)
    assert (draft.status, draft.approval) == (Status.DRAFT, None)
    assert meetings.get(approved.id) == draft
    assert meetings.history(approved.id) == (
        HistoryEntry(START, "approved", CHAIR),
        HistoryEntry(START + timedelta(minutes=60), "reopened", SECRETARY,
                     "опечатка в решении 2.1"))
    edited = meetings.save(replace(draft, title="Исправленное название"), by=SECRETARY)
    assert meetings.get(approved.id).title == edited.title == "Исправленное название"


def test_each_change_after_reopening_is_in_the_history_with_what_changed(
        meetings, approved, clock):
    draft = reopened(meetings, approved, clock)
    item = draft.agenda[1]
    decision = replace(item.decisions[0], text="Вопрос о ёлках снять.")
    clock.advance(1)
    meetings.save(replace(draft, title="Новое название",
                          agenda=(draft.agenda[0],
                                  replace(item, decisions=(decision, item.decisions[1])))),
                  by=SECRETARY)
    last = meetings.history(approved.id)[-1]
    assert last == HistoryEntry(START + timedelta(minutes=61), "changed after approval",
                                SECRETARY, "title; agenda item 2 decisions")


def test_saves_close_together_by_one_person_make_one_entry(meetings, approved, clock):
    draft = reopened(meetings, approved, clock)
    clock.advance(1)
    first = meetings.save(replace(draft, notes="первая правка"), by=SECRETARY)
    clock.advance(3)
    second = meetings.save(replace(first, place="г. Астана"), by=SECRETARY)
    clock.advance(3)
    meetings.save(replace(second, place="г. Астана, ул. Бейбитшилик"), by=SECRETARY)
    changes = [e for e in meetings.history(approved.id) if e.what == "changed after approval"]
    assert changes == [HistoryEntry(clock.now, "changed after approval", SECRETARY,
                                    "notes; place")]


def test_a_later_save_or_another_person_starts_a_new_entry(meetings, approved, clock):
    draft = reopened(meetings, approved, clock)
    first = meetings.save(replace(draft, notes="правка"), by=SECRETARY)
    clock.advance(30)
    second = meetings.save(replace(first, notes="правка позже"), by=SECRETARY)
    clock.advance(1)
    meetings.save(replace(second, number="4"), by=CHAIR)
    changes = [(e.by, e.detail) for e in meetings.history(approved.id)
               if e.what == "changed after approval"]
    assert changes == [(SECRETARY, "notes"), (SECRETARY, "notes"), (CHAIR, "number")]


def test_a_save_that_changes_nothing_adds_no_entry(meetings, approved, clock):
    draft = reopened(meetings, approved, clock)
    meetings.save(draft, by=SECRETARY)
    assert [e.what for e in meetings.history(approved.id)] == ["approved", "reopened"]


def test_added_and_removed_agenda_items_are_named(meetings, approved, clock):
    draft = reopened(meetings, approved, clock)
    meetings.save(replace(draft, agenda=draft.agenda[:1]), by=SECRETARY)
    assert meetings.history(approved.id)[-1].detail == "agenda item 2 removed"


def test_drafts_never_approved_keep_no_history(meetings, make_meeting):
    created = meetings.create(make_meeting())
    meetings.save(replace(created, title="Другое"), by=SECRETARY)
    assert meetings.history(created.id) == ()


def test_approving_again_after_reopening_fingerprints_the_changed_record(
        meetings, approved, clock):
    draft = reopened(meetings, approved, clock)
    meetings.save(replace(draft, title="Исправленное название"), by=SECRETARY)
    again = meetings.approve(approved.id, CHAIR, date(2026, 3, 25))
    assert again.approval.fingerprint == fingerprint(meetings.get(approved.id))
    assert again.approval.fingerprint != approved.approval.fingerprint
    assert [e.what for e in again.history] == [
        "approved", "reopened", "changed after approval", "approved"]


def test_task_progress_leaves_the_fingerprint_alone(meetings, approved):
    item = approved.agenda[0]
    decision = item.decisions[1]
    task = replace(decision.actions[0], done_on=date(2026, 4, 2), done_note="письмо № 12")
    marked = replace(approved, agenda=(
        replace(item, decisions=(item.decisions[0],
                                 replace(decision, actions=(task, *decision.actions[1:])))),
        approved.agenda[1]))
    assert fingerprint(marked) == approved.approval.fingerprint


def test_a_json_import_keeps_the_meeting_approved_with_its_approval(database, approved):
    services = Services.build(database.session_factory)
    exported = services.meetings.export_meetings([approved.id])
    result = services.transfer.import_file(dump_document(exported).encode("utf-8"), "a.json")
    imported = services.meetings.get(result.ids[0])
    assert imported.status is Status.APPROVED
    assert imported.approval == approved.approval
    assert imported.history == approved.history
    assert imported.approval.fingerprint == fingerprint(imported)  # ids and keys left out
    with pytest.raises(MeetingApproved):
        services.meetings.save(replace(imported, title="Правка"))


def test_deleting_an_approved_meeting_is_refused_and_keeps_it(meetings, approved):
    with pytest.raises(MeetingApproved, match="reopen it first"):
        meetings.delete(approved.id)
    assert meetings.get(approved.id) == approved
    assert [m.id for m in meetings.list_meetings()] == [approved.id]


def test_a_reopened_meeting_can_be_deleted(meetings, approved, clock):
    reopened(meetings, approved, clock)
    deleted = meetings.delete(approved.id)
    assert deleted.status is Status.DRAFT
    with pytest.raises(MeetingNotFound):
        meetings.get(approved.id)
