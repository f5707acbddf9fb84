"""Limits are kept per guild and kind, across store reopenings; none set means no limit,
on SQLite and PostgreSQL alike."""

from pathlib import Path

from bot.store import QuestionStore
from bot.store.guild_limits import GuildLimits, Limits


async def test_limits_are_kept_per_guild_and_survive_reopening(database: str | Path) -> None:
    path = database  # a file, or a schema of its own on the PostgreSQL server
    async with QuestionStore(path) as store:
        limits = GuildLimits(store)
        first = await limits.set(1, "channel", 100, on=True)
        again = await limits.set(1, "channel", 100, on=True)
        await limits.set(1, "channel", 101, on=True)
        await limits.set(1, "role", 7, on=True)
        await limits.set(1, "exempt", 8, on=True)
        await limits.set(2, "role", 9, on=True)
        await limits.set(1, "channel", 101, on=False)

    async with QuestionStore(path) as store:
        reopened = GuildLimits(store)
        kept = await reopened.of(1)
        other = await reopened.of(2)
        cleared = await reopened.clear(2)
        after_clear = await reopened.of(2)
        none = await reopened.of(3)

    assert (first, again) == (True, False)
    assert kept == Limits(channels=frozenset({100}), roles=frozenset({7}), exempt=frozenset({8}))
    assert other.roles == frozenset({9})
    assert not other.channels
    assert cleared == 1
    assert after_clear == Limits()
    assert none == Limits()
    assert not none.any
