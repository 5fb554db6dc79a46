"""Issue 9 points 2–4, read back from the .docx: an extract repeats the protocol's opening part,
the attendance is counted once (the council's people: members, chair, secretary), and the
annex mark gives the list's sheets and copies."""

import re
from dataclasses import replace
from datetime import date

from docx.document import Document

from minutes_app.domain import Attendee, Body, Member, QuorumRule, Role
from tests.export.conftest import assert_in_order, lines
from tests.export.samples import (
    BODY,
    ORGANIZATION,
    english_meeting,
    kazakh_meeting,
    russian_meeting,
    small_meeting,
)


def _numbers(got: list[str]) -> tuple[int, int, int]:
    """The «Присутствовали» count, the quorum line's «присутствуют» and the annex's rows."""
    present = next(int(m.group(1)) for line in got
                   if (m := re.match(r"Присутствовали: (\d+) человек", line)))
    quorum = next(int(m.group(1)) for line in got
                  if (m := re.search(r"присутствуют — (\d+)", line)))
    rows = sum(1 for line in got if re.match(r"\d+\. \| ", line))
    return present, quorum, rows


def _with_guests_of_the_council(meeting_attendees: tuple[Attendee, ...]) -> tuple[Attendee, ...]:
    # a group seated as members and one more guest: the sample once printed 17 beside 19
    return (*meeting_attendees, Attendee(group="представители маслихата", count=3),
            Attendee(name="Гостев Иван Петрович", role=Role.INVITED))


def test_the_attendance_the_quorum_line_and_the_annex_count_the_same_people(export):
    # the sample printed «Присутствовали: 17 человек» beside «присутствуют — 19»: members only
    # against members with the chair and the secretary
    got = lines(export(russian_meeting(), body=BODY, organization=ORGANIZATION))

    assert _numbers(got) == (19, 19, 19)
    assert "Всего присутствовало: 41 человек." in got  # guests and groups are counted apart


def test_a_member_absent_lowers_every_count_together(export):
    meeting = russian_meeting()
    attendees = tuple(replace(a, present=False) if a.name == "Ли Виктор Андреевич" else a
                      for a in meeting.attendees)

    got = lines(export(replace(meeting, attendees=attendees), body=BODY))

    assert _numbers(got) == (18, 18, 18)


def test_a_group_seated_as_members_counts_by_heads_everywhere(export):
    meeting = russian_meeting()
    meeting = replace(meeting, attendees=_with_guests_of_the_council(meeting.attendees))

    got = lines(export(meeting, body=BODY))

    present, quorum, _ = _numbers(got)
    assert present == quorum == 22  # 19 people and a group of 3; the invited guest is not
    assert "Всего присутствовало: 45 человек." in got


def test_an_extract_repeats_the_heading_and_the_opening_part(export):
    got = lines(export(russian_meeting(), body=BODY, organization=ORGANIZATION, extract=(2,),
                       issued_on=date(2019, 11, 25)))

    assert_in_order(got, [
        "ВЫПИСКА ИЗ ПРОТОКОЛА № 3 заседания Общественного совета по вопросам деятельности "
        "органов внутренних дел от 22.11.2019",
        "г. Астана",
        "Председатель — М.Ч. Когамов, председатель Общественного совета, доктор юридических наук",
        "Секретарь — А.С. Петрова, ответственный секретарь совета",
        "Присутствовали: 19 из 22 членов, кворум имеется.",
        "Приглашенные:",
        "Ахметов Е.Б. — заместитель акима Акмолинской области;",
        "Всего присутствовало: 41 человек.",
        "Отсутствовали: Тлеубаев К.Е. (командировка), Уразова М.А. (болезнь), Федоров П.",
        "ПОВЕСТКА ДНЯ:",
    ])
    assert not any(line.startswith("Кворум:") for line in got)  # said once, in the count
    assert not any(line.startswith("Приложение") for line in got)  # an extract has no annex
    assert "Приглашенные: 22 человека." not in got


def test_an_extract_of_a_small_meeting_names_the_members_as_the_protocol_does(export):
    got = lines(export(small_meeting(), extract=(1,)))

    assert "Присутствовали: Абенов С.К., Борисова Е.П., Васильев И.О." in got
    assert not any(re.match(r"Присутствовали: \d", line) for line in got)


def test_an_extract_without_a_quorum_says_so(export):
    meeting = small_meeting()  # 5 of the roster's 22 present

    got = lines(export(meeting, body=BODY, extract=(1,), attendee_list_threshold=2))

    assert "Присутствовали: 5 из 22 членов, кворум отсутствует." in got


def test_an_extract_without_a_roster_gives_the_count_only(export):
    got = lines(export(russian_meeting(), extract=(1,)))

    assert "Присутствовали: 19 человек." in got
    assert not any(line.startswith("Кворум:") for line in got)


def test_of_21_members_takes_the_genitive_singular(export):
    roster = replace(BODY, members=BODY.members[:21], quorum=QuorumRule())

    got = lines(export(russian_meeting(), body=roster, extract=(1,)))

    assert "Присутствовали: 19 из 21 члена, кворум имеется." in got


def test_kazakh_and_english_extracts_give_the_count_and_the_quorum(export):
    kk = lines(export(kazakh_meeting(), body=BODY, extract=(1,)))
    en_meeting = english_meeting()
    board = Body(name="Board", members=tuple(Member(a.name) for a in en_meeting.attendees
                                              if a.name and a.role is not Role.INVITED))
    en = lines(export(en_meeting, body=board, extract=(1,), attendee_list_threshold=2))

    assert "Қатысқандар: мүшелер саны — 22, қатысқаны — 19, кворум бар." in kk
    assert "Present: 4 of 5 members; the meeting was quorate." in en
    assert not any(line.startswith("Quorum:") for line in en)


def _annex_mark(doc: Document) -> str:
    return next(line for line in lines(doc) if line.startswith(("Приложение:", "Қосымша:",
                                                                  "Annex:")))


def _council_of(size: int) -> tuple[Attendee, ...]:
    return tuple(Attendee(name=f"Член{i:02d} Иван Петрович") for i in range(size))


def test_the_annex_mark_counts_its_sheets_from_the_rows(export):
    meeting = russian_meeting()
    one_sheet = replace(meeting, attendees=_council_of(25))  # 25 rows fill one sheet
    two_sheets = replace(meeting, attendees=_council_of(26))
    many = replace(meeting, attendees=_council_of(51))

    assert _annex_mark(export(one_sheet, "1.docx")) == \
        "Приложение: список присутствующих на 1 л. в 1 экз."
    assert _annex_mark(export(two_sheets, "2.docx")) == \
        "Приложение: список присутствующих на 2 л. в 1 экз."
    assert _annex_mark(export(many, "3.docx")) == \
        "Приложение: список присутствующих на 3 л. в 1 экз."


def test_the_annex_mark_in_kazakh_and_english(export):
    kk = _annex_mark(export(kazakh_meeting(), "kk.docx"))
    en = _annex_mark(export(replace(english_meeting(), attendees=_council_of(30)), "en.docx",
                            language="en"))

    assert kk == "Қосымша: қатысқандар тізімі 1 парақта 1 данада."
    assert en == "Annex: attendance list, 2 p., 1 copy."


def test_no_annex_mark_below_the_threshold(export):
    got = lines(export(small_meeting()))

    assert not any(line.startswith("Приложение") for line in got)
