"""Rules of a meeting record that hold whatever stores or shows it."""

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, is_dataclass
from functools import cache

from minutes_app.domain.errors import DomainError
from minutes_app.domain.model import Attendee, Meeting, QuorumRule, Role, Status
from minutes_app.domain.text import fold, normalize_space

# The longest text one field may hold (README, "Command line"): far above the 100,000
# characters a long statement needs, far below what would freeze the window when it opens.
MAX_TEXT_LENGTH = 1_000_000


def validate_meeting(meeting: Meeting, *, texts_checked: bool = False) -> None:
    """Raise DomainError, with the path of the offending field, when a rule is broken.

    Field-level rules (vote counts, groups and head counts) are checked when the values are
    built; this checks what needs the whole meeting. `texts_checked`: the caller has checked
    every text's length itself (an import, as it reads them), so they are not walked again.
    """
    if not texts_checked and _has_text_longer_than(meeting, MAX_TEXT_LENGTH):
        # Rare: only then the path of the long text.
        path = next(p for p, value in _texts(meeting, "") if len(value) > MAX_TEXT_LENGTH)
        raise DomainError(f"longer than {MAX_TEXT_LENGTH:,} characters", path)
    if not meeting.title.strip():
        raise DomainError("the title is empty", "title")
    if meeting.start_time and meeting.end_time and meeting.end_time < meeting.start_time:
        raise DomainError(
            f"end time {meeting.end_time:%H:%M} is before start time {meeting.start_time:%H:%M}",
            "end_time",
        )
    if meeting.approval is not None and meeting.status is not Status.APPROVED:
        raise DomainError("only approved minutes have an approval", "approval")
    for role in (Role.CHAIR, Role.SECRETARY):
        holders = [i for i, a in enumerate(meeting.attendees) if a.role is role]
        if len(holders) > 1:
            raise DomainError(
                f"a meeting has at most one {role.value}", f"attendees[{holders[1]}].role"
            )
    for i, item in enumerate(meeting.agenda):
        if not item.title.strip():
            raise DomainError("the agenda item's title is empty", f"agenda[{i}].title")
        for j, decision in enumerate(item.decisions):
            if not decision.text.strip():
                raise DomainError(
                    "the decision's text is empty", f"agenda[{i}].decisions[{j}].text"
                )
            for k, action in enumerate(decision.actions):
                if not action.task.strip():
                    raise DomainError(
                        "the task is empty", f"agenda[{i}].decisions[{j}].actions[{k}].task"
                    )


def _has_text_longer_than(value: object, limit: int) -> bool:
    """Whether any text of a snapshot is longer than `limit`: the same walk as `_texts`
    without making a path for each of the thousands of texts (an import checks every meeting)."""
    pending = [value]
    while pending:
        current = pending.pop()
        if isinstance(current, str):
            if len(current) > limit:
                return True
        elif isinstance(current, tuple):
            pending.extend(current)
        elif is_dataclass(current) and not isinstance(current, type):
            pending.extend(getattr(current, name) for name in _field_names(type(current)))
    return False


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(field.name for field in fields(cls))


def _texts(value: object, path: str) -> Iterator[tuple[str, str]]:
    """Every text of a snapshot with its path (`agenda[2].decisions[0].text`)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, tuple):
        for i, element in enumerate(value):
            yield from _texts(element, f"{path}[{i}]")
    elif is_dataclass(value) and not isinstance(value, type):
        for field in fields(value):
            inner = f"{path}.{field.name}" if path else field.name
            yield from _texts(getattr(value, field.name), inner)


def voting_present(attendees: Iterable[Attendee]) -> int:
    """How many people present may vote (everyone but invited guests)."""
    return sum(a.heads for a in attendees if a.present and a.votes)


@dataclass(frozen=True, slots=True)
class VotesBeyondPresent:
    """More votes cast on a decision than voting members present: worth a second look, not an
    error (a proxy vote or a late arrival may explain it; a typo may too)."""

    decision: str  # "1.2": agenda item 1, its second decision
    cast: int
    present: int


def votes_beyond_present(meeting: Meeting) -> list[VotesBeyondPresent]:
    present = voting_present(meeting.attendees)
    return [
        VotesBeyondPresent(f"{i}.{j}", decision.vote.cast, present)
        for i, item in enumerate(meeting.agenda, start=1)
        for j, decision in enumerate(item.decisions, start=1)
        if decision.vote and present and decision.vote.cast > present
    ]


@dataclass(frozen=True, slots=True)
class QuorumStatus:
    present: int
    members: int
    required: int

    @property
    def reached(self) -> bool:
        return self.present >= self.required


def quorum_status(
    roster: Sequence[str], rule: QuorumRule, attendees: Iterable[Attendee]
) -> QuorumStatus:
    """Count the roster's members marked present; names match case-, space- and ё-insensitively."""
    present_names = {_name_key(a.name) for a in attendees if a.present and not a.is_group}
    members = {_name_key(name) for name in roster}
    return QuorumStatus(len(members & present_names), len(members), rule.required(len(members)))


def _name_key(name: str) -> str:
    return fold(normalize_space(name))


_LEADING_NUMBER = re.compile(r"\s*(\d+)")


def next_number(numbers_this_year: Iterable[str]) -> str:
    """The next protocol number of a body in a year: one past the largest number used.

    Numbers are text ("12", "12-п"); the leading whole number counts, others are ignored.
    """
    used = [int(m.group(1)) for n in numbers_this_year if (m := _LEADING_NUMBER.match(n))]
    return str(max(used, default=0) + 1)
