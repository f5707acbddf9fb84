"""Server-side command checks: who may administer the bot, and the question cooldown."""

from __future__ import annotations

import discord
from discord.ext import commands

from bot.discord.context import Context
from bot.discord.cooldowns import AdminTooFast, AskingTooFast
from bot.discord.decorators import Decorator

CURATORS_ONLY = "Only the bot's owners or members with **Manage Server** can do that."
MODERATORS_ONLY = (
    "Only the bot's owners or members with **Manage Messages** or **Manage Server** can do that."
)


class NotCurator(commands.CheckFailure):
    """The invoker is neither a configured owner nor holds Manage Server here."""

    def __init__(self) -> None:
        super().__init__(CURATORS_ONLY)


async def is_curator(ctx: Context) -> bool:
    """Owners anywhere; members with Manage Server (as Discord computed it) in their guild."""
    if await ctx.bot.is_owner(ctx.author):
        return True
    return ctx.guild is not None and ctx.permissions.manage_guild


class NotModerator(commands.CheckFailure):
    """The invoker is neither an owner nor holds Manage Messages or Manage Server here."""

    def __init__(self) -> None:
        super().__init__(MODERATORS_ONLY)


def is_moderator_here(permissions: discord.Permissions) -> bool:
    """Who may teach the bot and see a guild's gaps: Manage Messages or Manage Server."""
    return permissions.manage_messages or permissions.manage_guild


def moderators_only() -> Decorator:
    """Refuse the command unless the invoker is an owner or a moderator of this guild."""

    async def predicate(ctx: Context) -> bool:
        if ctx.guild is not None and is_moderator_here(ctx.permissions):
            return True
        if await ctx.bot.is_owner(ctx.author):
            return True
        raise NotModerator()

    return commands.check(predicate)


def curators_only() -> Decorator:
    """Refuse the command unless `is_curator`; checked by the bot, never by the client."""

    async def predicate(ctx: Context) -> bool:
        if not await is_curator(ctx):
            raise NotCurator()
        return True

    return commands.check(predicate)


def question_cooldown() -> Decorator:
    """Count the command against the invoker's per-user allowance, shared by every command
    (questions, browsing, help and admin commands alike)."""

    async def predicate(ctx: Context) -> bool:
        exempt = ctx.bot.gate.exempt(ctx.guild, ctx.author)
        slow_down = ctx.bot.cooldowns.hit(ctx.author.id, exempt=exempt)
        if slow_down is not None:
            raise AskingTooFast(slow_down)
        return True

    return commands.check(predicate)


def admin_command() -> Decorator:
    """The checks every admin command runs, in order: the invoker's own allowance (so a
    member's spam is slowed first), curators only, then the guild's admin allowance."""

    async def predicate(ctx: Context) -> bool:
        exempt = ctx.bot.gate.exempt(ctx.guild, ctx.author)
        slow_down = ctx.bot.cooldowns.hit(ctx.author.id, exempt=exempt)
        if slow_down is not None:
            raise AskingTooFast(slow_down)
        if not await is_curator(ctx):
            raise NotCurator()
        retry_after = ctx.bot.admin_cooldowns.hit(ctx.guild_id, ctx.author.id)
        if retry_after is not None:
            raise AdminTooFast(retry_after)
        return True

    return commands.check(predicate)
