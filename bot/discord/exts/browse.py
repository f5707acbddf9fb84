"""Browsing: one fact by id or name, the whole catalogue in pages, and the sources."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.answering import Asked, where_of
from bot.discord.catalogue import fact_choices, facts_page, page_count, sources_page
from bot.discord.checks import factbot, question_cooldown
from bot.discord.decorators import hybrid_command
from bot.discord.replies import may_embed, reply
from bot.discord.safety import echo
from bot.discord.views import Page, PagerView

log = logging.getLogger(__name__)

Context = commands.Context[Any]


class Browse(commands.Cog):
    """Look things up without phrasing a question."""

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @hybrid_command(name="fact", description="Show one fact by its id or name")
    @app_commands.describe(name="A fact id from /facts, or part of its topic")
    @question_cooldown()
    async def fact(self, ctx: Context, *, name: str) -> None:
        """Show one fact with its source, by id, alias or close name."""
        bot = factbot(ctx)
        answer = bot.answerer.engine_at(where_of(ctx.guild)).lookup(name)
        if answer is None:
            prefix = "/" if ctx.interaction else bot.settings.command_prefix
            await reply(
                ctx,
                f"No fact called “{echo(name)}”. Try `{prefix}facts` to browse them.",
                ephemeral=True,
            )
            return
        await bot.responder.send(ctx, Asked(answer, question_id=None))

    @fact.autocomplete("name")
    async def fact_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        try:
            answerer = factbot(interaction).answerer
            return fact_choices(answerer.engine_at(where_of(interaction.guild)), current)
        except Exception:
            log.exception("fact autocomplete failed")
            return []

    @hybrid_command(name="facts", description="Browse everything the bot knows")
    @question_cooldown()
    async def facts(self, ctx: Context) -> None:
        """List every fact, ten to a page."""
        bot = factbot(ctx)
        summaries = bot.answerer.engine_at(where_of(ctx.guild)).browse()
        embed_ok = may_embed(ctx.bot_permissions)
        prefix = "/" if ctx.interaction else bot.settings.command_prefix
        pages = page_count(len(summaries))

        def render(page: int) -> Page:
            return facts_page(summaries, page, embed_ok=embed_ok, prefix=prefix)

        view = PagerView(owner_id=ctx.author.id, page_count=pages, render=render)
        first = view.current()
        if pages == 1:
            view.stop()
        message = await reply(
            ctx, content=first.content, embed=first.embed, view=view if pages > 1 else None
        )
        view.message = message

    @hybrid_command(name="sources", description="The documents the facts come from")
    @question_cooldown()
    async def sources(self, ctx: Context) -> None:
        """List the source documents and their publishers."""
        engine = factbot(ctx).answerer.engine_at(where_of(ctx.guild))
        page = sources_page(engine, embed_ok=may_embed(ctx.bot_permissions))
        await reply(ctx, content=page.content, embed=page.embed)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Browse(bot))
