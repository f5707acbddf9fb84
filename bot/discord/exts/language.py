"""`/language`: the language of the bot's own words on this server (English, Dutch, French).

Headings, buttons, refusals and notices follow it; an answer and its quote stay in the
language of the source they come from. Kept per guild in the store (bot/store/guild_settings.py).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Literal

from discord import app_commands
from discord.ext import commands

from bot.discord.checks import curators_only
from bot.discord.context import Context
from bot.discord.decorators import hybrid_command
from bot.discord.replies import reply
from bot.discord.words import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGE_SETTING
from bot.store.guild_settings import GuildSettings

if TYPE_CHECKING:
    from bot.discord.client import FactBot


log = logging.getLogger(__name__)

Language = Literal["en", "nl", "fr"]


class LanguageCog(commands.Cog, name="Language"):
    """Shows or sets a guild's language."""

    def __init__(self, bot: FactBot) -> None:
        self.bot = bot

    @hybrid_command(name="language", description="The language of the bot's words here")
    @app_commands.describe(language="en (English), nl (Nederlands) or fr (français)")
    @app_commands.default_permissions(manage_guild=True)
    @commands.guild_only()
    @curators_only()
    async def language(self, ctx: Context, language: Language | None = None) -> None:
        """Say which language the bot speaks here, or switch it."""
        assert ctx.guild is not None  # guild_only
        words = self.bot.words
        if language is not None:
            store = self.bot.store
            if store is None:
                await reply(ctx, words.get(ctx.guild.id, "store.none"), ephemeral=True)
                return
            kept = None if language == DEFAULT_LANGUAGE else language
            await GuildSettings(store).set(ctx.guild.id, LANGUAGE_SETTING, kept)
            if kept is None:
                words.chosen.pop(ctx.guild.id, None)
            else:
                words.chosen[ctx.guild.id] = kept
            log.info("language of guild %s set to %s by %s", ctx.guild.id, language, ctx.author.id)
        now = words.language(ctx.guild.id)
        text = words.get(ctx.guild.id, "language.now", name=LANGUAGE_NAMES[now])
        await reply(ctx, text, ephemeral=True)


async def setup(bot: FactBot) -> None:
    await bot.add_cog(LanguageCog(bot))
