"""Reloading one guild's packs only: another guild's broken pack never blocks it.

`ServingEngines.reload` (bot/engine/serving.py) rebuilds every pack set and swaps all or
none, so one guild's broken private pack would refuse every other guild's reload and show
them its problems. A curator's `/reload` goes through `reload_scope` instead: it rebuilds
only the pack set serving the asking guild (the default set for a guild without packs of its
own, and for DMs), swaps that set's engine wherever it serves, and reports only that set's
problems. It uses `ServingEngines`' lock and its one-assignment swap, so a question still
never meets half of two packs.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from bot.engine.collector import settle_after_release
from bot.engine.engine import Engine
from bot.engine.serving import ServingEngines, taught_engine
from bot.knowledge.errors import PackError, PackProblem


@dataclass(frozen=True)
class Reloaded:
    """What a scoped reload did: the engine now serving the scope, or the problems."""

    packs: tuple[str, ...]
    engine: Engine | None
    problems: list[PackProblem]


def packs_of(live: ServingEngines, guild_id: int | None) -> tuple[str, ...]:
    """The pack set serving a guild (or DMs, with None)."""
    if guild_id is not None and guild_id in live.guild_packs:
        return tuple(live.guild_packs[guild_id])
    return tuple(live.packs)


def reload_scope(live: ServingEngines, guild_id: int | None) -> Reloaded:
    """Rebuild the asking guild's pack set beside the old engine and swap it in, or not."""
    names = packs_of(live, guild_id)
    wanted = frozenset(names)
    with live._lock:
        try:
            engine = Engine.load(live.knowledge_dir, list(names), cache=live.cache)
            engine.warm()
        except PackError as exc:
            return Reloaded(names, None, exc.problems)
        serving = live._serving
        default = engine if frozenset(live.packs) == wanted else serving.default
        by_guild = {
            guild: engine if frozenset(live.guild_packs.get(guild, ())) == wanted else current
            for guild, current in serving.by_guild.items()
        }
        for guild, questions in live.taught.items():
            if live.pack_set(guild) == wanted:
                by_guild[guild] = taught_engine(engine, questions)  # what was taught stays
        bases = {**serving.bases, wanted: engine}
        live._serving = dataclasses.replace(
            serving, default=default, by_guild=by_guild, bases=bases
        )
    settle_after_release()
    return Reloaded(names, engine, [])
