"""`/limits`: where the bot answers at all, for whom, and who its cooldown never slows.

Admins (Manage Server) keep the lists per guild in the store; bot/discord/limits.py checks
them on every path. Each list empty means no limit of that kind.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.checks import curators_only
from bot.discord.context import Context
from bot.discord.replies import reply
from bot.discord.words import Words
from bot.store.guild_limits import LimitKind, Limits

if TYPE_CHECKING:
    from bot.discord.client import FactBot


log = logging.getLogger(__name__)

Action = Literal["add", "remove"]


def limits_text(words: Words, limits: Limits, guild: discord.Guild) -> str:
    """The guild's three lists, each said plainly when that limit is off."""
    say = functools.partial(words.get, guild.id)
    channels = ", ".join(f"<#{channel_id}>" for channel_id in sorted(limits.channels))
    return "\n".join(
        [
            say("limits.heading"),
            say("limits.show_channels", channels=channels or say("limits.every_channel")),
            say("limits.show_roles", roles=_roles(guild, limits.roles) or say("limits.everyone")),
            say("limits.show_exempt", roles=_roles(guild, limits.exempt) or say("limits.nobody")),
            say("limits.admins_pass"),
        ]
    )


def _roles(guild: discord.Guild, role_ids: frozenset[int]) -> str:
    found = (guild.get_role(role_id) for role_id in sorted(role_ids))
    return ", ".join(f"**{role.name}**" for role in found if role is not None)


class LimitsCog(commands.Cog, name="Limits"):
    """The /limits group: show, channel, role, exempt, clear."""

    def __init__(self, bot: FactBot) -> None:
        self.bot = bot

    @commands.hybrid_group(  # type: ignore[arg-type]
        name="limits",
        description="Where the bot answers and for whom",
        fallback="show",
        invoke_without_command=True,
    )
    @app_commands.default_permissions(manage_guild=True)
    @commands.guild_only()
    @curators_only()
    async def limits(self, ctx: Context) -> None:
        """Show this server's limits."""
        await self._show(ctx)

    @limits.command(name="channel", description="Answer only in these channels (add or remove one)")  # type: ignore[arg-type]
    @app_commands.describe(action="add or remove", channel="a channel or forum")
    @commands.guild_only()
    @curators_only()
    async def limits_channel(
        self, ctx: Context, action: Action, channel: discord.abc.GuildChannel
    ) -> None:
        """Add a channel to the channels where the bot answers, or remove it."""
        await self._change(ctx, "channel", action, channel.id)

    @limits.command(name="role", description="Only members of these roles may use the bot")  # type: ignore[arg-type]
    @app_commands.describe(action="add or remove", role="a role")
    @commands.guild_only()
    @curators_only()
    async def limits_role(self, ctx: Context, action: Action, role: discord.Role) -> None:
        """Add a role to the roles that may use the bot, or remove it."""
        await self._change(ctx, "role", action, role.id)

    @limits.command(name="exempt", description="Members of these roles skip the cooldown")  # type: ignore[arg-type]
    @app_commands.describe(action="add or remove", role="a role")
    @commands.guild_only()
    @curators_only()
    async def limits_exempt(self, ctx: Context, action: Action, role: discord.Role) -> None:
        """Add a role to the roles the question cooldown never slows, or remove it."""
        await self._change(ctx, "exempt", action, role.id)

    @limits.command(name="clear", description="Remove every limit on this server")  # type: ignore[arg-type]
    @commands.guild_only()
    @curators_only()
    async def limits_clear(self, ctx: Context) -> None:
        """Answer everywhere, for everyone, with the cooldown for all, again."""
        if self.bot.store is None or ctx.guild is None:
            await reply(ctx, self.bot.words.get(ctx.guild_id, "store.none"), ephemeral=True)
            return
        limits = await self.bot.gate.clear(ctx.guild.id)
        log.info("limits of guild %s cleared by %s", ctx.guild.id, ctx.author.id)
        await reply(ctx, limits_text(self.bot.words, limits, ctx.guild), ephemeral=True)

    async def _change(self, ctx: Context, kind: LimitKind, action: Action, target: int) -> None:
        if self.bot.store is None or ctx.guild is None:
            await reply(ctx, self.bot.words.get(ctx.guild_id, "store.none"), ephemeral=True)
            return
        limits = await self.bot.gate.change(ctx.guild.id, kind, target, on=action == "add")
        log.info(
            "limit %s %s %s in guild %s by %s", kind, action, target, ctx.guild.id, ctx.author.id
        )
        await reply(ctx, limits_text(self.bot.words, limits, ctx.guild), ephemeral=True)

    async def _show(self, ctx: Context) -> None:
        if ctx.guild is None:
            return
        limits = self.bot.gate.of(ctx.guild.id)
        await reply(ctx, limits_text(self.bot.words, limits, ctx.guild), ephemeral=True)


async def setup(bot: FactBot) -> None:
    await bot.add_cog(LimitsCog(bot))
