"""Conversation context: what one asker was last told in one place, kept briefly and bounded.

The store knows nothing of Discord or terminals: a front end passes an opaque key (a channel
and user, a DM, a terminal session, a `conversation` id) and the store keeps the last few
turns under it. A context ends after a few idle minutes; only the last few turns are kept;
and when more conversations are open than the store may hold, the one idle longest goes.
So memory is flat however many people ask, and nothing crosses from one key to another.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Protocol

DEFAULT_MINUTES = 10.0
DEFAULT_TURNS = 4
DEFAULT_CONVERSATIONS = 10_000


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure an answer gave, as a follow-up may refer to it ('that', 'them')."""

    value: float
    unit: str
    what: str
    where: tuple[str, ...] = ()
    when: str | None = None
    role: str = "other"
    """As the fact states it (part, total, share, count …), or 'result' when computed."""
    operation: str | None = None
    """For a computed figure: how (sum, remainder, difference …)."""


@dataclass(frozen=True, slots=True)
class Turn:
    """One question and what answered it, reduced to what a follow-up can point back to."""

    question: str
    """The standalone question that was answered (the rewrite, for a follow-up)."""
    answered: bool
    topic: str = ""
    """What a later follow-up builds on: the question, unless it was itself completed with
    the topic before it ('where? (…)'), then that topic."""
    fact_ids: tuple[str, ...] = ()
    asked: tuple[tuple[str, str], ...] = ()
    """(kind, canonical name) of what the question named, in its order."""
    told: tuple[tuple[str, str], ...] = ()
    """(kind, canonical name) of what the answer named beyond the question, in its order."""
    qtype: str | None = None
    wanted: str | None = None
    """The kind of thing the question asked for ('which countries' → country)."""
    figures: tuple[Figure, ...] = ()
    cues: frozenset[str] = frozenset()
    """The arithmetic the question asked for (sum, share …), so a follow-up may keep it."""
    engine: int = 0
    """Which engine answered: after a reload the facts may have changed."""

    def __post_init__(self) -> None:
        if not self.topic:
            object.__setattr__(self, "topic", self.question)

    @property
    def entities(self) -> tuple[tuple[str, str], ...]:
        """Everything the turn named, the likeliest referent first: the answer's news for a
        who-question, else what the question named."""
        if self.qtype == "who":
            return self.told + self.asked
        return self.asked + self.told


@dataclass(slots=True)
class _Context:
    turns: tuple[Turn, ...]
    seen: float


class ConversationStore:
    """Recent turns per key; bounded in keys, turns and time; safe to share between the
    worker threads that answer questions."""

    def __init__(
        self,
        *,
        minutes: float = DEFAULT_MINUTES,
        turns: int = DEFAULT_TURNS,
        conversations: int = DEFAULT_CONVERSATIONS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if minutes <= 0 or turns < 1 or conversations < 1:
            raise ValueError("minutes, turns and conversations must be positive")
        self.ttl = minutes * 60.0
        self.max_turns = turns
        self.max_conversations = conversations
        self.clock = clock
        self._contexts: OrderedDict[Hashable, _Context] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._contexts)

    def turns(self, key: Hashable) -> tuple[Turn, ...]:
        """The live turns under a key, latest last; () when there are none or they expired."""
        with self._lock:
            return self._turns(key)

    def _turns(self, key: Hashable) -> tuple[Turn, ...]:
        context = self._contexts.get(key)
        if context is None:
            return ()
        if self.clock() - context.seen > self.ttl:
            del self._contexts[key]
            return ()
        return context.turns

    def last(self, key: Hashable) -> Turn | None:
        turns = self.turns(key)
        return turns[-1] if turns else None

    def add(self, key: Hashable, turn: Turn) -> None:
        """Remember a turn; the oldest turn, and the longest-idle conversation, make room."""
        with self._lock:
            now = self.clock()
            turns = (*self._turns(key), turn)[-self.max_turns :]
            self._contexts[key] = _Context(turns, now)
            self._contexts.move_to_end(key)
            self._evict(now)

    def forget(self, key: Hashable) -> None:
        with self._lock:
            self._contexts.pop(key, None)

    def _evict(self, now: float) -> None:
        contexts = self._contexts
        while len(contexts) > self.max_conversations:
            contexts.popitem(last=False)
        # The oldest are first: drop the expired ones while they lead.
        while contexts:
            key, context = next(iter(contexts.items()))
            if now - context.seen <= self.ttl:
                break
            del contexts[key]


class ContextLimits(Protocol):
    """Where the limits come from (the settings), without this layer importing them."""

    conversation_minutes: float
    conversation_turns: int
    conversation_limit: int


def store_for(limits: ContextLimits) -> ConversationStore:
    """The store of follow-up context that settings describe."""
    return ConversationStore(
        minutes=limits.conversation_minutes,
        turns=limits.conversation_turns,
        conversations=limits.conversation_limit,
    )
