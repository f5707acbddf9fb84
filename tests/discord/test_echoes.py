"""The gateway's copies of the bot's own messages are dropped; everyone else's are parsed."""

from __future__ import annotations

from typing import Any

import discord

from bot.discord.echoes import drop_own_messages


def message_from(author_id: int | str) -> dict[str, Any]:
    return {"id": "10", "channel_id": "20", "author": {"id": str(author_id)}, "content": "hi"}


def test_only_messages_by_others_reach_discord_py() -> None:
    client = discord.Client(intents=discord.Intents.none())
    parsed: list[dict[str, Any]] = []
    state = client._connection
    state.parsers["MESSAGE_CREATE"] = parsed.append
    drop_own_messages(client)
    parse = state.parsers["MESSAGE_CREATE"]

    parse(message_from(7))  # not connected yet: nobody is "us", so nothing is dropped
    state.user = discord.ClientUser(
        state=state,
        data={
            "id": "7",
            "username": "factbot",
            "discriminator": "0",
            "avatar": None,
            "global_name": None,
        },
    )
    parse(message_from(7))
    parse(message_from(8))
    parse({"id": "11", "channel_id": "20"})  # no author (never sent so, but not ours either)

    assert [m.get("author", {}).get("id") for m in parsed] == ["7", "8", None]
