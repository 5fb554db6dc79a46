"""Meetings with every kind of content, in Russian, Kazakh and English, for the export tests."""

from dataclasses import replace
from datetime import date, time

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Body,
    Decision,
    Language,
    Meeting,
    Member,
    Organization,
    Outcome,
    QuorumRule,
    Role,
    Statement,
    TextEntry,
    Vote,
    with_translation,
)

CHAIR = "Когамов Марат Чингизович"
SECRETARY = "Петрова Анна Сергеевна"
PRESENTER = "Сейткали Нурлан Маратович"
GUEST = "Ахметов Ерлан Болатович"
# 17 members present: more than the default threshold of 15, so the list becomes an annex.
MEMBERS = (
    "Абенов Серик Каримович", "Борисова Елена Павловна", "Васильев Игорь Олегович",
    "Габдуллин Асхат Нурланович", "Дюсенова Айгуль Маратовна", "Ефимов Олег Петрович",
    "Жумабаев Ринат Ерланович", "Зайцева Ольга Ивановна", "Исаев Тимур Русланович",
    "Калиева Динара Сериковна", "Ли Виктор Андреевич", "Мухамедов Арман Болатович",
    "Нургалиева Жанар Кайратовна", "Омаров Данияр Айдарович", "Пак Светлана Юрьевна",
    "Рахимов Ержан Маратович", "Сулейменов Бауыржан Касымович",
)
ABSENT_MEMBERS = ("Тлеубаев Канат Ержанович", "Уразова Мадина Ахметовна", "Федоров Павел")

ORGANIZATION = Organization(
    name="Министерство внутренних дел Республики Казахстан",
    name_kk="Қазақстан Республикасы Ішкі істер министрлігі",
    name_en="Ministry of Internal Affairs of the Republic of Kazakhstan",
)
BODY = Body(
    name="Общественный совет по вопросам деятельности органов внутренних дел",
    members=tuple(Member(n) for n in (CHAIR, SECRETARY, *MEMBERS, *ABSENT_MEMBERS)),
    quorum=QuorumRule(),
)


def _attendees() -> tuple[Attendee, ...]:
    return (
        Attendee(name=CHAIR, role=Role.CHAIR,
                 position="председатель Общественного совета, доктор юридических наук"),
        Attendee(name=SECRETARY, role=Role.SECRETARY, position="ответственный секретарь совета"),
        *(Attendee(name=n, role=Role.MEMBER) for n in MEMBERS),
        Attendee(name=ABSENT_MEMBERS[0], present=False, absence_reason="командировка"),
        Attendee(name=ABSENT_MEMBERS[1], present=False, absence_reason="болезнь"),
        Attendee(name=ABSENT_MEMBERS[2], present=False),
        Attendee(name=GUEST, role=Role.INVITED, position="заместитель акима Акмолинской области"),
        Attendee(name=PRESENTER, role=Role.INVITED, position="начальник Департамента полиции",
                 rank="полковник полиции"),
        Attendee(group="сотрудники полиции", count=12, role=Role.INVITED),
        Attendee(group="представители НПО", count=8, role=Role.INVITED),
    )


def _agenda() -> tuple[AgendaItem, ...]:
    return (
        AgendaItem(
            title="О профилактике правонарушений среди несовершеннолетних",
            presenters=(PRESENTER,),
            heard=(Statement(
                speaker=PRESENTER,
                text="Доложил о состоянии правопорядка.\nТекст доклада прилагается.",
            ),),
            discussion=(
                Statement(speaker=GUEST, text="Предложил усилить работу с семьями."),
                Statement(speaker=MEMBERS[0], text="Поддержал предложение."),
            ),
            decisions=(
                Decision(text="Информацию принять к сведению.", vote=Vote(unanimous=True)),
                Decision(
                    text="Рекомендовать Департаменту полиции усилить профилактическую работу.",
                    vote=Vote(for_=15, against=1, abstained=1),
                    actions=(ActionItem(task="Подготовить план мероприятий",
                                        responsible=(PRESENTER, GUEST), due=date(2019, 12, 20)),),
                ),
            ),
        ),
        AgendaItem(
            title="О плане работы совета на 2020 год",
            presenters=(SECRETARY, CHAIR),
            heard=(Statement(speaker=SECRETARY, text="Представила проект плана работы."),),
            decisions=(
                Decision(text="Утвердить план работы на 2020 год.",
                         vote=Vote(for_=2, against=0, abstained=1)),
                Decision(text="Провести выездное заседание в г. Кокшетау.",
                         vote=Vote(for_=3, against=10, abstained=2)),
                Decision(text="Снять вопрос о гербе с рассмотрения.", outcome=Outcome.REJECTED),
                Decision(text="Опубликовать план на сайте министерства."),
            ),
        ),
        AgendaItem(
            title="Разное",
            decisions=(Decision(
                text="Провести следующее заседание в феврале 2020 года.",
                actions=(ActionItem(task="Разослать приглашения", responsible=(SECRETARY,)),),
            ),),
        ),
    )


def russian_meeting() -> Meeting:
    """Every kind of content: people and groups, absent with reasons, invited, 17 members
    present (annex), roster and quorum, several items with presenters, heard, discussion,
    decisions unanimous / with counts / rejected / without a vote, tasks with several people."""
    return Meeting(
        title="заседания Общественного совета по вопросам деятельности органов внутренних дел",
        date=date(2019, 11, 22), kind="заседание", organization=ORGANIZATION.name,
        body=BODY.name, number="3", start_time=time(10, 0), end_time=time(12, 30),
        place="г. Астана", language=Language.RU, attendees=_attendees(), agenda=_agenda(),
    )


def small_meeting(language: Language = Language.RU) -> Meeting:
    """Few members (listed by name, no annex), no roster."""
    meeting = russian_meeting()
    few = tuple(a for a in meeting.attendees if a.name not in MEMBERS[3:])
    return replace(meeting, attendees=few, language=language)


def kazakh_meeting() -> Meeting:
    meeting = russian_meeting()
    agenda = (
        AgendaItem(
            title="Кәмелетке толмағандар арасындағы құқық бұзушылықтардың алдын алу туралы",
            presenters=(PRESENTER,),
            heard=(Statement(speaker=PRESENTER,
                             text="Құқықтық тәртіптің жай-күйі туралы баяндады."),),
            discussion=(Statement(speaker=GUEST, text="Отбасылармен жұмысты күшейтуді ұсынды."),),
            decisions=(
                Decision(text="Ақпарат назарға алынсын.", vote=Vote(unanimous=True)),
                Decision(text="Полиция департаментіне алдын алу жұмысын күшейту ұсынылсын.",
                         vote=Vote(for_=15, against=1, abstained=1),
                         actions=(ActionItem(task="Іс-шаралар жоспарын дайындау",
                                             responsible=(PRESENTER,), due=date(2019, 12, 20)),)),
                Decision(text="Көшпелі отырыс өткізілсін.", vote=Vote(for_=3, against=10)),
            ),
        ),
    )
    return replace(
        meeting, title="Ішкі істер органдарының қызметі мәселелері жөніндегі Қоғамдық кеңес "
        "отырысының", kind="отырыс", body="Ішкі істер органдарының қызметі мәселелері "
        "жөніндегі Қоғамдық кеңес", place="Астана қ.", language=Language.KK, agenda=agenda,
    )


def english_meeting() -> Meeting:
    people = (
        Attendee(name="John Smith", role=Role.CHAIR, position="Chair of the Board"),
        Attendee(name="Mary Ann Brown", role=Role.SECRETARY, position="Company Secretary"),
        Attendee(name="Peter Green", role=Role.MEMBER),
        Attendee(name="Olivia White", role=Role.MEMBER),
        Attendee(name="Tom Black", present=False, absence_reason="travelling"),
        Attendee(name="Anna Grey", role=Role.INVITED, position="Auditor",
                 organization="KPMG"),
        Attendee(group="staff observers", count=3, role=Role.INVITED),
    )
    agenda = (
        AgendaItem(
            title="Annual budget 2020",
            presenters=("Peter Green",),
            heard=(Statement(speaker="Peter Green", text="Presented the draft budget."),),
            discussion=(Statement(speaker="Olivia White", text="Asked about reserves."),),
            decisions=(
                Decision(text="the budget for 2020 be approved",
                         vote=Vote(for_=4, against=0, abstained=0),
                         actions=(ActionItem(task="Publish the budget",
                                             responsible=("Mary Ann Brown", "Peter Green"),
                                             due=date(2019, 12, 1)),)),
                Decision(text="the office be moved", vote=Vote(for_=1, against=3)),
            ),
        ),
        AgendaItem(title="Any other business",
                   decisions=(Decision(text="RESOLVED that the next meeting be held in March",
                                       vote=Vote(unanimous=True)),)),
    )
    return Meeting(
        title="Meeting of the Board of Trustees", date=date(2019, 11, 22), number="12",
        organization="Astana Civic Foundation", place="Astana", language=Language.EN,
        attendees=people, agenda=agenda,
    )


SEMINAR_NOTES = "Раздаточные материалы у Петровой; пресс-релиз отправить в СМИ до пятницы"


def seminar_meeting() -> Meeting:
    """The seminar of product/seminar-news-report.txt as a secretary types it: the title is
    the topic only (it names neither the kind nor the body), times typed, notes for herself,
    nothing put to the vote; what was agreed typed as decisions, one with a task."""
    return Meeting(
        title="«Взаимодействие полиции с институтами гражданского общества»",
        date=date(2019, 11, 22), kind="семинар", body="Общественный совет МВД Республики Казахстан",
        organization=ORGANIZATION.name, number="7", start_time=time(10, 0),
        end_time=time(12, 30), place="г. Кокшетау", language=Language.RU, notes=SEMINAR_NOTES,
        attendees=(
            Attendee(name=CHAIR, role=Role.CHAIR,
                     position="председатель Общественного совета, доктор юридических наук"),
            Attendee(name=SECRETARY, role=Role.SECRETARY, position="секретарь совета"),
            Attendee(name=MEMBERS[0]), Attendee(name=MEMBERS[1]),
            Attendee(name="Мусралимова Айна Ермековна", role=Role.INVITED,
                     position="заместитель акима Акмолинской области"),
            Attendee(group="представители неправительственных организаций", count=12,
                     role=Role.INVITED),
            Attendee(group="представители средств массовой информации", count=5,
                     role=Role.INVITED),
        ),
        agenda=(
            AgendaItem(
                title="О взаимодействии полиции с институтами гражданского общества",
                presenters=(CHAIR,),
                heard=(Statement(speaker=CHAIR, text="Рассказал о дорожной карте модернизации "
                                                     "органов внутренних дел."),),
                discussion=(Statement(speaker=MEMBERS[0], text="Предложил развивать новые "
                                                               "формы сотрудничества."),),
                decisions=(
                    Decision(text="Информацию принять к сведению."),
                    Decision(text="Обобщить предложения участников семинара.",
                             actions=(ActionItem(task="Направить обобщённые предложения в МВД",
                                                 responsible=(SECRETARY,),
                                                 due=date(2019, 12, 20)),)),
                ),
            ),
            AgendaItem(
                title="О формах взаимодействия с институтами гражданского общества",
                discussion=(Statement(speaker=MEMBERS[1], text="Рассказала об опыте НПО."),),
            ),
        ),
    )


SEMINAR_BODY_NAME = "Общественный совет МВД Республики Казахстан"
SEMINAR_ORGANIZERS = (
    "ОФ «Eurasian Expert Council»",
    "Департамент Агентства РК по делам государственной службы и противодействию коррупции "
    "по Акмолинской области",
    "Общественный совет МВД РК",
)
BUKREEV = "Букреев Виктор"


def whole_seminar() -> Meeting:
    """The seminar of product/seminar-news-report.txt recorded whole (issue 8): initiators,
    a chairman with a doctorate, a deputy governor, a police colonel, police staff, NGOs and
    press (67 people in all), proposals and conclusions, nothing put to the vote."""
    return Meeting(
        title="«Взаимодействие полиции с институтами гражданского общества»",
        date=date(2019, 11, 22), kind="семинар", body=SEMINAR_BODY_NAME,
        organization=ORGANIZATION.name, number="7", start_time=time(10, 0),
        end_time=time(12, 30), place="г. Кокшетау", language=Language.RU, notes=SEMINAR_NOTES,
        organizers=tuple(TextEntry(text) for text in SEMINAR_ORGANIZERS),
        attendees=(
            Attendee(name=CHAIR, role=Role.CHAIR, position="председатель Общественного совета "
                     "МВД РК", degree="доктор юридических наук"),
            Attendee(name=SECRETARY, role=Role.SECRETARY, position="секретарь совета"),
            Attendee(name=MEMBERS[0]),
            Attendee(name=MEMBERS[1]),
            Attendee(name="Мусралимова Айна Ермековна", role=Role.INVITED,
                     position="заместитель акима Акмолинской области"),
            Attendee(name=BUKREEV, role=Role.INVITED, position="заместитель начальника "
                     "Департамента полиции Акмолинской области", rank="полковник полиции"),
            Attendee(group="личный состав Департамента полиции", count=40, role=Role.INVITED),
            Attendee(group="представители неправительственных организаций", count=15,
                     role=Role.INVITED),
            Attendee(group="представители средств массовой информации", count=6,
                     role=Role.INVITED),
        ),
        agenda=(
            AgendaItem(
                title="О взаимодействии полиции с институтами гражданского общества",
                presenters=(CHAIR,),
                heard=(Statement(speaker=CHAIR, text="Рассказал о дорожной карте модернизации "
                                                     "органов внутренних дел."),),
                discussion=(Statement(speaker=BUKREEV, text="Рассказал о работе полиции с "
                                                            "общественностью."),),
                proposals=(
                    Statement(speaker=MEMBERS[0], text="развивать новые формы и направления "
                                                       "сотрудничества"),
                    Statement(text="активнее использовать потенциал институтов гражданского "
                                   "общества"),
                ),
                conclusions=(TextEntry("взаимодействие полиции с институтами гражданского "
                                       "общества в целом развивается"),),
            ),
            AgendaItem(
                title="О формах и методах взаимодействия",
                discussion=(Statement(speaker=MEMBERS[1], text="Рассказала об опыте НПО."),),
                conclusions=(TextEntry("Формы взаимодействия нужно расширять."),
                             TextEntry("Опыт НПО полезен полиции.")),
            ),
        ),
        conclusions=(TextEntry("взаимодействие нуждается в дальнейшем совершенствовании"),),
    )


# The seminar's texts in Kazakh, by path (domain.texts): every printed text but those below.
SEMINAR_KK = {
    "title": "«Полицияның азаматтық қоғам институттарымен өзара іс-қимылы»",
    "kind": "семинар",
    "place": "Көкшетау қ.",
    "organizers[0].text": "«Eurasian Expert Council» ҚҚ",
    "organizers[1].text": "ҚР Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы "
                          "іс-қимыл агенттігінің Ақмола облысы бойынша департаменті",
    "attendees[0].position": "ҚР ІІМ Қоғамдық кеңесінің төрағасы",
    "attendees[0].degree": "заң ғылымдарының докторы",
    "attendees[1].position": "кеңес хатшысы",
    "attendees[4].position": "Ақмола облысы әкімінің орынбасары",
    "attendees[6].group": "Полиция департаментінің жеке құрамы",
    "attendees[7].group": "үкіметтік емес ұйымдардың өкілдері",
    "attendees[8].group": "бұқаралық ақпарат құралдарының өкілдері",
    "agenda[0].title": "Полицияның азаматтық қоғам институттарымен өзара іс-қимылы туралы",
    "agenda[0].heard[0].text": "Ішкі істер органдарын жаңғырту жол картасы туралы айтты.",
    "agenda[0].proposals[0].text": "ынтымақтастықтың жаңа нысандарын дамыту",
    "agenda[0].conclusions[0].text": "өзара іс-қимыл жалпы дамып келеді",
    "agenda[1].title": "Өзара іс-қимылдың нысандары мен әдістері туралы",
    "conclusions[0].text": "өзара іс-қимылды одан әрі жетілдіру қажет",
}
# What stays in Russian in the Kazakh document (notes have no Kazakh text either, but the
# document never prints them).
SEMINAR_UNTRANSLATED = (
    "organizers[2].text", "attendees[5].position", "attendees[5].rank",
    "agenda[0].discussion[0].text", "agenda[0].proposals[1].text",
    "agenda[1].discussion[0].text", "agenda[1].conclusions[0].text",
    "agenda[1].conclusions[1].text",
)


def seminar_in_kazakh_too() -> Meeting:
    """The whole seminar with the Kazakh versions of SEMINAR_KK."""
    meeting = whole_seminar()
    for path, text in SEMINAR_KK.items():
        meeting = with_translation(meeting, path, "kk", text)
    return meeting
