"""A realistic decade of meetings for the benchmarks: Russian text, recurring people.

Deterministic for a seed, so that two runs measure the same data.
"""

import random
from datetime import date, time, timedelta

from minutes_app.domain import (
    ActionItem,
    AgendaItem,
    Attendee,
    Decision,
    Meeting,
    Role,
    Statement,
    Vote,
)

_WORDS = [
    "вопрос",
    "решение",
    "совет",
    "комиссия",
    "заседание",
    "протокол",
    "поручение",
    "исполнение",
    "контроль",
    "деятельность",
    "органов",
    "внутренних",
    "дел",
    "полиция",
    "общественный",
    "порядок",
    "безопасность",
    "граждан",
    "дорожного",
    "движения",
    "профилактика",
    "правонарушений",
    "молодежь",
    "образование",
    "здравоохранение",
    "бюджет",
    "финансирование",
    "программа",
    "развитие",
    "района",
    "области",
    "города",
    "акимат",
    "департамент",
    "управление",
    "предложение",
    "рекомендация",
    "рассмотрение",
    "обсуждение",
    "итоги",
    "работы",
    "квартал",
    "год",
    "информация",
    "доклад",
    "отчет",
    "мониторинг",
    "обращения",
    "жителей",
    "неправительственные",
    "организации",
    "представители",
    "средств",
    "массовой",
    "информации",
    "сотрудничество",
    "взаимодействие",
    "меры",
    "реализация",
    "план",
    "мероприятий",
    "срок",
    "ответственный",
    "исполнитель",
    "подготовить",
    "направить",
    "обеспечить",
    "рассмотреть",
    "утвердить",
    "принять",
    "сведению",
    "учесть",
    "организовать",
    "провести",
    "совещание",
    "семинар",
    "участковых",
    "инспекторов",
    "патрульной",
    "службы",
    "транспорта",
    "экологии",
    "строительства",
    "жилья",
    "социальной",
    "защиты",
    "населения",
    "занятости",
    "культуры",
    "спорта",
    "туризма",
    "сельского",
    "хозяйства",
    "цифровизации",
    "государственных",
    "услуг",
    "прозрачности",
    "антикоррупционной",
    "политики",
]
_SURNAMES = [
    "Иванов",
    "Петров",
    "Сидоров",
    "Кузнецов",
    "Смирнов",
    "Попов",
    "Васильев",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Федоров",
    "Морозов",
    "Волков",
    "Алексеев",
    "Лебедев",
    "Семенов",
    "Егоров",
    "Павлов",
    "Козлов",
    "Степанов",
    "Ахметов",
    "Нурланов",
    "Сейтказиев",
    "Жумабеков",
    "Касымов",
    "Омаров",
    "Абенов",
    "Тулегенов",
    "Бекмуханов",
    "Сарсенбаев",
    "Искаков",
    "Мухамеджанов",
    "Ержанов",
    "Кенжебаев",
    "Тұрсынбаев",
    "Әбдірахманов",
    "Қасымов",
]
_GIVEN = [
    "Марат",
    "Ерлан",
    "Айгуль",
    "Асель",
    "Дмитрий",
    "Сергей",
    "Анна",
    "Ольга",
    "Нурлан",
    "Бахыт",
    "Гульнара",
    "Тимур",
]
_PATRONYMIC = [
    "Чингизович",
    "Сергеевич",
    "Ивановна",
    "Петровна",
    "Маратович",
    "Ерланович",
    "Қайратұлы",
    "Нұрланқызы",
]
_BODIES = (
    "Общественный совет по вопросам деятельности органов внутренних дел",
    "Комиссия по делам несовершеннолетних и защите их прав",
    "Общественный совет при акимате области",
    "Экспертный совет по вопросам предпринимательства",
    "Комиссия по безопасности дорожного движения",
)


def _text(rng: random.Random, words: int) -> str:
    picked = rng.choices(_WORDS, k=words)
    return " ".join(picked).capitalize() + "."


def people(count: int = 300, seed: int = 7) -> list[str]:
    """A pool of distinct full names; meetings draw from it, so people recur."""
    rng = random.Random(seed)
    names: set[str] = set()
    while len(names) < count:
        names.add(f"{rng.choice(_SURNAMES)} {rng.choice(_GIVEN)} {rng.choice(_PATRONYMIC)}")
    return sorted(names)


def _attendees(rng: random.Random, pool: list[str], count: int) -> tuple[Attendee, ...]:
    chosen = rng.sample(pool, min(count, len(pool)))
    rows = [Attendee(name=name, role=Role.MEMBER, position="член совета") for name in chosen]
    rows[0] = Attendee(name=chosen[0], role=Role.CHAIR, position="председатель совета")
    rows[1] = Attendee(name=chosen[1], role=Role.SECRETARY, position="секретарь совета")
    rows.append(Attendee(group="представители НПО", count=rng.randint(3, 20), role=Role.INVITED))
    return tuple(rows)


def _agenda_item(rng: random.Random, names: list[str]) -> AgendaItem:
    decisions = tuple(
        Decision(
            text=_text(rng, 25),
            vote=Vote(
                for_=rng.randint(5, 15), against=rng.randint(0, 2), abstained=rng.randint(0, 2)
            ),
            actions=(
                ActionItem(
                    task=_text(rng, 15),
                    responsible=(rng.choice(names),),
                    due=date(2026, 1, 1) + timedelta(days=rng.randint(0, 365)),
                    done=rng.random() < 0.5,
                ),
            ),
        )
        for _ in range(rng.randint(1, 3))
    )
    return AgendaItem(
        title="О " + _text(rng, 8).lower().rstrip("."),
        presenters=(rng.choice(names),),
        heard=(Statement(speaker=rng.choice(names), text=_text(rng, 80)),),
        discussion=tuple(
            Statement(speaker=rng.choice(names), text=_text(rng, 40)) for _ in range(2)
        ),
        decisions=decisions,
    )


def meeting(
    rng: random.Random,
    pool: list[str],
    day: date,
    body: str,
    number: int,
    items: int,
    attendees: int,
) -> Meeting:
    roster = _attendees(rng, pool, attendees)
    names = [a.name for a in roster if a.name]
    return Meeting(
        title=f"заседания {body[0].lower()}{body[1:]}",
        date=day,
        kind="заседание",
        organization="Департамент полиции Акмолинской области",
        body=body,
        number=str(number),
        start_time=time(10, 0),
        end_time=time(12, 30),
        place="г. Кокшетау",
        attendees=roster,
        agenda=tuple(_agenda_item(rng, names) for _ in range(items)),
    )


def decade(count: int = 10_000, seed: int = 1) -> list[Meeting]:
    """`count` meetings over ten years, 5–10 agenda items each, numbered per body and year."""
    rng = random.Random(seed)
    pool = people()
    start = date(2016, 1, 1)
    numbers: dict[tuple[str, int], int] = {}
    result = []
    for i in range(count):
        day = start + timedelta(days=i * 3650 // count)
        body = _BODIES[i % len(_BODIES)]
        numbers[body, day.year] = numbers.get((body, day.year), 0) + 1
        result.append(
            meeting(
                rng,
                pool,
                day,
                body,
                numbers[body, day.year],
                rng.randint(5, 10),
                rng.randint(8, 15),
            )
        )
    return result


def big_meeting(items: int = 200, attendees: int = 500, seed: int = 2) -> Meeting:
    """One very large meeting: the worst case the editor and the exporter must stay fast on."""
    rng = random.Random(seed)
    return meeting(
        rng, people(max(attendees, 300)), date(2026, 3, 15), _BODIES[0], 3, items, attendees
    )
