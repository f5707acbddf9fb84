"""Rendering an Answer as Discord-flavoured markdown, the same text every front end posts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from bot.engine.answer import Answer, Citation, QuantityView

DEFAULT_BROWSE_HINT = "Browse everything I know with `facts`."
LABELS: Final[Mapping[str, str]] = {
    "did_you_mean": "Did you mean:",
    "closest": "Closest topics I do know:",
    "read_as": "↪ read as: {question}",
    "corrected": "✏️ Read as: {fixed}",
}
"""The text form's own words; a front end that speaks another language passes its own."""


def quantity_lines(view: QuantityView) -> list[str]:
    """The asked unit first when there is one, then every conversion on one line."""
    lines = []
    if view.asked is not None and view.asked.unit != view.original.unit:
        lines.append(f"**{view.original.text} = {view.asked.text}** ({view.label})")
    if view.conversions:
        chain = " ≈ ".join(c.text for c in view.conversions)
        lines.append(f"📏 {view.original.text} ≈ {chain}")
    if view.note:
        lines.append(f"ℹ️ {view.note}")
    return lines


def citation_lines(citations: tuple[Citation, ...]) -> list[str]:
    lines = []
    for citation in citations:
        lines.append(f"> “{citation.quote}”")
        where = f"*{citation.title}*, {citation.publisher}"
        if citation.url:
            where += f" <{citation.url}>"
        lines.append(f"> — {where}")
    return lines


def suggestion_lines(
    answer: Answer, browse_hint: str, labels: Mapping[str, str] = LABELS
) -> list[str]:
    if not answer.suggestions:
        return [browse_hint] if not answer.answered and answer.kind == "decline" else []
    title = labels["did_you_mean"] if answer.answered else labels["closest"]
    lines = [title]
    lines += [f"• {s.question} ({s.topic})" for s in answer.suggestions]
    if not answer.answered:
        lines.append(browse_hint)
    return lines


def read_as_line(read_as: str, labels: Mapping[str, str] = LABELS) -> str:
    """How a follow-up was read, shown so the asker (and a test) can check it."""
    return labels["read_as"].format(question=read_as)


def render_markdown(
    answer: Answer, browse_hint: str = DEFAULT_BROWSE_HINT, labels: Mapping[str, str] = LABELS
) -> str:
    """The whole reply: answer, conversions, working, notes, citations, then suggestions."""
    lines: list[str] = [read_as_line(answer.read_as, labels)] if answer.read_as else []
    lead = [
        line
        for view in answer.quantities
        for line in quantity_lines(view)[:1]
        if view.asked is not None
        and view.asked.unit != view.original.unit
        and answer.kind != "conversion"
    ]
    lines += lead
    lines.append(answer.headline if answer.kind != "fact" else f"**{answer.headline}**")
    if answer.body:
        lines.append(answer.body)
    for view in answer.quantities:
        rest = quantity_lines(view)
        if answer.kind == "conversion":
            rest = (
                rest[1:]
                if view.asked is not None and view.asked.unit != view.original.unit
                else rest
            )
        lines += [line for line in rest if line not in lead]
    if answer.working:
        lines.append("🧮 " + "; ".join(answer.working))
    lines += [f"ℹ️ {note}" for note in answer.notes]
    if answer.corrections:
        fixed = ", ".join(f"{wrong} → {right}" for wrong, right in answer.corrections)
        lines.append(labels["corrected"].format(fixed=fixed))
    lines += citation_lines(answer.citations)
    lines += suggestion_lines(answer, browse_hint, labels)
    return "\n".join(lines)
