"""Wording a records office red-pens (issue 9, points 5 and 7), read back from the .docx:
English resolutions typed as motions («That …») and the hours the meeting opened and closed;
the Kazakh vote line, due date and certification of an extract; public sources in the
glossary."""

import inspect
import re
from dataclasses import replace
from datetime import date, time

import pytest

from minutes_app.domain import Decision, Language, Vote
from minutes_app.export import glossary
from minutes_app.export.glossary import TERMS
from minutes_app.export.wording import resolution
from tests.export.conftest import assert_in_order, lines
from tests.export.samples import english_meeting, kazakh_meeting

PREFIX = "RESOLVED that "


def _english_with_decision(export, text: str) -> list[str]:
    """The line of English minutes whose last item resolves `text`, as the secretary typed it."""
    meeting = english_meeting()
    last = meeting.agenda[-1]
    decided = replace(last, decisions=(Decision(text=text, vote=Vote(unanimous=True)),))
    got = lines(export(replace(meeting, agenda=(*meeting.agenda[:-1], decided))))
    return [line for line in got if line.startswith("2.1.")]


@pytest.mark.parametrize("typed", [
    "That the minutes of 12 May be approved",
    "THAT the minutes of 12 May be approved",
    "that the minutes of 12 May be approved.",
    "  That  the minutes of 12 May be approved",
])
def test_a_resolution_typed_as_a_motion_does_not_double_that(export, typed):
    assert _english_with_decision(export, typed) == [
        "2.1. RESOLVED that the minutes of 12 May be approved."]


@pytest.mark.parametrize(("typed", "printed"), [
    ("the minutes be approved", "2.1. RESOLVED that the minutes be approved."),
    ("Resolved: the minutes be approved", "2.1. Resolved: the minutes be approved."),
    ("Thatcher's report be received", "2.1. RESOLVED that Thatcher's report be received."),
    ("Thats all", "2.1. RESOLVED that Thats all."),
])
def test_other_resolutions_keep_their_words(export, typed, printed):
    assert _english_with_decision(export, typed) == [printed]


def test_resolution_with_no_prefix_is_the_text_itself():
    assert resolution("", "That the minutes be approved.") == "That the minutes be approved."
    assert resolution(PREFIX, "") == PREFIX


@pytest.mark.parametrize(("start", "end", "expected"), [
    (time(10, 0), time(12, 30), "The meeting opened at 10:00 and closed at 12:30."),
    (time(9, 5), None, "The meeting opened at 09:05."),
    (None, time(12, 30), "The meeting closed at 12:30."),
])
def test_english_minutes_state_when_the_meeting_opened_and_closed(export, start, end, expected):
    got = lines(export(replace(english_meeting(), start_time=start, end_time=end)))

    assert_in_order(got, ["Meeting of the Board of Trustees", expected, "AGENDA"])
    assert not any(line.startswith("Time:") for line in got)


def test_english_minutes_without_times_print_no_time_sentence(export):
    got = lines(export(english_meeting()))

    assert not any("opened at" in line or "closed at" in line for line in got)


def test_kazakh_vote_line_and_due_date_read_as_published_protocols(export):
    got = lines(export(kazakh_meeting()))
    text = "\n".join(got)

    assert "Дауыс беру қорытындысы: жақтап — 15, қарсы — 1, қалыс қалғандар — 1." in got
    assert "Орындау мерзімі — 20.12.2019 ж. дейін." in text
    # the old forms a records office red-pens: a bare date before «дейін», quoted counts
    assert not re.search(r"\d{4} дейін", text)
    assert "«жақтағаны»" not in text and "қалыс қалғаны»" not in text


def test_kazakh_extract_is_certified_as_an_extract(export):
    got = lines(export(kazakh_meeting(), extract=(1,), issued_on=date(2019, 12, 2)))

    assert "Үзінді дұрыс:" in got
    assert "Дұрыс:" not in got
    assert got[1].endswith("хаттамасынан ҮЗІНДІ")
    assert_in_order(got, ["Үзінді дұрыс:", "02.12.2019"])


def test_the_full_kazakh_protocol_carries_no_certification(export):
    got = lines(export(kazakh_meeting()))
    assert not any("дұрыс" in line.casefold() for line in got)


_LOCAL_PATH = re.compile(r"(^|[\s(=])(/|~/|[A-Za-z]:\\)\w")


def test_the_glossary_cites_no_path_of_a_developer_s_machine():
    header = inspect.getdoc(glossary) or ""
    assert "bartleby.com/176/60.html" in header  # the English minutes' public source
    assert "V2300033339" in header  # Kazakhstan's Order № 236 on adilet
    for text in [header, *(t.source for terms in TERMS.values() for t in terms.values())]:
        assert not _LOCAL_PATH.search(text), text
        assert "shared/research" not in text and "/work/" not in text, text


def test_every_abbreviation_a_source_uses_is_defined_in_the_header():
    header = inspect.getdoc(glossary) or ""
    used = {word for terms in TERMS.values() for t in terms.values()
            for word in re.findall(r"\b(DP|RP|GOST|KK-GRAM|PRODUCT|INTERCHANGE)\b", t.source)}
    assert used  # the glossary does cite by abbreviation
    for word in used:
        assert f"{word} " in header or f"{word} =" in header, word
    assert "RP" not in used  # the old abbreviation pointed at a local file


@pytest.mark.parametrize("key", ["due", "vote_counts", "certified"])
def test_the_corrected_kazakh_terms_cite_a_source_and_are_no_longer_unsure(key):
    source = TERMS[Language.KK][key].source
    assert source.strip()
    if key != "certified":  # no published Kazakh extract held: it stays UNSURE, with sources
        assert "UNSURE" not in source
