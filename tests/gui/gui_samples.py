"""Sample meetings of the window tests (plain domain snapshots)."""

from datetime import date, time

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


def council_meeting(number: str = "3", day: date = date(2026, 3, 15),
                    title: str = "заседания Общественного совета по вопросам правопорядка",
                    body: str = "Общественный совет МВД") -> Meeting:
    """A realistic meeting: chair, secretary, a member, a group, one item with a decision."""
    return Meeting(
        title=title, date=day, kind="заседание", body=body, number=number,
        organization="Министерство внутренних дел", place="г. Астана",
        start_time=time(10, 0), end_time=time(12, 0),
        attendees=(
            Attendee(name="Когамов Марат Чапаевич", role=Role.CHAIR,
                     position="председатель совета"),
            Attendee(name="Петрова Анна Сергеевна", role=Role.SECRETARY),
            Attendee(name="Сидоров Пётр Ильич", role=Role.MEMBER),
            Attendee(group="представители НПО", count=12, role=Role.INVITED),
        ),
        agenda=(
            AgendaItem(
                title="О профилактике правонарушений среди несовершеннолетних",
                presenters=("Сидоров Пётр Ильич",),
                heard=(Statement("Доложил о работе за квартал.", "Сидоров Пётр Ильич"),),
                decisions=(Decision(
                    "Информацию принять к сведению.", Vote(for_=3),
                    actions=(ActionItem("Подготовить план мероприятий",
                                        ("Петрова Анна Сергеевна",), date(2026, 4, 1)),)),),
            ),
        ),
    )
