"""parse_archive reads version 2 (the directory, language maps, the seminar's parts) and
version 1 exactly as before; every new key is refused with its path when it is wrong."""

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from archive_example import EXAMPLE_V2, edited, example_v2
from interchange_example import EXAMPLE, example, refusal

from minutes_app.domain import (
    Approval,
    Archive,
    HistoryEntry,
    Language,
    Member,
    Numbering,
    QuorumKind,
    QuorumRule,
    Role,
    Status,
    TextEntry,
    Translations,
)
from minutes_app.interchange import dump_archive, parse_archive, parse_document


def test_the_version_2_example_reads_whole() -> None:
    archive = parse_archive(EXAMPLE_V2)
    (ministry,) = archive.organizations
    assert ministry.name == "Министерство внутренних дел Республики Казахстан"
    assert ministry.name_kk == "Қазақстан Республикасы Ішкі істер министрлігі"
    assert (ministry.name_en, ministry.address) == ("", "г. Астана, ул. Тәуелсіздік, 1")
    kogamov, bukreev = archive.people
    assert kogamov.full_name == "Когамов Марат Чингисович"
    assert kogamov.degree == "доктор юридических наук" and not kogamov.translations
    assert bukreev.rank == "полковник полиции"
    assert bukreev.position == "заместитель начальника Департамента полиции"
    assert bukreev.translations.of("position") == {
        "kk": "Полиция департаменті бастығының орынбасары"}
    (council,) = archive.bodies
    assert council.name == "Общественный совет МВД РК"
    assert council.name_in("kk") == "ҚР ІІМ Қоғамдық кеңесі"
    assert council.quorum == QuorumRule(QuorumKind.TWO_THIRDS)
    assert council.numbering is Numbering.YEARLY
    assert council.members == (
        Member("Когамов Марат Чингисович", Role.CHAIR, date(2019, 1, 15)),
        Member("Ким Ольга Викторовна", Role.MEMBER, date(2019, 1, 15), date(2022, 1, 15)),
    )
    (seminar,) = archive.meetings
    assert seminar.title.startswith("семинара «Взаимодействие")
    assert seminar.translations.get("title", "kk").startswith("«Полиция мен")
    assert (seminar.place, seminar.translations.get("place", "kk")) == ("г. Кокшетау",
                                                                       "Көкшетау қ.")
    assert [e.text for e in seminar.organizers] == ["ОФ «Eurasian Expert Council»",
                                                    "Общественный совет МВД РК"]
    chair, guest, group = seminar.attendees
    assert chair.degree == "доктор юридических наук" and guest.rank == "полковник полиции"
    assert (group.group, group.translations.get("group", "kk")) == ("представители НПО",
                                                                    "ҮЕҰ өкілдері")
    (item,) = seminar.agenda
    (proposal,) = item.proposals
    assert (proposal.speaker, proposal.text) == ("Букреев Виктор",
                                                 "развивать новые формы сотрудничества")
    (task,) = item.decisions[0].actions
    assert (task.done, task.done_on, task.done_note) == (True, date(2020, 1, 28), "письмо № 12")
    assert [c.text for c in item.conclusions] == [
        "Взаимодействие полиции с институтами гражданского общества развивается"]
    assert seminar.conclusions == (TextEntry("Семинар полезен", translations=Translations(
        (("text", "kk", "Семинар пайдалы"),))),)
    assert seminar.status is Status.APPROVED
    assert seminar.approval == Approval("Когамов Марат Чингисович", date(2019, 11, 25))
    assert seminar.history == (
        HistoryEntry(datetime(2019, 11, 25, 10, 2), "approved", by="Жумабаева С.Е."),)


def test_the_example_written_again_reads_the_same() -> None:
    archive = parse_archive(EXAMPLE_V2)
    assert parse_archive(dump_archive(archive)) == archive
    assert parse_document(EXAMPLE_V2) == list(archive.meetings)


def test_a_map_without_the_own_language_gives_its_first_text_as_the_own_one() -> None:
    def change(d: dict[str, Any]) -> None:
        meeting = d["meetings"][0]
        meeting["language"] = "kk"
        meeting["title"] = {"en": "seminar", "ru": "семинара"}  # no "kk": ru comes first
        meeting["kind"] = {"kk": "семинар", "ru": "семинар (рус.)"}
        d["people"][1]["position"] = {"kk": "орынбасар"}
        d["organizations"][0]["name"] = {"en": "Ministry", "kk": "Министрлік"}

    archive = parse_archive(edited(change))
    seminar = archive.meetings[0]
    assert seminar.language is Language.KK
    assert seminar.title == "семинара"
    assert seminar.translations.of("title") == {"ru": "семинара", "en": "seminar"}
    assert (seminar.kind, seminar.translations.of("kind")) == ("семинар",
                                                               {"ru": "семинар (рус.)"})
    assert archive.people[1].position == "орынбасар"
    assert archive.people[1].translations.of("position") == {"kk": "орынбасар"}
    ministry = archive.organizations[0]
    assert (ministry.name, ministry.name_kk, ministry.name_en) == (
        "Министрлік", "Министрлік", "Ministry")
    assert parse_archive(dump_archive(archive)) == archive


def test_an_empty_own_text_beside_other_versions_is_kept_empty() -> None:
    archive = parse_archive(edited(lambda d: d["meetings"][0].update(
        place={"ru": "", "kk": "Көкшетау қ."}, notes={"en": " ", "kk": ""})))
    seminar = archive.meetings[0]
    assert (seminar.place, seminar.translations.of("place")) == ("", {"kk": "Көкшетау қ."})
    assert (seminar.notes, seminar.translations.of("notes")) == ("", {})
    assert parse_archive(dump_archive(archive)) == archive


def test_version_1_reads_as_before_and_as_an_archive_of_meetings() -> None:
    archive = parse_archive(EXAMPLE)
    assert archive == Archive(meetings=tuple(parse_document(EXAMPLE)))
    (meeting,) = archive.meetings
    assert meeting.organizers == meeting.conclusions == () and meeting.approval is None
    assert not meeting.translations and not meeting.attendees[0].translations


V1_MEETING = "meetings[0]"
VERSION_2_KEYS_IN_VERSION_1 = {
    "people at the top": (lambda d: d.update(people=[]), 'document: unknown key "people"'),
    "organizations": (lambda d: d.update(organizations=[]),
                      'document: unknown key "organizations"'),
    "bodies": (lambda d: d.update(bodies=[]), 'document: unknown key "bodies"'),
    "organizers": (lambda d: d["meetings"][0].update(organizers=[]),
                   f'{V1_MEETING}: unknown key "organizers"'),
    "conclusions": (lambda d: d["meetings"][0].update(conclusions=[]),
                    f'{V1_MEETING}: unknown key "conclusions"'),
    "approval": (lambda d: d["meetings"][0].update(
        status="approved", approval={"by": "Иванов Иван Иванович", "on": "2026-03-16"}),
                 f'{V1_MEETING}: unknown key "approval"'),
    "history": (lambda d: d["meetings"][0].update(history=[]),
                f'{V1_MEETING}: unknown key "history"'),
    "degree": (lambda d: d["meetings"][0]["attendees"][0].update(degree="д.ю.н."),
               f'{V1_MEETING}.attendees[0]: unknown key "degree"'),
    "rank": (lambda d: d["meetings"][0]["attendees"][0].update(rank="полковник"),
             f'{V1_MEETING}.attendees[0]: unknown key "rank"'),
    "proposals": (lambda d: d["meetings"][0]["agenda"][0].update(proposals=[]),
                  f'{V1_MEETING}.agenda[0]: unknown key "proposals"'),
    "item conclusions": (lambda d: d["meetings"][0]["agenda"][0].update(conclusions=[]),
                         f'{V1_MEETING}.agenda[0]: unknown key "conclusions"'),
    "done_on": (lambda d: d["meetings"][0]["agenda"][0]["decisions"][0]["actions"][0].update(
        done=True, done_on="2026-04-01"),
        f'{V1_MEETING}.agenda[0].decisions[0].actions[0]: unknown key "done_on"'),
    "done_note": (lambda d: d["meetings"][0]["agenda"][0]["decisions"][0]["actions"][0].update(
        done_note="письмо"), f'{V1_MEETING}.agenda[0].decisions[0].actions[0]: unknown key '
        '"done_note"'),
    "a language map": (lambda d: d["meetings"][0].update(title={"ru": "a", "kk": "b"}),
                       f"{V1_MEETING}.title: expected a string, not an object"),
}


@pytest.mark.parametrize(("change", "expected"), VERSION_2_KEYS_IN_VERSION_1.values(),
                         ids=VERSION_2_KEYS_IN_VERSION_1.keys())
def test_a_version_1_file_using_a_version_2_key_is_refused(change: Any, expected: str) -> None:
    document = example()
    change(document)
    assert refusal(json.dumps(document, ensure_ascii=False)) == expected
    document["version"] = 2
    parse_archive(json.dumps(document, ensure_ascii=False))  # the same, as version 2, reads


def test_the_example_is_valid_before_each_refusal_below() -> None:
    assert parse_archive(json.dumps(example_v2(), ensure_ascii=False)).meetings


def test_the_example_of_the_format_page_reads() -> None:
    page = (Path(__file__).parents[2] / "docs" / "interchange.md").read_text("utf-8")
    example_text = page.split("```json\n", 1)[1].split("```", 1)[0]
    archive = parse_archive(example_text)
    assert (len(archive.organizations), len(archive.people), len(archive.bodies),
            len(archive.meetings)) == (1, 2, 1, 1)
    assert archive.meetings[0].translations.get("place", "kk") == "Көкшетау қ."
