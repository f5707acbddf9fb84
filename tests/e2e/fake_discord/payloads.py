"""Builders that turn the fake's world into the JSON shapes discord.py parses."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .flags import EVERYONE_PERMISSIONS, ChannelType, InteractionType
from .ids import iso_now
from .json_types import JsonDict, JsonList
from .world import Channel, Guild, Member, Role, User, World

ATTACHMENT_SIZE_LIMIT = 25 * 1024 * 1024
_USER_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&(\d+)>")


def user_payload(user: User) -> JsonDict:
    """Public user object; discord.py requires username, discriminator and avatar keys."""
    return {
        "id": str(user.id),
        "username": user.username,
        "discriminator": "0",
        "global_name": user.global_name,
        "avatar": None,
        "bot": user.bot,
        "public_flags": 0,
    }


def current_user_payload(user: User) -> JsonDict:
    """The bot's own account as GET /users/@me and READY report it."""
    return {**user_payload(user), "verified": True, "mfa_enabled": False, "flags": 0}


def role_payload(role: Role) -> JsonDict:
    """Role object with the keys discord.py reads when caching a guild."""
    return {
        "id": str(role.id),
        "name": role.name,
        "permissions": str(role.permissions),
        "position": role.position,
        "color": 0,
        "hoist": False,
        "managed": False,
        "mentionable": True,
        "icon": None,
        "unicode_emoji": None,
        "flags": 0,
    }


def member_payload(
    member: Member, *, include_user: bool = True, permissions: int | None = None
) -> JsonDict:
    """Guild member; interactions add `permissions`, message authors omit `user`."""
    payload: JsonDict = {
        "roles": [str(role_id) for role_id in member.role_ids],
        "nick": member.nick,
        "avatar": None,
        "joined_at": member.joined_at,
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "pending": False,
        "flags": 0,
        "communication_disabled_until": None,
    }
    if include_user:
        payload["user"] = user_payload(member.user)
    if permissions is not None:
        payload["permissions"] = str(permissions)
    return payload


def channel_payload(channel: Channel, world: World) -> JsonDict:
    """Channel object; DMs carry the recipient so discord.py can name the other side."""
    if channel.type is ChannelType.DM:
        recipients = [] if channel.recipient_id is None else [world.users[channel.recipient_id]]
        return {
            "id": str(channel.id),
            "type": int(channel.type),
            "last_message_id": None,
            "recipients": [user_payload(user) for user in recipients],
        }
    payload: JsonDict = {
        "id": str(channel.id),
        "type": int(channel.type),
        "guild_id": str(channel.guild_id),
        "name": channel.name,
        "position": channel.position,
        "permission_overwrites": [],
        "nsfw": False,
        "topic": channel.topic,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "parent_id": None,
    }
    if channel.type is ChannelType.GUILD_FORUM:
        payload.update(available_tags=[], flags=0, default_forum_layout=0)
    return payload


def thread_payload(thread: Channel, owner_id: int) -> JsonDict:
    """A public thread as GUILD_CREATE lists it."""
    return {
        "id": str(thread.id),
        "type": int(thread.type),
        "guild_id": str(thread.guild_id),
        "parent_id": str(thread.parent_id),
        "owner_id": str(owner_id),
        "name": thread.name,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "message_count": 0,
        "member_count": 1,
        "flags": 0,
        "thread_metadata": {
            "archived": False,
            "auto_archive_duration": 1440,
            "archive_timestamp": iso_now(),
            "locked": False,
        },
    }


def guild_payload(guild: Guild, world: World) -> JsonDict:
    """Full GUILD_CREATE body; member_count equals the member list so no chunking is needed."""
    return {
        "id": str(guild.id),
        "name": guild.name,
        "icon": None,
        "owner_id": str(guild.owner_id),
        "unavailable": False,
        "large": False,
        "member_count": len(guild.members),
        "joined_at": iso_now(),
        "roles": [role_payload(role) for role in guild.roles.values()],
        "channels": [channel_payload(channel, world) for channel in guild.channels.values()],
        "members": [member_payload(member) for member in guild.members.values()],
        "threads": [thread_payload(t, guild.owner_id) for t in guild.threads.values()],
        "presences": [],
        "voice_states": [],
        "emojis": [],
        "stickers": [],
        "features": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
        "preferred_locale": "en-US",
        "premium_tier": 0,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "nsfw_level": 0,
        "system_channel_id": None,
        "description": None,
        "max_members": 500_000,
        "application_id": None,
        "premium_progress_bar_enabled": False,
    }


def ready_payload(
    *,
    world: World,
    session_id: str,
    resume_gateway_url: str,
    shard: tuple[int, int],
    guild_ids: Iterable[int],
    application_flags: int,
) -> JsonDict:
    """READY: guilds start unavailable and are filled in by the GUILD_CREATEs that follow."""
    return {
        "v": 10,
        "user": current_user_payload(world.bot),
        "guilds": [{"id": str(guild_id), "unavailable": True} for guild_id in guild_ids],
        "session_id": session_id,
        "session_type": "normal",
        "resume_gateway_url": resume_gateway_url,
        "shard": list(shard),
        "application": {"id": str(world.bot.id), "flags": application_flags},
        "private_channels": [],
        "relationships": [],
        "presences": [],
        "geo_ordered_rtc_regions": [],
    }


def application_payload(world: World, *, flags: int) -> JsonDict:
    """Application info that Client.login fetches to learn its application id."""
    return {
        "id": str(world.bot.id),
        "name": world.bot.username,
        "description": "",
        "icon": None,
        "bot_public": True,
        "bot_require_code_grant": False,
        "owner": user_payload(world.owner),
        "team": None,
        "verify_key": "0" * 64,
        "flags": flags,
        "bot": current_user_payload(world.bot),
        "interactions_endpoint_url": None,
        "redirect_uris": [],
        "approximate_guild_count": len(world.guilds),
    }


@dataclass(frozen=True)
class Mentions:
    """Who a message pings, parsed from its content like Discord does."""

    user_ids: tuple[int, ...]
    role_ids: tuple[int, ...]
    everyone: bool


def parse_mentions(content: str) -> Mentions:
    """Extract mentions from message markup so injected messages need no extra arguments."""
    user_ids = tuple(dict.fromkeys(int(match) for match in _USER_MENTION.findall(content)))
    role_ids = tuple(dict.fromkeys(int(match) for match in _ROLE_MENTION.findall(content)))
    everyone = "@everyone" in content or "@here" in content
    return Mentions(user_ids, role_ids, everyone)


def mentioned_users_payload(world: World, guild: Guild | None, user_ids: Iterable[int]) -> JsonList:
    """Mention list; in guilds each user carries a partial member as on the gateway."""
    result: JsonList = []
    for user_id in user_ids:
        user = world.users.get(user_id)
        if user is None:
            continue
        payload = user_payload(user)
        member = None if guild is None else guild.members.get(user_id)
        if member is not None:
            payload["member"] = member_payload(member, include_user=False)
        result.append(payload)
    return result


def message_payload(
    *,
    world: World,
    message_id: int,
    channel: Channel,
    author: User,
    content: str,
    mentions: Mentions,
    extra: JsonDict | None = None,
) -> JsonDict:
    """A stored message; gateway dispatches add the author's `member` on top of this."""
    guild = world.guild_of(channel)
    payload: JsonDict = {
        "id": str(message_id),
        "channel_id": str(channel.id),
        "author": user_payload(author),
        "content": content,
        "timestamp": iso_now(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": mentions.everyone,
        "mentions": mentioned_users_payload(world, guild, mentions.user_ids),
        "mention_roles": [str(role_id) for role_id in mentions.role_ids],
        "attachments": [],
        "embeds": [],
        "components": [],
        "reactions": [],
        "pinned": False,
        "type": 0,
        "flags": 0,
    }
    if guild is not None:
        payload["guild_id"] = str(guild.id)
    if extra:
        payload.update(extra)
    return payload


def gateway_message(world: World, message: JsonDict) -> JsonDict:
    """MESSAGE_CREATE/UPDATE body: like the stored message plus the author's partial member."""
    payload = dict(message)
    guild_id = message.get("guild_id")
    if guild_id is not None:
        member = world.guilds[int(guild_id)].members.get(int(message["author"]["id"]))
        if member is not None:
            payload["member"] = member_payload(member, include_user=False)
    return payload


def interaction_payload(
    *,
    world: World,
    interaction_id: int,
    token: str,
    interaction_type: InteractionType,
    data: JsonDict,
    channel: Channel,
    user: User,
    permissions: int | None,
    message: JsonDict | None = None,
    locale: str = "en-US",
) -> JsonDict:
    """INTERACTION_CREATE body; guild interactions carry `member`, DMs carry `user`."""
    guild = world.guild_of(channel)
    payload: JsonDict = {
        "id": str(interaction_id),
        "application_id": str(world.bot.id),
        "type": int(interaction_type),
        "data": data,
        "token": token,
        "version": 1,
        "channel_id": str(channel.id),
        "channel": channel_payload(channel, world),
        "locale": locale,
        "entitlements": [],
        "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
    }
    if guild is None:
        payload["user"] = user_payload(user)
        payload["context"] = 1
        payload["authorizing_integration_owners"] = {"0": "0"}
        payload["app_permissions"] = str(int(EVERYONE_PERMISSIONS))
    else:
        member = guild.members.get(user.id) or Member(user=user, role_ids=[])
        granted = guild.permissions_of(user.id) if permissions is None else permissions
        payload["guild_id"] = str(guild.id)
        payload["guild"] = {"id": str(guild.id), "locale": "en-US", "features": []}
        payload["guild_locale"] = "en-US"
        payload["member"] = member_payload(member, permissions=granted)
        payload["context"] = 0
        payload["authorizing_integration_owners"] = {"0": str(guild.id)}
        payload["app_permissions"] = str(guild.permissions_of(world.bot.id))
    if message is not None:
        payload["message"] = message
    return payload
