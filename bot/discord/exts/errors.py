"""One place that turns command failures into friendly replies and log lines."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.checks import NotCurator
from bot.discord.context import Context
from bot.discord.cooldowns import AskingTooFast
from bot.discord.replies import reply
from bot.discord.safety import echo
from bot.discord.views import SOMETHING_BROKE

if TYPE_CHECKING:
    from bot.discord.client import FactBot


log = logging.getLogger(__name__)

WRAPPERS = (
    commands.CommandInvokeError,
    commands.HybridCommandError,
    app_commands.CommandInvokeError,
)


def unwrap(error: BaseException) -> BaseException:
    """The exception a command really raised, through discord.py's wrappers."""
    while isinstance(error, WRAPPERS):
        error = error.original
    return error


def usage(ctx: Context) -> str:
    """How to call the command, in the form the user invoked it."""
    command = ctx.command
    if command is None:
        return ""
    prefix = "/" if ctx.interaction else ctx.clean_prefix
    call = f"{prefix}{command.qualified_name} {command.signature}".strip()
    return f"Usage: `{call}`"


class ErrorReplies(commands.Cog):
    """Explains refusals and bad input; logs anything unexpected and says sorry."""

    def __init__(self, bot: FactBot) -> None:
        self.bot = bot

    @commands.Cog.listener()
    async def on_command_error(self, ctx: Context, error: commands.CommandError) -> None:
        cause = unwrap(error)
        if isinstance(cause, commands.CommandNotFound):
            return
        if isinstance(cause, AskingTooFast):
            await ctx.bot.responder.notify_cooldown(ctx, cause.slow_down)
            return
        text = self.explain(ctx, cause)
        if text is None:
            log.error(
                "command %r failed", ctx.command and ctx.command.qualified_name, exc_info=cause
            )
            text = SOMETHING_BROKE
        try:
            await reply(ctx, text, ephemeral=True)
        except discord.HTTPException:
            log.warning("could not report an error to the user", exc_info=True)

    def explain(self, ctx: Context, error: BaseException) -> str | None:
        """A sentence for errors the user can fix; None for bugs, which get logged."""
        if isinstance(error, NotCurator):
            return str(error)
        if isinstance(error, commands.NoPrivateMessage):
            return "That only works in a server."
        if isinstance(error, commands.MissingRequiredArgument):
            return f"Something is missing: `{error.param.name}`. {usage(ctx)}"
        if isinstance(error, commands.BadArgument | commands.BadUnionArgument):
            return f"I couldn't read that: {echo(str(error))}\n{usage(ctx)}"
        if isinstance(error, commands.UserInputError):
            return usage(ctx) or "I couldn't read that command."
        if isinstance(error, commands.CheckFailure):
            return "You can't use that command here."
        return None


async def setup(bot: FactBot) -> None:
    await bot.add_cog(ErrorReplies(bot))
