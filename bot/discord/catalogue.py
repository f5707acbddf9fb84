"""Listings that are not answers: the facts catalogue and the sources, as pages."""

from __future__ import annotations

from collections.abc import Sequence

import discord
from rapidfuzz import fuzz, process, utils

from bot.discord.embeds import ANSWERED, CONTENT_LIMIT, DESCRIPTION_LIMIT
from bot.discord.safety import clip, clip_lines, defuse_mentions
from bot.discord.views import Page
from bot.engine.engine import Engine, FactSummary

FACTS_PER_PAGE = 10
CHOICE_LIMIT = 25
CHOICE_TEXT_LIMIT = 100


def page_count(total: int, per_page: int = FACTS_PER_PAGE) -> int:
    """At least one page, even for an empty catalogue."""
    return max(1, -(-total // per_page))


def facts_page(facts: Sequence[FactSummary], page: int, *, embed_ok: bool, prefix: str) -> Page:
    """One page of the catalogue: fact ids to copy into `fact`, with their topics."""
    pages = page_count(len(facts))
    chunk = facts[page * FACTS_PER_PAGE : (page + 1) * FACTS_PER_PAGE]
    lines = [f"`{fact.id}` — {fact.topic}" for fact in chunk] or ["(no facts loaded)"]
    footer = f"{len(facts)} facts · page {page + 1} of {pages} · {prefix}fact <id> shows one"
    if embed_ok:
        embed = discord.Embed(
            title="📚 What I know",
            description=clip_lines(defuse_mentions("\n".join(lines)), DESCRIPTION_LIMIT),
            colour=ANSWERED,
        )
        embed.set_footer(text=footer)
        return Page(embed=embed)
    text = "**📚 What I know**\n" + "\n".join(lines) + f"\n*{footer}*"
    return Page(content=clip_lines(defuse_mentions(text), CONTENT_LIMIT))


def sources_page(engine: Engine, *, embed_ok: bool) -> Page:
    """Every document the facts are quoted from, with publisher and pack."""
    counts: dict[str, int] = {}
    for fact in engine.browse():
        counts[fact.pack] = counts.get(fact.pack, 0) + 1
    blocks: list[str] = []
    for pack in engine.kb.packs:
        for source in pack.manifest.sources:
            lines = [f"**{source.title}** — {source.publisher}"]
            if source.dateline:
                lines.append(f"Dateline: {source.dateline}")
            if source.url:
                lines.append(f"<{source.url}>")
            if source.note:
                lines.append(f"*{source.note}*")
            lines.append(f"Pack `{pack.name}` · {counts.get(pack.name, 0)} facts")
            blocks.append("\n".join(lines))
    body = "\n\n".join(blocks) or "No sources are loaded."
    if embed_ok:
        embed = discord.Embed(
            title="📖 Sources",
            description=clip_lines(defuse_mentions(body), DESCRIPTION_LIMIT),
            colour=ANSWERED,
        )
        return Page(embed=embed)
    return Page(content=clip_lines(defuse_mentions("**📖 Sources**\n" + body), CONTENT_LIMIT))


def fact_choices(engine: Engine, typed: str) -> list[discord.app_commands.Choice[str]]:
    """Facts whose id or topic resembles what was typed, for `/fact` autocomplete."""
    facts = engine.browse()
    if typed.strip():
        labels = {fact.id: f"{fact.id} {fact.topic}" for fact in facts}
        ranked = process.extract(
            typed[:CHOICE_TEXT_LIMIT],
            labels,
            scorer=fuzz.WRatio,
            processor=utils.default_process,
            limit=CHOICE_LIMIT,
        )
        by_id = {fact.id: fact for fact in facts}
        facts = [by_id[str(key)] for _, _, key in ranked]
    return [
        discord.app_commands.Choice(
            name=clip(f"{fact.topic} ({fact.id})", CHOICE_TEXT_LIMIT),
            value=fact.id[:CHOICE_TEXT_LIMIT],
        )
        for fact in facts[:CHOICE_LIMIT]
    ]
