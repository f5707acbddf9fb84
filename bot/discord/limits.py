"""The guild's limits (/limits), checked on every path: prefix, mention, slash, passive, buttons.

A guild may name the channels where the bot answers at all (a thread or forum post counts
as its parent channel), the roles that may use it, and the roles its question cooldown never
slows. Owners and members with Manage Server always pass, so nobody can lock the admins out.
In DMs, DM_POLICY decides: members of a server the bot is in (the default), anyone, or nobody.

A refused user is told why in one sentence: privately for slash commands and buttons, in
chat as a reply at most once per LIMIT_NOTICE_SECONDS (so spamming cannot make the bot spam
back). Passive answers are simply not given: nobody asked the bot, so nobody is told.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

import discord
from discord.ext import commands

from bot.discord.cooldowns import NoticeGate
from bot.discord.safety import NO_PINGS
from bot.discord.views import tell_privately
from bot.store.errors import StoreNotOpenError
from bot.store.guild_limits import GuildLimits, LimitKind, Limits

if TYPE_CHECKING:
    from bot.discord.client import FactBot

log = logging.getLogger(__name__)

REFRESH_SECONDS: Final = 30.0
"""A guild's limits are re-read from the store when held longer than this."""
SHARING_SECONDS: Final = 600.0
"""How long 'this user shares a server with the bot' is remembered for DMs."""
MAX_LOOKUPS: Final = 25
"""Servers asked, at most, whether a DM's author is their member (besides the cache)."""


class NotAllowedHere(commands.CheckFailure):
    """A command refused by the guild's limits; its message is the one word the user sees."""


def place_ids(channel: object) -> frozenset[int]:
    """The channel itself and, for a thread or forum post, its parent: either may be allowed."""
    ids = {getattr(channel, "id", 0)}
    parent = getattr(channel, "parent_id", None)
    if parent is not None:
        ids.add(parent)
    return frozenset(ids)


def role_ids(user: discord.abc.User) -> frozenset[int]:
    """The member's roles; a user without member data holds none."""
    if isinstance(user, discord.Member):
        return frozenset(role.id for role in user.roles)
    return frozenset()


class Gate:
    """Answers 'may this person use the bot here?' and 'do cooldowns apply to them?'.

    Every guild's limits are held in memory (read at start-up, replaced on each change here),
    so the check on every message awaits nothing and messages keep their order; a guild's
    entry older than REFRESH_SECONDS is re-read in the background, which is how a change made
    by another process serving the same database arrives."""

    def __init__(self, bot: FactBot, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.bot = bot
        self._clock = clock
        self._store: GuildLimits | None = None
        self._known: dict[int, tuple[float, Limits]] = {}
        self._refreshing: set[int] = set()
        self._tasks: set[asyncio.Task[Limits]] = set()
        self._sharing: dict[int, tuple[float, bool]] = {}
        self.notices = NoticeGate(bot.settings.limit_notice_seconds, clock=clock)
        """One chat notice per user per LIMIT_NOTICE_SECONDS."""

    @property
    def limits(self) -> GuildLimits | None:
        """The stored limits, over whichever store the bot has open now."""
        store = self.bot.store
        if store is None:
            return None
        if self._store is None or self._store.store is not store:
            self._store = GuildLimits(store)
        return self._store

    async def load(self) -> None:
        """Read every guild's limits, once at start-up."""
        limits = self.limits
        if limits is None:
            return
        now = self._clock()
        self._known = {guild: (now, found) for guild, found in (await limits.all()).items()}

    def of(self, guild_id: int) -> Limits:
        """A guild's limits as held now (none set: no limits); re-read in the background when
        old, never awaited on the way of a message."""
        now = self._clock()
        held = self._known.get(guild_id)
        if held is None:
            held = (now, Limits())
            self._known[guild_id] = held
        elif now - held[0] >= REFRESH_SECONDS and guild_id not in self._refreshing:
            self._refreshing.add(guild_id)
            task = asyncio.get_running_loop().create_task(self._refresh(guild_id))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return held[1]

    async def change(self, guild_id: int, kind: LimitKind, target_id: int, *, on: bool) -> Limits:
        """Add or remove one limit and hold the guild's new limits at once."""
        limits = self.limits
        if limits is None:
            raise StoreNotOpenError("limits cannot change while the store is closed")
        await limits.set(guild_id, kind, target_id, on=on)
        return await self._refresh(guild_id)

    async def clear(self, guild_id: int) -> Limits:
        """Remove every limit of a guild."""
        limits = self.limits
        if limits is None:
            raise StoreNotOpenError("limits cannot change while the store is closed")
        await limits.clear(guild_id)
        return await self._refresh(guild_id)

    async def _refresh(self, guild_id: int) -> Limits:
        try:
            limits = self.limits
            found = Limits() if limits is None else await limits.of(guild_id)
            self._known[guild_id] = (self._clock(), found)
            return found
        except Exception:
            log.warning("could not re-read the limits of guild %s", guild_id, exc_info=True)
            return self._known.get(guild_id, (0.0, Limits()))[1]
        finally:
            self._refreshing.discard(guild_id)

    async def refusal(
        self, *, guild: discord.Guild | None, channel: object, user: discord.abc.User
    ) -> str | None:
        """Why this user may not use the bot here, or None when they may."""
        if guild is None:
            return await self._dm_refusal(user)
        limits = self.of(guild.id)
        text: str | None = None
        if limits.channels and not place_ids(channel) & limits.channels:
            shown = ", ".join(f"<#{channel_id}>" for channel_id in sorted(limits.channels))
            text = self.bot.words.get(guild.id, "limits.channel", channels=shown)
        elif limits.roles and not role_ids(user) & limits.roles:
            names = [guild.get_role(role_id) for role_id in sorted(limits.roles)]
            shown = ", ".join(f"**{role.name}**" for role in names if role is not None)
            text = self.bot.words.get(guild.id, "limits.role", roles=shown or "?")
        if text is None:
            return None
        if isinstance(user, discord.Member) and user.guild_permissions.manage_guild:
            return None  # admins are never locked out
        return None if await self.bot.is_owner(user) else text

    def exempt(self, guild: discord.Guild | None, user: discord.abc.User) -> bool:
        """Members of a role the guild exempted are never slowed by the question cooldown."""
        if guild is None:
            return False
        exempt = self.of(guild.id).exempt
        return bool(exempt and role_ids(user) & exempt)

    async def allows_interaction(self, interaction: discord.Interaction) -> bool:
        """For buttons and selects: True if allowed, else the clicker is told why, privately."""
        text = await self.refusal(
            guild=interaction.guild, channel=interaction.channel, user=interaction.user
        )
        if text is None:
            return True
        await tell_privately(interaction, text)
        return False

    async def tell_in_chat(self, message: discord.Message, text: str) -> None:
        """A refusal as a reply in chat, at most once per user and window."""
        if not self.notices.allow(message.author.id):
            log.debug("limit notice for %s not posted: one per window", message.author.id)
            return
        try:
            await message.reply(text, mention_author=False, allowed_mentions=NO_PINGS)
        except discord.HTTPException:
            log.warning("could not post a limit notice", exc_info=True)

    async def _dm_refusal(self, user: discord.abc.User) -> str | None:
        policy = self.bot.settings.dm_policy
        if policy == "everyone" or await self.bot.is_owner(user):
            return None
        if policy == "members" and await self.shares_a_guild(user.id):
            return None
        key = "limits.dm_nobody" if policy == "nobody" else "limits.dm_members"
        return self.bot.words.get(None, key)

    async def shares_a_guild(self, user_id: int) -> bool:
        """Is the user a member of a server the bot is in? Cached, then asked of Discord."""
        now = self._clock()
        known = self._sharing.get(user_id)
        if known is not None and now - known[0] < SHARING_SECONDS:
            return known[1]
        guilds = self.bot.guilds
        found = any(guild.get_member(user_id) is not None for guild in guilds)
        for guild in guilds[:MAX_LOOKUPS]:
            if found:
                break
            try:
                await guild.fetch_member(user_id)
            except discord.NotFound:
                continue
            except discord.HTTPException:
                log.debug("could not ask guild %s about a member", guild.id, exc_info=True)
                continue
            found = True
        self._sharing[user_id] = (now, found)
        return found
