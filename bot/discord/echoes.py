"""The gateway's copy of every message the bot itself sent, dropped before discord.py parses it.

Each reply comes back as a MESSAGE_CREATE with its embed, buttons and the message it answers.
Nothing in the bot reads its own messages (every `on_message` listener returns on them first),
yet discord.py built a Message of each (and of the message it replies to) and started a task
for every listener, for no effect.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import discord


def drop_own_messages(client: discord.Client) -> None:
    """Parse MESSAGE_CREATE only for messages the client's own user did not send."""
    state = client._connection
    parse: Callable[[Any], None] = state.parsers["MESSAGE_CREATE"]

    def parse_message_create(data: Any) -> None:
        if not _sent_by(data, state.self_id):
            parse(data)

    state.parsers["MESSAGE_CREATE"] = parse_message_create


def _sent_by(data: Any, user_id: int | None) -> bool:
    """Whether a MESSAGE_CREATE payload's author is this user (snowflakes come as strings)."""
    if user_id is None or not isinstance(data, dict):
        return False
    author = data.get("author")
    return isinstance(author, dict) and str(author.get("id")) == str(user_id)
