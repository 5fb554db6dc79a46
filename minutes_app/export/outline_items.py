"""The agenda and the text of each item: heard, discussion, proposals, the participants'
conclusions, decisions with votes and tasks.

Numbering is written as text («1.», «1.2.») so that Word never renumbers it (python-docx #25;
reliability-and-pitfalls §B), and an extract keeps the original numbers (DP §3.5).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from minutes_app.domain import AgendaItem, Decision, Outcome, Statement, TextEntry, fold
from minutes_app.export.blocks import Block, Kind, Para, Table
from minutes_app.export.glossary import Glossary
from minutes_app.export.options import Form
from minutes_app.export.wording import list_item, resolution, sentence, short


@dataclass(frozen=True, slots=True)
class ItemContext:
    g: Glossary
    form: Form
    positions: dict[str, str]  # folded full name -> position, for presenters
    voted: bool = True  # anything in the meeting put to the vote; if not: no ПОСТАНОВИЛИ


def agenda(ctx: ItemContext, items: Sequence[tuple[int, AgendaItem]]) -> list[Block]:
    if not items:
        return []
    g = ctx.g
    blocks: list[Block] = [Para(Kind.HEADING, g["agenda"])]
    for number, item in items:
        blocks.append(Para(Kind.TEXT, f"{number}. {item.title.strip()}"))
        if item.presenters:
            label = g["presenters" if len(item.presenters) > 1 else "presenter"]
            who = "; ".join(_presenter(ctx, name) for name in item.presenters)
            blocks.append(Para(Kind.TEXT, sentence(f"{label}: {who}")))
    return blocks


def _presenter(ctx: ItemContext, name: str) -> str:
    position = ctx.positions.get(fold(name), "").strip().rstrip(".;,")
    return f"{short(name)}, {position}" if position else short(name)


def item_blocks(ctx: ItemContext, number: int, item: AgendaItem) -> list[Block]:
    """One agenda item's text: what was heard, the discussion, the proposals made without a
    vote, what the participants noted, the decisions."""
    g = ctx.g
    blocks: list[Block] = []
    if g.items_headed_by_title:
        blocks.append(Para(Kind.KEYWORD, f"{number}. {item.title.strip()}"))
        blocks += _heard_en(ctx, item)
    else:
        blocks.append(Para(Kind.KEYWORD, f"{number}. {g['heard']}"))
        blocks += _heard(ctx, item)
    blocks += _discussion(ctx, item)
    blocks += _proposals(g, item)
    blocks += conclusions(g, item.conclusions, final=False)
    if item.decisions and g["decisions_heading"] and ctx.voted:
        blocks.append(Para(Kind.KEYWORD, g["decisions_heading"]))
    for index, decision in enumerate(item.decisions, start=1):
        blocks += _decision(g, f"{number}.{index}.", decision, ctx.voted)
    return blocks


def _heard(ctx: ItemContext, item: AgendaItem) -> list[Block]:
    """Russian/Kazakh «N. СЛУШАЛИ:» content. The short form (DP §3.2) says only who spoke on
    what; an item with nothing typed as heard falls back to the same line."""
    if ctx.form is Form.FULL and item.heard:
        return [Para(Kind.TEXT, _statement(ctx.g, s)) for s in item.heard]
    speakers = _names(s.speaker for s in item.heard) or _names(item.presenters)
    title = item.title.strip()
    return [Para(Kind.TEXT, f"{', '.join(speakers)} — {title}" if speakers else title)]


def _heard_en(ctx: ItemContext, item: AgendaItem) -> list[Block]:
    """English minutes: the item's title is its heading; then the presentation (DP §4)."""
    g = ctx.g
    if ctx.form is Form.FULL and item.heard:
        return [
            Para(Kind.KEYWORD, g["heard"]),
            *(Para(Kind.TEXT, _statement(g, s)) for s in item.heard),
        ]
    speakers = _names(s.speaker for s in item.heard) or _names(item.presenters)
    if not speakers:
        return []
    return [Para(Kind.TEXT, sentence(f"{g['presenter']}: {', '.join(speakers)}"))]


def _discussion(ctx: ItemContext, item: AgendaItem) -> list[Block]:
    g = ctx.g
    if not item.discussion:
        return []
    if ctx.form is Form.FULL:
        return [
            Para(Kind.KEYWORD, g["discussion"]),
            *(Para(Kind.TEXT, _statement(g, s)) for s in item.discussion),
        ]
    speakers = _names(s.speaker for s in item.discussion)
    if not speakers:
        return []
    if g.items_headed_by_title:
        return [Para(Kind.TEXT, sentence(f"{g['discussion']} {', '.join(speakers)}"))]
    return [Para(Kind.KEYWORD, g["discussion"]), Para(Kind.TEXT, sentence(", ".join(speakers)))]


def _proposals(g: Glossary, item: AgendaItem) -> list[Block]:
    """«Прозвучали предложения:» and the list, each with its speaker when one was typed; in
    both forms, since a proposal is what was said, not who spoke."""
    said = [s for s in item.proposals if s.text.strip()]
    if not said:
        return []
    label = g["proposal_many" if len(said) > 1 else "proposal_one"]
    return [Para(Kind.TEXT, label, keep_with_next=True),
            *_listed([_statement(g, s) for s in said])]


def conclusions(g: Glossary, entries: Sequence[TextEntry], final: bool) -> list[Block]:
    """What the participants noted, of one item or (`final`) of the whole meeting: one
    conclusion that continues the sentence (it starts with a small letter) reads «Участники
    отметили, что …»; otherwise «Участники отметили:» and the list."""
    texts = [entry.text.strip() for entry in entries if entry.text.strip()]
    if not texts:
        return []
    inline = g["final_noted_that" if final else "noted_that"]
    if inline and len(texts) == 1 and texts[0][:1].islower():
        return [Para(Kind.TEXT, sentence(inline.format(text=texts[0])))]
    return [Para(Kind.TEXT, g["final_noted" if final else "noted"], keep_with_next=True),
            *_listed(texts)]


def _listed(entries: Sequence[str]) -> list[Block]:
    return [Para(Kind.TEXT, list_item(entry, i == len(entries) - 1))
            for i, entry in enumerate(entries)]


def _statement(g: Glossary, statement: Statement) -> str:
    text = statement.text.strip()
    speaker = short(statement.speaker)
    return g.format("statement", speaker=speaker, text=text) if speaker else text


def _names(full_names: Iterable[str]) -> list[str]:
    """Short names, each once, in the order first met."""
    return list(dict.fromkeys(short(n) for n in full_names if n.strip()))


def _decision(g: Glossary, number: str, decision: Decision, voted: bool) -> list[Block]:
    """A numbered decision with its vote line and tasks; in a meeting that voted on nothing
    it is what was agreed, with no «RESOLVED that» and no vote line."""
    prefix = g["decision_prefix"] if voted else ""
    text = resolution(prefix, sentence(decision.text), g.decision_prefixes)
    blocks: list[Block] = [Para(Kind.TEXT, f"{number} {text}")]
    vote_line = _vote_line(g, decision)
    if vote_line:
        blocks.append(Para(Kind.TEXT, vote_line))
    if not g["actions_title"]:  # tasks stand under their decision (ru, kk)
        blocks += [Para(Kind.TEXT, _task_line(g, a.task, a.responsible, a.due))
                   for a in decision.actions]
    return blocks


def _vote_line(g: Glossary, decision: Decision) -> str:
    rejected = decision.result is Outcome.REJECTED
    outcome = g["outcome_rejected" if rejected else "outcome_adopted"]
    vote = decision.vote
    if vote is None:
        return g["no_vote_rejected"] if rejected else ""
    if vote.unanimous:
        return g.format("vote_unanimous", outcome=outcome)
    return g.format(
        "vote_counts", for_=vote.for_, against=vote.against, abstained=vote.abstained,
        outcome=outcome,
    )


def _task_line(g: Glossary, task: str, responsible: Sequence[str], due: date | None) -> str:
    parts = [sentence(f"{g['task']}: {task}")]
    names = _names(responsible)
    if names:
        label = g["responsible_many" if len(names) > 1 else "responsible_one"]
        parts.append(sentence(f"{label}: {', '.join(names)}"))
    if due is not None:
        parts.append(sentence(g.format("due", date=g.date(due))))
    return " ".join(parts)


def action_table(g: Glossary, items: Sequence[tuple[int, AgendaItem]]) -> list[Block]:
    """English minutes gather the action items in one table (DP §4: Action | Owner | Due)."""
    rows = []
    for number, item in items:
        for index, decision in enumerate(item.decisions, start=1):
            for action in decision.actions:
                due = g.date(action.due) if action.due else ""
                rows.append((f"{number}.{index}", action.task.strip(),
                             ", ".join(_names(action.responsible)), due))
    if not rows:
        return []
    header = (g["col_item"], g["col_action"], g["col_owner"], g["col_due"])
    return [Para(Kind.HEADING, g["actions_title"]),
            Table(header, tuple(rows), (0.08, 0.44, 0.26, 0.22))]
