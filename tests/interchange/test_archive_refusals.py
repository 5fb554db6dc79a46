"""parse_archive refuses every wrong use of a version 2 key with one line naming its path."""

from collections.abc import Callable
from typing import Any

import pytest
from archive_example import EXAMPLE_V2, edited, refusal_v2

Change = Callable[[dict[str, Any]], object]
M = "meetings[0]"
ACTION = f"{M}.agenda[0].decisions[0].actions[0]"
TEXT_OR_MAP = 'a string or an object of texts by language ("ru", "kk", "en")'


def meeting(**values: object) -> Change:
    return lambda d: d["meetings"][0].update(values)


def attendee(i: int, **values: object) -> Change:
    return lambda d: d["meetings"][0]["attendees"][i].update(values)


def item(**values: object) -> Change:
    return lambda d: d["meetings"][0]["agenda"][0].update(values)


def action(**values: object) -> Change:
    return lambda d: d["meetings"][0]["agenda"][0]["decisions"][0]["actions"][0].update(values)


def organization(**values: object) -> Change:
    return lambda d: d["organizations"][0].update(values)


def person(i: int, **values: object) -> Change:
    return lambda d: d["people"][i].update(values)


def body(**values: object) -> Change:
    return lambda d: d["bodies"][0].update(values)


def member(i: int, **values: object) -> Change:
    return lambda d: d["bodies"][0]["members"][i].update(values)


def drop(path: Callable[[dict[str, Any]], dict[str, Any]], key: str) -> Change:
    return lambda d: path(d).pop(key)


REFUSALS: dict[str, tuple[Change, str]] = {
    # texts in several languages
    "unknown language": (meeting(title={"ru": "семинара", "de": "Seminar"}),
                         f'{M}.title: unknown language "de": use "ru", "kk", "en"'),
    "language map with no language": (meeting(place={}),
                                      f"{M}.place: a text needs at least one language"),
    "a version that is not a string": (meeting(title={"ru": "семинара", "kk": 5}),
                                       f"{M}.title.kk: expected a string, not 5"),
    "required own text empty in a map": (meeting(title={"ru": " ", "kk": "семинары"}),
                                         f"{M}.title.ru: must not be empty"),
    "required text empty in every language": (meeting(title={"kk": "", "en": " "}),
                                              f"{M}.title: must not be empty"),
    "text as a list": (meeting(notes=["a"]), f"{M}.notes: expected {TEXT_OR_MAP}, not a list"),
    "a version with half a character": (
        meeting(notes={"kk": "a\ud800"}),
        f"{M}.notes.kk: contains \\ud800, half of a character (a lone surrogate)"),
    "number as a language map": (meeting(number={"ru": "7"}),
                                 f"{M}.number: expected a string, not an object"),
    "body as a language map": (meeting(body={"ru": "Совет"}),
                               f"{M}.body: expected a string, not an object"),
    # organisers and conclusions
    "organiser as a number": (meeting(organizers=["ОФ", 5]),
                              f"{M}.organizers[1]: expected {TEXT_OR_MAP}, not 5"),
    "organizers as a string": (meeting(organizers="ОФ"),
                               f'{M}.organizers: expected a list, not "ОФ"'),
    "conclusion in an unknown language": (
        meeting(conclusions=[{"fr": "bien"}]),
        f'{M}.conclusions[0]: unknown language "fr": use "ru", "kk", "en"'),
    "item conclusion as an object with text": (
        item(conclusions=[{"text": "x"}]),
        f'{M}.agenda[0].conclusions[0]: unknown language "text": use "ru", "kk", "en"'),
    # proposals
    "proposal with a vote": (item(proposals=[{"text": "x", "vote": "unanimous"}]),
                             f'{M}.agenda[0].proposals[0]: unknown key "vote"'),
    "proposal speaker empty": (item(proposals=[{"speaker": 7, "text": "x"}]),
                               f"{M}.agenda[0].proposals[0].speaker: expected a string, not 7"),
    # degree and rank
    "degree as a number": (attendee(0, degree=1), f"{M}.attendees[0].degree: expected "
                           f"{TEXT_OR_MAP}, not 1"),
    "rank in an unknown language": (attendee(1, rank={"de": "Oberst"}),
                                    f'{M}.attendees[1].rank: unknown language "de": use "ru", '
                                    '"kk", "en"'),
    # done_on and done_note
    "done_on not a date": (action(done_on="28.01.2020"),
                           f'{ACTION}.done_on: "28.01.2020" is not a date in the form YYYY-MM-DD'),
    "done_on on 30 February": (action(done_on="2020-02-30"),
                               f"{ACTION}.done_on: 2020-02-30 is not a date"),
    "done false with done_on": (action(done=False),
                                f"{ACTION}.done: a task with a done_on date is done (done: true)"),
    "done_note as a number": (action(done_note=12),
                              f"{ACTION}.done_note: expected {TEXT_OR_MAP}, not 12"),
    # approval and history
    "approval on a draft": (meeting(status="draft"),
                            f"{M}.approval: only approved minutes have an approval"),
    "approval without a date": (lambda d: d["meetings"][0]["approval"].pop("on"),
                                f'{M}.approval: missing key "on"'),
    "approval by no one": (meeting(approval={"by": " ", "on": "2019-11-25"}),
                           f"{M}.approval.by: must not be empty"),
    "approval with a reason": (meeting(approval={"by": "Когамов М.Ч.", "on": "2019-11-25",
                                                 "why": "x"}),
                               f'{M}.approval: unknown key "why"'),
    "approval as a string": (meeting(approval="Когамов"),
                             f'{M}.approval: expected an object, not "Когамов"'),
    "history without seconds": (
        meeting(history=[{"at": "2019-11-25T10:02", "what": "approved"}]),
        f'{M}.history[0].at: "2019-11-25T10:02" is not a date and time in the form '
        "YYYY-MM-DDTHH:MM:SS"),
    "history on 30 February": (meeting(history=[{"at": "2019-02-30T10:02:00", "what": "approved"}]),
                               f"{M}.history[0].at: 2019-02-30T10:02:00 is not a date and time"),
    "history with a time zone": (
        meeting(history=[{"at": "2019-11-25T10:02:00+05:00", "what": "approved"}]),
        f'{M}.history[0].at: "2019-11-25T10:02:00+05:00" is not a date and time in the form '
        "YYYY-MM-DDTHH:MM:SS"),
    "history event not offered": (
        meeting(history=[{"at": "2019-11-25T10:02:00", "what": "deleted"}]),
        f'{M}.history[0].what: "deleted" is not one of "approved", "reopened", '
        '"changed after approval"'),
    "history without what": (meeting(history=[{"at": "2019-11-25T10:02:00"}]),
                             f'{M}.history[0]: missing key "what"'),
    # organisations
    "organisation without a name": (drop(lambda d: d["organizations"][0], "name"),
                                    'organizations[0]: missing key "name"'),
    "organisation with a phone": (organization(phone="1"),
                                  'organizations[0]: unknown key "phone"'),
    "organisation address as a map": (organization(address={"ru": "Астана"}),
                                      "organizations[0].address: expected a string, not an "
                                      "object"),
    "organisation twice": (lambda d: d["organizations"].append({"name": "министерство ВНУТРЕННИХ"
                                                                " дел Республики  Казахстан"}),
                           'organizations[1]: the organisation "министерство ВНУТРЕННИХ дел '
                           'Республики  Казахстан" is already organizations[0]'),
    "organizations as an object": (lambda d: d.update(organizations={}),
                                   "organizations: expected a list, not an object"),
    # people
    "person without a surname": (drop(lambda d: d["people"][0], "surname"),
                                 'people[0]: missing key "surname"'),
    "person with an empty surname": (person(0, surname="  "),
                                     "people[0].surname: must not be empty"),
    "person's name as one key": (person(0, name="Когамов"), 'people[0]: unknown key "name"'),
    "surname as a language map": (person(0, surname={"ru": "Когамов"}),
                                  "people[0].surname: expected a string, not an object"),
    "person twice": (lambda d: d["people"].append({"surname": "КОГАМОВ", "given_name": "марат",
                                                   "patronymic": "Чингисович"}),
                     'people[2]: the person "КОГАМОВ марат Чингисович" is already people[0]'),
    "person's degree in an unknown language": (
        person(0, degree={"ru": "д.ю.н.", "la": "LL.D."}),
        'people[0].degree: unknown language "la": use "ru", "kk", "en"'),
    # bodies
    "body without a name": (drop(lambda d: d["bodies"][0], "name"),
                            'bodies[0]: missing key "name"'),
    "body name empty in Russian": (body(name={"ru": "", "kk": "Кеңес"}),
                                   "bodies[0].name.ru: must not be empty"),
    "body twice": (lambda d: d["bodies"].append({"name": "общественный совет мвд рк"}),
                   'bodies[1]: the body "общественный совет мвд рк" is already bodies[0]'),
    "quorum not offered": (body(quorum="half"), 'bodies[0].quorum: expected "majority", '
                           '"two_thirds" or {"count": N}, not "half"'),
    "quorum count of 0": (body(quorum={"count": 0}),
                          "bodies[0].quorum.count: 0 is not a whole number of 1 or more"),
    "quorum count as a string": (body(quorum={"count": "7"}),
                                 'bodies[0].quorum.count: expected a whole number, not "7"'),
    "quorum object without count": (body(quorum={}), 'bodies[0].quorum: missing key "count"'),
    "quorum with a kind": (body(quorum={"count": 5, "kind": "count"}),
                           'bodies[0].quorum: unknown key "kind"'),
    "numbering not offered": (body(numbering="monthly"),
                              'bodies[0].numbering: "monthly" is not one of "yearly", '
                              '"continuous"'),
    "members as an object": (body(members={}), "bodies[0].members: expected a list, not an object"),
    "document settings as a string": (body(document="Arial 12"),
                                      'bodies[0].document: expected an object, not "Arial 12"'),
    "a font size out of reach": (body(document={"font_size": 40}),
                                 "bodies[0].document.font_size: the font size must be 10 to 16 "
                                 "pt in whole or half points, not 40"),
    "a font size as a string": (body(document={"font_size": "14"}),
                                'bodies[0].document.font_size: expected a number, not "14"'),
    "an empty font name": (body(document={"font": "  "}),
                           "bodies[0].document.font: the font name is empty"),
    "a decision word not offered": (body(document={"decisions": "ordered"}),
                                    'bodies[0].document.decisions: "ordered" is not one of '
                                    '"resolved", "decided"'),
    "an unknown document setting": (body(document={"margin": 30}),
                                    'bodies[0].document: unknown key "margin"'),
    "member without a person": (drop(lambda d: d["bodies"][0]["members"][0], "person"),
                                'bodies[0].members[0]: missing key "person"'),
    "member invited": (member(1, role="invited"),
                       "bodies[0].members[1].role: a body's member is a chair, a secretary or a "
                       "member"),
    "member role not offered": (member(1, role="deputy"),
                                'bodies[0].members[1].role: "deputy" is not one of "chair", '
                                '"secretary", "member", "invited"'),
    "membership ends before it begins": (
        member(1, to="2018-01-01"),
        "bodies[0].members[1].to: membership ends (2018-01-01) before it begins (2019-01-15)"),
    "member from not a date": (member(0, **{"from": "2019"}),
                               'bodies[0].members[0].from: "2019" is not a date in the form '
                               "YYYY-MM-DD"),
    "member twice": (lambda d: d["bodies"][0]["members"].append({"person": "Когамов  Марат "
                                                                           "чингисович"}),
                     'bodies[0].members[2]: the member "Когамов Марат чингисович" is already '
                     "bodies[0].members[0] of this body"),
}


@pytest.mark.parametrize(("change", "expected"), REFUSALS.values(), ids=REFUSALS.keys())
def test_a_wrong_version_2_key_is_refused_with_its_path(change: Change, expected: str) -> None:
    assert refusal_v2(edited(change)) == expected


def test_a_language_given_twice_is_refused() -> None:
    twice = EXAMPLE_V2.replace('"place": {"ru": "г. Кокшетау",',
                               '"place": {"ru": "г. Кокшетау", "ru": "Кокшетау",')
    assert refusal_v2(twice) == f'{M}.place: key "ru" is given twice'


def test_the_directory_is_checked_before_the_meetings() -> None:
    def two_problems(d: dict[str, Any]) -> None:
        d["meetings"][0]["date"] = "2019-02-30"
        d["bodies"][0]["quorum"] = "half"

    assert refusal_v2(edited(two_problems)).startswith("bodies[0].quorum:")
