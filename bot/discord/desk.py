"""The question desk: asks the live engine off the event loop and logs each question."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import discord

from bot.engine.answer import Answer, Suggestion
from bot.engine.engine import Engine
from bot.engine.live import LiveEngine
from bot.store import DM, QuestionStore, guild_where

log = logging.getLogger(__name__)

QUESTION_LIMIT = 1000
"""Longer messages are cut before matching; no real question needs more."""
RECORDED_KINDS = frozenset({"fact", "derived", "decline"})
"""Questions about the knowledge base; greetings and plain unit sums are not gaps in it."""


@dataclass(frozen=True)
class Asked:
    """An answer plus the store's id for it, which feedback votes refer to."""

    answer: Answer
    question_id: int | None


def where_of(guild: discord.abc.Snowflake | None) -> str:
    """The store's label for where a question came from; never who asked it."""
    return DM if guild is None else guild_where(guild.id)


class Desk:
    """One place every front-end path asks through, so recording cannot be forgotten."""

    def __init__(self, live: LiveEngine, store: QuestionStore | None = None) -> None:
        self.live = live
        self.store = store

    @property
    def engine(self) -> Engine:
        """The engine serving right now; a reload swaps it between two questions."""
        return self.live.current

    async def ask(self, text: str, *, where: str, user_id: int) -> Asked:
        """Answer a question and record it if it was about the knowledge base."""
        engine = self.engine
        answer = await asyncio.to_thread(engine.ask, text[:QUESTION_LIMIT])
        return Asked(answer, await self._record(engine, answer, where, user_id))

    async def ask_suggested(self, suggestion: Suggestion, *, where: str, user_id: int) -> Asked:
        """Answer a "did you mean" pick with exactly the fact it named."""
        engine = self.engine
        answer = await asyncio.to_thread(engine.lookup, suggestion.fact_id)
        if answer is None:  # the fact went away in a reload: ask its question instead
            answer = await asyncio.to_thread(engine.ask, suggestion.question)
        else:
            answer = answer.model_copy(update={"question": suggestion.question})
        return Asked(answer, await self._record(engine, answer, where, user_id))

    async def _record(self, engine: Engine, answer: Answer, where: str, user_id: int) -> int | None:
        if self.store is None or not _about_the_knowledge(answer):
            return None
        nearest = answer.suggestions[0].fact_id if answer.suggestions else None
        try:
            return await self.store.record_question(
                answer.question,
                where=where,
                pack=_pack_of(engine, answer.fact_id or nearest),
                fact_id=answer.fact_id if answer.answered else None,
                confidence=answer.confidence,
                nearest_fact_id=None if answer.answered else nearest,
                user_id=user_id,
            )
        except Exception:
            log.exception("could not record a question; answering anyway")
            return None


def _about_the_knowledge(answer: Answer) -> bool:
    """True for what curators need to see: fact answers, derivations, declines."""
    return answer.kind in RECORDED_KINDS or (answer.kind == "conversion" and bool(answer.fact_ids))


def _pack_of(engine: Engine, fact_id: str | None) -> str:
    """The pack a fact came from, or the packs in service when no fact is involved."""
    if fact_id is not None and fact_id in engine.kb.fact_pack:
        return engine.kb.fact_pack[fact_id]
    return ",".join(pack.name for pack in engine.kb.packs)
