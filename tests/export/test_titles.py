"""Issue 9 points 2 and 7: the heading as a records office reads it. A Kazakh title in the
genitive takes the head noun after it («… отырысының ХАТТАМАСЫ»); an extract names its
protocol in one line («ВЫПИСКА ИЗ ПРОТОКОЛА № 3 заседания … от 22.11.2019») with no date
line under it. Read back from the .docx in Russian, Kazakh and English."""

import re
from dataclasses import replace
from datetime import date

import pytest

from minutes_app.domain import Language
from minutes_app.export.glossary import TERMS
from tests.export.conftest import lines
from tests.export.samples import (
    BODY,
    ORGANIZATION,
    english_meeting,
    kazakh_meeting,
    russian_meeting,
    small_meeting,
)

RU_TITLE = "заседания Общественного совета по вопросам деятельности органов внутренних дел"
KK_TITLE = ("Ішкі істер органдарының қызметі мәселелері жөніндегі Қоғамдық кеңес "
            "отырысының")
ISSUED = date(2019, 11, 25)


def _after_organisation(doc) -> list[str]:
    """The heading's lines: what follows the organisation's name (a table row on a blank
    that carries it in two languages)."""
    got = lines(doc)
    return got[1:]


def test_the_kazakh_heading_puts_the_head_noun_after_the_genitive_title(export):
    got = _after_organisation(export(kazakh_meeting(), body=BODY, organization=ORGANIZATION))

    assert got[:3] == [f"{KK_TITLE} ХАТТАМАСЫ", "22.11.2019\t№ 3", "Астана қ."]
    assert "ХАТТАМА" not in got  # no bare document type above the title
    assert KK_TITLE not in got  # and no title line without its head noun
    assert sum("отырысының" in line for line in got) == 1


def test_the_kazakh_extract_heading_names_its_protocol_with_the_head_noun_last(export):
    got = _after_organisation(export(kazakh_meeting(), body=BODY, organization=ORGANIZATION,
                                     extract=(1,), issued_on=ISSUED))

    assert got[:2] == [f"{KK_TITLE} 22.11.2019 № 3 хаттамасынан ҮЗІНДІ", "Астана қ."]
    assert not any(line.startswith("22.11.2019\t") for line in got)  # date said once
    assert "ХАТТАМАДАН ҮЗІНДІ" not in got


def test_a_kazakh_title_not_in_the_genitive_keeps_the_document_type_above_it(export):
    """«Семинар» is not a genitive: «Семинар ХАТТАМАСЫ» would be wrong, so the type stands
    above the title as in the Russian layout."""
    meeting = replace(kazakh_meeting(), title="Семинар")

    full = lines(export(meeting))
    extract = lines(export(meeting, name="e.docx", extract=(1,), issued_on=ISSUED))

    # (the council's name stands under the organisation: the title no longer names it)
    full, extract = full[full.index("ХАТТАМА"):], extract[extract.index("ХАТТАМАДАН ҮЗІНДІ"):]
    assert full[:4] == ["ХАТТАМА", "22.11.2019\t№ 3", "Астана қ.", "Семинар"]
    assert extract[:4] == ["ХАТТАМАДАН ҮЗІНДІ", "22.11.2019\t№ 3", "Астана қ.", "Семинар"]


def test_the_russian_protocol_keeps_its_gost_heading(export):
    got = _after_organisation(export(russian_meeting(), body=BODY, organization=ORGANIZATION))

    assert got[:4] == ["ПРОТОКОЛ", "22.11.2019\t№ 3", "г. Астана", RU_TITLE]


def test_the_russian_extract_heading_is_one_line_with_number_title_and_date(export):
    got = _after_organisation(export(russian_meeting(), body=BODY, organization=ORGANIZATION,
                                     extract=(2,), issued_on=ISSUED))

    assert got[:2] == [f"ВЫПИСКА ИЗ ПРОТОКОЛА № 3 {RU_TITLE} от 22.11.2019", "г. Астана"]
    assert RU_TITLE not in got  # the title is not repeated under the heading
    assert not any(line.startswith("22.11.2019") for line in got)


def test_an_extract_of_a_protocol_without_a_number_or_title_still_reads(export):
    meeting = replace(russian_meeting(), number="", title="")

    got = lines(export(meeting, extract=(1,), issued_on=ISSUED))

    heading = got.index("ВЫПИСКА ИЗ ПРОТОКОЛА от 22.11.2019")  # no «№», no double space
    assert got[heading + 1] == "г. Астана"


def test_the_english_extract_heading_is_one_line(export):
    got = lines(export(english_meeting(), extract=(1,), issued_on=ISSUED))

    assert got[:3] == [
        "Astana Civic Foundation",
        "EXTRACT FROM THE MINUTES No. 12 of the Meeting of the Board of Trustees "
        "of 22 November 2019",
        "Astana",
    ]


def test_an_english_title_with_its_own_article_gets_no_second_one(export):
    meeting = replace(english_meeting(), title="The Annual General Meeting")

    got = lines(export(meeting, extract=(1,), issued_on=ISSUED))

    assert got[1] == ("EXTRACT FROM THE MINUTES No. 12 of the Annual General Meeting "
                      "of 22 November 2019")


def test_english_minutes_keep_their_heading(export):
    got = lines(export(english_meeting()))

    assert got[1:5] == ["MINUTES", "22 November 2019\tNo. 12", "Astana",
                        "Meeting of the Board of Trustees"]


@pytest.mark.parametrize(("make", "options", "title"), [
    (russian_meeting, {}, "Протокол № 3 от 22.11.2019"),
    (russian_meeting, {"extract": (2,)}, "Выписка из протокола № 3 от 22.11.2019"),
    (kazakh_meeting, {}, "22.11.2019 № 3 хаттама"),
    (kazakh_meeting, {"extract": (1,)}, "22.11.2019 № 3 хаттамадан үзінді"),
    (english_meeting, {"extract": (1,)}, "Extract from the minutes No. 12 of 22 November 2019"),
])
def test_the_document_title_property_names_the_document_once(export, make, options, title):
    doc = export(make(), issued_on=ISSUED, **options)

    assert doc.core_properties.title.replace("\u00a0", " ") == title


@pytest.mark.parametrize(("make", "options"), [
    (russian_meeting, {"extract": (2,)}), (kazakh_meeting, {}),
    (kazakh_meeting, {"extract": (1,)}),
])
def test_the_body_named_in_the_heading_is_not_printed_again(export, make, options):
    """The title names the council, so no line of its own repeats it under the organisation
    (the heading folds the title in; the body line must still see it)."""
    meeting = make()
    got = lines(export(meeting, body=BODY, organization=ORGANIZATION, issued_on=ISSUED,
                       **options))

    assert meeting.body not in got
    assert sum(meeting.title in line for line in got) == 1


# --- other words the glossary settled (issue 9 point 7) -----------------------------------

def test_a_protocol_without_a_quorum_says_it_in_the_formal_words(export):
    got = lines(export(small_meeting(), body=BODY))  # 5 of the roster's 22 present

    assert "Кворум: членов — 22, присутствуют — 5. Кворум отсутствует." in got
    assert not any("Кворума нет" in line for line in got)


def test_the_kazakh_time_line_uses_the_verbal_noun_of_the_published_form(export):
    got = lines(export(kazakh_meeting()))

    assert "Өткізу уақыты: 10:00–12:30" in got  # as R2's «Өткізу формасы»
    assert not any("Өткізілу" in line for line in got)


@pytest.mark.parametrize(("language", "key"), [
    (Language.KK, "time_span"), (Language.KK, "vote_unanimous"),
    (Language.KK, "outcome_rejected"), (Language.RU, "quorum_missing"),
    (Language.RU, "doc_title"), (Language.KK, "doc_title"),
])
def test_the_settled_terms_cite_a_public_source_and_are_no_longer_unsure(language, key):
    source = TERMS[language][key].source

    assert "UNSURE" not in source
    assert re.search(r"\b(R\d|DP §|GOST|№|[a-z0-9-]+\.(kz|ru|com|org)/)", source), source


def test_a_term_still_unsure_says_what_was_checked():
    for language, key in ((Language.RU, "time_span"), (Language.KK, "extract_heading_of"),
                          (Language.EN, "certified")):
        source = TERMS[language][key].source
        assert "UNSURE" in source and len(source.split("UNSURE", 1)[1].strip(" :")) > 10
