"""Passive answers: in channels an admin chose, questions nobody addressed to the bot.

`/autoanswer on|off|status` (Manage Server) keeps the channels in the store. In such a
channel a message is answered, once, as a reply with a Dismiss button, only when it reads as
a question, is no reply to another person and no bot's, the engine is sure by the stricter
passive rules (bot/discord/passive.py), nobody else posted in the grace period after it, and
the channel's and the asker's passive limits allow it. Otherwise the bot stays silent.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import re
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.answering import QUESTION_LIMIT, where_asked
from bot.discord.checks import curators_only
from bot.discord.context import Context
from bot.discord.limits import place_ids
from bot.discord.passive import PassiveLimits, confident_enough, reads_as_question
from bot.discord.replies import may_embed, reply
from bot.discord.safety import NO_PINGS, clip, echo
from bot.discord.views import (
    CUSTOM_ID_LIMIT,
    MAX_SUGGESTION_BUTTONS,
    SuggestionButton,
    VoteButton,
    tell_privately,
)
from bot.engine.answer import Answer
from bot.engine.wording import DEFAULT_LANGUAGE
from bot.store.channel_settings import PassiveChannels
from bot.store.recording import recordable, store_record

if TYPE_CHECKING:
    from bot.discord.client import FactBot


log = logging.getLogger(__name__)

DISMISS_ID = "factbot:dismiss:{asker}"
ONLY_ASKER_OR_MODERATOR = (
    "Only the person who asked, or a member with **Manage Messages**, can dismiss this answer."
)
NO_STORE = "Settings are not being kept right now, so passive answers cannot be set up."
CHAT_MESSAGE_TYPES = frozenset({discord.MessageType.default, discord.MessageType.reply})
LOOKUP_EMOJI = "🔍"
"""Put under a question the bot was unsure of; its asker clicks it for the did-you-mean list."""
LOOKUP_REPLY_SECONDS = 120.0
"""A 🔍 list shown in the channel (the asker's DMs closed) is deleted after this long."""
LOOKUPS_REMEMBERED = 1000
"""Questions whose 🔍 list was shown, remembered so a second click shows nothing new."""
LOOKUP_QUOTE_LIMIT = 200


class DismissButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=r"factbot:dismiss:(?P<asker>[0-9]{1,20})",
):
    """Deletes a passive answer; for its asker and members with Manage Messages. The asker is
    in the custom id, so the button works on any passive answer, after restarts too."""

    def __init__(self, asker_id: int, label: str | None = None) -> None:
        super().__init__(
            discord.ui.Button(
                label=label or "Dismiss",
                emoji="✖️",
                style=discord.ButtonStyle.secondary,
                custom_id=DISMISS_ID.format(asker=asker_id),
                row=1,
            )
        )
        self.asker_id = asker_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> DismissButton:
        return cls(int(match["asker"]))

    async def callback(self, interaction: discord.Interaction[FactBot]) -> None:  # type: ignore[override]
        if interaction.user.id != self.asker_id and not interaction.permissions.manage_messages:
            await tell_privately(interaction, ONLY_ASKER_OR_MODERATOR)
            return
        try:
            await interaction.response.defer()
            await interaction.delete_original_response()
        except discord.HTTPException:
            log.warning("could not dismiss a passive answer", exc_info=True)
            await tell_privately(interaction, "I could not delete that answer.")
        else:
            log.info("passive answer dismissed by %s", interaction.user.id)


@dataclass
class Pending:
    """A question waiting out the grace period; anyone else posting meanwhile cancels it."""

    author_id: int
    interrupted: bool = False


def starts_a_forum_post(message: discord.Message) -> bool:
    """A forum post's first message has the post's id, and the post's title above it."""
    channel = message.channel
    return (
        isinstance(channel, discord.Thread)
        and message.id == channel.id
        and isinstance(channel.parent, discord.ForumChannel)
    )


def question_of(message: discord.Message) -> str:
    """What a message asks: its text, or for a forum post whose text does not read as a
    question ('see title', a stack trace), the post's title."""
    if starts_a_forum_post(message) and not reads_as_question(message.content):
        assert isinstance(message.channel, discord.Thread)
        return message.channel.name
    return message.content


def status_text(channel_ids: frozenset[int]) -> str:
    if not channel_ids:
        return "Passive answers are off in every channel here. Turn them on with `/autoanswer on`."
    channels = ", ".join(f"<#{channel_id}>" for channel_id in sorted(channel_ids))
    return f"🔎 Passive answers are on in: {channels}."


class AutoAnswer(commands.Cog):
    """Answers unaddressed questions in the channels chosen with /autoanswer."""

    def __init__(self, bot: FactBot) -> None:
        self.bot = bot
        settings = bot.settings
        self.grace = settings.passive_grace_seconds
        self.limits = PassiveLimits(
            channel_rate=settings.passive_channel_rate,
            channel_seconds=settings.passive_channel_seconds,
            clock=time.monotonic,
        )
        self._pending: dict[int, dict[int, Pending]] = {}
        self._looked_up: OrderedDict[int, None] = OrderedDict()
        self._channels: PassiveChannels | None = None

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(DismissButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(DismissButton)

    @property
    def channels(self) -> PassiveChannels | None:
        """The stored settings, over whichever store the bot has open now."""
        store = self.bot.store
        if store is None:
            return None
        if self._channels is None or self._channels.store is not store:
            self._channels = PassiveChannels(store)
        return self._channels

    # the command

    @commands.hybrid_group(  # type: ignore[arg-type]
        name="autoanswer",
        description="Answer questions in this channel without being asked",
        fallback="status",
        invoke_without_command=True,
    )
    @app_commands.default_permissions(manage_guild=True)
    @commands.guild_only()
    @curators_only()
    async def autoanswer(self, ctx: Context) -> None:
        """List the channels of this server where passive answers are on."""
        channels = self.channels
        if channels is None or ctx.guild is None:
            await reply(ctx, NO_STORE, ephemeral=True)
            return
        await reply(ctx, status_text(await channels.enabled(ctx.guild.id)), ephemeral=True)

    @autoanswer.command(name="on", description="Answer clear questions here without being asked")  # type: ignore[arg-type]
    @app_commands.describe(channel="a channel or forum (default: this one)")
    @commands.guild_only()
    @curators_only()
    async def autoanswer_on(
        self, ctx: Context, channel: discord.abc.GuildChannel | None = None
    ) -> None:
        """Turn passive answers on in this channel (or the one named: a forum, its threads and
        posts, a text channel and its threads)."""
        await self._switch(ctx, channel, on=True)

    @autoanswer.command(name="off", description="Stop answering here unless asked")  # type: ignore[arg-type]
    @app_commands.describe(channel="a channel or forum (default: this one)")
    @commands.guild_only()
    @curators_only()
    async def autoanswer_off(
        self, ctx: Context, channel: discord.abc.GuildChannel | None = None
    ) -> None:
        """Turn passive answers off in this channel (or the one named)."""
        await self._switch(ctx, channel, on=False)

    async def _switch(
        self, ctx: Context, channel: discord.abc.GuildChannel | None, *, on: bool
    ) -> None:
        channels = self.channels
        if channels is None or ctx.guild is None:
            await reply(ctx, NO_STORE, ephemeral=True)
            return
        target = channel.id if channel is not None else ctx.channel.id
        await channels.set(ctx.guild.id, target, on=on)
        log.info(
            "passive answers %s in channel %s by %s", "on" if on else "off", target, ctx.author.id
        )
        word = "autoanswer.on" if on else "autoanswer.off"
        await reply(
            ctx, self.bot.words.get(ctx.guild.id, word, channel=f"<#{target}>"), ephemeral=True
        )

    # the listener

    @commands.Cog.listener("on_message")
    async def on_passive_message(self, message: discord.Message) -> None:
        try:
            await self._consider(message)
        except Exception:
            log.exception("a passive answer failed; staying silent")

    async def _consider(self, message: discord.Message) -> None:
        me = self.bot.user
        if message.guild is None or me is None or message.author.id == me.id:
            return
        channel_id = message.channel.id
        for pending in self._pending.get(channel_id, {}).values():
            if pending.author_id != message.author.id:
                pending.interrupted = True  # someone else spoke first
        if not self._may_be_passive(message, me):
            return
        pending = Pending(author_id=message.author.id)  # before any await: nothing is missed
        waiting = self._pending.setdefault(channel_id, {})
        waiting[message.id] = pending
        try:
            channels = self.channels
            if channels is None:
                return
            if not place_ids(message.channel) & await channels.enabled(message.guild.id):
                return  # neither this channel nor, for a thread or forum post, its parent
            refusal = await self.bot.gate.refusal(
                guild=message.guild, channel=message.channel, user=message.author
            )
            if refusal is not None:
                return  # nobody asked the bot, so nobody is told it may not answer
            answer, _ = await asyncio.gather(
                self._ask(message.guild.id, question_of(message)), asyncio.sleep(self.grace)
            )
        finally:
            waiting.pop(message.id, None)
            if not waiting:
                self._pending.pop(channel_id, None)
        if pending.interrupted:
            return
        if not confident_enough(answer):
            if answer.suggestions and self.bot.settings.passive_lookup:
                await self._offer_lookup(message)
            return
        if not self.limits.allows(channel_id, message.author.id):
            return
        self.limits.count(channel_id, message.author.id)
        await self._send(message, await self._in_guild_language(message.guild.id, answer))

    def _may_be_passive(self, message: discord.Message, me: discord.ClientUser) -> bool:
        """A person's plain message, not addressed to the bot, not replying to someone else,
        that reads as a question."""
        if message.author.bot or message.type not in CHAT_MESSAGE_TYPES:
            return False
        if me in message.mentions or message.content.startswith(self.bot.settings.command_prefix):
            return False  # addressed to the bot: the ask cog answers it
        if message.reference is not None:
            replied = message.reference.resolved
            if not isinstance(replied, discord.Message) or replied.author.id != message.author.id:
                return False
        return reads_as_question(question_of(message))

    async def _ask(self, guild_id: int, text: str) -> Answer:
        """The answer in English: whether to answer unasked is read from its own notes."""
        engine = self.bot.answerer.engine_for(guild_id, speaking=False)
        return await asyncio.to_thread(engine.ask, text[:QUESTION_LIMIT])

    async def _in_guild_language(self, guild_id: int, answer: Answer) -> Answer:
        """The answer to send, with the bot's own sentences in the guild's language."""
        engine = self.bot.answerer.engine_for(guild_id)
        if engine.wording.language == DEFAULT_LANGUAGE:
            return answer
        return await asyncio.to_thread(engine.ask, answer.question)

    async def _record(self, guild_id: int, user_id: int, answer: Answer) -> int | None:
        """Record an answer actually given, as the Answerer records asked ones."""
        store = self.bot.store
        fields = recordable(self.bot.answerer.engine_for(guild_id), answer)
        if store is None or fields is None:
            return None
        try:
            return await store_record(store, fields, where=where_asked(guild_id), user_id=user_id)
        except Exception:
            log.exception("could not record a passive answer; answering anyway")
            return None

    async def _send(self, message: discord.Message, answer: Answer) -> None:
        assert message.guild is not None
        question_id = await self._record(message.guild.id, message.author.id, answer)
        permissions = message.channel.permissions_for(message.guild.me)
        guild_id = message.guild.id
        content, embed = self.bot.responder.render(
            answer, embed_ok=may_embed(permissions), guild_id=guild_id
        )
        say = functools.partial(self.bot.words.get, guild_id)
        view = discord.ui.View(timeout=None)
        if question_id is not None:
            view.add_item(VoteButton(question_id, "up", say("button.helpful")))
            view.add_item(VoteButton(question_id, "down", say("button.not_helpful")))
        view.add_item(DismissButton(message.author.id, say("button.dismiss")))
        options: dict[str, Any] = {"view": view}
        if embed is not None:
            options["embed"] = embed
        await message.channel.send(
            content,
            mention_author=False,
            allowed_mentions=NO_PINGS,
            reference=message.to_reference(fail_if_not_exists=False),
            **options,
        )
        log.info("passive answer in channel %s: %s", message.channel.id, answer.fact_id)

    # the 🔍 reaction

    async def _offer_lookup(self, message: discord.Message) -> None:
        """Unsure: stay silent, but put a 🔍 under the question for its asker to click."""
        try:
            await message.add_reaction(LOOKUP_EMOJI)
        except discord.HTTPException:
            log.debug("could not add the 🔍 reaction", exc_info=True)

    @commands.Cog.listener("on_raw_reaction_add")
    async def on_lookup_reaction(self, payload: discord.RawReactionActionEvent) -> None:
        try:
            await self._look_up(payload)
        except Exception:
            log.exception("showing a 🔍 list failed")

    async def _look_up(self, payload: discord.RawReactionActionEvent) -> None:
        """The asker clicked the bot's 🔍 under their question: show them the did-you-mean
        list, once per question. Anyone else's click, or a 🔍 the bot did not put, is ignored."""
        me = self.bot.user
        if me is None or payload.user_id == me.id or payload.guild_id is None:
            return
        if str(payload.emoji) != LOOKUP_EMOJI or payload.message_id in self._looked_up:
            return
        if payload.message_author_id not in (None, payload.user_id):
            return  # only the asker's click counts
        channel = self.bot.get_channel(payload.channel_id)
        if not isinstance(channel, discord.abc.Messageable):
            return
        message = await channel.fetch_message(payload.message_id)
        if message.author.id != payload.user_id or message.guild is None:
            return
        if not any(r.me and str(r.emoji) == LOOKUP_EMOJI for r in message.reactions):
            return
        asker = payload.member or message.author
        gate = self.bot.gate
        if await gate.refusal(guild=message.guild, channel=message.channel, user=asker):
            return
        self._looked_up[payload.message_id] = None
        while len(self._looked_up) > LOOKUPS_REMEMBERED:
            self._looked_up.popitem(last=False)
        answer = await self._ask(message.guild.id, question_of(message))
        if answer.suggestions:
            await self._show_lookup(message, asker, answer)

    async def _show_lookup(
        self, message: discord.Message, asker: discord.User | discord.Member, answer: Answer
    ) -> None:
        """The did-you-mean list for the asker alone.

        A reaction is no interaction, so no ephemeral reply is possible. A DM is the one
        place only the asker sees, and they asked for the list by clicking, so that is where
        it goes; its buttons answer from this guild's engine. If their DMs are closed, a reply
        mentioning them stands in, deleted after LOOKUP_REPLY_SECONDS so the channel stays
        as it was."""
        assert message.guild is not None
        guild_id = message.guild.id
        say = self.bot.words.get
        view = discord.ui.View(timeout=None)
        for suggestion in answer.suggestions[:MAX_SUGGESTION_BUTTONS]:
            button = SuggestionButton(asker.id, suggestion.fact_id, suggestion.topic, guild_id)
            if len(button.item.custom_id or "") <= CUSTOM_ID_LIMIT:
                view.add_item(button)
        question = echo(clip(question_of(message), LOOKUP_QUOTE_LIMIT))
        where = f"<#{message.channel.id}>"
        try:
            await asker.send(
                say(guild_id, "lookup.dm", channel=where, question=question),
                view=view,
                allowed_mentions=NO_PINGS,
            )
        except discord.HTTPException:
            log.debug("DMs closed; showing the 🔍 list in the channel briefly", exc_info=True)
            await message.reply(
                say(guild_id, "lookup.reply", asker=f"<@{asker.id}>", question=question),
                view=view,
                allowed_mentions=discord.AllowedMentions(users=[asker], replied_user=False),
                delete_after=LOOKUP_REPLY_SECONDS,
            )
        log.info("🔍 list shown to the asker in channel %s", message.channel.id)


async def setup(bot: FactBot) -> None:
    await bot.add_cog(AutoAnswer(bot))
