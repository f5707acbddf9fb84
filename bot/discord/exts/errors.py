"""One place that turns command failures into friendly replies and log lines."""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.checks import NotCurator, NotModerator
from bot.discord.context import Context
from bot.discord.cooldowns import AdminTooFast, AskingTooFast
from bot.discord.limits import NotAllowedHere
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
        if isinstance(cause, NotAllowedHere):
            if ctx.interaction is None:
                await ctx.bot.gate.tell_in_chat(ctx.message, str(cause))
            else:
                await reply(ctx, str(cause), ephemeral=True)
            return
        text = self.explain(ctx, cause)
        if text is None:
            log.error(
                "command %r failed", ctx.command and ctx.command.qualified_name, exc_info=cause
            )
            text = SOMETHING_BROKE
        refusal = isinstance(cause, commands.CheckFailure)
        if refusal and ctx.interaction is None and not ctx.bot.notices.allow(ctx.author.id):
            # bad input is already bounded by the per-user allowance (checks run first);
            # refusals in chat get one public notice per user and window, slash ones are private
            log.debug("refusal for %s not posted: one public notice per window", ctx.author.id)
            return
        try:
            await reply(ctx, text, ephemeral=True)
        except discord.HTTPException:
            log.warning("could not report an error to the user", exc_info=True)

    def explain(self, ctx: Context, error: BaseException) -> str | None:
        """A sentence for errors the user can fix; None for bugs, which get logged."""
        if isinstance(error, NotCurator | NotModerator):
            return str(error)
        if isinstance(error, AdminTooFast):
            seconds = max(1, math.ceil(error.retry_after))
            return f"⏳ Admin commands are limited in this server; try again in {seconds} seconds."
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
