"""Browsing: one fact by id or name, the whole catalogue in pages, and the sources."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.answering import Asked
from bot.discord.catalogue import fact_choices, facts_page, page_count, sources_page
from bot.discord.checks import question_cooldown
from bot.discord.context import Context
from bot.discord.decorators import hybrid_command
from bot.discord.replies import may_embed, reply
from bot.discord.safety import echo
from bot.discord.views import Page, PagerView

if TYPE_CHECKING:
    from bot.discord.client import FactBot


log = logging.getLogger(__name__)


class Browse(commands.Cog):
    """Look things up without phrasing a question."""

    def __init__(self, bot: FactBot) -> None:
        self.bot = bot

    @hybrid_command(name="fact", description="Show one fact by its id or name")
    @app_commands.describe(name="A fact id from /facts, or part of its topic")
    @question_cooldown()
    async def fact(self, ctx: Context, *, name: str) -> None:
        """Show one fact with its source, by id, alias or close name."""
        answer = await ctx.answerer.look_up(name, guild_id=ctx.guild_id)
        if answer is None:
            await reply(
                ctx,
                f"No fact called “{echo(name)}”. Try `{ctx.shown_prefix}facts` to browse them.",
                ephemeral=True,
            )
            return
        await ctx.bot.responder.send(ctx, Asked(answer, question_id=None))

    @fact.autocomplete("name")
    async def fact_autocomplete(
        self, interaction: discord.Interaction[FactBot], current: str
    ) -> list[app_commands.Choice[str]]:
        """On the event loop, unlike answers: it must reply within Discord's 3 s and is cheap."""
        try:
            engine = interaction.client.answerer.engine_for(interaction.guild_id)
            return fact_choices(engine, current)
        except Exception:
            log.exception("fact autocomplete failed")
            return []

    @hybrid_command(name="facts", description="Browse everything the bot knows")
    @question_cooldown()
    async def facts(self, ctx: Context) -> None:
        """List every fact, ten to a page."""
        summaries = await ctx.answerer.with_engine(ctx.guild_id, lambda engine: engine.browse())
        embed_ok = may_embed(ctx.bot_permissions)
        prefix = ctx.shown_prefix
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
        embed_ok = may_embed(ctx.bot_permissions)
        page = await ctx.answerer.with_engine(
            ctx.guild_id, lambda engine: sources_page(engine, embed_ok=embed_ok)
        )
        await reply(ctx, content=page.content, embed=page.embed)


async def setup(bot: FactBot) -> None:
    await bot.add_cog(Browse(bot))
