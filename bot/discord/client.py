"""FactBot: the sharded discord.py client, its routing of messages and its start-up/shutdown."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.config import Settings
from bot.discord.answering import Answerer
from bot.discord.context import Context
from bot.discord.cooldowns import AdminCooldown, NoticeGate, QuestionCooldown
from bot.discord.echoes import drop_own_messages
from bot.discord.exts import EXTENSIONS
from bot.discord.limits import Gate, NotAllowedHere
from bot.discord.replies import Responder
from bot.discord.retry import ReplyRetries
from bot.discord.safety import NO_PINGS
from bot.discord.views import ANSWER_BUTTONS, SOMETHING_BROKE, tell_privately
from bot.discord.words import LANGUAGE_SETTING, Words
from bot.engine.collector import serve_many, settle
from bot.engine.conversation import store_for
from bot.engine.serving import ServingEngines
from bot.store import QuestionStore
from bot.store.guild_settings import GuildSettings

log = logging.getLogger(__name__)

DM_BARE_COMMANDS = frozenset({"help", "facts", "fact", "sources", "convert"})
"""In DMs these words work without the prefix, as in the terminal chat."""
WORDS_THAT_START_QUESTIONS = frozenset({"convert", "fact"})
"""Command words people also begin questions with, when talking to the bot by @mention."""
MAX_FACT_NAME_WORDS = 4
"""'fact harbour-budget' names a fact; a longer message starting with 'fact' is a question."""
CHAT_MESSAGE_TYPES = frozenset({discord.MessageType.default, discord.MessageType.reply})
MESSAGE_CACHE = None
"""No discord.py message cache: nothing reads it, and each message in it kept the collector busy."""
WARM_WITHIN = 60.0
"""Seconds start-up waits for the engines' word lists and units before connecting anyway."""


def reads_as_bare_command(content: str) -> bool:
    """'facts' or 'convert 10 t lb' is a command; 'convert Europe's total to short tons' is a
    question that happens to start with a command word, and goes to the engine."""
    words = content.split()
    if not words or words[0].casefold() not in DM_BARE_COMMANDS:
        return False
    if words[0].casefold() == "convert":
        return len(words) > 1 and _is_number(words[1])
    return words[0].casefold() != "fact" or len(words) <= MAX_FACT_NAME_WORDS


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", ""))
    except ValueError:
        return False
    return True


def tree_hash(tree: app_commands.CommandTree[Any], guild: discord.abc.Snowflake | None) -> str:
    """A digest of exactly what a sync of this scope would publish."""
    payload = sorted(
        (command.to_dict(tree) for command in tree.get_commands(guild=guild)),
        key=lambda entry: (str(entry.get("type")), str(entry.get("name"))),
    )
    encoded = json.dumps(payload, sort_keys=True, default=str).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


def intents() -> discord.Intents:
    """Default intents plus message content, which prefix commands in guilds need."""
    wanted = discord.Intents.default()
    wanted.message_content = True
    return wanted


class FactTree(app_commands.CommandTree["FactBot"]):
    """Logs failures of plain app commands and tells the user, instead of going silent."""

    async def on_error(
        self, interaction: discord.Interaction[FactBot], error: app_commands.AppCommandError
    ) -> None:
        log.error("app command %r failed", interaction.command, exc_info=error)
        await tell_privately(interaction, SOMETHING_BROKE)


class FactBot(commands.AutoShardedBot):
    """Answers questions from the serving engines; all Discord-facing state hangs off this."""

    def __init__(self, settings: Settings, live: ServingEngines, **options: Any) -> None:
        if settings.shard_ids is not None:
            options["shard_ids"] = settings.shard_ids
        super().__init__(
            command_prefix=_prefixes,
            intents=intents(),
            allowed_mentions=NO_PINGS,
            help_command=None,
            case_insensitive=True,
            strip_after_prefix=True,
            owner_ids=set(settings.owner_ids),
            shard_count=settings.shard_count,
            tree_cls=FactTree,
            max_messages=MESSAGE_CACHE,
            **options,
        )
        drop_own_messages(self)
        self.settings = settings
        self.live = live
        self.store: QuestionStore | None = None
        self._closing = asyncio.Lock()
        self._settled = False
        self.words = Words()
        """The bot's own words in each guild's language."""
        self.answerer = Answerer(
            live,
            conversations=store_for(settings),
            declines_per_day=settings.declines_per_user_per_day,
            language_of=self.words.language,
        )
        self.cooldowns = QuestionCooldown(settings.cooldown_rate, settings.cooldown_seconds)
        self.admin_cooldowns = AdminCooldown(
            settings.admin_cooldown_rate, settings.admin_cooldown_seconds
        )
        self.notices = NoticeGate(settings.cooldown_seconds)
        self.gate = Gate(self)
        """The guild's limits, checked on every path."""
        self._synced_trees: dict[int | None, str] = {}
        self._mention: tuple[int, re.Pattern[str]] | None = None
        """The pattern of an @mention of this bot, built once its user id is known."""
        self.curator_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factbot-curator")
        """Reloads run here, one at a time: never in the executor answers are computed in."""
        prefix = settings.command_prefix
        self.responder = Responder(
            self.answerer,
            self.cooldowns,
            browse_hint=f"Browse everything I know with `{prefix}facts` or `/facts`.",
            retries=ReplyRetries(settings.reply_retry_seconds),
            words=self.words,
            prefix=prefix,
        )

    async def setup_hook(self) -> None:
        """Open the store, load the cogs, then sync slash commands once for this run."""
        self.store = QuestionStore(
            self.settings.store_location(), keep_user_ids=self.settings.keep_user_ids
        )
        await self.store.open()
        self.answerer.store = self.store
        await self.gate.load()
        self.words.chosen = await GuildSettings(self.store).every(LANGUAGE_SETTING)
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        self.add_dynamic_items(*ANSWER_BUTTONS)
        self.add_check(self._within_limits)
        await self.sync_commands()
        if not await asyncio.to_thread(self.live.wait_until_warm, WARM_WITHIN):
            log.warning("word lists still loading after %.0f s; connecting anyway", WARM_WITHIN)
        settle()  # engines, store and cogs, collected while no question is in flight
        serve_many()

    async def _within_limits(self, ctx: Context) -> bool:
        """Every command, prefix or slash, first passes the guild's limits (see limits.py)."""
        text = await self.gate.refusal(guild=ctx.guild, channel=ctx.channel, user=ctx.author)
        if text is not None:
            raise NotAllowedHere(text)
        return True

    async def get_context(  # type: ignore[override]
        self,
        origin: discord.Message | discord.Interaction[FactBot],
        /,
        *,
        cls: type[Context] = Context,
    ) -> Context:
        """Every command, prefix or slash, is invoked with our typed `Context`."""
        return await super().get_context(origin, cls=cls)

    async def sync_commands(self) -> list[str]:
        """Publish the slash commands: to the dev guilds if any (instant), else globally.

        A scope whose command tree hashes the same as at its last successful sync in this
        run is not published again: `/sync` repeated is no bulk overwrite at all."""
        synced: list[str] = []
        targets: list[discord.Object | None] = [
            discord.Object(id=guild_id) for guild_id in self.settings.dev_guild_ids
        ] or [None]
        for guild in targets:
            if guild is not None:
                self.tree.copy_global_to(guild=guild)
            scope = "global" if guild is None else f"guild {guild.id}"
            digest = tree_hash(self.tree, guild)
            key = None if guild is None else guild.id
            if self._synced_trees.get(key) == digest:
                synced.append(f"nothing new ({scope}: unchanged)")
                continue
            try:
                published = await self.tree.sync(guild=guild)
            except discord.HTTPException as exc:
                where = "globally" if guild is None else f"to guild {guild.id}"
                log.warning("could not sync slash commands %s: %s", where, exc)
                continue
            self._synced_trees[key] = digest
            synced.append(f"{len(published)} commands ({scope})")
        log.info("slash commands synced: %s", "; ".join(synced) or "none")
        return synced

    async def close(self) -> None:
        """Disconnect first (cogs unload, tasks stop), then close the store.

        A signal and the end of `async with` both call this; the lock makes the second
        caller wait until the store is really closed, so the loop never ends mid-close.
        """
        async with self._closing:
            await self.responder.retries.close()
            await super().close()
            await self.answerer.flush()  # the last answers' records, before the store goes
            store, self.store = self.store, None
            self.answerer.store = None
            if store is not None:
                await store.close()
            self.curator_pool.shutdown(wait=False, cancel_futures=True)

    async def on_ready(self) -> None:
        log.info("connected as %s to %d guild(s)", self.user, len(self.guilds))
        if not self._settled:
            self._settled = True
            # The client's start-up objects (guilds, members) live as long as it does. Frozen
            # without a collection first: questions are answered by now, and a full
            # collection here paused every one of them.
            settle(collect=False)

    async def on_message(self, message: discord.Message) -> None:
        """Commands first; otherwise a DM or a mention is a question for the ask cog."""
        if message.author.bot or message.type not in CHAT_MESSAGE_TYPES:
            return
        ctx = await self.get_context(message)
        if ctx.valid and not self._question_despite_command_word(ctx):
            await self.invoke(ctx)
            return
        question = self.question_in(message, ctx.prefix)
        if question is not None:
            self.dispatch("question", ctx, question)

    def _question_despite_command_word(self, ctx: Context) -> bool:
        """'@factbot Convert Europe's total to short tons' is a question, not a bad command."""
        if ctx.prefix == self.settings.command_prefix or ctx.invoked_with is None:
            return False
        if ctx.invoked_with.casefold() not in WORDS_THAT_START_QUESTIONS:
            return False
        rest = ctx.message.content[ctx.view.index :].strip()
        return not reads_as_bare_command(f"{ctx.invoked_with} {rest}")

    def question_in(self, message: discord.Message, prefix: str | None) -> str | None:
        """The question a message asks the bot, or None if it is not talking to the bot."""
        if self.user is None:
            return None
        if prefix == self.settings.command_prefix:
            return None  # "!unknown": a mistyped command, not a question
        mention = self.mention_pattern(self.user.id)
        replying = self.responder.conversations.replies_to_answer(message)
        if message.guild is not None and not mention.search(message.content) and not replying:
            return None
        return " ".join(mention.sub(" ", message.content).split())

    def mention_pattern(self, user_id: int) -> re.Pattern[str]:
        """`<@id>` or `<@!id>`; kept, not rebuilt for every message."""
        if self._mention is None or self._mention[0] != user_id:
            self._mention = (user_id, re.compile(rf"<@!?{user_id}>"))
        return self._mention[1]


async def _prefixes(bot: commands.Bot, message: discord.Message) -> list[str]:
    """The configured prefix and @mention; in DMs a few bare command words as well."""
    assert isinstance(bot, FactBot)
    prefixes = commands.when_mentioned_or(bot.settings.command_prefix)(bot, message)
    if message.guild is None and reads_as_bare_command(message.content):
        prefixes.append("")
    return prefixes
