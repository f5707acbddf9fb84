"""Curator commands: reload the pack, sync slash commands, erase a guild's records, stats."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.checks import curators_only
from bot.discord.context import Context
from bot.discord.decorators import hybrid_command
from bot.discord.embeds import CONTENT_LIMIT
from bot.discord.replies import reply
from bot.discord.safety import clip_lines, defuse_mentions, echo
from bot.discord.views import ConfirmView
from bot.knowledge.errors import PackProblem
from bot.store import Stats, guild_where

if TYPE_CHECKING:
    from bot.discord.client import FactBot


log = logging.getLogger(__name__)

NO_STORE = "Question records are not being kept, so there is nothing to show or erase."


def refusal_text(problems: list[PackProblem]) -> str:
    """Why a reload was refused, one problem a line, and that nothing changed."""
    head = (
        f"⛔ Reload refused: the pack has {len(problems)} problem(s). "
        "The current pack keeps answering."
    )
    lines = [f"• {discord.utils.escape_markdown(str(problem))}" for problem in problems]
    return clip_lines(defuse_mentions("\n".join([head, *lines])), CONTENT_LIMIT)


def stats_text(stats: Stats, *, everything: bool, guild_id: int | None) -> str:
    """Activity summary; question texts (gaps) and other guilds only for owners."""
    lines = [
        f"📊 **Questions:** {stats.questions} · answered {stats.answered_share:.0%}"
        f" · 👍 {stats.votes_up} · 👎 {stats.votes_down}",
    ]
    if stats.top_facts:
        lines.append("**Most asked facts:**")
        lines += [
            f"• `{f.fact_id}` ×{f.count} (👍 {f.votes_up} · 👎 {f.votes_down})"
            for f in stats.top_facts
        ]
    here = guild_where(guild_id) if guild_id is not None else None
    places = [w for w in stats.per_where if everything or w.where == here]
    if places:
        lines.append("**Where:**")
        lines += [f"• {w.where}: {w.questions} asked, {w.answered} answered" for w in places]
    if everything and stats.top_gaps:
        lines.append("**Gaps (asked but not answered well):**")
        lines += [f"• “{echo(gap.representative)}” ×{gap.count}" for gap in stats.top_gaps]
    return clip_lines("\n".join(lines), CONTENT_LIMIT)


class Admin(commands.Cog):
    """Commands for the people who run the bot; every one is checked on the bot's side."""

    def __init__(self, bot: FactBot) -> None:
        self.bot = bot

    @hybrid_command(name="reload", description="Reload the knowledge pack from disk")
    @app_commands.default_permissions(manage_guild=True)
    @curators_only()
    async def reload(self, ctx: Context) -> None:
        """Load the pack again; a broken pack is refused and the old one keeps serving."""
        await ctx.defer(ephemeral=True)
        problems = await ctx.bot.live.reload_async()
        if problems:
            log.warning("reload refused with %d problem(s)", len(problems))
            text = refusal_text(problems)
        else:
            engine = ctx.answerer.engine_for(ctx.guild_id)
            packs = ", ".join(pack.name for pack in engine.kb.packs)
            log.info("knowledge reloaded by %s: %d facts", ctx.author.id, len(engine.kb.facts))
            text = f"✅ Reloaded: {len(engine.kb.facts)} facts from {packs}."
            others = len(ctx.bot.live.engines()) - 1
            if others:
                text += f" ({others} other pack set(s) for other servers reloaded too.)"
        await reply(ctx, text, ephemeral=True)

    @hybrid_command(name="sync", description="Publish the slash commands again")
    @app_commands.default_permissions(manage_guild=True)
    @curators_only()
    async def sync(self, ctx: Context) -> None:
        """Re-sync slash commands, e.g. after an update added one."""
        await ctx.defer(ephemeral=True)
        synced = await ctx.bot.sync_commands()
        text = "Synced " + "; ".join(synced) + "." if synced else "Sync failed; see the logs."
        await reply(ctx, text, ephemeral=True)

    @hybrid_command(name="erase", description="Forget every question asked here")
    @app_commands.default_permissions(manage_guild=True)
    @commands.guild_only()
    @curators_only()
    async def erase(self, ctx: Context) -> None:
        """Delete this server's question records, after a confirmation click."""
        answerer = ctx.answerer
        guild = ctx.guild
        assert guild is not None  # guild_only
        if answerer.store is None:
            await reply(ctx, NO_STORE, ephemeral=True)
            return

        async def erase_now() -> str:
            store = answerer.store
            if store is None:
                return NO_STORE
            erased = await store.erase_guild(guild.id)
            log.info("erased %d question(s) of guild %s on request", erased, guild.id)
            return f"🧹 Erased {erased} question record(s) from this server."

        view = ConfirmView(owner_id=ctx.author.id, action_label="Erase", action=erase_now)
        view.message = await reply(
            ctx,
            "This permanently deletes every question asked in this server, and their votes. "
            "Continue?",
            view=view,
            ephemeral=True,
        )

    @hybrid_command(name="stats", description="How the bot is being used")
    @app_commands.default_permissions(manage_guild=True)
    @curators_only()
    async def stats(self, ctx: Context) -> None:
        """Questions, answer rate, votes, top facts; owners also see gaps and every place."""
        store = ctx.answerer.store
        if store is None:
            await reply(ctx, NO_STORE, ephemeral=True)
            return
        await ctx.defer(ephemeral=True)
        stats = await store.stats()
        everything = await ctx.bot.is_owner(ctx.author)
        text = stats_text(stats, everything=everything, guild_id=ctx.guild_id)
        await reply(ctx, text, ephemeral=True)


async def setup(bot: FactBot) -> None:
    await bot.add_cog(Admin(bot))
