"""Every part of every form (full, short, extract) in Russian: order and wording, read back."""

from dataclasses import replace
from datetime import date

import pytest

from minutes_app.domain import Language
from minutes_app.export import OptionsError
from tests.export.conftest import assert_in_order, lines
from tests.export.samples import BODY, ORGANIZATION, russian_meeting, small_meeting

# the organisation's name in Kazakh and in Russian side by side, as Kazakhstan's blanks carry it
HEADER = [
    "Қазақстан Республикасы Ішкі істер министрлігі | "
    "Министерство внутренних дел Республики Казахстан",
]
TITLE_BLOCK = [
    "22.11.2019\t№ 3",
    "г. Астана",
    "заседания Общественного совета по вопросам деятельности органов внутренних дел",
    "Время проведения: 10:00–12:30",
    "Председатель — М.Ч. Когамов, председатель Общественного совета, доктор юридических наук",
    "Секретарь — А.С. Петрова, ответственный секретарь совета",
]
INVITED_ABSENT_QUORUM = [
    "Приглашенные:",
    "Ахметов Е.Б. — заместитель акима Акмолинской области;",
    "Сейткали Н.М. — начальник Департамента полиции, полковник полиции;",
    "сотрудники полиции — 12 человек;",
    "представители НПО — 8 человек.",
    "Всего присутствовало: 41 человек.",  # 19 members, 2 guests, 20 in groups
    "Отсутствовали: Тлеубаев К.Е. (командировка), Уразова М.А. (болезнь), Федоров П.",
    "Кворум: членов — 22, присутствуют — 19. Кворум имеется, заседание правомочно.",
]
AGENDA = [
    "ПОВЕСТКА ДНЯ:",
    "1. О профилактике правонарушений среди несовершеннолетних",
    "Докладчик: Сейткали Н.М., начальник Департамента полиции, полковник полиции.",
    "2. О плане работы совета на 2020 год",
    "Докладчики: Петрова А.С., ответственный секретарь совета; Когамов М.Ч., председатель "
    "Общественного совета, доктор юридических наук.",
    "3. Разное",
]
ITEM_1_DECISIONS = [
    "ПОСТАНОВИЛИ:",
    "1.1. Информацию принять к сведению.",
    "Голосовали: единогласно.",
    "1.2. Рекомендовать Департаменту полиции усилить профилактическую работу.",
    "Голосовали: «за» — 15, «против» — 1, «воздержались» — 1.",
    "Поручение: Подготовить план мероприятий. Ответственные: Сейткали Н.М., Ахметов Е.Б. "
    "Срок — до 20.12.2019.",
]
ITEM_2_DECISIONS = [
    "ПОСТАНОВИЛИ:",
    "2.1. Утвердить план работы на 2020 год.",
    "Голосовали: «за» — 2, «против» — 0, «воздержались» — 1.",
    "2.2. Провести выездное заседание в г. Кокшетау.",
    "Голосовали: «за» — 3, «против» — 10, «воздержались» — 2. Решение не принято.",
    "2.3. Снять вопрос о гербе с рассмотрения.",
    "Решение не принято.",
    "2.4. Опубликовать план на сайте министерства.",  # no vote, adopted: no vote line
]
ITEM_3 = [
    "3. СЛУШАЛИ:",
    "Разное",  # nothing heard, no presenter: the title stands for it
    "ПОСТАНОВИЛИ:",
    "3.1. Провести следующее заседание в феврале 2020 года.",
    "Поручение: Разослать приглашения. Ответственный: Петрова А.С.",
]
SIGNATURES = ["Председатель | ____________ | М.Ч. Когамов",
              "Секретарь | ____________ | А.С. Петрова"]
ANNEX = [
    "Приложение\nк протоколу от 22.11.2019 № 3",
    "СПИСОК ПРИСУТСТВУЮЩИХ",
    "№ п/п | Фамилия, имя, отчество | Должность",
    "1. | Абенов Серик Каримович | ",
    "2. | Борисова Елена Павловна | ",
]


def test_full_protocol_has_every_part_in_order(export):
    doc = export(russian_meeting(), body=BODY, organization=ORGANIZATION)

    got = lines(doc)

    body_until_annex = got[: got.index(ANNEX[0])]
    assert body_until_annex == [
        *HEADER, "ПРОТОКОЛ", *TITLE_BLOCK,
        "Присутствовали: 19 человек (список прилагается).",  # the quorum line's 19
        *INVITED_ABSENT_QUORUM,
        *AGENDA,
        "1. СЛУШАЛИ:",
        "Сейткали Н.М. — Доложил о состоянии правопорядка.\nТекст доклада прилагается.",
        "ВЫСТУПИЛИ:",
        "Ахметов Е.Б. — Предложил усилить работу с семьями.",
        "Абенов С.К. — Поддержал предложение.",
        *ITEM_1_DECISIONS,
        "2. СЛУШАЛИ:",
        "Петрова А.С. — Представила проект плана работы.",
        *ITEM_2_DECISIONS,
        *ITEM_3,
        "Приложение: список присутствующих на 1 л. в 1 экз.",
        *SIGNATURES,
    ]


def test_more_members_than_the_threshold_go_to_an_annex_in_alphabetical_order(export):
    got = lines(export(russian_meeting(), body=BODY, organization=ORGANIZATION))

    annex = got[got.index(ANNEX[0]):]
    assert annex[:5] == ANNEX
    # reference, title, table header, one row per member present, the chair and secretary too
    assert len(annex) == 3 + 19
    assert "11. | Когамов Марат Чингизович | председатель Общественного совета, доктор " \
           "юридических наук" in annex
    assert annex[-1] == "19. | Сулейменов Бауыржан Касымович | "


def test_members_are_listed_by_name_up_to_the_threshold(export):
    got = lines(export(small_meeting(), attendee_list_threshold=15))

    assert "Присутствовали: Абенов С.К., Борисова Е.П., Васильев И.О." in got
    assert not any(line.startswith("Приложение") for line in got)
    assert "СПИСОК ПРИСУТСТВУЮЩИХ" not in got


def test_the_threshold_is_a_setting(export):
    got = lines(export(small_meeting(), attendee_list_threshold=2))

    assert "Присутствовали: 5 человек (список прилагается)." in got  # 3 members, chair, secretary
    assert "СПИСОК ПРИСУТСТВУЮЩИХ" in got


def test_short_protocol_says_who_spoke_on_what_without_the_texts(export):
    got = lines(export(russian_meeting(), body=BODY, organization=ORGANIZATION, form="short"))

    assert_in_order(got, [
        *AGENDA,
        "1. СЛУШАЛИ:",
        "Сейткали Н.М. — О профилактике правонарушений среди несовершеннолетних",
        "ВЫСТУПИЛИ:",
        "Ахметов Е.Б., Абенов С.К.",
        *ITEM_1_DECISIONS,
        "2. СЛУШАЛИ:",
        "Петрова А.С. — О плане работы совета на 2020 год",
        *ITEM_2_DECISIONS,
        *ITEM_3,
        *SIGNATURES,
    ])
    text = "\n".join(got)
    assert "Доложил о состоянии правопорядка" not in text
    assert "Предложил усилить работу" not in text


def test_extract_keeps_the_header_and_only_the_chosen_items_with_their_numbers(export):
    meeting = russian_meeting()
    got = lines(export(meeting, body=BODY, organization=ORGANIZATION, extract=(2,),
                       issued_on=date(2019, 11, 25)))

    assert got == [
        # the heading names the protocol in one line: no date line, no title under it
        *HEADER, "ВЫПИСКА ИЗ ПРОТОКОЛА № 3 " + TITLE_BLOCK[2] + " от 22.11.2019",
        TITLE_BLOCK[1], *TITLE_BLOCK[3:],
        # the opening part as the protocol has it; above the threshold the count and quorum
        "Присутствовали: 19 из 22 членов, кворум имеется.",
        *INVITED_ABSENT_QUORUM[:-1],
        "ПОВЕСТКА ДНЯ:",
        *AGENDA[3:5],
        "2. СЛУШАЛИ:",
        "Петрова А.С. — Представила проект плана работы.",
        *ITEM_2_DECISIONS,
        "Председатель | (подпись) | М.Ч. Когамов",
        "Секретарь | (подпись) | А.С. Петрова",
        "Верно:",
        "Ответственный секретарь совета | ____________ | А.С. Петрова",
        "25.11.2019",
    ]


def test_extract_of_several_items_keeps_their_order(export):
    got = lines(export(russian_meeting(), extract=(3, 1)))

    keywords = [line for line in got if "СЛУШАЛИ" in line]
    assert keywords == ["1. СЛУШАЛИ:", "3. СЛУШАЛИ:"]
    assert "2. О плане работы совета на 2020 год" not in got


def test_extract_of_a_missing_item_is_one_clear_error(export):
    with pytest.raises(OptionsError, match="3 agenda items; there is no item 7"):
        export(russian_meeting(), extract=(7,))


def test_no_empty_headings_for_empty_sections(export):
    bare = replace(russian_meeting(), attendees=(), agenda=(), place="", number="",
                   organization="")
    got = lines(export(bare))

    assert got[:3] == ["ПРОТОКОЛ", "22.11.2019", bare.title]
    for heading in ("Присутствовали", "Приглашенные", "Отсутствовали", "ПОВЕСТКА ДНЯ",
                    "СЛУШАЛИ", "ПОСТАНОВИЛИ", "Кворум"):
        assert not any(heading in line for line in got), heading
    assert all(line.strip() for line in got), "no empty paragraphs"


def test_language_option_overrides_the_meetings_language(export):
    got = lines(export(small_meeting(Language.RU), language="kk"))

    assert "ХАТТАМА" in got
    assert "ПРОТОКОЛ" not in got
