"""Passive channels are kept per guild and channel, across store reopenings."""

from pathlib import Path

from bot.store import QuestionStore
from bot.store.channel_settings import PassiveChannels


async def test_channels_are_switched_per_guild_and_survive_reopening(
    database: str | Path,
) -> None:
    path = database
    async with QuestionStore(path) as store:
        channels = PassiveChannels(store)
        first = await channels.set(1, 100, on=True)
        again = await channels.set(1, 100, on=True)
        await channels.set(1, 101, on=True)
        await channels.set(2, 200, on=True)
        await channels.set(1, 101, on=False)
        here = await channels.enabled(1)

    async with QuestionStore(path) as store:
        reopened = PassiveChannels(store)
        kept = await reopened.enabled(1)
        other = await reopened.enabled(2)
        none = await reopened.enabled(3)

    assert (first, again) == (True, False)
    assert here == kept == frozenset({100})
    assert other == frozenset({200})
    assert none == frozenset()
