"""The fake's model of users, guilds, channels and roles that tests arrange before a run."""

from __future__ import annotations

from dataclasses import dataclass, field

from .flags import (
    ALL_PERMISSIONS,
    BOT_PERMISSIONS,
    EVERYONE_PERMISSIONS,
    ChannelType,
    Permission,
)
from .ids import SnowflakeFactory, iso_now


@dataclass
class User:
    """A Discord account; tests hold these to author messages and click buttons."""

    id: int
    username: str
    global_name: str | None = None
    bot: bool = False

    @property
    def mention(self) -> str:
        """Mention markup, so tests can write content the way a user would type it."""
        return f"<@{self.id}>"


@dataclass
class Role:
    """A guild role; permissions here decide what interaction members are allowed to do."""

    id: int
    guild_id: int
    name: str
    permissions: int
    position: int = 0

    @property
    def mention(self) -> str:
        """Mention markup for role pings."""
        return f"<@&{self.id}>"


@dataclass
class Channel:
    """A guild text channel or a DM channel."""

    id: int
    name: str
    type: ChannelType
    guild_id: int | None = None
    position: int = 0
    recipient_id: int | None = None
    topic: str | None = None
    parent_id: int | None = None
    """For a thread: the text channel it belongs to."""

    @property
    def mention(self) -> str:
        """Mention markup for channel links."""
        return f"<#{self.id}>"


@dataclass
class Member:
    """A user's membership in one guild."""

    user: User
    role_ids: list[int]
    nick: str | None = None
    joined_at: str = field(default_factory=iso_now)


@dataclass
class Guild:
    """A guild with everything GUILD_CREATE has to carry."""

    id: int
    name: str
    owner_id: int
    roles: dict[int, Role] = field(default_factory=dict)
    channels: dict[int, Channel] = field(default_factory=dict)
    members: dict[int, Member] = field(default_factory=dict)
    threads: dict[int, Channel] = field(default_factory=dict)

    @property
    def everyone_role(self) -> Role:
        """The @everyone role, whose id equals the guild id as on Discord."""
        return self.roles[self.id]

    def permissions_of(self, user_id: int) -> int:
        """Guild-level permissions (no channel overwrites), as interactions report them."""
        if user_id == self.owner_id:
            return ALL_PERMISSIONS
        total = self.everyone_role.permissions
        member = self.members.get(user_id)
        if member is not None:
            for role_id in member.role_ids:
                total |= self.roles[role_id].permissions
        if total & Permission.ADMINISTRATOR:
            return ALL_PERMISSIONS
        return total


class World:
    """Registry of everything that exists on the fake Discord, keyed by id."""

    def __init__(self, bot_name: str) -> None:
        self.ids = SnowflakeFactory()
        self.users: dict[int, User] = {}
        self.guilds: dict[int, Guild] = {}
        self.channels: dict[int, Channel] = {}
        self._dm_by_user: dict[int, int] = {}
        self.bot = self.add_user(bot_name, bot=True)
        self.owner = self.add_user(f"{bot_name}-owner")

    def add_user(self, username: str, *, bot: bool = False, global_name: str | None = None) -> User:
        """Create an account that can later join guilds and talk to the bot."""
        user = User(id=self.ids.next(), username=username, global_name=global_name, bot=bot)
        self.users[user.id] = user
        return user

    def add_guild(self, name: str, *, owner: User | None = None) -> Guild:
        """Create a guild the bot is already in, with @everyone and a managed bot role."""
        guild_id = self.ids.next()
        owner_user = owner or self.add_user(f"{name}-owner")
        guild = Guild(id=guild_id, name=name, owner_id=owner_user.id)
        guild.roles[guild_id] = Role(guild_id, guild_id, "@everyone", int(EVERYONE_PERMISSIONS))
        self.guilds[guild_id] = guild
        bot_role = self.add_role(guild, self.bot.username, permissions=int(BOT_PERMISSIONS))
        self.add_member(guild, self.bot, roles=[bot_role])
        self.add_member(guild, owner_user)
        return guild

    def add_role(self, guild: Guild, name: str, *, permissions: int = 0) -> Role:
        """Create a role; give it Permission.MANAGE_GUILD or ADMINISTRATOR to make moderators."""
        role = Role(self.ids.next(), guild.id, name, int(permissions), position=len(guild.roles))
        guild.roles[role.id] = role
        return role

    def add_text_channel(self, guild: Guild, name: str, *, topic: str | None = None) -> Channel:
        """Create a text channel everyone can read."""
        channel = Channel(
            id=self.ids.next(),
            name=name,
            type=ChannelType.GUILD_TEXT,
            guild_id=guild.id,
            position=len(guild.channels),
            topic=topic,
        )
        guild.channels[channel.id] = channel
        self.channels[channel.id] = channel
        return channel

    def add_forum_channel(self, guild: Guild, name: str) -> Channel:
        """Create a forum channel: every post in it is a thread whose first message asks."""
        channel = Channel(
            id=self.ids.next(),
            name=name,
            type=ChannelType.GUILD_FORUM,
            guild_id=guild.id,
            position=len(guild.channels),
        )
        guild.channels[channel.id] = channel
        self.channels[channel.id] = channel
        return channel

    def add_thread(self, guild: Guild, parent: Channel, name: str) -> Channel:
        """A public thread under a text or forum channel; it carries the parent's permissions."""
        thread = Channel(
            id=self.ids.next(),
            name=name,
            type=ChannelType.PUBLIC_THREAD,
            guild_id=guild.id,
            parent_id=parent.id,
        )
        guild.threads[thread.id] = thread
        self.channels[thread.id] = thread
        return thread

    def add_member(self, guild: Guild, user: User, *, roles: list[Role] | None = None) -> Member:
        """Put a user in a guild so their messages and interactions resolve to a Member."""
        member = Member(user=user, role_ids=[role.id for role in roles or []])
        guild.members[user.id] = member
        return member

    def dm_channel_for(self, user: User) -> Channel:
        """The one DM channel between the bot and a user, created on first use as on Discord."""
        channel_id = self._dm_by_user.get(user.id)
        if channel_id is not None:
            return self.channels[channel_id]
        channel = Channel(id=self.ids.next(), name="", type=ChannelType.DM, recipient_id=user.id)
        self.channels[channel.id] = channel
        self._dm_by_user[user.id] = channel.id
        return channel

    def guild_of(self, channel: Channel) -> Guild | None:
        """The guild a channel belongs to, or None for DMs."""
        return None if channel.guild_id is None else self.guilds[channel.guild_id]
