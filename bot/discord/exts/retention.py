"""Data lifecycle: the daily retention purge, and forgetting a guild that removed the bot."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord.ext import commands, tasks

if TYPE_CHECKING:
    from bot.discord.client import FactBot


log = logging.getLogger(__name__)


class Retention(commands.Cog):
    """Keeps the question store within the configured retention period."""

    def __init__(self, bot: FactBot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        self.purge.start()

    async def cog_unload(self) -> None:
        self.purge.cancel()

    @tasks.loop(hours=24)
    async def purge(self) -> None:
        """Delete questions older than RETENTION_DAYS; runs at start-up, then daily."""
        store = self.bot.answerer.store
        if store is None:
            return
        days = self.bot.settings.retention_days
        try:
            deleted = await store.purge_older_than(days)
        except Exception:
            log.exception("retention purge failed; will retry tomorrow")
            return
        log.info("retention purge: %d question(s) older than %d days deleted", deleted, days)

    @commands.Cog.listener()
    async def on_guild_remove(self, guild: discord.Guild) -> None:
        """A guild that removed the bot leaves no question records behind."""
        store = self.bot.answerer.store
        if store is None:
            return
        erased = await store.erase_guild(guild.id)
        log.info("left guild %s: erased %d question record(s)", guild.id, erased)


async def setup(bot: FactBot) -> None:
    await bot.add_cog(Retention(bot))
