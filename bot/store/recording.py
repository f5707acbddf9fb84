"""Which answers are logged for curators, and with what: one rule for every front end."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Final

from bot.engine.answer import Answer
from bot.engine.engine import Engine
from bot.store.store import NewQuestion, QuestionStore

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


def to_new_question(fields: Recordable, *, where: str, user_id: int | None = None) -> NewQuestion:
    """The same record as `store_record` writes, for writing in a batch."""
    return NewQuestion(
        text=fields.text,
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


class DeclineQuota:
    """At most `per_day` declined questions stored per user, per place, per UTC day.

    Declines are what `kb gaps` groups, so one member planting thousands of them could fill
    the store and every curator's report; past the quota the question is still answered,
    only not recorded. Counts live in memory and are forgotten when the day changes."""

    def __init__(
        self, per_day: int, *, today: Callable[[], date] = lambda: datetime.now(UTC).date()
    ) -> None:
        self.per_day = per_day
        self._today = today
        self._day: date | None = None
        self._counts: Counter[tuple[str, int]] = Counter()

    def allow(self, fields: Recordable, *, where: str, user_id: int) -> bool:
        """True if this record may be stored (answers always; declines within the quota)."""
        if fields.fact_id is not None:
            return True
        day = self._today()
        if day != self._day:
            self._day, self._counts = day, Counter()
        key = (where, user_id)
        if self._counts[key] >= self.per_day:
            return False
        self._counts[key] += 1
        return True
