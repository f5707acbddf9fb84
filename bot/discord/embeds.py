"""Answer → Discord embed (or plain text), always inside Discord's size limits."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import discord

from bot.discord.safety import clip, clip_lines, defuse_mentions, echo
from bot.discord.words import ENGLISH
from bot.engine.answer import Answer
from bot.render.markdown import (
    LABELS,
    citation_lines,
    quantity_lines,
    read_as_line,
    render_markdown,
)

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELD_COUNT_LIMIT = 25
FOOTER_LIMIT = 2048
TOTAL_LIMIT = 6000
CONTENT_LIMIT = 2000
SMALLEST_USEFUL_FIELD = 24
"""A field squeezed below this many characters says nothing; it is dropped instead."""

ANSWERED = discord.Colour.blurple()
DECLINED = discord.Colour.orange()
FAILED = discord.Colour.red()
CHATTY = discord.Colour.greyple()

ANSWERED_KINDS = frozenset({"fact", "derived", "conversion"})
QUESTION_KINDS = ANSWERED_KINDS | {"decline", "error"}


@dataclass(frozen=True)
class Section:
    """One embed field; lower priority numbers keep their space when the total runs out."""

    name: str
    value: str
    priority: int


@dataclass
class EmbedPlan:
    """Everything an embed should say, before limits are applied."""

    description: str
    colour: discord.Colour
    title: str = ""
    footer: str = ""
    sections: list[Section] = field(default_factory=list)

    def build(self) -> discord.Embed:
        """Spend the 6000-character budget by priority: title, footer, description, fields."""
        budget = TOTAL_LIMIT
        title = clip(self.title, min(TITLE_LIMIT, budget))
        budget -= len(title)
        footer = clip(self.footer, min(FOOTER_LIMIT, budget // 4))
        budget -= len(footer)
        description = clip_lines(self.description, min(DESCRIPTION_LIMIT, budget))
        budget -= len(description)
        kept: dict[int, tuple[str, str]] = {}
        ranked = sorted(enumerate(self.sections), key=lambda item: (item[1].priority, item[0]))
        for position, section in ranked[:FIELD_COUNT_LIMIT]:
            name = clip(section.name, FIELD_NAME_LIMIT) or "\u200b"
            room = min(FIELD_VALUE_LIMIT, budget - len(name))
            if room < SMALLEST_USEFUL_FIELD or not section.value.strip():
                continue
            value = clip_lines(section.value, room)
            kept[position] = (name, value)
            budget -= len(name) + len(value)
        embed = discord.Embed(
            title=title or None, description=description or None, colour=self.colour
        )
        for position in sorted(kept):
            name, value = kept[position]
            embed.add_field(name=name, value=value, inline=False)
        if footer:
            embed.set_footer(text=footer)
        return embed


def safe_answer(answer: Answer) -> Answer:
    """The same answer with every part that repeats user text escaped."""
    headline = answer.headline
    if answer.kind in {"decline", "error"}:
        headline = echo(headline)
    corrections = tuple((echo(wrong), right) for wrong, right in answer.corrections)
    read_as = echo(answer.read_as) if answer.read_as else None
    return answer.model_copy(
        update={"headline": headline, "corrections": corrections, "read_as": read_as}
    )


def answer_embed(
    answer: Answer, *, browse_hint: str, words: Mapping[str, str] = ENGLISH
) -> discord.Embed:
    """The embed form of an answer, for channels where the bot may embed; headings in the
    guild's language (`words`), the answer and its quotes as the pack says them."""
    return answer_plan(answer, browse_hint=browse_hint, words=words).build()


def answer_plan(
    answer: Answer, *, browse_hint: str, words: Mapping[str, str] = ENGLISH
) -> EmbedPlan:
    """Lay out an answer: the answer up top, evidence in fields, provenance in the footer."""
    answer = safe_answer(answer)
    plan = EmbedPlan(description=_description(answer, browse_hint, words), colour=_colour(answer))
    if answer.kind in QUESTION_KINDS and answer.question.strip():
        plan.title = echo(answer.question)
    lead = set(_lead_lines(answer))
    figures = [
        line for view in answer.quantities for line in quantity_lines(view) if line not in lead
    ]
    if figures:
        plan.sections.append(Section(words["answer.figures"], "\n".join(figures), 3))
    if answer.working:
        steps = "\n".join(f"{n}. {step}" for n, step in enumerate(answer.working, 1))
        plan.sections.append(Section(words["answer.working"], steps, 4))
    if answer.notes:
        plan.sections.append(Section(words["answer.notes"], "\n".join(answer.notes), 5))
    if answer.corrections:
        fixed = ", ".join(f"{wrong} → {right}" for wrong, right in answer.corrections)
        plan.sections.append(Section(words["answer.read_as"], fixed, 7))
    many = len(answer.citations) > 1
    for number, citation in enumerate(answer.citations, 1):
        name = words["answer.source_n"].format(number=number) if many else words["answer.source"]
        plan.sections.append(Section(name, "\n".join(citation_lines((citation,))), 2))
    plan.sections.extend(_suggestion_sections(answer, browse_hint, words))
    plan.footer = _footer(answer, words)
    return plan


def answer_text(answer: Answer, *, browse_hint: str, words: Mapping[str, str] | None = None) -> str:
    """The plain-text form, for channels where the bot may not embed; at most 2000 chars."""
    answer = safe_answer(answer)
    text = render_markdown(answer, browse_hint, _labels(words or {}))
    if answer.kind in {"decline", "error"} and answer.question.strip():
        text = f"> {echo(answer.question)}\n{text}"
    return clip_lines(defuse_mentions(text), CONTENT_LIMIT)


def _labels(words: Mapping[str, str]) -> dict[str, str]:
    """The text form's words in the guild's language, English where one is missing."""
    return {key: words.get(f"text.{key}", text) for key, text in LABELS.items()}


def _lead_lines(answer: Answer) -> list[str]:
    """The asked-for conversion, shown before the headline as the terminal does."""
    return [
        quantity_lines(view)[0]
        for view in answer.quantities
        if view.asked is not None and view.asked.unit != view.original.unit
    ]


def _description(answer: Answer, browse_hint: str, words: Mapping[str, str]) -> str:
    headline = f"**{answer.headline}**" if answer.kind == "fact" else answer.headline
    shown_as = [read_as_line(answer.read_as, _labels(words))] if answer.read_as else []
    parts = [*shown_as, *_lead_lines(answer), headline]
    if answer.body:
        parts.append(answer.body)
    if answer.kind == "decline" and not answer.suggestions:
        parts.append(browse_hint)
    return "\n".join(parts)


def _suggestion_sections(
    answer: Answer, browse_hint: str, words: Mapping[str, str]
) -> list[Section]:
    if not answer.suggestions:
        return []
    lines = [f"• {s.question} ({s.topic})" for s in answer.suggestions]
    if answer.answered:
        return [Section(words["answer.did_you_mean"], "\n".join(lines), 6)]
    lines.append(browse_hint)
    return [Section(words["answer.closest"], "\n".join(lines), 2)]


def _colour(answer: Answer) -> discord.Colour:
    if answer.answered:
        return ANSWERED
    if answer.kind == "decline":
        return DECLINED
    if answer.kind == "error":
        return FAILED
    return CHATTY


def _footer(answer: Answer, words: Mapping[str, str]) -> str:
    if not answer.answered or not answer.fact_ids:
        return ""
    label = words["answer.fact"] if len(answer.fact_ids) == 1 else words["answer.facts"]
    confidence = max(0.0, min(100.0, answer.confidence))
    sure = words["answer.confidence"]
    return f"{label} {', '.join(answer.fact_ids)} · {sure} {confidence:.0f}%"
