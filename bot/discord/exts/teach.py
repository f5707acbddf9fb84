"""Teaching from chat: `/teach` a question to a fact, and `/gaps` with a Teach button for each.

Moderators (Manage Messages or Manage Server) teach; a taught question becomes a question
form of its fact in this guild's overlay (bot/store/taught.py), and the guild's engine is
rebuilt with it at once (ServingEngines.teach), so the next identical or paraphrased question
is answered from that fact, here only. Overlays are applied again at every start-up.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
from typing import TYPE_CHECKING, Any, Final

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.catalogue import CHOICE_LIMIT, fact_choices
from bot.discord.checks import is_moderator_here, moderators_only
from bot.discord.context import Context
from bot.discord.decorators import hybrid_command
from bot.discord.replies import reply
from bot.discord.safety import NO_PINGS, clip, echo
from bot.discord.views import OwnerOnlyView, tell_privately
from bot.engine.engine import Engine
from bot.store import guild_where
from bot.store.taught import QUESTION_LIMIT, TaughtQuestions, question_key

if TYPE_CHECKING:
    from bot.discord.client import FactBot


log = logging.getLogger(__name__)

GAPS_SHOWN: Final = 5
"""Gaps /gaps lists, each with its Teach button (one row of buttons)."""
GAPS_SEARCHED: Final = 50
"""Gaps a Teach click looks through to find its question again."""
PICKER_TIMEOUT: Final = 5 * 60.0
OPTION_LABEL_LIMIT: Final = 100
TEACH_ID: Final = "factbot:teach:{digest}"


def gap_digest(question: str) -> str:
    """A short stable name for a gap's question, to fit in a button's custom id."""
    return hashlib.sha256(question_key(question).encode("utf-8")).hexdigest()[:16]


def candidate_facts(engine: Engine, question: str, nearest: str | None) -> list[str]:
    """Facts a moderator would pick for a question: its nearest first, then the engine's
    own guesses, then the rest of the catalogue, at most a select's 25."""
    known = {fact.id for fact in engine.kb.facts}
    picked: list[str] = [nearest] if nearest in known and nearest is not None else []
    answer = engine.ask(question[:QUESTION_LIMIT])
    guesses = [*answer.fact_ids, *(s.fact_id for s in answer.suggestions)]
    guesses += [s.fact_id for s in engine.suggest(question, limit=CHOICE_LIMIT)]
    guesses += [fact.id for fact in engine.kb.facts]
    for fact_id in guesses:
        if fact_id in known and fact_id not in picked:
            picked.append(fact_id)
    return picked[:CHOICE_LIMIT]


def resolve_fact(engine: Engine, given: str) -> str | None:
    """A fact id from what the moderator gave: the id itself (autocomplete), or a close name."""
    wanted = given.strip()
    if any(fact.id == wanted for fact in engine.kb.facts):
        return wanted
    found = engine.lookup(wanted)
    return found.fact_ids[0] if found is not None and found.fact_ids else None


class TeachButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=r"factbot:teach:(?P<digest>[0-9a-f]{16})",
):
    """Teach one gap of /gaps: opens a fact picker for moderators. The gap is named by a
    digest of its question, found again among the guild's gaps, so the button survives
    restarts without keeping anything per message."""

    def __init__(self, digest: str, position: int = 0, word: str = "Teach") -> None:
        super().__init__(
            discord.ui.Button(
                label=f"{word} {position}" if position else word,
                emoji="🎓",
                style=discord.ButtonStyle.primary,
                custom_id=TEACH_ID.format(digest=digest),
            )
        )
        self.digest = digest

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> TeachButton:
        return cls(match["digest"])

    async def interaction_check(self, interaction: discord.Interaction[FactBot]) -> bool:  # type: ignore[override]
        """The guild's limits hold for this button too."""
        return await interaction.client.gate.allows_interaction(interaction)

    async def callback(self, interaction: discord.Interaction[FactBot]) -> None:  # type: ignore[override]
        bot = interaction.client
        if not (is_moderator_here(interaction.permissions) or await bot.is_owner(interaction.user)):
            await tell_privately(interaction, bot.words.get(interaction.guild_id, "teach.who"))
            return
        cog = bot.get_cog("Teach")
        if not isinstance(cog, Teach) or interaction.guild_id is None:
            await tell_privately(interaction, bot.words.get(interaction.guild_id, "store.none"))
            return
        await cog.open_picker(interaction, self.digest)


class FactPicker(OwnerOnlyView):
    """A select of facts for one question; picking one teaches it."""

    def __init__(
        self,
        cog: Teach,
        *,
        owner_id: int,
        guild_id: int,
        question: str,
        options: list[discord.SelectOption],
        placeholder: str,
    ) -> None:
        super().__init__(owner_id=owner_id, timeout=PICKER_TIMEOUT)
        self.cog = cog
        self.guild_id = guild_id
        self.question = question
        select = discord.ui.Select[FactPicker](
            custom_id=self.custom_id("pick"),
            placeholder=placeholder,
            options=options,
            min_values=1,
            max_values=1,
        )
        select.callback = self._picked  # type: ignore[method-assign]
        self.select = select
        self.add_item(select)

    async def _picked(self, interaction: discord.Interaction) -> None:
        self.stop()
        fact_id = self.select.values[0]
        await interaction.response.defer()
        text = await self.cog.teach_now(self.guild_id, self.question, fact_id, interaction.user.id)
        await interaction.edit_original_response(content=text, view=None, allowed_mentions=NO_PINGS)


class Teach(commands.Cog):
    """/teach and /gaps, and the overlays applied at start-up."""

    def __init__(self, bot: FactBot) -> None:
        self.bot = bot
        self._teaching = asyncio.Lock()

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(TeachButton)
        await self.apply_stored()

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(TeachButton)

    @property
    def taught(self) -> TaughtQuestions | None:
        store = self.bot.store
        return None if store is None else TaughtQuestions(store)

    async def apply_stored(self) -> None:
        """Serve every guild what was taught there, as kept in the store."""
        taught = self.taught
        if taught is None:
            return
        overlays = await taught.overlays()
        for guild_id, questions in overlays.items():
            await self.bot.answerer.teach(guild_id, questions, executor=self.bot.curator_pool)
        if overlays:
            log.info("taught questions applied in %d guild(s)", len(overlays))

    async def teach_now(self, guild_id: int, question: str, fact_id: str, user_id: int) -> str:
        """Keep the question as a form of the fact and rebuild the guild's engine with it."""
        say = self.bot.words.get
        taught = self.taught
        if taught is None:
            return say(guild_id, "store.none")
        engine = self.bot.answerer.engine_for(guild_id)
        fact = next((f for f in engine.kb.facts if f.id == fact_id), None)
        if fact is None:
            return say(guild_id, "teach.no_fact", fact=echo(fact_id))
        async with self._teaching:  # one rebuild at a time, each with every change so far
            await taught.teach(guild_id, question, fact_id, by=user_id)
            overlay = (await taught.overlays()).get(guild_id, {})
            await self.bot.answerer.teach(guild_id, overlay, executor=self.bot.curator_pool)
        log.info("question taught to %s in guild %s by %s", fact_id, guild_id, user_id)
        return say(
            guild_id,
            "teach.done",
            question=echo(" ".join(question.split())),
            topic=echo(fact.topic),
            fact=fact_id,
        )

    @hybrid_command(name="teach", description="Teach a question to a fact, on this server")
    @app_commands.describe(
        question="the question people ask", fact="the fact that answers it (type to search)"
    )
    @app_commands.default_permissions(manage_messages=True)
    @commands.guild_only()
    @moderators_only()
    async def teach(self, ctx: Context, question: str, *, fact: str) -> None:
        """Answer this question (and its paraphrases) from this fact, here, from now on."""
        assert ctx.guild is not None  # guild_only
        text = " ".join(question.split())
        if not text or len(text) > QUESTION_LIMIT:
            await reply(ctx, self.bot.words.get(ctx.guild.id, "teach.too_long"), ephemeral=True)
            return
        await ctx.defer(ephemeral=True)
        engine = self.bot.answerer.engine_for(ctx.guild.id)
        fact_id = resolve_fact(engine, fact)
        if fact_id is None:
            shown = self.bot.words.get(ctx.guild.id, "teach.no_fact", fact=echo(fact))
            await reply(ctx, shown, ephemeral=True)
            return
        outcome = await self.teach_now(ctx.guild.id, text, fact_id, ctx.author.id)
        await reply(ctx, outcome, ephemeral=True)

    @teach.autocomplete("fact")
    async def teach_fact_autocomplete(
        self, interaction: discord.Interaction[FactBot], current: str
    ) -> list[app_commands.Choice[str]]:
        """The guild's facts by id or topic, as /fact offers them."""
        try:
            return fact_choices(
                interaction.client.answerer.engine_for(interaction.guild_id), current
            )
        except Exception:
            log.exception("teach autocomplete failed")
            return []

    @hybrid_command(name="gaps", description="The questions asked here that I could not answer")
    @app_commands.default_permissions(manage_messages=True)
    @commands.guild_only()
    @moderators_only()
    async def gaps(self, ctx: Context) -> None:
        """The most asked unanswered (or 👎) questions of this server, each with a Teach button."""
        assert ctx.guild is not None  # guild_only
        say = self.bot.words.get
        store = self.bot.store
        if store is None:
            await reply(ctx, say(ctx.guild.id, "store.none"), ephemeral=True)
            return
        await ctx.defer(ephemeral=True)
        found = await store.gaps(where=guild_where(ctx.guild.id), limit=GAPS_SHOWN)
        if not found:
            await reply(ctx, say(ctx.guild.id, "gaps.none"), ephemeral=True)
            return
        lines = [say(ctx.guild.id, "gaps.heading")]
        view = discord.ui.View(timeout=None)
        for position, gap in enumerate(found, start=1):
            nearest = f" · `{gap.nearest_fact_id}`" if gap.nearest_fact_id else ""
            lines.append(f"{position}. “{echo(gap.representative)}” ×{gap.count}{nearest}")
            word = say(ctx.guild.id, "button.teach")
            view.add_item(TeachButton(gap_digest(gap.representative), position, word))
        lines.append(say(ctx.guild.id, "gaps.footer"))
        await reply(ctx, "\n".join(lines), view=view, ephemeral=True)

    async def open_picker(self, interaction: discord.Interaction[FactBot], digest: str) -> None:
        """Find the gap again and offer its likely facts in a select, privately."""
        guild_id = interaction.guild_id
        assert guild_id is not None
        say = self.bot.words.get
        store = self.bot.store
        if store is None:
            await tell_privately(interaction, say(guild_id, "store.none"))
            return
        found = await store.gaps(where=guild_where(guild_id), limit=GAPS_SEARCHED)
        gap = next((g for g in found if gap_digest(g.representative) == digest), None)
        if gap is None:
            await tell_privately(interaction, say(guild_id, "teach.gone"))
            return
        engine = self.bot.answerer.engine_for(guild_id)
        fact_ids = await asyncio.to_thread(
            candidate_facts, engine, gap.representative, gap.nearest_fact_id
        )
        topics = {fact.id: fact.topic for fact in engine.kb.facts}
        options = [
            discord.SelectOption(
                label=clip(topics[fact_id], OPTION_LABEL_LIMIT) or fact_id,
                value=fact_id,
                description=clip(fact_id, OPTION_LABEL_LIMIT),
            )
            for fact_id in fact_ids
        ]
        view = FactPicker(
            self,
            owner_id=interaction.user.id,
            guild_id=guild_id,
            question=gap.representative,
            options=options,
            placeholder=say(guild_id, "teach.placeholder"),
        )
        text = say(guild_id, "teach.pick", question=echo(gap.representative))
        await interaction.response.send_message(
            text, view=view, ephemeral=True, allowed_mentions=NO_PINGS
        )
        view.message = await interaction.original_response()


async def setup(bot: FactBot) -> None:
    await bot.add_cog(Teach(bot))
