"""Intent filtering, so a bot that forgets an intent fails here the way it would in production."""

from __future__ import annotations

from .flags import Intent
from .json_types import JsonDict

_GUILD_EVENT_INTENTS: dict[str, Intent] = {
    "GUILD_CREATE": Intent.GUILDS,
    "GUILD_UPDATE": Intent.GUILDS,
    "GUILD_DELETE": Intent.GUILDS,
    "CHANNEL_CREATE": Intent.GUILDS,
    "GUILD_MEMBER_ADD": Intent.GUILD_MEMBERS,
    "GUILD_MEMBER_REMOVE": Intent.GUILD_MEMBERS,
    "MESSAGE_CREATE": Intent.GUILD_MESSAGES,
    "MESSAGE_UPDATE": Intent.GUILD_MESSAGES,
    "MESSAGE_DELETE": Intent.GUILD_MESSAGES,
    "MESSAGE_REACTION_ADD": Intent.GUILD_MESSAGE_REACTIONS,
    "MESSAGE_REACTION_REMOVE": Intent.GUILD_MESSAGE_REACTIONS,
}
_DM_EVENT_INTENTS: dict[str, Intent] = {
    "MESSAGE_CREATE": Intent.DIRECT_MESSAGES,
    "MESSAGE_UPDATE": Intent.DIRECT_MESSAGES,
    "MESSAGE_DELETE": Intent.DIRECT_MESSAGES,
    "MESSAGE_REACTION_ADD": Intent.DIRECT_MESSAGE_REACTIONS,
    "MESSAGE_REACTION_REMOVE": Intent.DIRECT_MESSAGE_REACTIONS,
}
_CONTENT_FIELDS = {"content": "", "embeds": [], "attachments": [], "components": []}


def filter_for_intents(event: str, data: JsonDict, intents: int, bot_id: int) -> JsonDict | None:
    """The dispatch body this session may see, or None when its intents exclude the event."""
    in_guild = "guild_id" in data or event.startswith("GUILD_")
    table = _GUILD_EVENT_INTENTS if in_guild else _DM_EVENT_INTENTS
    required = table.get(event)
    if required is not None and not intents & required:
        return None
    is_message = event in ("MESSAGE_CREATE", "MESSAGE_UPDATE")
    hides_content = in_guild and not intents & Intent.MESSAGE_CONTENT
    if is_message and hides_content and not _content_is_exempt(data, bot_id):
        return {**data, **_CONTENT_FIELDS}
    return data


def _content_is_exempt(message: JsonDict, bot_id: int) -> bool:
    """Discord still shows content of the bot's own messages and of messages that mention it."""
    author_id = int(message.get("author", {}).get("id", 0))
    mentioned = {int(user["id"]) for user in message.get("mentions", [])}
    return author_id == bot_id or bot_id in mentioned
