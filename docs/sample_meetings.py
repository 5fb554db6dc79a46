"""Realistic sample meetings for the screenshots: a public council seminar with the police,
NGO representatives and a chair with a doctoral degree, in Russian and in Kazakh."""

from datetime import date, time

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Body,
    Decision,
    Language,
    Meeting,
    Person,
    Role,
    Statement,
    Status,
    Vote,
)
from minutes_app.services import Services

BODY_RU = "Общественный совет по вопросам деятельности органов внутренних дел Акмолинской области"
BODY_KK = "Ақмола облысы ішкі істер органдарының қызметі мәселелері жөніндегі қоғамдық кеңес"
CHAIR = "Когамов Марат Чапаевич"
SECRETARY = "Петрова Анна Сергеевна"
POLICE = "Сейткалиев Дамир Маратович"
MEMBERS = ("Ахметов Ерлан Серикович", "Жумабаева Гульнара Кайратовна",
           "Смирнов Олег Викторович")

PEOPLE = (
    Person("Когамов", "Марат", "Чапаевич", "председатель Общественного совета",
           "Евразийский национальный университет", "доктор юридических наук, профессор"),
    Person("Петрова", "Анна", "Сергеевна", "секретарь Общественного совета"),
    Person("Сейткалиев", "Дамир", "Маратович", "заместитель начальника департамента",
           "Департамент полиции Акмолинской области", "полковник полиции"),
    Person("Ахметов", "Ерлан", "Серикович", "член совета", "ОО «Правовая защита»"),
    Person("Жумабаева", "Гульнара", "Кайратовна", "член совета", "ОФ «Болашақ»"),
    Person("Смирнов", "Олег", "Викторович", "член совета"),
    Person("Нурланов", "Бауыржан", "Асетович", "заместитель акима Акмолинской области"),
)


def _attendees_ru() -> tuple[Attendee, ...]:
    return (
        Attendee(name=CHAIR, role=Role.CHAIR,
                 position="председатель Общественного совета, д.ю.н., профессор"),
        Attendee(name=SECRETARY, role=Role.SECRETARY,
                 position="секретарь Общественного совета"),
        Attendee(name=MEMBERS[0], position="член совета", organization="ОО «Правовая защита»"),
        Attendee(name=MEMBERS[1], position="член совета", organization="ОФ «Болашақ»"),
        Attendee(name=MEMBERS[2], position="член совета", present=False,
                 absence_reason="командировка"),
        Attendee(name="Нурланов Бауыржан Асетович", role=Role.INVITED,
                 position="заместитель акима Акмолинской области"),
        Attendee(name=POLICE, role=Role.INVITED, position="полковник полиции, заместитель "
                 "начальника Департамента полиции Акмолинской области"),
        Attendee(group="сотрудники Департамента полиции", count=14, role=Role.INVITED),
        Attendee(group="представители неправительственных организаций", count=12,
                 role=Role.INVITED),
        Attendee(group="представители средств массовой информации", count=5, role=Role.INVITED),
    )


def seminar_ru() -> Meeting:
    return Meeting(
        title="семинара-совещания Общественного совета «Профилактика правонарушений среди "
              "несовершеннолетних: роль полиции и гражданского общества»",
        date=date(2026, 3, 15), kind="семинар-совещание", body=BODY_RU, number="3",
        organization="Департамент полиции Акмолинской области",
        start_time=time(10, 0), end_time=time(12, 30),
        place="г. Кокшетау, ул. Абая, 89, актовый зал", attendees=_attendees_ru(),
        agenda=(
            AgendaItem(
                "О состоянии профилактики правонарушений среди несовершеннолетних в 2025 году",
                presenters=(POLICE,),
                heard=(Statement("Доложил, что число правонарушений среди подростков снизилось "
                                 "на 12 %, и рассказал о работе школьных инспекторов.", POLICE),),
                discussion=(
                    Statement("Предложил привлечь волонтёров НПО к вечерним рейдам.", MEMBERS[0]),
                    Statement("Отметила нехватку психологов в школах районов.", MEMBERS[1]),
                ),
                decisions=(
                    Decision("Информацию принять к сведению.", Vote(unanimous=True)),
                    Decision("Рекомендовать Департаменту полиции совместно с НПО провести "
                             "профилактические рейды в период летних каникул.",
                             Vote(for_=4, against=0, abstained=0),
                             actions=(ActionItem(
                                 "Представить совету информацию о результатах рейдов",
                                 (POLICE,), date(2026, 9, 1)),)),
                ),
            ),
            AgendaItem(
                "О взаимодействии полиции с неправительственными организациями",
                presenters=(MEMBERS[1],),
                heard=(Statement("Рассказала о трёх совместных проектах 2025 года.",
                                 MEMBERS[1]),),
                decisions=(Decision(
                    "Создать рабочую группу по взаимодействию с НПО.", Vote(for_=3, abstained=1),
                    actions=(ActionItem("Подготовить состав рабочей группы",
                                        (SECRETARY, MEMBERS[1]), date(2026, 4, 1)),)),),
            ),
            AgendaItem(
                "О плане работы Общественного совета на II квартал 2026 года",
                presenters=(SECRETARY,),
                decisions=(Decision("Утвердить план работы на II квартал 2026 года.",
                                    Vote(unanimous=True)),),
            ),
        ),
    )


def seminar_kk() -> Meeting:
    return Meeting(
        title="«Кәмелетке толмағандар арасындағы құқық бұзушылықтың алдын алу» тақырыбындағы "
              "қоғамдық кеңестің семинар-кеңесі",
        date=date(2026, 3, 20), kind="семинар-кеңес", body=BODY_KK, number="4",
        organization="Ақмола облысының Полиция департаменті", language=Language.KK,
        start_time=time(15, 0), end_time=time(17, 0), place="Көкшетау қ., Абай к-сі, 89",
        attendees=(
            Attendee(name=CHAIR, role=Role.CHAIR,
                     position="қоғамдық кеңестің төрағасы, з.ғ.д., профессор"),
            Attendee(name=SECRETARY, role=Role.SECRETARY, position="кеңестің хатшысы"),
            Attendee(name=MEMBERS[0], position="кеңес мүшесі"),
            Attendee(name=MEMBERS[1], position="кеңес мүшесі"),
            Attendee(name=POLICE, role=Role.INVITED, position="полиция полковнигі"),
            Attendee(group="үкіметтік емес ұйымдардың өкілдері", count=9, role=Role.INVITED),
        ),
        agenda=(
            AgendaItem(
                "Жасөспірімдер арасындағы құқық бұзушылықтың алдын алу туралы",
                presenters=(POLICE,),
                heard=(Statement("Мектеп инспекторларының жұмысы туралы баяндады.", POLICE),),
                discussion=(Statement("ҮЕҰ еріктілерін тартуды ұсынды.", MEMBERS[0]),),
                decisions=(Decision("Ақпарат назарға алынсын.", Vote(unanimous=True),
                                    actions=(ActionItem("Рейдтер нәтижелері туралы ақпарат беру",
                                                        (POLICE,), date(2026, 9, 1)),)),),
            ),
            AgendaItem("Кеңестің II тоқсанға арналған жұмыс жоспары туралы",
                       presenters=(SECRETARY,),
                       decisions=(Decision("Жұмыс жоспары бекітілсін.",
                                           Vote(for_=4, against=0, abstained=0)),)),
        ),
    )


def _earlier(number: str, day: date, title: str, status: Status = Status.APPROVED,
             body: str = BODY_RU, language: Language = Language.RU) -> Meeting:
    kazakh = language is Language.KK
    return Meeting(title=title, date=day, kind="отырыс" if kazakh else "заседание", body=body,
                   number=number, place="Көкшетау қ." if kazakh else "г. Кокшетау",
                   status=status, language=language,
                   attendees=(Attendee(name=CHAIR, role=Role.CHAIR),
                              Attendee(name=SECRETARY, role=Role.SECRETARY)),
                   agenda=(AgendaItem("Об итогах работы", decisions=(
                       Decision("Информацию принять к сведению.", Vote(unanimous=True)),)),))


def fill(services: Services) -> dict[str, int]:
    """Store the directory and the meetings; returns the seminars' ids by language."""
    for person in PEOPLE:
        services.directory.save_person(person)
    services.directory.save_body(Body(BODY_RU, members=(CHAIR, SECRETARY, *MEMBERS)))
    earlier = (
        _earlier("1", date(2026, 1, 22), "заседания Общественного совета по итогам 2025 года"),
        _earlier("2", date(2026, 2, 19), "заседания Общественного совета о работе "
                 "участковых инспекторов полиции"),
        _earlier("5", date(2025, 11, 27), "заседания Общественного совета о бюджете "
                 "на 2026 год"),
        _earlier("1", date(2026, 2, 5), "заседания комиссии по этике", body="Комиссия по "
                 "этике Общественного совета"),
        _earlier("6", date(2025, 12, 18), "заседания Общественного совета о плане на 2026 год"),
        _earlier("2", date(2026, 2, 26), "қоғамдық кеңестің отырысы", body=BODY_KK,
                 status=Status.DRAFT, language=Language.KK),
    )
    for meeting in earlier:
        services.meetings.create(meeting)
    ru = services.meetings.create(seminar_ru())
    kk = services.meetings.create(seminar_kk())
    assert ru.id is not None and kk.id is not None
    return {"ru": ru.id, "kk": kk.id}
