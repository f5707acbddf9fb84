"""The context every command is invoked with: typed with FactBot, with the way to an engine."""

from __future__ import annotations

from typing import TYPE_CHECKING

from discord.ext import commands

if TYPE_CHECKING:
    from bot.discord.answering import Answerer
    from bot.discord.client import FactBot  # noqa: F401 (named in the base class, as a string)


class Context(commands.Context["FactBot"]):
    """What a command sees: `ctx.bot` is the FactBot, `ctx.answerer` the one way to answers."""

    @property
    def answerer(self) -> Answerer:
        """Asks the engine for this guild (or DM), never holding the loop long, and records."""
        return self.bot.answerer

    @property
    def guild_id(self) -> int | None:
        """The guild the command came from, or None in a DM."""
        return self.guild.id if self.guild is not None else None

    @property
    def shown_prefix(self) -> str:
        """The prefix as this user typed the command: '/' for slash commands."""
        return "/" if self.interaction is not None else self.bot.settings.command_prefix
