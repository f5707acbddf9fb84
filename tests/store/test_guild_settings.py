"""A guild's settings are kept per guild and name, across store reopenings,
on SQLite and PostgreSQL alike."""

from pathlib import Path

from bot.store import QuestionStore
from bot.store.guild_settings import GuildSettings


async def test_settings_are_set_replaced_and_cleared_per_guild(database: str | Path) -> None:
    path = database  # a file, or a schema of its own on the PostgreSQL server
    async with QuestionStore(path) as store:
        settings = GuildSettings(store)
        await settings.set(1, "language", "nl")
        await settings.set(1, "language", "fr")
        await settings.set(2, "language", "nl")
        await settings.set(3, "language", "nl")
        await settings.set(3, "language", None)

    async with QuestionStore(path) as store:
        kept = await GuildSettings(store).every("language")
        other = await GuildSettings(store).every("colour")

    assert kept == {1: "fr", 2: "nl"}
    assert other == {}
