"""The order and wording of the whole document: header, attendance, agenda, items,
signatures, annex. Pure functions of the meeting snapshot; no Word markup here.

The skeleton is DP §3.3 (Russian full protocol), §3.5 (extract) and §4 (English minutes); see
glossary.py for the sources of every word.
"""

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from minutes_app.domain import (
    AgendaItem,
    Attendee,
    Body,
    Language,
    Meeting,
    Organization,
    Outcome,
    Role,
    TextFallback,
    fold,
    in_language,
)
from minutes_app.domain.rules import QuorumStatus, quorum_status
from minutes_app.export.blocks import Block, Kind, Para, SideBySide, Table
from minutes_app.export.errors import OptionsError
from minutes_app.export.glossary import Glossary
from minutes_app.export.options import DocxOptions
from minutes_app.export.outline_items import (
    ItemContext,
    action_table,
    agenda,
    conclusions,
    item_blocks,
)
from minutes_app.export.wording import (
    NBSP,
    is_kazakh_genitive,
    list_entry,
    mentions,
    sentence,
    short,
    signature,
    without_article,
)

# A signature label longer than this gets a line of its own, so that it never runs into the
# signature line (tab stops cannot wrap).
_LONG_LABEL = 34

# Rows of the attendance annex that fill one A4 sheet: 257 mm of text height (20 mm top and
# bottom margins) over a row of about 8 mm (a 14 pt line with the cell's padding) is 32; the
# annex's reference and title take four of them and a long position wraps to a second line,
# so 25 is a sheet counted safely (a records office would rather read «на 2 л.» for a list
# that just fits on one than the reverse).
_ANNEX_ROWS_PER_SHEET = 25

# The council's people at the table: the one attendance count. The chair and the secretary
# are members of the council and vote; guests and the groups invited are counted apart
# («Всего присутствовало»). «Присутствовали: N», the annex's rows and the quorum line's
# «присутствуют — N» all count these, so they cannot disagree (issue 9 point 3).
_COUNCIL = (Role.CHAIR, Role.SECRETARY, Role.MEMBER)


@dataclass(frozen=True, slots=True)
class Outline:
    blocks: list[Block]
    title: str  # for the document properties
    language: Language
    # The texts printed in the meeting's own language (or the directory's Russian) because
    # they have no version in `language`.
    fallbacks: list[TextFallback] = field(default_factory=list)


def build_outline(
    meeting: Meeting,
    options: DocxOptions,
    body: Body | None = None,
    organization: Organization | None = None,
    letterhead: bool = False,
) -> Outline:
    """Everything the document says, in order. `letterhead`: the template prints the
    organisation's name itself, so we do not repeat it.

    The meeting is written with its texts in the document's language where it has them
    (domain.texts.in_language); the others stay in its own language and are listed in the
    outline's `fallbacks`, as are the body's and organisation's names that have none."""
    language = Language(options.language or meeting.language)
    meeting, own_texts = in_language(meeting, language, meeting.language)
    g = Glossary(language, options.decision_verb)
    items = _chosen_items(meeting, options.extract)
    is_extract = bool(options.extract)
    members = [a for a in meeting.attendees if a.present and a.role is Role.MEMBER]
    council = [a for a in meeting.attendees if a.present and a.role in _COUNCIL]
    counted = sum(a.heads for a in council) > options.attendee_list_threshold
    annexed = not is_extract and counted
    quorum = _quorum_count(meeting, body, council)

    blocks: list[Block] = []
    if not letterhead:
        blocks += _organization(meeting, organization, language)
    blocks += _body_line(meeting, body, language, blocks)
    blocks += _header(meeting, g, is_extract)
    blocks += _attendance(meeting, g, members, council, counted, quorum, is_extract)
    if not (is_extract and counted):  # an extract's count line already says it
        blocks += _quorum(g, quorum)
    ctx = ItemContext(g, options.form, _positions(meeting), _any_vote(meeting))
    blocks += agenda(ctx, items)
    for number, item in items:
        blocks += item_blocks(ctx, number, item)
    if not is_extract:
        blocks += conclusions(g, meeting.conclusions, final=True)
    if language is Language.EN:
        blocks += action_table(g, items)
    closing: list[Block] = [_annex_mark(g, council)] if annexed else []
    closing += _signatures(meeting, g, is_extract)
    if is_extract:
        closing += _certification(meeting, g, options.issued_on or date.today())
    blocks += _kept_together(blocks.pop() if blocks else None, closing)
    if annexed:
        blocks += _annex(meeting, g, council)
    candidates = own_texts + _directory_fallbacks(meeting, body, organization, language)
    return Outline(blocks, _document_title(meeting, g, is_extract), language,
                   _printed(candidates, blocks))


def _chosen_items(meeting: Meeting, extract: tuple[int, ...]) -> list[tuple[int, AgendaItem]]:
    numbered = list(enumerate(meeting.agenda, start=1))
    if not extract:
        return numbered
    missing = [n for n in extract if n > len(meeting.agenda)]
    if missing:
        count = len(meeting.agenda)
        items = "agenda item" if count == 1 else "agenda items"
        raise OptionsError(f"the meeting has {count} {items}; there is no item {missing[0]}")
    wanted = set(extract)
    return [(n, item) for n, item in numbered if n in wanted]


def _organization(meeting: Meeting, org: Organization | None, language: Language) -> list[Block]:
    """Kazakhstan's blanks carry the name in the state and the official language side by
    side, Kazakh on the left, whatever the document's language (RP R1, Order № 236); a
    Russian-only name stands alone. English minutes use the English name when there is one."""
    if org is None:
        names = [meeting.organization]
    elif language is Language.EN and org.name_en.strip():
        names = [org.name_en]
    elif org.name_kk.strip() and fold(org.name_kk) != fold(org.name):
        return [SideBySide(Kind.ORGANIZATION, org.name_kk, org.name)]
    else:
        names = [org.name]
    return [Para(Kind.ORGANIZATION, name) for name in names if name.strip()]


def _body_line(meeting: Meeting, body: Body | None, language: Language,
               above: list[Block]) -> list[Block]:
    """The council or commission as the document's author, under the organisation, when the
    title does not already name it (the title usually does: «заседания Общественного совета…»,
    DP §3.3); its name in the document's language when it has one, else as typed; printed
    as it is, since we cannot decline it into the title's genitive."""
    name = meeting.body.strip()
    if body is not None and name:
        name = body.translations.get("name", language) or name
    printed = {fold(text) for text in _texts(above)}
    if not name or fold(name) in printed or mentions(meeting.title, name):
        return []
    return [Para(Kind.ORGANIZATION, name)]


def _directory_fallbacks(meeting: Meeting, body: Body | None, org: Organization | None,
                         language: Language) -> list[TextFallback]:
    """The body's and organisation's names (kept in Russian, INTERCHANGE.md) that have no
    version in a Kazakh or English document."""
    fallbacks: list[TextFallback] = []
    if language is Language.RU:
        return fallbacks
    if body is not None and meeting.body.strip() and not body.translations.get("name", language):
        fallbacks.append(TextFallback("body.name", meeting.body.strip()))
    if org is not None and not (org.name_kk if language is Language.KK else org.name_en).strip():
        fallbacks.append(TextFallback("organization.name", org.name))
    return fallbacks


def _printed(candidates: list[TextFallback], blocks: list[Block]) -> list[TextFallback]:
    """The candidates whose text the document prints: notes, done notes, the items left out
    of an extract and a name the title already gives are not in it, so they fell back on
    nothing. Compared without case, spacing and end punctuation, which the layout changes."""
    printed = _comparable(" ".join(_texts(blocks)))
    return [f for f in candidates if _comparable(f.text) in printed]


def _comparable(text: str) -> str:
    return " ".join(text.replace(NBSP, " ").split()).casefold().strip(" .;,:")


def _texts(blocks: list[Block]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Para):
            yield block.text
        elif isinstance(block, SideBySide):
            yield from (block.left, block.right)
        else:
            yield from block.header
            yield from (cell for row in block.rows for cell in row)


def _any_vote(meeting: Meeting) -> bool:
    """Whether anything was put to the vote. A seminar or a round table votes on nothing, and
    its protocol then has no ПОСТАНОВИЛИ and no vote line (issue 8); a decision marked as not
    carried was voted on, even with no counts typed."""
    return any(d.vote is not None or d.result is Outcome.REJECTED
               for item in meeting.agenda for d in item.decisions)


def _header(meeting: Meeting, g: Glossary, is_extract: bool) -> list[Block]:
    blocks = _heading(meeting, g, is_extract)
    kind = meeting.kind.strip()
    if kind and not mentions(meeting.title, kind):
        blocks.append(Para(Kind.LINE, g.format("kind_line", kind=kind)))
    blocks += _times(meeting, g)
    blocks += _organizers(meeting, g)
    for role, attendee in ((g["chair"], meeting.chair), (g["secretary"], meeting.secretary)):
        if attendee is not None:
            person = _joined(_signature_of(attendee), _details(attendee))
            blocks.append(Para(Kind.LINE, g.format("role_line", role=role, person=person)))
    return blocks


def _heading(meeting: Meeting, g: Glossary, is_extract: bool) -> list[Block]:
    """The document type, date, number, place and title. A Kazakh title in the genitive
    takes the head noun after it, «… отырысының ХАТТАМАСЫ» (R2); an extract names its
    protocol in one line, «ВЫПИСКА ИЗ ПРОТОКОЛА № 7 заседания … от 22.11.2019» (issue 9
    point 2), so the date and number are not repeated under it. Otherwise the GOST layout:
    ПРОТОКОЛ, date and number, place, the title under them (DP §3.3)."""
    number = g.format("number", number=meeting.number) if meeting.number.strip() else ""
    day = g.date(meeting.date)
    title = meeting.title.strip()
    genitive = g["extract_heading_of" if is_extract else "doc_heading_of"]
    folded = ""
    if genitive and is_kazakh_genitive(title):
        folded = genitive.format(title=title, date=day, number=number)
    elif is_extract and g["extract_heading"]:
        folded = g.format("extract_heading", title=without_article(title), date=day,
                          number=number)
    if folded:
        blocks: list[Block] = [Para(Kind.DOC_TYPE, " ".join(folded.split()))]
        if not is_extract:  # the extract's heading already has them
            blocks.append(_date_line(day, number))
        return blocks + _place(meeting)
    blocks = [Para(Kind.DOC_TYPE, g["extract_type" if is_extract else "doc_type"]),
              _date_line(day, number), *_place(meeting)]
    return blocks + ([Para(Kind.TITLE, title)] if title else [])


def _date_line(day: str, number: str) -> Para:
    return Para(Kind.DATE_LINE, f"{day}\t{number}" if number else day)


def _place(meeting: Meeting) -> list[Block]:
    return [Para(Kind.PLACE, meeting.place)] if meeting.place.strip() else []


def _times(meeting: Meeting, g: Glossary) -> list[Block]:
    """«Время проведения: 10:00–12:30», or the one end that was typed."""
    start, end = meeting.start_time, meeting.end_time
    if start is not None and end is not None:
        line = g.format("time_span", start=f"{start:%H:%M}", end=f"{end:%H:%M}")
    elif start is not None:
        line = g.format("time_from", start=f"{start:%H:%M}")
    elif end is not None:
        line = g.format("time_until", end=f"{end:%H:%M}")
    else:
        return []
    return [Para(Kind.LINE, line)]


def _organizers(meeting: Meeting, g: Glossary) -> list[Block]:
    """«Инициаторы: …» in the head, after the place and time (issue 8): one line; the
    entries are parted by semicolons when a name has a comma of its own."""
    names = [entry.text.strip() for entry in meeting.organizers if entry.text.strip()]
    if not names:
        return []
    label = g["organizers" if len(names) > 1 else "organizer"]
    separator = "; " if any("," in name for name in names) else ", "
    return [Para(Kind.LINE, sentence(f"{label}: {separator.join(names)}"))]


def _attendance(
    meeting: Meeting, g: Glossary, members: list[Attendee], council: list[Attendee],
    counted: bool, quorum: QuorumStatus | None, is_extract: bool,
) -> list[Block]:
    """The opening part as the protocol has it; an extract repeats it (issue 9 point 2), but
    above the threshold it has no annex, so it says «19 из 22 членов, кворум имеется»."""
    invited = [a for a in meeting.attendees if a.present and a.role is Role.INVITED]
    absent = [a for a in meeting.attendees if not a.present]
    heads = sum(a.heads for a in council)
    blocks: list[Block] = []
    if counted and is_extract:
        count = _members_of(g, quorum) if quorum is not None else g.people(heads)
        blocks.append(Para(Kind.LINE, sentence(f"{g['present']}: {count}")))
    elif counted:
        count = g.format("list_attached", count=g.people(heads))
        blocks.append(Para(Kind.LINE, sentence(f"{g['present']}: {count}")))
    elif members:
        names = ", ".join(_member_entry(g, a) for a in _alphabetical(members))
        blocks.append(Para(Kind.LINE, sentence(f"{g['present']}: {names}")))
    if invited:
        blocks.append(Para(Kind.LINE, f"{g['invited']}:"))
        entries = [_invited_entry(g, a) for a in invited]
        blocks += [Para(Kind.LINE, list_entry(entry, i == len(entries) - 1))
                   for i, entry in enumerate(entries)]
    if any(a.is_group or a.role is Role.INVITED for a in meeting.attendees if a.present):
        # guests and groups make the total more than the members listed: say it
        total = g.format("total_present", count=g.people(meeting.present_heads))
        blocks.append(Para(Kind.LINE, sentence(total)))
    if absent:
        names = ", ".join(_absent_entry(a) for a in absent)
        blocks.append(Para(Kind.LINE, sentence(f"{g['absent']}: {names}")))
    return blocks


def _alphabetical(attendees: list[Attendee]) -> list[Attendee]:
    """People by surname (DP §3.3 «alphabetical»), then groups in the order typed."""
    people = sorted((a for a in attendees if not a.is_group), key=lambda a: fold(a.short_name))
    return people + [a for a in attendees if a.is_group]


def _member_entry(g: Glossary, a: Attendee) -> str:
    return f"{a.group} — {g.people(a.heads)}" if a.is_group else short(a.name)


def _invited_entry(g: Glossary, a: Attendee) -> str:
    if a.is_group:
        return f"{a.group} — {g.people(a.heads)}"
    details = _details(a)
    return f"{short(a.name)} — {details}" if details else short(a.name)


def _details(a: Attendee) -> str:
    """Position, organisation, degree, rank: the official order (issue 8: «Когамов М.Ч. —
    председатель …, доктор юридических наук»; «Букреев В. — заместитель начальника …,
    полковник полиции»)."""
    return _joined(a.position, a.organization, a.degree, a.rank)


def _absent_entry(a: Attendee) -> str:
    reason = a.absence_reason.strip()
    return f"{_short_of(a)} ({reason})" if reason else _short_of(a)


def _short_of(a: Attendee) -> str:
    return a.group if a.is_group else short(a.name)


def _signature_of(a: Attendee) -> str:
    return a.group if a.is_group else signature(a.name)


def _joined(*parts: str) -> str:
    return ", ".join(p.strip().rstrip(".;,") for p in parts if p.strip())


def _quorum_count(meeting: Meeting, body: Body | None,
                  council: list[Attendee]) -> QuorumStatus | None:
    """The roster's size and rule with the one attendance count (_COUNCIL) as the present
    figure. A quorum is what decisions need: a seminar or round table that votes on nothing
    has none. The window's quorum matches the roster's names instead; the two differ only
    when someone marked as a member is not on the roster, and the document must agree
    with itself first."""
    if body is None or not body.members or not meeting.has_votes:
        return None
    status = quorum_status(body.member_names_on(meeting.date), body.quorum, meeting.attendees)
    return QuorumStatus(sum(a.heads for a in council), status.members, status.required)


def _quorum(g: Glossary, status: QuorumStatus | None) -> list[Block]:
    if status is None:
        return []
    key = "quorum_reached" if status.reached else "quorum_missing"
    return [Para(Kind.LINE, g.format(key, members=status.members, present=status.present))]


def _members_of(g: Glossary, status: QuorumStatus) -> str:
    """«19 из 22 членов, кворум имеется»: «из» takes the genitive, «члена» after a number
    ending in 1 (21, 31; not 11), else «членов»."""
    noun = "члена" if status.members % 10 == 1 and status.members % 100 != 11 else "членов"
    key = "members_of_quorate" if status.reached else "members_of_no_quorum"
    return g.format(key, present=status.present, members=status.members, noun=noun)


def _annex_mark(g: Glossary, council: list[Attendee]) -> Para:
    """«Приложение: список присутствующих на 1 л. в 1 экз.» (GOST R 7.0.97 req. 19): sheets
    estimated from the annex's rows, one per line of the council."""
    sheets = max(1, math.ceil(len(council) / _ANNEX_ROWS_PER_SHEET))
    return Para(Kind.LINE, g.format("annex_mark_sheets", sheets=sheets))


def _positions(meeting: Meeting) -> dict[str, str]:
    """Attendees' positions (with degree and rank) by folded name, to describe presenters
    in the agenda."""
    described = {fold(a.name): _joined(a.position, a.degree, a.rank) for a in meeting.attendees
                 if a.name}
    return {name: details for name, details in described.items() if details}


def _signatures(meeting: Meeting, g: Glossary, is_extract: bool) -> list[Block]:
    """Chair and secretary; an extract reproduces them as text, «(подпись)» (DP §3.5)."""
    mark = g["signed"] if is_extract else g["signature_line"]
    blocks: list[Block] = []
    for label, attendee in ((g["chair"], meeting.chair), (g["secretary"], meeting.secretary)):
        name = _signature_of(attendee) if attendee is not None else ""
        blocks += _signature(Kind.SIGNATURE, label, mark, name)
    return blocks


def _certification(meeting: Meeting, g: Glossary, issued_on: date) -> list[Block]:
    """«Верно:», the secretary's position, signature line and name, then the date (GOST req. 25)."""
    secretary = meeting.secretary
    position = secretary.position.strip() if secretary is not None else ""
    label = position[:1].upper() + position[1:] if position else g["secretary"]
    name = _signature_of(secretary) if secretary is not None else ""
    return [
        Para(Kind.SIGNATURE, g["certified"]),
        *_signature(Kind.SIGNATURE_NEXT, label, g["signature_line"], name),
        Para(Kind.SIGNATURE_NEXT, g.date(issued_on)),
    ]


def _signature(kind: Kind, label: str, mark: str, name: str) -> list[Block]:
    if len(label) > _LONG_LABEL:
        return [Para(kind, label), Para(Kind.SIGNATURE_NEXT, f"\t{mark}\t{name}")]
    return [Para(kind, f"{label}\t{mark}\t{name}")]


def _kept_together(last: Block | None, closing: list[Block]) -> list[Block]:
    """The signature block stays on one page with the end of the text: every paragraph of it
    but the last, and the last paragraph before it, keep with the next one."""
    head: list[Block] = []
    if isinstance(last, Para):
        head = [Para(last.kind, last.text, True, last.page_break_before)]
    elif last is not None:
        head = [last]
    kept = [Para(b.kind, b.text, True, b.page_break_before) if isinstance(b, Para) else b
            for b in closing[:-1]]
    return head + kept + closing[-1:]


def _annex(meeting: Meeting, g: Glossary, members: list[Attendee]) -> list[Block]:
    number = g.format("number", number=meeting.number) if meeting.number.strip() else ""
    ref = g.format("annex_ref", date=g.date(meeting.date), number=number)
    ref = "\n".join(re.sub(" +", " ", line).strip() for line in ref.splitlines())
    people = _alphabetical(members)
    names = [f"{a.group} — {g.people(a.heads)}" if a.is_group else a.name for a in people]
    positions = [_details(a) for a in people]
    header: tuple[str, ...] = (g["col_no"], g["col_name"])
    widths: tuple[float, ...] = (0.1, 0.9)
    if any(positions):  # no empty column when nobody's position is known
        header, widths = (*header, g["col_position"]), (0.1, 0.45, 0.45)
    rows = tuple((f"{i}.", name, position)[: len(header)]
                 for i, (name, position) in enumerate(zip(names, positions, strict=True), start=1))
    return [
        Para(Kind.ANNEX_REF, ref, page_break_before=True),
        Para(Kind.HEADING, g["annex_title"]),
        Table(header, rows, widths),
    ]


def _document_title(meeting: Meeting, g: Glossary, is_extract: bool) -> str:
    number = g.format("number", number=meeting.number) if meeting.number.strip() else ""
    key = "extract_title" if is_extract else "doc_title"
    return " ".join(g.format(key, number=number, date=g.date(meeting.date)).split())
