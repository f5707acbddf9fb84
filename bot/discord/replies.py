"""Posting answers: embed or plain text as the channel allows, with the right buttons."""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import discord

from bot.discord.answering import Answerer, Asked
from bot.discord.context import Context
from bot.discord.conversations import Conversations
from bot.discord.cooldowns import QuestionCooldown, SlowDown
from bot.discord.embeds import answer_embed, answer_text
from bot.discord.retry import ReplyRetries, retryable
from bot.discord.safety import NO_PINGS, REPLY_PINGS
from bot.discord.views import answer_buttons, tell_privately
from bot.discord.words import ENGLISH, Words, in_language
from bot.engine.answer import Answer
from bot.store import UnknownQuestionError

if TYPE_CHECKING:
    from bot.discord.client import FactBot


log = logging.getLogger(__name__)

DEFAULT_RETRY_FOR = 120.0
RENDERED_KEPT = 2048
"""Answers whose embed or text is kept, per language: an answer never changes, and the same
answers are given again and again (the engine keeps as many whole answers)."""


def cooldown_notice(slow_down: SlowDown, words: Mapping[str, str] = ENGLISH) -> str:
    """The polite way to say "slow down", with a wait rounded up to whole seconds."""
    seconds = max(1, math.ceil(slow_down.retry_after))
    unit = words["cooldown.second"] if seconds == 1 else words["cooldown.seconds"]
    return words["cooldown.wait"].format(seconds=seconds, unit=unit)


def may_embed(permissions: discord.Permissions) -> bool:
    """Embeds need Embed Links; without it the plain-text form goes out instead."""
    return permissions.embed_links


class Responder:
    """Turns an answer into a message in the right place, and handles its buttons."""

    def __init__(
        self,
        answerer: Answerer,
        cooldowns: QuestionCooldown,
        *,
        browse_hint: str,
        retries: ReplyRetries | None = None,
        words: Words | None = None,
        prefix: str = "!",
    ) -> None:
        self.answerer = answerer
        self.cooldowns = cooldowns
        self.browse_hint = browse_hint
        self.words = words or Words()
        """The bot's words in each guild's language; headings and buttons come from here."""
        self.prefix = prefix
        self.retries = retries or ReplyRetries(DEFAULT_RETRY_FOR)
        self.conversations = Conversations()
        self._rendered = lru_cache(maxsize=RENDERED_KEPT)(self._render)

    def render(
        self, answer: Answer, *, embed_ok: bool, guild_id: int | None = None
    ) -> tuple[str | None, discord.Embed | None]:
        """Content and embed for an answer, in the guild's language; exactly one is set.
        The same answer gets the same embed object again: it is sent as it is, never changed."""
        return self._rendered(answer, embed_ok, self.words.language(guild_id))

    def _render(
        self, answer: Answer, embed_ok: bool, language: str
    ) -> tuple[str | None, discord.Embed | None]:
        words = in_language(language)
        hint = self.browse_hint
        if language != "en":
            hint = words["answer.browse"].format(prefix=self.prefix)
        if embed_ok:
            return None, answer_embed(answer, browse_hint=hint, words=words)
        return answer_text(answer, browse_hint=hint, words=words), None

    def view_for(
        self, asked: Asked, asker_id: int, guild_id: int | None = None
    ) -> discord.ui.View | None:
        """Suggestion and vote buttons, or None when there is nothing to click."""
        return answer_buttons(
            asker_id=asker_id,
            suggestions=asked.answer.suggestions,
            question_id=asked.question_id if asked.answer.answered else None,
            words=self.words.catalogue(guild_id),
        )

    async def answer(self, ctx: Context, question: str) -> None:
        """Ask the answerer in the asker's conversation and reply (a threaded reply, or the
        slash response); a reply to the answer continues that conversation."""
        if ctx.interaction is not None:
            key = self.conversations.key_of_interaction(ctx.interaction)
        else:
            key = self.conversations.key_for(ctx.message, ctx.author.id)
        asked = await self.answerer.ask(
            question, guild_id=ctx.guild_id, user_id=ctx.author.id, conversation=key
        )
        sent = await self.send(ctx, asked)
        self.conversations.answered(sent, key)

    async def send(self, ctx: Context, asked: Asked) -> discord.Message | None:
        """Reply with an answer already in hand (questions, fact look-ups, conversions)."""
        content, embed = self.render(
            asked.answer, embed_ok=may_embed(ctx.bot_permissions), guild_id=ctx.guild_id
        )
        view = self.view_for(asked, ctx.author.id, ctx.guild_id)
        try:
            return await reply(ctx, content, embed=embed, view=view, ping=True)
        except Exception as exc:
            if not retryable(exc):
                raise
            log.warning(
                "reply for question id %s failed (%s); queued for retry", asked.question_id, exc
            )
            self.retries.submit(
                lambda: reply(ctx, content, embed=embed, view=view, ping=True),
                question_id=asked.question_id,
            )
            return None

    async def notify_cooldown(self, ctx: Context, slow_down: SlowDown) -> None:
        """Say "slow down" once per window in chat; always, privately, for slash commands.

        In chat it also counts as the user's one public notice of the window (`NoticeGate`)."""
        if ctx.interaction is None and not (
            slow_down.notify and ctx.bot.notices.allow(ctx.author.id)
        ):
            return
        await reply(
            ctx, cooldown_notice(slow_down, self.words.catalogue(ctx.guild_id)), ephemeral=True
        )

    async def pick_suggestion(
        self,
        interaction: discord.Interaction[FactBot],
        fact_id: str,
        topic: str,
        *,
        guild_id: int | None = None,
    ) -> None:
        """A "did you mean" click: answer that fact in a new message with its own buttons;
        from `guild_id`'s engine when the button was sent outside that guild (a DM)."""
        exempt = interaction.client.gate.exempt(interaction.guild, interaction.user)
        slow_down = self.cooldowns.hit(interaction.user.id, exempt=exempt)
        if slow_down is not None:
            words = self.words.catalogue(interaction.guild_id)
            await tell_privately(interaction, cooldown_notice(slow_down, words))
            return
        key = self.conversations.key_of_interaction(interaction)
        asked = await self.answerer.ask_suggested(
            fact_id,
            topic,
            guild_id=interaction.guild_id if guild_id is None else guild_id,
            user_id=interaction.user.id,
            conversation=key,
        )
        shown_in = interaction.guild_id if guild_id is None else guild_id
        content, embed = self.render(
            asked.answer, embed_ok=may_embed(interaction.app_permissions), guild_id=shown_in
        )
        view = self.view_for(asked, interaction.user.id, shown_in)
        extras: dict[str, Any] = {}
        if embed is not None:
            extras["embed"] = embed
        if view is not None:
            extras["view"] = view
        await interaction.response.send_message(
            content=content, allowed_mentions=NO_PINGS, **extras
        )
        try:
            self.conversations.answered(await interaction.original_response(), key)
        except discord.HTTPException:
            log.debug("could not read back a button's answer; replies to it start afresh")

    async def vote(
        self, interaction: discord.Interaction[FactBot], question_id: int, vote: int
    ) -> None:
        """Record this person's 👍/👎 (replacing an earlier one) and confirm privately."""
        store = self.answerer.store
        if store is None:
            await tell_privately(interaction, "Feedback isn't being recorded right now.")
            return
        try:
            tally = await store.record_vote(question_id, interaction.user.id, vote)
        except UnknownQuestionError:
            await tell_privately(interaction, "That answer is too old to rate now.")
            return
        mark = "👍" if vote > 0 else "👎"
        await tell_privately(
            interaction,
            f"Thanks — your {mark} is recorded (you can change it). "
            f"So far: 👍 {tally.up} · 👎 {tally.down}",
        )


async def reply(
    ctx: Context,
    content: str | None = None,
    *,
    embed: discord.Embed | None = None,
    view: discord.ui.View | None = None,
    ephemeral: bool = False,
    ping: bool = False,
) -> discord.Message:
    """Answer the invoker: a threaded reply in chat, or the slash command's response.

    Nobody is pinged, except the asker when `ping` is set (chat replies only).
    """
    options: dict[str, Any] = {"content": content, "ephemeral": ephemeral}
    if embed is not None:
        options["embed"] = embed
    if view is not None:
        options["view"] = view
    if ctx.interaction is None:
        # Still post if the question was deleted meanwhile.
        options["reference"] = ctx.message.to_reference(fail_if_not_exists=False)
        options["mention_author"] = ping
        options["allowed_mentions"] = REPLY_PINGS if ping else NO_PINGS
    else:
        options["allowed_mentions"] = NO_PINGS
    return await ctx.send(**options)
