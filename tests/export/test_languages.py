"""Kazakh protocols and English board minutes: the same record with each language's words."""

from datetime import date

import pytest

from minutes_app.domain import Language
from minutes_app.export.glossary import TERMS, Glossary
from tests.export.conftest import assert_in_order, lines
from tests.export.samples import BODY, ORGANIZATION, english_meeting, kazakh_meeting


def test_kazakh_full_protocol(export):
    got = lines(export(kazakh_meeting(), body=BODY, organization=ORGANIZATION))

    assert got[:4] == [
        "Қазақстан Республикасы Ішкі істер министрлігі | "
        "Министерство внутренних дел Республики Казахстан",
        # the head noun after the genitive title (R2)
        "Ішкі істер органдарының қызметі мәселелері жөніндегі Қоғамдық кеңес отырысының "
        "ХАТТАМАСЫ",
        "22.11.2019\t№ 3",
        "Астана қ.",
    ]
    assert_in_order(got, [
        "Төраға — М.Ч. Когамов, председатель Общественного совета, доктор юридических наук",
        "Хатшы — А.С. Петрова, ответственный секретарь совета",
        "Қатысқандар: 19 адам (тізімі қоса беріледі).",
        "Шақырылғандар:",
        "сотрудники полиции — 12 адам;",
        "Қатыспағандар: Тлеубаев К.Е. (командировка), Уразова М.А. (болезнь), Федоров П.",
        "Кворум: мүшелер саны — 22, қатысқаны — 19. Кворум бар, отырыс шешім қабылдауға құқылы.",
        "КҮН ТӘРТІБІ:",
        "1. Кәмелетке толмағандар арасындағы құқық бұзушылықтардың алдын алу туралы",
        "Баяндамашы: Сейткали Н.М., начальник Департамента полиции, полковник полиции.",
        "1. ТЫҢДАЛДЫ:",
        "Сейткали Н.М. — Құқықтық тәртіптің жай-күйі туралы баяндады.",
        "СӨЗ СӨЙЛЕГЕНДЕР:",
        "Ахметов Е.Б. — Отбасылармен жұмысты күшейтуді ұсынды.",
        "ҚАУЛЫ ЕТТІ:",
        "1.1. Ақпарат назарға алынсын.",
        "Дауыс беру қорытындысы: бірауыздан.",
        "1.2. Полиция департаментіне алдын алу жұмысын күшейту ұсынылсын.",
        "Дауыс беру қорытындысы: жақтап — 15, қарсы — 1, қалыс қалғандар — 1.",
        "Тапсырма: Іс-шаралар жоспарын дайындау. Жауапты: Сейткали Н.М. "
        "Орындау мерзімі — 20.12.2019 ж. дейін.",
        "1.3. Көшпелі отырыс өткізілсін.",
        "Дауыс беру қорытындысы: жақтап — 3, қарсы — 10, қалыс қалғандар — 0. "
        "Шешім қабылданбады.",
        "Қосымша: қатысқандар тізімі 1 парақта 1 данада.",
        "Төраға | ____________ | М.Ч. Когамов",
        "Хатшы | ____________ | А.С. Петрова",
        "22.11.2019 № 3\nхаттамаға қосымша",
        "ҚАТЫСҚАНДАР ТІЗІМІ",
        "Р/с № | Тегі, аты, әкесінің аты | Лауазымы",
    ])


def test_kazakh_short_and_extract(export):
    short = lines(export(kazakh_meeting(), name="short.docx", form="short"))
    extract = lines(export(kazakh_meeting(), name="extract.docx", extract=(1,),
                           issued_on=date(2019, 12, 2)))

    assert_in_order(short, ["1. ТЫҢДАЛДЫ:", "Сейткали Н.М. — Кәмелетке толмағандар арасындағы "
                            "құқық бұзушылықтардың алдын алу туралы", "СӨЗ СӨЙЛЕГЕНДЕР:",
                            "Ахметов Е.Б.", "ҚАУЛЫ ЕТТІ:"])
    assert "Отбасылармен жұмысты күшейтуді ұсынды." not in "\n".join(short)
    assert extract[:3] == [
        "Министерство внутренних дел Республики Казахстан",
        "Ішкі істер органдарының қызметі мәселелері жөніндегі Қоғамдық кеңес отырысының "
        "22.11.2019 № 3 хаттамасынан ҮЗІНДІ",
        "Астана қ.",
    ]
    assert_in_order(extract, ["Қатысқандар: 19 адам.", "Төраға | (қолы) | М.Ч. Когамов",
                              "Үзінді дұрыс:", "02.12.2019"])


def test_english_board_minutes(export):
    got = lines(export(english_meeting()))

    assert got == [
        "Astana Civic Foundation",
        "MINUTES",
        "22 November 2019\tNo. 12",
        "Astana",
        "Meeting of the Board of Trustees",
        "Chair: J. Smith, Chair of the Board",
        "Secretary: M.A. Brown, Company Secretary",
        "Present: Green P., White O.",
        "In attendance:",
        "Grey A. — Auditor, KPMG;",
        "staff observers — 3 people.",
        "Total present: 8 people.",
        "Absent with apologies: Black T. (travelling).",
        "AGENDA",
        "1. Annual budget 2020",
        "Presented by: Green P.",
        "2. Any other business",
        "1. Annual budget 2020",
        "Presentation:",
        "Green P.: Presented the draft budget.",
        "Discussion:",
        "White O.: Asked about reserves.",
        "Resolutions:",
        "1.1. RESOLVED that the budget for 2020 be approved.",
        "For 4, against 0, abstained 0 — carried.",
        "1.2. RESOLVED that the office be moved.",
        "For 1, against 3, abstained 0 — not carried.",
        "2. Any other business",
        "Resolutions:",
        "2.1. RESOLVED that the next meeting be held in March.",  # no second "RESOLVED"
        "Unanimous — carried.",
        "ACTION ITEMS",
        "Item | Action | Owner | Due",
        "1.1 | Publish the budget | Brown M.A., Green P. | 1 December 2019",
        "",  # one point high: keeps the two tables apart (test_table_separation.py)
        "Chair | ____________ | J. Smith",
        "Secretary | ____________ | M.A. Brown",
    ]


def test_english_short_and_extract(export):
    short = lines(export(english_meeting(), name="short.docx", form="short"))
    extract = lines(export(english_meeting(), name="extract.docx", extract=(2,),
                           issued_on=date(2019, 11, 29)))

    assert_in_order(short, ["1. Annual budget 2020", "Presented by: Green P.",
                            "Discussion: White O.", "Resolutions:"])
    assert "Presented the draft budget." not in "\n".join(short)
    assert extract[1:3] == ["EXTRACT FROM THE MINUTES No. 12 of the Meeting of the Board of "
                            "Trustees of 22 November 2019", "Astana"]
    assert "1. Annual budget 2020" not in extract
    assert "ACTION ITEMS" not in extract  # item 2 has no actions
    assert_in_order(extract, ["Present: Green P., White O.", "In attendance:",
                              "Total present: 8 people.", "AGENDA",
                              "2. Any other business", "Chair | (signed) | J. Smith",
                              "Certified a true extract:",
                              "Company Secretary | ____________ | M.A. Brown", "29 November 2019"])


def test_every_term_has_a_source_and_every_language_has_every_term():
    keys = set(TERMS[Language.RU])
    for language, terms in TERMS.items():
        assert set(terms) == keys, language
        for key, term in terms.items():
            assert term.source.strip(), f"{language}:{key} has no source"


@pytest.mark.parametrize(("count", "expected"), [
    (1, "1 человек"), (2, "2 человека"), (4, "4 человека"), (5, "5 человек"),
    (11, "11 человек"), (12, "12 человек"), (14, "14 человек"), (21, "21 человек"),
    (22, "22 человека"), (111, "111 человек"), (112, "112 человек"), (123, "123 человека"),
])
def test_russian_head_counts_agree_with_the_number(count, expected):
    assert Glossary(Language.RU).people(count) == expected


def test_dates_per_language():
    day = date(2019, 11, 2)
    assert Glossary(Language.RU).date(day) == "02.11.2019"
    assert Glossary(Language.KK).date(day) == "02.11.2019"
    assert Glossary(Language.EN).date(day) == "2 November 2019"
    assert Glossary(Language.EN).people(1) == "1 person"
