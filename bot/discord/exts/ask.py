"""Asking: `!ask`, `/ask` with autocomplete, @mentions in guilds and plain DMs."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.catalogue import CHOICE_LIMIT, CHOICE_TEXT_LIMIT
from bot.discord.checks import question_cooldown
from bot.discord.context import Context
from bot.discord.decorators import hybrid_command
from bot.discord.safety import NO_PINGS, clip
from bot.discord.views import SOMETHING_BROKE
from bot.engine.engine import Engine

if TYPE_CHECKING:
    from bot.discord.client import FactBot


log = logging.getLogger(__name__)

TYPED_TEXT_LIMIT = 200
"""Autocomplete matches on at most this much of what was typed, to stay fast."""


def question_choices(engine: Engine, typed: str) -> list[app_commands.Choice[str]]:
    """Questions the knowledge base can answer, best match for what was typed first."""
    choices: list[app_commands.Choice[str]] = []
    seen: set[str] = set()
    for suggestion in engine.suggest(typed[:TYPED_TEXT_LIMIT], limit=CHOICE_LIMIT):
        text = clip(suggestion.question, CHOICE_TEXT_LIMIT)
        if text and text not in seen:
            seen.add(text)
            choices.append(app_commands.Choice(name=text, value=text))
    return choices[:CHOICE_LIMIT]


class Ask(commands.Cog):
    """Every way of putting a question to the bot ends in the same responder."""

    def __init__(self, bot: FactBot) -> None:
        self.bot = bot

    @hybrid_command(name="ask", description="Ask a question about the knowledge base")
    @app_commands.describe(question="Your question, in your own words")
    @question_cooldown()
    async def ask(self, ctx: Context, *, question: str) -> None:
        """Answer a question, with its source quoted."""
        await ctx.bot.responder.answer(ctx, question)

    @ask.autocomplete("question")
    async def ask_autocomplete(
        self, interaction: discord.Interaction[FactBot], current: str
    ) -> list[app_commands.Choice[str]]:
        """On the event loop, unlike answers: it must reply within Discord's 3 s and is cheap."""
        try:
            engine = interaction.client.answerer.engine_for(interaction.guild_id)
            return question_choices(engine, current)
        except Exception:
            log.exception("autocomplete failed for %r", current[:TYPED_TEXT_LIMIT])
            return []

    @commands.Cog.listener()
    async def on_question(self, ctx: Context, question: str) -> None:
        """A DM or an @mention: no command, just a question."""
        try:
            gate = ctx.bot.gate
            refusal = await gate.refusal(guild=ctx.guild, channel=ctx.channel, user=ctx.author)
            if refusal is not None:
                await gate.tell_in_chat(ctx.message, refusal)
                return
            exempt = gate.exempt(ctx.guild, ctx.author)
            slow_down = ctx.bot.cooldowns.hit(ctx.author.id, exempt=exempt)
            if slow_down is not None:
                await ctx.bot.responder.notify_cooldown(ctx, slow_down)
                return
            await ctx.bot.responder.answer(ctx, question)
        except Exception:
            log.exception("answering a chat question failed")
            try:
                await ctx.reply(SOMETHING_BROKE, allowed_mentions=NO_PINGS)
            except discord.HTTPException:
                log.warning("could not apologise for a failed answer", exc_info=True)


async def setup(bot: FactBot) -> None:
    await bot.add_cog(Ask(bot))
