"""The yardstick for end to end: a minimal discord.py bot that replies to each message with
its content, on the same client library and against the same local Discord as factbot.

What it costs to answer is what discord.py itself costs (parsing the gateway event, the REST
call); whatever factbot spends beyond that is its own path from `on_message` to the reply.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path

import discord

from tests.e2e.fake_discord import NetworkGuard, point_discord_py_at

NO_PINGS = discord.AllowedMentions.none()


class EchoBot(discord.AutoShardedClient):
    """Replies to every message from a person with the same text, as a threaded reply."""

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot:
            return
        await message.reply(message.content, mention_author=False, allowed_mentions=NO_PINGS)


async def run(token: str) -> None:
    """Serve until SIGTERM, then close the client cleanly, as factbot does."""
    intents = discord.Intents.default()
    intents.message_content = True
    client = EchoBot(intents=intents)
    running = asyncio.ensure_future(client.start(token))
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, lambda: asyncio.ensure_future(client.close()))
    try:
        await running
    finally:
        await client.close()


def serve(violations: Path) -> int:
    """The echo bot with the settings factbot gets (token, endpoints), loopback only."""
    guard = NetworkGuard()
    guard.install()
    try:
        api_base = os.environ["DISCORD_API_BASE"]
        with point_discord_py_at(api_base, os.environ["DISCORD_GATEWAY_URL"]):
            asyncio.run(run(os.environ["DISCORD_TOKEN"]))
        return 0
    finally:
        guard.uninstall()
        violations.write_text(json.dumps(guard.violations))


if __name__ == "__main__":
    sys.exit(serve(Path(sys.argv[1])))
