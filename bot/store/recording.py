"""Which answers are logged for curators, and with what: one rule for every front end."""

from __future__ import annotations

from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any, Final

from bot.engine.answer import Answer
from bot.engine.engine import Engine
from bot.store.store import QuestionStore

RECORDED_KINDS: Final = frozenset({"fact", "derived", "decline"})
"""Questions about the knowledge base; greetings and plain unit sums are not gaps in it."""


@dataclass(frozen=True)
class Recordable:
    """The fields of one question record, minus where it was asked and by whom."""

    text: str
    pack: str
    fact_id: str | None
    confidence: float
    nearest_fact_id: str | None


def recordable(engine: Engine, answer: Answer) -> Recordable | None:
    """What to store for an answer, or None when it is not about the knowledge base.

    A decline keeps its best "did you mean" fact as the nearest one, so `kb gaps` can show
    curators which fact came closest.
    """
    if not about_the_knowledge(answer):
        return None
    nearest = answer.suggestions[0].fact_id if answer.suggestions else None
    return Recordable(
        text=answer.question,
        pack=pack_of(engine, answer.fact_id or nearest),
        fact_id=answer.fact_id if answer.answered else None,
        confidence=answer.confidence,
        nearest_fact_id=None if answer.answered else nearest,
    )


def store_record(
    store: QuestionStore, fields: Recordable, *, where: str, user_id: int | None = None
) -> Coroutine[Any, Any, int]:
    """The store call for a recordable answer, the same from Discord and the terminal."""
    return store.record_question(
        fields.text,
        where=where,
        pack=fields.pack,
        fact_id=fields.fact_id,
        confidence=fields.confidence,
        nearest_fact_id=fields.nearest_fact_id,
        user_id=user_id,
    )


def about_the_knowledge(answer: Answer) -> bool:
    """True for what curators need to see: fact answers, derivations, declines."""
    return answer.kind in RECORDED_KINDS or (answer.kind == "conversion" and bool(answer.fact_ids))


def pack_of(engine: Engine, fact_id: str | None) -> str:
    """The pack a fact came from, or the packs in service when no fact is involved."""
    if fact_id is not None and fact_id in engine.kb.fact_pack:
        return engine.kb.fact_pack[fact_id]
    return ",".join(pack.name for pack in engine.kb.packs)
