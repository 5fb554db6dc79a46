"""Every fixed word of the official document, one glossary per document language.

Each term carries its source; every source is public. Abbreviations:
  DP §3.3 = the Russian protocol skeleton of the samples chelyab-gov.ru/doc/58609 (МЧС),
       moscow-gov.ru/doc/78397 (municipal form), kakprosto.ru/kak-38372, helpiks.org 4-56236.
  DP §3.5 = the extract: kakprosto.ru/kak-61993, profiz.ru/sr/5_2025/vypiska_iz_protokola.
  DP §3.6 = Kazakh headings: Order № 236 of 25.08.2023 (adilet.zan.kz/rus/docs/V2300033339)
       and published Kazakh protocols; the flags [V] verified, [S] secondary, [?] unverified.
  DP §0 = the key findings drawn from the sources of §3.3-§3.6.
  DP §4 = English minutes: Robert's Rules of Order Revised (1915) §60,
       bartleby.com/176/60.html; parlipro.org/basics/minutes.html.
  R1-R4 = published protocols: R1 mektep16.edu.kz/ru/popsovet-menu/protokol-zasedaniya-
       popechitelskogo-soveta-10; R2 balkhash.goo.kz/journal/view/15/16024 (in Kazakh);
       R3 gov.kz/memleket/entities/maslihat-petropavl/press/news/details/1013061;
       R4 adminkgo.ru/kyshtym/program/programma-gorodskaya-sreda.php?ELEMENT_ID=24561.
  GOST = GOST R 7.0.97-2025 (requisites: 09 document type, 19 annex mark, 22 signature,
       25 certification «Верно»).
  EN-GUIDE = guides to writing minutes: awelu.lu.se/genres/writing-for-administrative-
       purposes/writing-minutes-and-agendas ("what decisions were made");
       dollar-nation.blogspot.com/2017 (past tense, reported speech: "It was agreed that …").
  KK-GRAM = standard Kazakh grammar: «дейін» (until) governs the dative case; a noun
       qualified by a genitive takes the possessive ending and stands last («кеңес
       отырысының хаттамасы»).
  PRODUCT = the product's own word list (a choice, backed by the sources it is cited with).
  INTERCHANGE = docs/interchange.md of this repository.
  UNSURE = our own wording, not found in any source we hold; a native speaker or the
       records office should confirm it before release (the Kazakh ones against the forms of
       Order № 236, adilet.zan.kz/rus/docs/V2300033339).
Placeholders in braces are filled by the outline builder (str.format).
"""

import datetime as dt
from dataclasses import dataclass
from typing import Final

from minutes_app.domain import DecisionVerb, Language


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    source: str


_RU: Final = {
    "doc_type": Term("ПРОТОКОЛ", "GOST req. 09; DP §3.3"),
    "extract_type": Term("ВЫПИСКА ИЗ ПРОТОКОЛА", "DP §3.5 (kakprosto 61993; profiz.ru 2025)"),
    "extract_heading": Term(
        "ВЫПИСКА ИЗ ПРОТОКОЛА {number} {title} от {date}",
        "DP §3.5: the extract repeats the protocol's heading with its title; one line as in "
        "«Выписка из протокола № 5 заседания … от 20.03.2025» (profiz.ru/sr/5_2025/"
        "vypiska_iz_protokola)",
    ),
    "doc_heading_of": Term("", "the title stands under ПРОТОКОЛ (DP §3.3); Kazakh only"),
    "extract_heading_of": Term("", "Kazakh only (a genitive title before the head noun)"),
    "number": Term("№\u00a0{number}", "DP §3.3 skeleton"),
    "kind_line": Term(
        "Форма проведения: {kind}",
        "R2 «Өткізу формасы: дөңгелек үстел» word for word; R1 states the form in the head "
        "(«Дистанционный формат») with no label; UNSURE: no Russian sample with the label "
        "(checked R1, R4, DP §3.3)",
    ),
    "time_span": Term(
        "Время проведения: {start}–{end}",
        "DP §4 «Time: 10:00–12:15» in the head; UNSURE: R1–R4 and the samples of DP §3.3 "
        "print no time, so the Russian label is ours",
    ),
    "time_from": Term("Время проведения: начало в {start}", "UNSURE: only a start typed"),
    "time_until": Term("Время проведения: окончание в {end}", "UNSURE: only an end typed"),
    "organizer": Term("Инициатор", "INTERCHANGE organizers «Инициаторы»; singular"),
    "organizers": Term("Инициаторы", "INTERCHANGE organizers «Инициаторы»"),
    "total_present": Term(
        "Всего присутствовало: {count}",
        "issue 8 «Всего присутствовало: 67 человек»; UNSURE: no protocol sample held",
    ),
    "proposal_one": Term("Прозвучало предложение:", "singular of «Прозвучали предложения»"),
    "proposal_many": Term(
        "Прозвучали предложения:",
        "INTERCHANGE proposals; product/seminar-news-report.txt «Прозвучали предложения»",
    ),
    "noted_that": Term(
        "Участники отметили, что {text}",
        "issue 8; seminar-news-report.txt «участники … отметили, что …»",
    ),
    "noted": Term("Участники отметили:", "list form of «Участники отметили, что …»; UNSURE"),
    "final_noted_that": Term(
        "В завершение участники отметили, что {text}",
        "seminar-news-report.txt «В завершении участники … отметили, что …» (spelt "
        "«в завершение» as the adverbial phrase requires)",
    ),
    "final_noted": Term("В завершение участники отметили:", "list form of the line above"),
    "chair": Term("Председатель", "DP §3.3; PRODUCT"),
    "secretary": Term("Секретарь", "DP §3.3; PRODUCT"),
    "role_line": Term("{role} — {person}", "DP §3.3 «Председатель — И.О. Фамилия»"),
    "present": Term("Присутствовали", "DP §3.3; PRODUCT"),
    "invited": Term("Приглашенные", "DP §3.3 (moscow-gov.ru/doc/78397); PRODUCT"),
    "absent": Term("Отсутствовали", "PRODUCT"),
    "list_attached": Term("{count} (список прилагается)", "DP §3.3 (chelyab-gov.ru/doc/58609)"),
    "quorum_reached": Term(
        "Кворум: членов — {members}, присутствуют — {present}. "
        "Кворум имеется, заседание правомочно.",
        "DP §3.3 «Всего членов…, присутствуют…» (helpiks); DP §0 «кворум имеется»",
    ),
    "quorum_missing": Term(
        "Кворум: членов — {members}, присутствуют — {present}. Кворум отсутствует.",
        "a protocol states «о наличии или отсутствии кворума» (Order of the Ministry of "
        "Construction of Russia № 44/пр, п. 12 «з», quoted at gkhnews.ru/7301); the formal "
        "mirror of «Кворум имеется» (DP §0) instead of the spoken «Кворума нет»",
    ),
    "agenda": Term("ПОВЕСТКА ДНЯ:", "DP §3.3; PRODUCT"),
    "presenter": Term("Докладчик", "DP §3.3 «Докладчик: Фамилия И.О., должность»"),
    "presenters": Term("Докладчики", "plural of DP §3.3 «Докладчик»"),
    "heard": Term("СЛУШАЛИ:", "DP §3.3; PRODUCT"),
    "discussion": Term("ВЫСТУПИЛИ:", "DP §3.3; PRODUCT"),
    # ПОСТАНОВИЛИ or РЕШИЛИ, the body's choice (DecisionVerb); the Glossary picks one pair
    "verb_resolved": Term("ПОСТАНОВИЛИ:", "DP §3.3 (chelyab-gov.ru/doc/58609); PRODUCT"),
    "verb_resolved_prefix": Term("", "DP §3.3: decisions are numbered text, no lead word"),
    "verb_decided": Term("РЕШИЛИ:", "DP §3.3 (moscow-gov.ru/doc/78397 «РЕШИЛИ: 1.1 …»)"),
    "verb_decided_prefix": Term("", "DP §3.3: decisions are numbered text, no lead word"),
    "statement": Term("{speaker} — {text}", "DP §3.3 «Фамилия И.О. — краткое содержание»"),
    "vote_counts": Term(
        "Голосовали: «за» — {for_}, «против» — {against}, «воздержались» — {abstained}.{outcome}",
        "DP §3.3 voting line",
    ),
    "vote_unanimous": Term("Голосовали: единогласно.{outcome}", "DP §3.3 «единогласно»"),
    "outcome_adopted": Term("", "DP §3.3: an adopted decision needs no note"),
    "outcome_rejected": Term(
        " Решение не принято.",
        "negation of DP §3.3 «Решение принято единогласно»; UNSURE: no published protocol "
        "with a lost vote held (R3 records only «принят общим голосованием»)",
    ),
    "no_vote_rejected": Term("Решение не принято.", "as outcome_rejected; UNSURE"),
    "task": Term("Поручение", "PRODUCT (task = поручение)"),
    "responsible_one": Term("Ответственный", "DP §3.3 «исполнитель, срок»; UNSURE wording"),
    "responsible_many": Term("Ответственные", "plural of «Ответственный»"),
    "due": Term("Срок — до {date}", "DP §3.3 «(исполнитель, срок)»; UNSURE wording"),
    "actions_title": Term("", "RU protocols give tasks under each decision (DP §3.3), no table"),
    "col_item": Term("Вопрос", "UNSURE (en action table only)"),
    "col_action": Term("Поручение", "PRODUCT"),
    "col_owner": Term("Ответственные", "UNSURE"),
    "col_due": Term("Срок", "DP §3.3"),
    "annex_mark": Term("Приложение: список присутствующих.", "GOST req. 19; DP §3.3"),
    "annex_ref": Term("Приложение\nк протоколу от {date} {number}", "GOST req. 19 (annex mark)"),
    "annex_title": Term("СПИСОК ПРИСУТСТВУЮЩИХ", "DP §3.3 «список присутствующих»"),
    "col_no": Term("№ п/п", "common table heading; UNSURE"),
    "col_name": Term("Фамилия, имя, отчество", "common table heading"),
    "col_position": Term("Должность", "DP §3.3 «должность»"),
    "signature_line": Term("____________", "DP §3.3 «(подпись)»"),
    "signed": Term("(подпись)", "DP §3.3, §3.5: signature reproduced as text"),
    "certified": Term("Верно:", "GOST req. 25; DP §3.5"),
    "doc_title": Term("Протокол {number} от {date}",
                      "document property: type, number and date (GOST req. 09-11) in one "
                      "line, as the extract's DP §3.5"),
    "extract_title": Term("Выписка из протокола {number} от {date}", "DP §3.5"),
    "members_of_quorate": Term(
        "{present} из {members} {noun}, кворум имеется",
        "issue 9 «N членов из M, кворум имеется»; DP §0 «кворум имеется»",
    ),
    "members_of_no_quorum": Term("{present} из {members} {noun}, кворум отсутствует",
                                 "as quorum_missing (Order № 44/пр п. 12 «з»)"),
    "annex_mark_sheets": Term(
        "Приложение: список присутствующих на {sheets} л. в 1 экз.",
        "GOST R 7.0.97-2016 §5.20 «Приложение: … на 5 л. в 1 экз.»",
    ),
    # The texts a new meeting, item, decision or task starts with: they reach the document
    # when left as they are, so they are words of the document's language, not the screen's.
    "new_meeting": Term("Новое заседание", "PRODUCT (заседание)"),
    "new_item": Term("Новый вопрос", "PRODUCT (вопрос повестки дня)"),
    "new_decision": Term("Новое решение", "PRODUCT (решение)"),
    "new_task": Term("Новое поручение", "PRODUCT (поручение)"),
}

_KK: Final = {
    "doc_type": Term("ХАТТАМА", "DP §3.6 [V]; PRODUCT"),
    "extract_type": Term("ХАТТАМАДАН ҮЗІНДІ", "DP §3.6 [?]; PRODUCT"),
    "extract_heading": Term("", "a title not in the genitive keeps the GOST layout (DP §3.3)"),
    # Kazakh puts the head noun last: a title typed in the genitive («… отырысының») comes
    # first and the document type follows it with the possessive ending
    "doc_heading_of": Term(
        "{title} ХАТТАМАСЫ",
        "R2 «Қамқоршылық кеңес жиналысының хаттамасы № 3» (the head noun after the "
        "genitive, KK-GRAM); the document type in capitals (GOST req. 09)",
    ),
    "extract_heading_of": Term(
        "{title} {date} {number} хаттамасынан ҮЗІНДІ",
        "R2's «… жиналысының хаттамасы» in the ablative («хаттамасынан», from the protocol) "
        "+ «ҮЗІНДІ» (extract, DP §3.6 [?]); date and number before the noun they qualify "
        "(KK-GRAM); UNSURE: no published Kazakh extract held",
    ),
    "number": Term("№\u00a0{number}", "DP §3.3 skeleton"),
    "kind_line": Term(
        "Өткізу формасы: {kind}", "R2 «Өткізу формасы: дөңгелек үстел»"
    ),
    "time_span": Term(
        "Өткізу уақыты: {start}–{end}",
        "R2 «Өткізу формасы» (the verbal noun «өткізу», holding, as R2 uses it beside «уақыт», "
        "time); the time in the head as DP §4",
    ),
    "time_from": Term("Өткізу уақыты: басталуы {start}",
                      "as time_span; UNSURE: «басталуы» (its start) for a start alone"),
    "time_until": Term("Өткізу уақыты: аяқталуы {end}",
                       "as time_span; UNSURE: «аяқталуы» (its end) for an end alone"),
    "organizer": Term("Ұйымдастырушы", "INTERCHANGE «Ұйымдастырушылар»; singular UNSURE"),
    "organizers": Term("Ұйымдастырушылар", "INTERCHANGE organizers «Ұйымдастырушылар»"),
    "total_present": Term(
        "Барлығы қатысқаны: {count}",
        "UNSURE: «барлығы» (in all) + «қатысқаны» as in the quorum line",
    ),
    "proposal_one": Term("Ұсыныс айтылды:", "UNSURE: «ұсыныс» (proposal) + «айтылды» (was said)"),
    "proposal_many": Term("Ұсыныстар айтылды:", "UNSURE: plural of «Ұсыныс айтылды»"),
    "noted_that": Term("", "Kazakh puts the verb last: no «…, что» form, the list form only"),
    "noted": Term("Қатысушылар атап өтті:", "UNSURE: «қатысушылар» (participants) «атап өтті» "
                  "(noted)"),
    "final_noted_that": Term("", "as noted_that"),
    "final_noted": Term("Қорытындысында қатысушылар атап өтті:",
                        "UNSURE: «қорытындысында» (in conclusion) + the line above"),
    "chair": Term("Төраға", "DP §3.6 [V]; PRODUCT"),
    "secretary": Term("Хатшы", "DP §3.6 [V]; PRODUCT"),
    "role_line": Term("{role} — {person}", "DP §3.3 layout"),
    "present": Term("Қатысқандар", "DP §3.6 [S]; PRODUCT"),
    "invited": Term("Шақырылғандар", "DP §3.6 [?]; PRODUCT"),
    "absent": Term("Қатыспағандар", "usual official term beside «Қатысқандар» (R2); PRODUCT"),
    "list_attached": Term("{count} (тізімі қоса беріледі)", "DP §3.6 [?]"),
    "quorum_reached": Term(
        "Кворум: мүшелер саны — {members}, қатысқаны — {present}. "
        "Кворум бар, отырыс шешім қабылдауға құқылы.",
        "DP §3.6 [S] «Кворум бар. Жиналыс шешім қабылдауға құқылы»; counts UNSURE",
    ),
    "quorum_missing": Term(
        "Кворум: мүшелер саны — {members}, қатысқаны — {present}. Кворум жоқ.",
        "UNSURE: negation of DP §3.6 «Кворум бар»",
    ),
    "agenda": Term("КҮН ТӘРТІБІ:", "DP §3.6 [V]; PRODUCT"),
    "presenter": Term("Баяндамашы", "usual official term for «докладчик» (R2, R3)"),
    "presenters": Term("Баяндамашылар", "plural of «Баяндамашы»"),
    "heard": Term("ТЫҢДАЛДЫ:", "DP §3.6 [V]; PRODUCT"),
    "discussion": Term("СӨЗ СӨЙЛЕГЕНДЕР:", "DP §3.6 [S]; PRODUCT"),
    "verb_resolved": Term("ҚАУЛЫ ЕТТІ:", "DP §3.6 [S] «ҚАУЛЫ ЕТТІ / ПОСТАНОВИЛИ / RESOLVED»"),
    "verb_resolved_prefix": Term("", "DP §3.3 layout"),
    "verb_decided": Term(
        "ШЕШТІ:",
        "DP §3.6 [S] «Жалғыз қатысушы ШЕШТІ» = «Единственный участник РЕШИЛ»; the "
        "Russian РЕШИЛИ of DP §3.3",
    ),
    "verb_decided_prefix": Term("", "DP §3.3 layout"),
    "statement": Term("{speaker} — {text}", "DP §3.3 layout"),
    "vote_counts": Term(
        "Дауыс беру қорытындысы: жақтап — {for_}, қарсы — {against}, "
        "қалыс қалғандар — {abstained}.{outcome}",
        "DP §3.6 [S] «Дауыс беру қорытындысы: жақтап / қарсы / қалыс қалғандар», the "
        "common form of published Kazakh protocols",
    ),
    "vote_unanimous": Term(
        "Дауыс беру қорытындысы: бірауыздан.{outcome}",
        "a public council's published Kazakh text: «Ұсыныс бірауыздан қабылданды» "
        "(kazkenes.kz/kk/news/internal/1218); DP §3.6 [S] «Дауыс беру қорытындысы»"
    ),
    "outcome_adopted": Term("", "DP §3.3: an adopted decision needs no note"),
    "outcome_rejected": Term(
        " Шешім қабылданбады.",
        "negation (-ба-, KK-GRAM) of a public council's «… деп шешім қабылданды» "
        "(kazkenes.kz/kk/news/internal/1218)",
    ),
    "no_vote_rejected": Term("Шешім қабылданбады.", "as outcome_rejected"),
    "task": Term("Тапсырма", "PRODUCT"),
    "responsible_one": Term("Жауапты", "UNSURE"),
    "responsible_many": Term("Жауаптылар", "UNSURE"),
    "due": Term(
        "Орындау мерзімі — {date} ж. дейін",
        "KK-GRAM: «01.02.2020 ж. дейін» is read «…жылға дейін» (dative); the numeric date "
        "with «ж.» as in R2 «06.03.2020ж»; «орындау мерзімі» = срок исполнения",
    ),
    "actions_title": Term("", "as in the Russian form, tasks stand under each decision"),
    "col_item": Term("Мәселе", "UNSURE (en action table only)"),
    "col_action": Term("Тапсырма", "PRODUCT"),
    "col_owner": Term("Жауаптылар", "UNSURE"),
    "col_due": Term("Мерзімі", "UNSURE"),
    "annex_mark": Term("Қосымша: қатысқандар тізімі.", "DP §3.6 [V] «Қосымша»; rest UNSURE"),
    "annex_ref": Term("{date} {number}\nхаттамаға қосымша", "DP §3.6 [V] «Қосымша»; UNSURE order"),
    "annex_title": Term("ҚАТЫСҚАНДАР ТІЗІМІ", "DP §3.6 «Қатысқандар»; UNSURE"),
    "col_no": Term("Р/с №", "UNSURE: usual Kazakh table heading"),
    "col_name": Term("Тегі, аты, әкесінің аты", "UNSURE: usual Kazakh form heading"),
    "col_position": Term("Лауазымы", "UNSURE"),
    "signature_line": Term("____________", "DP §3.3"),
    "signed": Term("(қолы)", "usual official term (R2 layout); GOST req. 22"),
    "certified": Term(
        "Үзінді дұрыс:",
        "GOST req. 25 «Верно» for an extract (DP §3.5); the Kazakh certification of a copy is "
        "«Көшірмесі дұрыс», of an extract «Үзінді дұрыс»; UNSURE: no published sample held",
    ),
    "doc_title": Term("{date} {number} хаттама",
                      "document property: date and number before the noun they qualify "
                      "(KK-GRAM); «хаттама» DP §3.6 [V]"),
    "extract_title": Term("{date} {number} хаттамадан үзінді", "DP §3.6 [?]"),
    "members_of_quorate": Term(
        "мүшелер саны — {members}, қатысқаны — {present}, кворум бар",
        "as quorum_reached (DP §3.6 [S] «Кворум бар»)",
    ),
    "members_of_no_quorum": Term("мүшелер саны — {members}, қатысқаны — {present}, кворум жоқ",
                                 "UNSURE: as quorum_missing"),
    "annex_mark_sheets": Term(
        "Қосымша: қатысқандар тізімі {sheets} парақта 1 данада.",
        "UNSURE: «парақ» (sheet), «дана» (copy) in the locative, the usual form of the mark",
    ),
    "new_meeting": Term("Жаңа отырыс", "PRODUCT (отырыс)"),
    "new_item": Term("Жаңа мәселе", "PRODUCT (күн тәртібінің мәселесі)"),
    "new_decision": Term("Жаңа шешім", "PRODUCT (шешім)"),
    "new_task": Term("Жаңа тапсырма", "PRODUCT (тапсырма)"),
}

_EN: Final = {
    "doc_type": Term("MINUTES", "DP §4; PRODUCT"),
    "extract_type": Term("EXTRACT FROM THE MINUTES", "PRODUCT «extract of minutes»"),
    "extract_heading": Term(
        "EXTRACT FROM THE MINUTES {number} of the {title} of {date}",
        "the Russian extract's heading (DP §3.5) in the words of DP §4 (Robert's Rules §60: "
        "kind of meeting, name of the assembly, date)",
    ),
    "doc_heading_of": Term("", "the title stands under MINUTES (DP §4 skeleton)"),
    "extract_heading_of": Term("", "Kazakh only"),
    "number": Term("No.\u00a0{number}", "DP §4 skeleton «No. N»"),
    "kind_line": Term(
        "Kind of meeting: {kind}",
        "DP §4 (a) kind of meeting; UNSURE wording",
    ),
    # Robert's Rules record the hour the meeting opened and the hour of adjournment (DP §4
    # (c), (g)): the times are stated as sentences, each only when it was typed.
    "time_span": Term(
        "The meeting opened at {start} and closed at {end}.",
        "DP §4 (c) time, (g) hour of adjournment; «called to order at 10:03»",
    ),
    "time_from": Term("The meeting opened at {start}.", "DP §4 (c); only a start typed"),
    "time_until": Term("The meeting closed at {end}.", "DP §4 (g); only an end typed"),
    "organizer": Term("Convened by", "INTERCHANGE organizers \"Convened by\""),
    "organizers": Term("Convened by", "INTERCHANGE organizers \"Convened by\""),
    "total_present": Term("Total present: {count}", "UNSURE wording"),
    "proposal_one": Term("Proposal made:", "UNSURE wording"),
    "proposal_many": Term("Proposals made:", "UNSURE wording"),
    "noted_that": Term("The participants noted that {text}", "UNSURE wording"),
    "noted": Term("The participants noted:", "UNSURE wording"),
    "final_noted_that": Term("In conclusion, the participants noted that {text}",
                             "UNSURE wording"),
    "final_noted": Term("In conclusion, the participants noted:", "UNSURE wording"),
    "chair": Term("Chair", "DP §4; PRODUCT"),
    "secretary": Term("Secretary", "DP §4; PRODUCT"),
    "role_line": Term("{role}: {person}", "DP §4 «Chair: …   Secretary: …»"),
    "present": Term("Present", "DP §4; PRODUCT"),
    "invited": Term("In attendance", "PRODUCT; DP §4 «Also present (guests)»; the UK "
                    "«In Attendance: Name and Post» (scribd.com/doc/150989710/Minutes-Format)"),
    "absent": Term("Absent with apologies", "DP §4 «Absent (apologies)»"),
    "list_attached": Term("{count} (list attached)", "UNSURE"),
    "quorum_reached": Term(
        "Quorum: {present} of {members} members present; the meeting was quorate.",
        "DP §4 «A quorum was present (12 of 15)»",
    ),
    "quorum_missing": Term(
        "Quorum: {present} of {members} members present; no quorum.", "DP §4; UNSURE wording"
    ),
    "agenda": Term("AGENDA", "DP §4; PRODUCT"),
    "presenter": Term("Presented by", "UNSURE"),
    "presenters": Term("Presented by", "UNSURE"),
    "heard": Term("Presentation:", "PRODUCT (heard = presented)"),
    "discussion": Term("Discussion:", "DP §4 «Discussion: …»; PRODUCT"),
    "verb_resolved": Term("Resolutions:", "DP §4 (Robert's Rules §60: the motions adopted)"),
    "verb_resolved_prefix": Term("RESOLVED that ",
                                 "DP §4 «Resolved, That …» (Robert's Rules §60)"),
    "verb_decided": Term("Decisions:", "EN-GUIDE «what decisions were made»"),
    "verb_decided_prefix": Term(
        "It was decided that ",
        "EN-GUIDE: minutes in reported speech, past tense («It was agreed that …»)",
    ),
    "statement": Term("{speaker}: {text}", "DP §4 layout"),
    "vote_counts": Term(
        "For {for_}, against {against}, abstained {abstained} — {outcome}.",
        "DP §4 «Vote: For 10, Against 1, Abstained 1. CARRIED.»",
    ),
    "vote_unanimous": Term("Unanimous — {outcome}.", "DP §4 «CARRIED»; UNSURE wording"),
    "outcome_adopted": Term("carried", "DP §4 «CARRIED»"),
    "outcome_rejected": Term("not carried", "DP §4 (Robert's Rules: motion lost)"),
    "no_vote_rejected": Term("Not carried.", "DP §4"),
    "task": Term("Action", "DP §4 «ACTION ITEMS (Action | Owner | Due)»"),
    "responsible_one": Term("Owner", "DP §4"),
    "responsible_many": Term("Owners", "DP §4"),
    "due": Term("due {date}", "DP §4"),
    "actions_title": Term("ACTION ITEMS", "DP §4 «7. ACTION ITEMS (Action | Owner | Due)»"),
    "col_item": Term("Item", "DP §4"),
    "col_action": Term("Action", "DP §4"),
    "col_owner": Term("Owner", "DP §4"),
    "col_due": Term("Due", "DP §4"),
    "annex_mark": Term("Annex: attendance list.", "UNSURE"),
    "annex_ref": Term("Annex\nto the minutes of {date} {number}", "UNSURE"),
    "annex_title": Term("ATTENDANCE LIST", "UNSURE"),
    "col_no": Term("No.", "UNSURE"),
    "col_name": Term("Name", "UNSURE"),
    "col_position": Term("Position", "UNSURE"),
    "signature_line": Term("____________", "DP §4 «Secretary ______  Chair ______»"),
    "signed": Term("(signed)", "UNSURE: the English conformed-copy mark; no sample of an "
                   "extract of minutes held (checked DP §4, the templates cited at invited)"),
    "certified": Term(
        "Certified a true extract:",
        "extracts of minutes are certified (caclubindia.com/forum/certification-of-"
        "resolution-by-chairman-76202.asp); minutes «certified as true» (OHADA Uniform Act on "
        "commercial companies, art. 458); UNSURE: the line's exact words found in no sample",
    ),
    "doc_title": Term("Minutes {number} of {date}", "document property"),
    "extract_title": Term("Extract from the minutes {number} of {date}", "document property"),
    "members_of_quorate": Term("{present} of {members} members; the meeting was quorate",
                               "DP §4 «A quorum was present (12 of 15)»"),
    "members_of_no_quorum": Term("{present} of {members} members; no quorum",
                                 "UNSURE wording"),
    "annex_mark_sheets": Term("Annex: attendance list, {sheets} p., 1 copy.",
                              "UNSURE: GOST's «на N л. в 1 экз.» in English"),
    "new_meeting": Term("New meeting", "PRODUCT (meeting)"),
    "new_item": Term("New agenda item", "PRODUCT (agenda item)"),
    "new_decision": Term("New decision", "PRODUCT (decision)"),
    "new_task": Term("New task", "PRODUCT (task)"),
}

TERMS: Final[dict[Language, dict[str, Term]]] = {
    Language.RU: _RU, Language.KK: _KK, Language.EN: _EN,
}

# The language tag written into w:lang and the core properties (proofing, font choice).
LANGUAGE_TAGS: Final = {Language.RU: "ru-RU", Language.KK: "kk-KZ", Language.EN: "en-GB"}

_EN_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)


class Glossary:
    """The terms of one language, plus the two things that are grammar rather than words:
    how a date is written and how a number of people is counted."""

    def __init__(self, language: Language, verb: DecisionVerb = DecisionVerb.RESOLVED) -> None:
        self.language = language
        self.tag = LANGUAGE_TAGS[language]
        self._terms = {key: term.text for key, term in TERMS[language].items()}
        # ПОСТАНОВИЛИ or РЕШИЛИ is the body's choice (issue 9 point 7): the heading over the
        # decisions and the words that lead each one
        self._terms["decisions_heading"] = self._terms[f"verb_{verb}"]
        self._terms["decision_prefix"] = self._terms[f"verb_{verb}_prefix"]
        # either lead, typed by the secretary, is kept as typed and never led again
        self.decision_prefixes = tuple(self._terms[f"verb_{v}_prefix"] for v in DecisionVerb)
        # English board minutes head each item with its title (DP §4); Russian and Kazakh
        # protocols head it with «N. СЛУШАЛИ:» (DP §3.3).
        self.items_headed_by_title = language is Language.EN

    def __getitem__(self, key: str) -> str:
        return self._terms[key]

    def format(self, key: str, **values: object) -> str:
        return self._terms[key].format(**values)

    def date(self, day: dt.date) -> str:
        """«22.11.2019» (GOST numeric date, DP §3.3) or "22 November 2019" (DP §4)."""
        if self.language is Language.EN:
            return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
        return f"{day.day:02d}.{day.month:02d}.{day.year}"

    def people(self, count: int) -> str:
        """«43 человека», «43 адам», "43 people". The Russian noun agrees with the numeral
        (standard grammar); Kazakh nouns after a numeral stay singular («адам» = person,
        UNSURE as the counting word of protocols); English plural."""
        if self.language is Language.RU:
            return f"{count} {_russian_people(count)}"
        if self.language is Language.KK:
            return f"{count} адам"
        return f"{count} {'person' if count == 1 else 'people'}"


def _russian_people(count: int) -> str:
    """«человек» after 1, 5–20, 21, 25…; «человека» after 2–4, 22–24, … but not 12–14."""
    if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        return "человека"
    return "человек"
