"""What the secretary typed about the meeting itself reaches the document's head: the body, the
kind of meeting, the times; and a meeting that voted on nothing (a seminar) prints no
ПОСТАНОВИЛИ and no vote line. Read back from the .docx, in Russian, Kazakh and English."""

from dataclasses import replace
from datetime import time

import pytest

from minutes_app.domain import Decision, Outcome, Vote
from minutes_app.export import DocxOptions
from minutes_app.export.blocks import Para
from minutes_app.export.outline import build_outline
from minutes_app.export.wording import mentions
from tests.export.conftest import assert_in_order, lines
from tests.export.samples import SEMINAR_NOTES, seminar_meeting

TOPIC = "«Взаимодействие полиции с институтами гражданского общества»"
BODY_NAME = "Общественный совет МВД Республики Казахстан"

HEADS = {
    "ru": ["ПРОТОКОЛ", "22.11.2019\t№ 7", "г. Кокшетау", TOPIC, "Форма проведения: семинар",
           "Время проведения: 10:00–12:30", "Председатель — М.Ч. Когамов, председатель "
           "Общественного совета, доктор юридических наук"],
    "kk": ["ХАТТАМА", "22.11.2019\t№ 7", "г. Кокшетау", TOPIC, "Өткізу формасы: семинар",
           "Өткізу уақыты: 10:00–12:30", "Төраға — М.Ч. Когамов, председатель "
           "Общественного совета, доктор юридических наук"],
    "en": ["MINUTES", "22 November 2019\tNo. 7", "г. Кокшетау", TOPIC, "Kind of meeting: семинар",
           "The meeting opened at 10:00 and closed at 12:30.",
           "Chair: М.Ч. Когамов, председатель Общественного совета, доктор юридических наук"],
}
DECIDED = {"ru": "ПОСТАНОВИЛИ:", "kk": "ҚАУЛЫ ЕТТІ:", "en": "Resolutions:"}
VOTE_WORDS = {"ru": "Голосовали", "kk": "Дауыс беру", "en": "carried"}


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_seminar_head_prints_body_kind_and_times_in_the_form_s_order(export, language):
    got = lines(export(seminar_meeting(), name=f"{language}.docx", language=language))

    # the organisation, then the body as the author, then the head in the protocol's order
    assert got[:2] == ["Министерство внутренних дел Республики Казахстан", BODY_NAME]
    assert got[2:9] == HEADS[language]


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_seminar_with_no_vote_prints_no_decided_heading_and_no_vote_line(export, language):
    got = lines(export(seminar_meeting(), name=f"{language}.docx", language=language))
    text = "\n".join(got)

    assert DECIDED[language] not in got
    assert VOTE_WORDS[language] not in text and "RESOLVED" not in text
    # what was agreed is still there, numbered, with its task
    assert_in_order(got, ["1.1. Информацию принять к сведению.",
                          "1.2. Обобщить предложения участников семинара."])
    assert "Направить обобщённые предложения в МВД" in text


def test_the_secretary_s_notes_stay_out_of_the_official_document(export):
    text = "\n".join(lines(export(seminar_meeting())))

    assert "Раздаточные материалы" not in text and SEMINAR_NOTES not in text


def test_a_title_that_names_the_kind_and_the_body_is_not_repeated(export):
    meeting = replace(seminar_meeting(),
                      title="семинара Общественного совета МВД Республики Казахстан " + TOPIC)

    got = lines(export(meeting))

    assert BODY_NAME not in got and not any(line.startswith("Форма проведения") for line in got)
    assert got[:7] == ["Министерство внутренних дел Республики Казахстан", "ПРОТОКОЛ",
                       "22.11.2019\t№ 7", "г. Кокшетау", meeting.title,
                       "Время проведения: 10:00–12:30",
                       "Председатель — М.Ч. Когамов, председатель Общественного совета, "
                       "доктор юридических наук"]


def test_a_body_named_like_the_organisation_is_printed_once(export):
    meeting = replace(seminar_meeting(), body="Министерство внутренних дел Республики Казахстан")

    got = lines(export(meeting))

    assert got[:2] == ["Министерство внутренних дел Республики Казахстан", "ПРОТОКОЛ"]


def test_on_a_letterhead_the_body_still_stands_above_the_document_type():
    outline = build_outline(seminar_meeting(), DocxOptions(), letterhead=True)

    texts = [b.text for b in outline.blocks if isinstance(b, Para)]
    assert texts[:2] == [BODY_NAME, "ПРОТОКОЛ"]


@pytest.mark.parametrize(("start", "end", "expected"), [
    (time(9, 5), None, "Время проведения: начало в 09:05"),
    (None, time(17, 0), "Время проведения: окончание в 17:00"),
])
def test_one_typed_time_is_printed_alone(export, start, end, expected):
    got = lines(export(replace(seminar_meeting(), start_time=start, end_time=end)))

    assert expected in got and not any(line.startswith("Время проведения: 10") for line in got)


def test_no_times_no_kind_no_body_no_head_lines(export):
    meeting = replace(seminar_meeting(), start_time=None, end_time=None, kind=" ", body="")

    got = lines(export(meeting))

    assert got[:6] == ["Министерство внутренних дел Республики Казахстан", "ПРОТОКОЛ",
                       "22.11.2019\t№ 7", "г. Кокшетау", TOPIC,
                       "Председатель — М.Ч. Когамов, председатель Общественного совета, "
                       "доктор юридических наук"]


def test_one_vote_anywhere_brings_back_decided_and_its_vote_line(export):
    meeting = seminar_meeting()
    first, second = meeting.agenda
    voted = replace(second, decisions=(Decision("Одобрить план.", Vote(for_=5, against=1)),))
    got = lines(export(replace(meeting, agenda=(first, voted))))

    assert got.count("ПОСТАНОВИЛИ:") == 2  # both items with decisions; no vote line for 1.x
    assert_in_order(got, ["ПОСТАНОВИЛИ:", "1.1. Информацию принять к сведению.",
                          "1.2. Обобщить предложения участников семинара.", "ПОСТАНОВИЛИ:",
                          "2.1. Одобрить план.",
                          "Голосовали: «за» — 5, «против» — 1, «воздержались» — 0."])


def test_a_decision_marked_not_carried_counts_as_voted(export):
    meeting = seminar_meeting()
    first, second = meeting.agenda
    lost = replace(first, decisions=(Decision("Провести рейд.", outcome=Outcome.REJECTED),))

    got = lines(export(replace(meeting, agenda=(lost, second))))

    assert_in_order(got, ["ПОСТАНОВИЛИ:", "1.1. Провести рейд.", "Решение не принято."])


def test_an_item_without_decisions_prints_no_decided_heading(export):
    meeting = seminar_meeting()
    first, second = meeting.agenda
    voted = replace(first, decisions=(Decision("Одобрить.", Vote(unanimous=True)),))

    got = lines(export(replace(meeting, agenda=(voted, second))))

    assert got.count("ПОСТАНОВИЛИ:") == 1
    assert got.index("ПОСТАНОВИЛИ:") < got.index("2. СЛУШАЛИ:")


@pytest.mark.parametrize(("text", "name", "named"), [
    ("заседания Общественного совета по вопросам деятельности органов внутренних дел",
     "Общественный совет по вопросам деятельности органов внутренних дел", True),
    ("семинара-совещания Общественного совета", "семинар-совещание", True),
    ("круглого стола", "круглый стол", True),
    ("Қоғамдық кеңестің отырысының хаттамасы", "Қоғамдық кеңес", True),
    ("Meeting of the Board of Trustees", "board of trustees", True),
    ("заседания Общественного совета", "Совет ветеранов", False),
    ("заседания совета", "Общественный совет", False),
    (TOPIC, "семинар", False),
])
def test_mentions_finds_a_name_in_any_case_ending(text, name, named):
    assert mentions(text, name) is named
