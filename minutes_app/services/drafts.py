"""The draft of a body's next meeting, made from its last one (issue 4).

The draft copies what stays the same from meeting to meeting (title, body, organisation, kind,
place, language, the members with the chair and the secretary, all marked present) and opens
the agenda with one item on the progress of earlier tasks. Each task not yet done becomes one
СЛУШАЛИ entry of that item (not a decision: nothing about it is decided yet), saying where it
was set, who is responsible and by when, so the secretary edits or deletes entries one by one.
The tasks done since the last meeting follow, each reported done with the day and the note
(issue 10).
"""

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from minutes_app.domain import (
    AgendaItem,
    Attendee,
    Body,
    Language,
    Meeting,
    Person,
    PersonName,
    Role,
    Statement,
    Status,
    Translations,
    fold,
    new_key,
    short_name,
)
from minutes_app.storage.meetings import OpenAction

PROGRESS_TITLE = {
    Language.RU: "О ходе исполнения поручений",
    Language.KK: "Тапсырмалардың орындалу барысы туралы",
    Language.EN: "Progress on action items",
}
_WHERE = {
    Language.RU: "протокол № {number} от {date}, п. {point}",
    Language.KK: "{date} № {number} хаттама, {point}-тармақ",
    Language.EN: "minutes No. {number} of {date}, item {point}",
}
_RESPONSIBLE = {Language.RU: "ответственные", Language.KK: "жауаптылар",
                Language.EN: "responsible"}
_DUE = {Language.RU: "срок", Language.KK: "мерзімі", Language.EN: "due"}
# As the task register's report words it (export/tasks_report.py: UNSURE there too).
_DONE = {Language.RU: "исполнено {date}", Language.KK: "{date} орындалды",
         Language.EN: "done on {date}"}
_STAYING_ROLES = (Role.CHAIR, Role.SECRETARY, Role.MEMBER)


def draft_from(source: Meeting, today: date, number: str, tasks: Sequence[OpenAction],
               roster: Sequence[Attendee] = (), done: Sequence[OpenAction] = ()) -> Meeting:
    """`roster`: the body's members on `today` from the directory (empty when the body has
    none there): they replace the last meeting's members, each keeping the details of their
    line there when they had one. `done`: the tasks done since the last meeting."""
    if roster:
        lines = {_key(a.name): a for a in source.attendees if not a.is_group}
        attendees = tuple(
            replace(lines.get(_key(member.name), member), role=member.role, present=True,
                    absence_reason="", key=new_key())
            for member in roster
        )
    else:
        attendees = tuple(
            replace(a, present=True, absence_reason="", key=new_key())
            for a in source.attendees if a.role in _STAYING_ROLES
        )
    progress = AgendaItem(
        title=PROGRESS_TITLE[source.language],
        heard=tuple(Statement(text=task_line(task, source.language))
                    for task in (*tasks, *done)),
    )
    return Meeting(
        title=source.title, date=today, kind=source.kind, organization=source.organization,
        body=source.body, number=number, place=source.place, language=source.language,
        status=Status.DRAFT, attendees=attendees, agenda=(progress,),
    )


def roster_lines(body: Body, day: date, people: Mapping[str, Person]) -> tuple[Attendee, ...]:
    """The body's members on `day` as attendance lines, all present, in their roles, with
    the position, organisation, degree and rank (and their versions in other languages) of
    their directory entries; `people`: the entries by folded full name."""
    lines = []
    for member in body.roster_on(day):
        line = Attendee(name=member.person, role=member.role)
        person = people.get(_key(member.person))
        if person is not None:
            line = replace(line, position=person.position, organization=person.organization,
                           degree=person.degree, rank=person.rank,
                           translations=person.translations)
        lines.append(line)
    return tuple(lines)


def new_meeting_draft(name: str, day: date, number: str, body: Body | None,
                      people: Mapping[str, Person]) -> Meeting:
    """A new meeting of the body `name` on `day` (see MeetingService.new_meeting)."""
    if body is None:
        return Meeting(title="", date=day, body=name.strip(), number=number)
    shared = ("kind", "place")
    translations = Translations(tuple(
        (field, language, text) for field in shared
        for language, text in body.translations.of(field).items()))
    return Meeting(title="", date=day, body=body.name, number=number, kind=body.kind,
                   place=body.place, organization=body.organization,
                   attendees=roster_lines(body, day, people), translations=translations)


def _key(name: str) -> str:
    """A person's name folded (as the directory keeps it unique)."""
    return fold(PersonName.parse(name).full)


def task_line(task: OpenAction, language: Language) -> str:
    """ "Подготовить отчёт (протокол № 3 от 15.03.2026, п. 1.2); ответственные: Петрова А.С.;
    срок: 01.04.2026" """
    where = _WHERE[language].format(
        number=task.meeting_number or "—", date=f"{task.meeting_date:%d.%m.%Y}",
        point=f"{task.item_number}.{task.decision_number}",
    )
    parts = [f"{task.action.task} ({where})"]
    if task.action.responsible:
        names = ", ".join(short_name(name) for name in task.action.responsible)
        parts.append(f"{_RESPONSIBLE[language]}: {names}")
    if task.action.due:
        parts.append(f"{_DUE[language]}: {task.action.due:%d.%m.%Y}")
    if task.action.done_on:
        done = _DONE[language].format(date=f"{task.action.done_on:%d.%m.%Y}")
        parts.append(f"{done}: {task.action.done_note}" if task.action.done_note.strip()
                     else done)
    return "; ".join(parts)
