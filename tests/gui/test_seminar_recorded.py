"""The seminar recorded entirely through the window (seminar_by_hand.py types it: the
organisation, the council with its roster, the chair's doctorate in the people window, the
meeting with its organisers, guests, groups, agenda item, proposal, conclusions and every
Kazakh text) is found whole after the window is closed and a new one opened on the file; its
Russian and Kazakh documents, exported as a pair through the export dialog, read as the
protocol of a seminar does."""

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import docx
import pytest
import seminar_data as data
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit
from seminar_by_hand import (
    answer_questions,
    export_pair,
    kazakh_versions,
    record_seminar,
    retype_translation,
)

from minutes_app.domain import Language, QuorumKind, Role, in_language, text_refs
from minutes_app.services import Services
from minutes_app.storage.db import open_database, resolve_database_url
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.settings import AppSettings

ITEM = data.ITEM


@pytest.fixture
def recorded(qtbot, db_path, services, settings, monkeypatch) -> list[str]:
    """The seminar typed into a window on an empty database; the window closed."""
    answer_questions(monkeypatch.setattr)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    unknown = record_seminar(window)
    window.close()
    assert not window.isVisible()
    return unknown


@pytest.fixture
def reopened(qtbot, recorded, db_path, settings_path) -> Iterator[MainWindow]:
    """A new window on the same file, as the next morning."""
    database = open_database(resolve_database_url(str(db_path)))
    window = MainWindow(Services.build(database.session_factory),
                        AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    database.close()


def test_the_seminar_typed_in_the_window_is_all_there_after_reopening(recorded, reopened):
    assert recorded == []  # every text the Translation section listed got its Kazakh version
    services = reopened.services
    [summary] = services.meetings.list_meetings()
    assert reopened.current_meeting_id() == summary.id  # shown in the list, opened
    assert reopened.list_panel.proxy.rowCount() == 1
    assert reopened.findChild(QLineEdit, "titleEdit").text() == data.SEMINAR["title"]
    meeting = services.meetings.get(summary.id)
    seminar = data.SEMINAR
    assert (meeting.body, meeting.organization, meeting.kind, meeting.number, meeting.date,
            meeting.start_time, meeting.end_time, meeting.place, meeting.title) == (
        data.BODY["ru"], data.ORGANIZATION["ru"], seminar["kind"], seminar["number"],
        date(*seminar["date"]), time(*seminar["start"]), time(*seminar["end"]),
        seminar["place"], seminar["title"])
    assert [o.text for o in meeting.organizers] == [ru for ru, _kk in data.ORGANIZERS]
    people = [a for a in meeting.attendees if not a.is_group]
    assert [a.name for a in people] == [*data.MEMBERS, *data.GUESTS]
    assert all(a.present for a in meeting.attendees)
    by_name = {a.name: a for a in people}
    assert by_name[data.CHAIR].role is Role.CHAIR
    assert by_name[data.SECRETARY].role is Role.SECRETARY
    assert {by_name[m].role for m in data.MEMBERS[2:]} == {Role.MEMBER}
    assert {by_name[g].role for g in data.GUESTS} == {Role.INVITED}
    for name, details in data.PEOPLE.items():
        attendee = by_name[name]
        assert (attendee.position, attendee.degree, attendee.rank) == (
            details["position"], details.get("degree", ""), details.get("rank", ""))
    assert [(a.group, a.count) for a in meeting.attendees if a.is_group] == [
        (group, count) for group, _kk, count in data.GROUPS]
    assert len(people) + sum(a.count for a in meeting.attendees if a.is_group) == 67
    [item] = meeting.agenda
    assert item.title == ITEM["title"] and item.presenters == (ITEM["heard"][0],)
    assert [(s.speaker, s.text) for s in item.heard] == [ITEM["heard"][:2]]
    assert [(s.speaker, s.text) for s in item.discussion] == [s[:2] for s in ITEM["discussion"]]
    assert [(s.speaker, s.text) for s in item.proposals] == [ITEM["proposal"][:2]]
    assert [c.text for c in item.conclusions] == [ITEM["conclusion"][0]]
    assert item.decisions == ()
    assert [c.text for c in meeting.conclusions] == [data.MEETING_CONCLUSION[0]]

    # The Translation section, as the secretary opens it again: every text has its version.
    page = reopened.editor.translation
    reopened.editor.tabs.setCurrentWidget(page)
    page.language.setCurrentIndex(page.language.findData("kk"))
    texts = len(text_refs(meeting))
    assert texts == 21 and page.counter.text() == f"{texts} of {texts} texts translated"

    kazakh, fallbacks = in_language(meeting, "kk", meeting.language.value)
    assert fallbacks == []  # every text has its Kazakh version
    versions = kazakh_versions()
    assert kazakh.title == seminar["title_kk"] and kazakh.place == seminar["place_kk"]
    assert [o.text for o in kazakh.organizers] == [kk for _ru, kk in data.ORGANIZERS]
    assert [a.group for a in kazakh.attendees if a.is_group] == [
        kk for _ru, kk, _count in data.GROUPS]
    kazakh_people = {a.name: a for a in kazakh.attendees if not a.is_group}
    assert kazakh_people[data.CHAIR].degree == data.PEOPLE[data.CHAIR]["degree_kk"]
    assert kazakh_people["Букреев Виктор"].rank == data.PEOPLE["Букреев Виктор"]["rank_kk"]
    [kazakh_item] = kazakh.agenda
    assert kazakh_item.title == ITEM["title_kk"]
    assert [s.text for s in kazakh_item.heard] == [ITEM["heard"][2]]
    assert [s.text for s in kazakh_item.discussion] == [s[2] for s in ITEM["discussion"]]
    assert [s.text for s in kazakh_item.proposals] == [ITEM["proposal"][2]]
    assert [c.text for c in kazakh_item.conclusions] == [ITEM["conclusion"][1]]
    assert [c.text for c in kazakh.conclusions] == [data.MEETING_CONCLUSION[1]]
    assert set(versions.values()) >= {seminar["title_kk"], ITEM["title_kk"]}

    # The directory: the people with degree and rank, the council with its roster.
    directory = services.directory
    chair = directory.find_person(data.CHAIR)
    assert (chair.degree, chair.translations.get("degree", Language.KK)) == (
        data.PEOPLE[data.CHAIR]["degree"], data.PEOPLE[data.CHAIR]["degree_kk"])
    assert directory.find_person("Букреев Виктор").rank == "полковник полиции"
    assert directory.find_person("Мусралимова Айна").position == (
        data.PEOPLE["Мусралимова Айна"]["position"])
    body = directory.get_body(data.BODY["ru"])
    assert body.name_in(Language.KK) == data.BODY["kk"]
    assert body.organization == data.ORGANIZATION["ru"]
    assert body.quorum.kind is QuorumKind.TWO_THIRDS
    assert [(m.person, m.role) for m in body.members] == [
        (data.CHAIR, Role.CHAIR), (data.SECRETARY, Role.SECRETARY),
        *((m, Role.MEMBER) for m in data.MEMBERS[2:])]
    [organization] = directory.list_organizations()
    assert (organization.name, organization.name_kk, organization.name_en,
            organization.address) == (data.ORGANIZATION["ru"], data.ORGANIZATION["kk"],
                                      data.ORGANIZATION["en"], data.ORGANIZATION["address"])


def paragraphs(path: Path) -> str:
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(texts)


def test_the_recorded_seminar_exports_as_a_russian_and_kazakh_pair(qtbot, reopened, tmp_path,
                                                                   monkeypatch):
    russian = tmp_path / "seminar_ru.docx"
    dialog = export_pair(reopened, str(russian), monkeypatch.setattr,
                         lambda done: qtbot.waitUntil(done, timeout=60_000))
    assert not dialog.error_label.isVisible(), dialog.error_label.text()
    written = dialog.written_all
    assert written[0] == russian and len(written) == 2
    kazakh = written[1]
    assert dialog.fallback_places(Language.KK) == []  # nothing falls back to Russian

    ru = paragraphs(russian)
    assert "Инициаторы" in ru
    for organizer, _kk in data.ORGANIZERS:
        assert organizer in ru
    chair = data.PEOPLE[data.CHAIR]
    assert f"{chair['position']}, {chair['degree']}" in ru  # the degree after the position
    bukreev = data.PEOPLE["Букреев Виктор"]
    assert f"{bukreev['position']}, {bukreev['rank']}" in ru
    assert "Всего присутствовало: 67 человек" in ru
    assert "Прозвучало предложение:" in ru and ITEM["proposal"][1] in ru  # one proposal
    assert f"Участники отметили, что {ITEM['conclusion'][0]}" in ru
    assert data.MEETING_CONCLUSION[0] in ru
    assert "ПОСТАНОВИЛИ" not in ru and "За —" not in ru

    kk = paragraphs(kazakh)
    for text in kazakh_versions().values():
        assert text in kk, text
    for russian_only in (ITEM["title"], ITEM["proposal"][1], data.MEETING_CONCLUSION[0],
                         data.SEMINAR["title"]):
        assert russian_only not in kk  # no text fell back to Russian
    assert "Ұсыныс айтылды:" in kk and "Барлығы қатысқаны: 67 адам" in kk
    assert "ҚАУЛЫ" not in kk and "Ұйымдастырушылар:" in kk


def test_a_kazakh_version_deleted_is_listed_and_the_kazakh_document_says_it_in_russian(
        qtbot, reopened, tmp_path, monkeypatch):
    _speaker, proposed, proposed_kk = ITEM["proposal"]
    retype_translation(reopened, proposed, "")  # the secretary deletes one Kazakh version

    dialog = export_pair(reopened, str(tmp_path / "seminar_ru.docx"), monkeypatch.setattr,
                         lambda done: qtbot.waitUntil(done, timeout=60_000))
    assert dialog.fallback_places(Language.KK) == ["Item 1 — proposal 1"]  # said before
    assert dialog.fallback_places(Language.RU) == []
    kk = paragraphs(dialog.written_all[1])
    assert proposed in kk and proposed_kk not in kk  # the meeting's own text, as the list said
    assert ITEM["conclusion"][1] in kk and ITEM["conclusion"][0] not in kk  # others untouched
    stored = reopened.services.meetings.get(reopened.current_meeting_id())
    assert [f.path for f in in_language(stored, "kk", "ru")[1]] == ["agenda[0].proposals[0].text"]
