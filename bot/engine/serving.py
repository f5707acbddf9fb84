"""The engines in service: swapped whole on reload, so a question never meets half of two packs.

One engine serves each distinct set of packs: the default set (PACKS, for DMs and every guild
without its own) and each set named in GUILD_PACKS. Guilds that name the same set share one
engine. A reload builds every engine afresh beside the old ones and swaps them all in one
assignment, or none of them if any set has a problem.

A guild may also have questions of its own taught to facts (`teach`): it is then served by
an engine of its pack set with those question forms added, built beside the shared one and
rebuilt with it on every reload, so what was taught in one guild is answered there only.
"""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.engine.collector import settle_after_release
from bot.engine.engine import Engine
from bot.knowledge.errors import PackError, PackProblem
from bot.language.lemmas import warm_english

PackSet = frozenset[str]


def _warm_all(warming: list[Callable[[], None]]) -> None:
    """Lazy loads beside start-up; a Discord process waits for them before it connects."""
    for warm in warming:
        warm()
    warm_english()


@dataclass(frozen=True)
class _Serving:
    """Everything that answers at one moment; replaced whole, never edited."""

    default: Engine
    by_guild: Mapping[int, Engine]
    bases: Mapping[PackSet, Engine]
    """Each pack set's engine without anything taught: what taught engines are built from."""


class ServingEngines:
    """Holds the serving engines; a reload that fails leaves the old ones answering."""

    def __init__(
        self,
        knowledge_dir: Path,
        packs: Sequence[str],
        guild_packs: Mapping[int, Sequence[str]] | None = None,
        *,
        cache: bool = False,
    ) -> None:
        self.knowledge_dir = knowledge_dir
        self.cache = cache
        """Map indexes from the index cache (and build it on reload) rather than in memory."""
        self.packs = list(packs)
        self.guild_packs = {guild: list(names) for guild, names in (guild_packs or {}).items()}
        self.taught: dict[int, Mapping[str, tuple[str, ...]]] = {}
        """Per guild, the question forms taught to each fact id."""
        self._warming: threading.Thread | None = None
        """The lazy loads of engines mapped from the index cache, while they run."""
        self._serving = self._build(knowledge_dir)
        self._lock = threading.Lock()

    def wait_until_warm(self, timeout: float | None = None) -> bool:
        """Wait for the lazy loads (True) or `timeout` (False): mid-question they stall all."""
        warming = self._warming
        if warming is not None:
            warming.join(timeout)
            return not warming.is_alive()
        return True

    @property
    def current(self) -> Engine:
        """The default engine (PACKS): DMs and guilds without packs of their own."""
        return self._serving.default

    def for_guild(self, guild_id: int | None) -> Engine:
        """The engine serving one guild: its own packs if configured, else the default."""
        serving = self._serving
        if guild_id is None:
            return serving.default
        return serving.by_guild.get(guild_id, serving.default)

    def serves_own(self, guild_id: int) -> bool:
        """True for a guild with packs of its own or questions taught to it."""
        return guild_id in self.guild_packs or guild_id in self.taught

    def pack_set(self, guild_id: int | None) -> PackSet:
        """The pack set serving a guild (or DMs, with None)."""
        if guild_id is not None and guild_id in self.guild_packs:
            return frozenset(self.guild_packs[guild_id])
        return frozenset(self.packs)

    def teach(self, guild_id: int, questions: Mapping[str, Sequence[str]]) -> Engine:
        """Serve a guild its pack set with these taught question forms (by fact id) added, or,
        with none, its pack set alone; swapped in one assignment, like a reload."""
        kept = {fact: tuple(forms) for fact, forms in questions.items() if forms}
        with self._lock:
            serving = self._serving
            base = serving.bases[self.pack_set(guild_id)]
            engine = taught_engine(base, kept) if kept else base
            taught = dict(self.taught)
            by_guild = dict(serving.by_guild)
            if kept:
                taught[guild_id] = kept
            else:
                taught.pop(guild_id, None)
            if kept or guild_id in self.guild_packs:
                by_guild[guild_id] = engine
            else:
                by_guild.pop(guild_id, None)
            self.taught = taught
            self._serving = dataclasses.replace(serving, by_guild=by_guild)
        settle_after_release()
        return engine

    def engines(self) -> list[Engine]:
        """Each distinct engine once, the default first (for reload summaries)."""
        serving = self._serving
        distinct = {id(serving.default): serving.default}
        for engine in serving.by_guild.values():
            distinct.setdefault(id(engine), engine)
        return list(distinct.values())

    def reload(self, knowledge_dir: Path | None = None) -> list[PackProblem]:
        """Build new engines beside the old; swap them all only if every pack set is valid."""
        with self._lock:
            try:
                fresh = self._build(knowledge_dir or self.knowledge_dir)
            except PackError as exc:
                return exc.problems
            if knowledge_dir is not None:
                self.knowledge_dir = knowledge_dir
            self._serving = fresh
        settle_after_release()
        return []

    async def reload_async(self, knowledge_dir: Path | None = None) -> list[PackProblem]:
        """Reload off the event loop: building an index must not stall the gateway heartbeat."""
        return await asyncio.to_thread(self.reload, knowledge_dir)

    def _build(self, knowledge_dir: Path) -> _Serving:
        """One engine per distinct pack set; every set's problems are reported together."""
        built: dict[PackSet, Engine] = {}
        tried: set[PackSet] = set()
        problems: list[PackProblem] = []
        for names in (self.packs, *self.guild_packs.values()):
            key = frozenset(names)
            if key in tried:
                continue
            tried.add(key)
            try:
                built[key] = Engine.load(knowledge_dir, list(names), cache=self.cache)
                if not self.cache:
                    built[key].warm()
            except PackError as exc:
                problems += [p for p in exc.problems if p not in problems]
        if problems:
            raise PackError(problems)
        if self.cache:
            warming = [engine.warm for engine in built.values()]
            self._warming = threading.Thread(target=_warm_all, args=(warming,), daemon=True)
            self._warming.start()
        by_guild = {guild: built[frozenset(names)] for guild, names in self.guild_packs.items()}
        for guild, questions in self.taught.items():
            by_guild[guild] = taught_engine(built[self.pack_set(guild)], questions)
        return _Serving(default=built[frozenset(self.packs)], by_guild=by_guild, bases=built)


def taught_engine(base: Engine, questions: Mapping[str, Sequence[str]]) -> Engine:
    """An engine of the base's knowledge with taught question forms added to their facts."""
    engine = Engine(base.kb.with_questions(questions))
    engine.warm()
    return engine
