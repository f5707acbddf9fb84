"""The one way from Discord to an engine: asks it, never holding the loop long; records each."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Hashable, Mapping, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import TypeVar

from bot.engine.answer import Answer
from bot.engine.conversation import ConversationStore
from bot.engine.dialogue import Dialogue
from bot.engine.engine import Engine
from bot.engine.serving import ServingEngines
from bot.engine.wording import DEFAULT_LANGUAGE
from bot.store import DM, QuestionStore, StoreUnavailableError, guild_where
from bot.store.batching import RecordBatcher
from bot.store.recording import DeclineQuota, recordable, to_new_question

log = logging.getLogger(__name__)

QUESTION_LIMIT = 1000
"""Longer messages are cut before matching; no real question needs more."""

INLINE_LIMIT = 300
"""Questions up to this long are answered on the event loop: about 1 ms, 10 ms at worst, less
than a thread hop costs when a worker thread holding the GIL makes every socket call of the
loop wait for it. Longer ones go to a worker thread, so the loop is never held for long."""

DEFAULT_DECLINES_PER_DAY = 50
"""Declined questions stored per user, per guild (or DMs), per day: see `DeclineQuota`."""

T = TypeVar("T")


@dataclass(frozen=True)
class Asked:
    """An answer plus the store's id for it, which feedback votes refer to."""

    answer: Answer
    question_id: int | None


def where_asked(guild_id: int | None) -> str:
    """The store's label for where a question came from; never who asked it."""
    return DM if guild_id is None else guild_where(guild_id)


class Answerer:
    """One place every Discord path asks through, so recording cannot be forgotten."""

    def __init__(
        self,
        live: ServingEngines,
        store: QuestionStore | None = None,
        conversations: ConversationStore | None = None,
        *,
        declines_per_day: int = DEFAULT_DECLINES_PER_DAY,
        language_of: Callable[[int | None], str] | None = None,
    ) -> None:
        self.live = live
        self.language_of = language_of or (lambda guild_id: DEFAULT_LANGUAGE)
        """The language of the bot's own sentences in a guild (its /language setting)."""
        self._store: QuestionStore | None = None
        self._records: RecordBatcher | None = None
        self.store = store
        self.declines = DeclineQuota(declines_per_day)
        self.dialogue = Dialogue(conversations)
        """Follow-up context per conversation key, over whichever engine serves the place."""
        self._guilds_with_own_packs = frozenset(live.guild_packs)
        """Which guilds have packs of their own is fixed at start-up; reloads change contents."""
        self._guilds_taught: frozenset[int] = frozenset()
        """Guilds served an engine with questions taught there (`teach`)."""

    @property
    def store(self) -> QuestionStore | None:
        """Where questions are recorded; None while no store is open."""
        return self._store

    @store.setter
    def store(self, store: QuestionStore | None) -> None:
        """A new store gets its own batcher; call `flush()` first to write what the old one
        still holds."""
        self._store = store
        self._records = RecordBatcher(store) if store is not None else None

    async def flush(self) -> None:
        """Write every record still queued, e.g. before the store is closed at shutdown."""
        if self._records is not None:
            await self._records.close()

    @property
    def engine(self) -> Engine:
        """The default engine serving right now; a reload swaps it between two questions."""
        return self.live.current

    def engine_for(self, guild_id: int | None, *, speaking: bool = True) -> Engine:
        """The engine for a guild (None: a DM): its own packs or taught questions if it has
        them, else the default; speaking the guild's language unless `speaking` is False
        (for decisions read from the engine's own sentences, which are English).

        Cheap, for the event loop (autocomplete, summaries); anything that answers or converts
        goes through `with_engine` instead."""
        if guild_id is None or (
            guild_id not in self._guilds_with_own_packs and guild_id not in self._guilds_taught
        ):
            engine = self.live.current
        else:
            engine = self.live.for_guild(guild_id)
        return engine.speaking(self.language_of(guild_id)) if speaking else engine

    async def with_engine(self, guild_id: int | None, work: Callable[[Engine], T]) -> T:
        """Run `work` with the guild's engine in a worker thread: the gateway never waits on it."""
        return await asyncio.to_thread(work, self.engine_for(guild_id))

    async def teach(
        self,
        guild_id: int,
        questions: Mapping[str, Sequence[str]],
        *,
        executor: Executor | None = None,
    ) -> None:
        """Serve a guild an engine with these taught question forms (none: its packs alone),
        built in `executor` (the curator's), never on the event loop."""
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(executor, self.live.teach, guild_id, questions)
        if any(questions.values()):
            self._guilds_taught |= {guild_id}
        else:
            self._guilds_taught -= {guild_id}

    async def ask(
        self,
        text: str,
        *,
        guild_id: int | None,
        user_id: int,
        conversation: Hashable | None = None,
    ) -> Asked:
        """Answer a question (a follow-up, in its conversation) and record it if it was
        about the knowledge base."""
        engine = self.engine_for(guild_id)
        question = text[:QUESTION_LIMIT]
        inline = len(question) <= INLINE_LIMIT
        if conversation is None and inline:
            answer = self.dialogue.answer(engine, question)
        elif conversation is None:
            answer = await asyncio.to_thread(self.dialogue.answer, engine, question)
        elif inline:
            answer = self.dialogue.ask(engine, conversation, question)
        else:
            answer = await asyncio.to_thread(self.dialogue.ask, engine, conversation, question)
        return Asked(answer, await self._record(engine, answer, guild_id, user_id))

    async def ask_suggested(
        self,
        fact_id: str,
        topic: str,
        *,
        guild_id: int | None,
        user_id: int,
        conversation: Hashable | None = None,
    ) -> Asked:
        """Answer a "did you mean" pick with exactly the fact it named, or, if a reload has
        taken that fact away since the button was sent, with whatever its topic now finds."""
        engine = self.engine_for(guild_id)
        answer = await asyncio.to_thread(engine.lookup, fact_id, exact=True)
        if answer is None:
            answer = await asyncio.to_thread(engine.ask, topic[:QUESTION_LIMIT])
        if conversation is not None:
            self.dialogue.remember(engine, conversation, answer.question, answer)
        return Asked(answer, await self._record(engine, answer, guild_id, user_id))

    async def look_up(self, name: str, *, guild_id: int | None) -> Answer | None:
        """One fact by id, alias or close name (`fact`); not recorded, it is not a question."""
        return await self.with_engine(guild_id, lambda engine: engine.lookup(name))

    async def _record(
        self, engine: Engine, answer: Answer, guild_id: int | None, user_id: int
    ) -> int | None:
        fields = recordable(engine, answer)
        records = self._records
        if records is None or fields is None:
            return None
        where = where_asked(guild_id)
        if not self.declines.allow(fields, where=where, user_id=user_id):
            log.debug("decline not recorded: user over the daily quota in %s", where)
            return None
        try:
            return await records.record(to_new_question(fields, where=where, user_id=user_id))
        except StoreUnavailableError:
            return None  # the store counts these and reports them in one line when it is back
        except Exception:
            log.exception("could not record a question; answering anyway")
            return None
