"""The seminar recorded whole reaches the document (issue 8): the initiators in the head,
degree and rank after the position, the total head count, proposals and conclusions per item
and of the whole meeting, no ПОСТАНОВИЛИ; read back from the .docx in Russian, Kazakh and
English, with the Kazakh document written from the Kazakh texts."""

from dataclasses import replace
from datetime import date

import pytest
from docx.oxml.ns import qn

from minutes_app.domain import (
    Attendee,
    Body,
    Decision,
    Member,
    Organization,
    Role,
    Statement,
    TextEntry,
    Vote,
)
from minutes_app.export import DocxOptions
from minutes_app.export.outline import build_outline
from tests.export.conftest import assert_in_order, lines
from tests.export.samples import (
    BUKREEV,
    CHAIR,
    MEMBERS,
    ORGANIZATION,
    SECRETARY,
    SEMINAR_BODY_NAME,
    SEMINAR_KK,
    SEMINAR_UNTRANSLATED,
    seminar_in_kazakh_too,
    whole_seminar,
)

BODY = Body(name=SEMINAR_BODY_NAME)
PAIR = ("Қазақстан Республикасы Ішкі істер министрлігі | "
        "Министерство внутренних дел Республики Казахстан")


def test_the_russian_seminar_has_its_parts_in_the_protocol_s_order(export):
    got = lines(export(whole_seminar(), body=BODY, organization=ORGANIZATION))

    assert got[:9] == [
        PAIR, SEMINAR_BODY_NAME, "ПРОТОКОЛ", "22.11.2019\t№ 7", "г. Кокшетау",
        "«Взаимодействие полиции с институтами гражданского общества»",
        "Форма проведения: семинар", "Время проведения: 10:00–12:30",
        "Инициаторы: ОФ «Eurasian Expert Council», Департамент Агентства РК по делам "
        "государственной службы и противодействию коррупции по Акмолинской области, "
        "Общественный совет МВД РК.",
    ]
    assert_in_order(got, [
        # the degree after the position, the rank after the position
        "Председатель — М.Ч. Когамов, председатель Общественного совета МВД РК, доктор "
        "юридических наук",
        "Присутствовали: Абенов С.К., Борисова Е.П.",
        "Приглашенные:",
        "Мусралимова А.Е. — заместитель акима Акмолинской области;",
        "Букреев В. — заместитель начальника Департамента полиции Акмолинской области, "
        "полковник полиции;",
        "представители средств массовой информации — 6 человек.",
        "Всего присутствовало: 67 человек.",
        "ПОВЕСТКА ДНЯ:",
        "Докладчик: Когамов М.Ч., председатель Общественного совета МВД РК, доктор "
        "юридических наук.",
        "1. СЛУШАЛИ:",
        "Когамов М.Ч. — Рассказал о дорожной карте модернизации органов внутренних дел.",
        "ВЫСТУПИЛИ:",
        "Букреев В. — Рассказал о работе полиции с общественностью.",
        "Прозвучали предложения:",
        "Абенов С.К. — развивать новые формы и направления сотрудничества;",
        "активнее использовать потенциал институтов гражданского общества.",
        "Участники отметили, что взаимодействие полиции с институтами гражданского общества "
        "в целом развивается.",
        "2. СЛУШАЛИ:",
        "ВЫСТУПИЛИ:",
        "Борисова Е.П. — Рассказала об опыте НПО.",
        "Участники отметили:",
        "Формы взаимодействия нужно расширять.",
        "Опыт НПО полезен полиции.",
        "В завершение участники отметили, что взаимодействие нуждается в дальнейшем "
        "совершенствовании.",
        "Председатель | ____________ | М.Ч. Когамов",
    ])
    assert "ПОСТАНОВИЛИ:" not in got and not any("Голосовали" in line for line in got)


def test_the_short_form_keeps_proposals_and_conclusions_and_drops_what_was_said(export):
    got = lines(export(whole_seminar(), form="short"))

    assert_in_order(got, ["1. СЛУШАЛИ:", "ВЫСТУПИЛИ:", "Букреев В.", "Прозвучали предложения:",
                          "Абенов С.К. — развивать новые формы и направления сотрудничества;",
                          "Участники отметили:", "Опыт НПО полезен полиции.",
                          "В завершение участники отметили, что взаимодействие нуждается в "
                          "дальнейшем совершенствовании."])
    assert "Букреев В. — Рассказал о работе полиции с общественностью." not in got


def test_an_extract_keeps_its_item_s_conclusions_but_not_the_meeting_s(export):
    got = lines(export(whole_seminar(), extract=(2,)))

    assert any(line.startswith("ВЫПИСКА ИЗ ПРОТОКОЛА № 7 ") for line in got)
    assert_in_order(got, ["2. СЛУШАЛИ:", "Участники отметили:",
                          "Опыт НПО полезен полиции.", "Верно:"])
    text = "\n".join(got)
    assert "Прозвучали предложения" not in text and "В завершение" not in text


def test_the_kazakh_document_is_written_from_the_kazakh_texts(export):
    got = lines(export(seminar_in_kazakh_too(), body=BODY, organization=ORGANIZATION,
                       language="kk"))

    assert got[:9] == [
        PAIR,  # Kazakh left, Russian right in every language
        SEMINAR_BODY_NAME,  # no Kazakh name: the Russian one
        "ХАТТАМА", "22.11.2019\t№ 7", "Көкшетау қ.", SEMINAR_KK["title"],
        "Өткізу формасы: семинар", "Өткізу уақыты: 10:00–12:30",
        f"Ұйымдастырушылар: {SEMINAR_KK['organizers[0].text']}, "
        f"{SEMINAR_KK['organizers[1].text']}, Общественный совет МВД РК.",
    ]
    assert_in_order(got, [
        "Төраға — М.Ч. Когамов, ҚР ІІМ Қоғамдық кеңесінің төрағасы, заң ғылымдарының докторы",
        "Хатшы — А.С. Петрова, кеңес хатшысы",
        "Мусралимова А.Е. — Ақмола облысы әкімінің орынбасары;",
        "Букреев В. — заместитель начальника Департамента полиции Акмолинской области, "
        "полковник полиции;",  # no Kazakh text for him: the Russian one
        "Полиция департаментінің жеке құрамы — 40 адам;",
        "Барлығы қатысқаны: 67 адам.",
        "КҮН ТӘРТІБІ:",
        f"1. {SEMINAR_KK['agenda[0].title']}",
        f"2. {SEMINAR_KK['agenda[1].title']}",
        "1. ТЫҢДАЛДЫ:",
        f"Когамов М.Ч. — {SEMINAR_KK['agenda[0].heard[0].text']}",
        "Ұсыныстар айтылды:",
        f"Абенов С.К. — {SEMINAR_KK['agenda[0].proposals[0].text']};",
        "активнее использовать потенциал институтов гражданского общества.",
        "Қатысушылар атап өтті:",
        f"{SEMINAR_KK['agenda[0].conclusions[0].text']}.",
        "Қорытындысында қатысушылар атап өтті:",
        f"{SEMINAR_KK['conclusions[0].text']}.",
        "Төраға | ____________ | М.Ч. Когамов",
    ])
    assert "ҚАУЛЫ ЕТТІ:" not in got


def test_the_fallbacks_name_exactly_the_printed_texts_with_no_kazakh_version():
    outline = build_outline(seminar_in_kazakh_too(), DocxOptions(language="kk"), BODY,
                            ORGANIZATION)

    assert [f.path for f in outline.fallbacks] == [*SEMINAR_UNTRANSLATED, "body.name"]
    by_path = {f.path: f.text for f in outline.fallbacks}
    assert by_path["attendees[5].rank"] == "полковник полиции"
    assert by_path["body.name"] == SEMINAR_BODY_NAME
    # the notes have no Kazakh text either, but the document never prints them
    assert "notes" not in by_path


def test_a_document_in_the_meeting_s_own_language_falls_back_on_nothing():
    outline = build_outline(seminar_in_kazakh_too(), DocxOptions(), BODY, ORGANIZATION)

    assert outline.fallbacks == []


def test_texts_left_out_of_the_document_are_not_fallbacks():
    short = build_outline(seminar_in_kazakh_too(), DocxOptions(language="kk", form="short"))
    extract = build_outline(seminar_in_kazakh_too(), DocxOptions(language="kk", extract=(1,)))

    short_paths = [f.path for f in short.fallbacks]
    assert "agenda[0].discussion[0].text" not in short_paths  # the short form: speakers only
    assert "agenda[0].proposals[1].text" in short_paths
    assert [f.path for f in extract.fallbacks] == [
        # item 1 only; the guest's position too: an extract repeats the opening part
        "organizers[2].text", "attendees[5].position", "attendees[5].rank",
        "agenda[0].discussion[0].text", "agenda[0].proposals[1].text",
    ]


def test_translated_body_and_organisation_names_are_used_and_not_reported():
    body = replace(BODY, translations=BODY.translations.with_text("name", "kk",
                                                                  "ҚР ІІМ Қоғамдық кеңесі"))
    russian_only = Organization(name=ORGANIZATION.name)

    outline = build_outline(seminar_in_kazakh_too(), DocxOptions(language="kk"), body,
                            russian_only)

    texts = [getattr(block, "text", "") for block in outline.blocks]
    assert texts[:3] == [ORGANIZATION.name, "ҚР ІІМ Қоғамдық кеңесі", "ХАТТАМА"]
    paths = [f.path for f in outline.fallbacks]
    assert "body.name" not in paths and paths[-1] == "organization.name"


def test_the_bilingual_header_is_a_borderless_table_of_two_equal_columns(export):
    # an English document uses the English name when there is one: no table heads it then
    english = export(whole_seminar(), organization=ORGANIZATION, language="en")
    assert english.element.body[0].tag == qn("w:p") and lines(english)[0] == ORGANIZATION.name_en

    ru = export(whole_seminar(), name="ru.docx", organization=ORGANIZATION)
    header = ru.tables[0]
    assert [c.text for c in header.rows[0].cells] == [ORGANIZATION.name_kk, ORGANIZATION.name]
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert {edge.get(qn("w:val")) for edge in borders} == {"none"}
    widths = [cell.width for cell in header.rows[0].cells]
    assert widths[0] == widths[1] and widths[0] > 0
    assert header.rows[0].cells[0].paragraphs[0].style.name == "Minutes Organization"


@pytest.mark.parametrize(("organization", "language", "first"), [
    (replace(ORGANIZATION, name_en=""), "en", PAIR),  # no English name: the pair
    (Organization(name=ORGANIZATION.name), "kk", ORGANIZATION.name),  # no Kazakh: alone
    (Organization(name=ORGANIZATION.name), "ru", ORGANIZATION.name),
    (replace(ORGANIZATION, name_kk=ORGANIZATION.name), "ru", ORGANIZATION.name),  # same twice
])
def test_the_organisation_header_in_each_case(export, organization, language, first):
    got = lines(export(whole_seminar(), organization=organization, language=language))

    assert got[0] == first and got[1] == SEMINAR_BODY_NAME


@pytest.mark.parametrize(("count", "ru", "kk", "en"), [
    (1, "1 человек", "1 адам", "1 person"),
    (2, "2 человека", "2 адам", "2 people"),
    (5, "5 человек", "5 адам", "5 people"),
    (12, "12 человек", "12 адам", "12 people"),
    (21, "21 человек", "21 адам", "21 people"),
    (22, "22 человека", "22 адам", "22 people"),
    (67, "67 человек", "67 адам", "67 people"),
    (114, "114 человек", "114 адам", "114 people"),
    (123, "123 человека", "123 адам", "123 people"),
])
def test_the_total_head_count_agrees_with_its_number(export, count, ru, kk, en):
    seminar = whole_seminar()
    guests = (Attendee(group="участники", count=count, role=Role.INVITED),)
    meeting = replace(seminar, attendees=guests)

    for language, words, label in (("ru", ru, "Всего присутствовало"),
                                   ("kk", kk, "Барлығы қатысқаны"), ("en", en, "Total present")):
        got = lines(export(meeting, name=f"{language}.docx", language=language))
        assert f"{label}: {words}." in got


def test_no_guests_and_no_groups_no_total_line(export):
    seminar = whole_seminar()
    members_only = tuple(a for a in seminar.attendees if a.role is not Role.INVITED)

    got = lines(export(replace(seminar, attendees=members_only)))

    assert not any(line.startswith("Всего присутствовало") for line in got)


def test_one_initiator_and_initiators_with_commas(export):
    seminar = whole_seminar()
    one = lines(export(replace(seminar, organizers=(TextEntry("Общественный совет МВД РК"),))))
    commas = lines(export(replace(seminar, organizers=(
        TextEntry("ТОО «Береке», г. Кокшетау"), TextEntry("Общественный совет МВД РК"))),
        name="commas.docx"))

    assert "Инициатор: Общественный совет МВД РК." in one
    assert "Инициаторы: ТОО «Береке», г. Кокшетау; Общественный совет МВД РК." in commas


def test_one_proposal_and_a_conclusion_in_capitals(export):
    seminar = whole_seminar()
    item = replace(seminar.agenda[0], proposals=(Statement("Создать рабочую группу."),),
                   conclusions=(TextEntry("Работа полиции стала открытой."),))

    got = lines(export(replace(seminar, agenda=(item,))))

    assert_in_order(got, ["Прозвучало предложение:", "Создать рабочую группу.",
                          "Участники отметили:", "Работа полиции стала открытой."])


def test_english_minutes_of_the_seminar(export):
    seminar = whole_seminar()

    got = lines(export(seminar, language="en"))

    assert_in_order(got, ["Convened by: ОФ «Eurasian Expert Council», Департамент Агентства "
                          "РК по делам государственной службы и противодействию коррупции по "
                          "Акмолинской области, Общественный совет МВД РК.",
                          "Total present: 67 people.", "Proposals made:",
                          "The participants noted that взаимодействие полиции с институтами "
                          "гражданского общества в целом развивается.",
                          "The participants noted:",
                          "In conclusion, the participants noted that взаимодействие нуждается "
                          "в дальнейшем совершенствовании."])
    assert BUKREEV.split()[0] in "\n".join(got)


def test_the_quorum_line_counts_the_roster_of_the_meeting_s_day(export):
    roster = (
        Member(CHAIR, Role.CHAIR), Member(SECRETARY, Role.SECRETARY),
        Member(MEMBERS[0], from_=date(2019, 1, 1)),
        Member(MEMBERS[1], to=date(2019, 12, 31)),
        Member("Ушедший Член Совета", to=date(2019, 11, 21)),  # left the day before
        Member("Новый Член Совета", from_=date(2019, 11, 23)),  # joins the day after
    )

    seminar = whole_seminar()
    item = seminar.agenda[0]
    voted = replace(seminar, agenda=(replace(item, decisions=(
        Decision("Рекомендации семинара одобрить.", Vote(for_=4)),)),))

    got = lines(export(voted, body=Body(name=SEMINAR_BODY_NAME, members=roster)))

    assert "Кворум: членов — 4, присутствуют — 4. Кворум имеется, заседание правомочно." in got


def test_a_meeting_that_votes_on_nothing_has_no_quorum_line(export):
    """A quorum is what decisions need: a seminar's protocol says nothing of one (it would
    call the seminar «заседание правомочно»)."""
    roster = (Member(CHAIR, Role.CHAIR), Member(SECRETARY, Role.SECRETARY))

    got = lines(export(whole_seminar(), body=Body(name=SEMINAR_BODY_NAME, members=roster)))

    assert not [line for line in got if line.startswith("Кворум")]
