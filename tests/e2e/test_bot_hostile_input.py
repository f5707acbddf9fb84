"""Hostile messages get a clear reply within Discord's limits, and the bot keeps serving."""

from __future__ import annotations

from pathlib import Path

import pytest

from .bot_harness import BELGIUM_QUESTION, BELGIUM_QUOTE, reply_of, start_factbot
from .fake_discord import FakeDiscord
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario

pytestmark = pytest.mark.asyncio

DISCORD_MESSAGE_LIMIT = 2000
EMBED_DESCRIPTION_LIMIT = 4096

HOSTILE = {
    "empty mention": "{mention}",
    "4,500 characters": "{mention} " + "why " * 1125,
    "control and zero-width": "{mention} \x00\x01\x07\u200b\u202e\ufeff ??",
    "code fence and masked link": (
        "{mention} ```py\nimport os``` [click me](https://example.invalid) ||spoiler|| "
        "what is the capital of France?"
    ),
    "emoji only": "{mention} 🤔🤔🤔",
}


@pytest.mark.parametrize("message", HOSTILE.values(), ids=HOSTILE.keys())
async def test_hostile_message_gets_a_bounded_harmless_reply_and_the_bot_keeps_serving(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
    message: str,
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)
    mention = fake_discord.bot_user.mention
    content = message.format(mention=mention)

    reply = await reply_of(fake_discord, scenario.general, scenario.member, content)
    stored = fake_discord.message(reply.id)
    assert stored is not None
    assert len(stored.get("content") or "") <= DISCORD_MESSAGE_LIMIT
    for embed in stored.get("embeds") or []:
        assert len(embed.get("description") or "") <= EMBED_DESCRIPTION_LIMIT
    unescaped = reply.text.replace("\\[", "").replace("\\`", "")
    assert "[click me](" not in unescaped, "no live masked link comes back"
    assert "```" not in unescaped, "no code fence is echoed unescaped"

    answer = await reply_of(
        fake_discord, scenario.general, scenario.member, f"{mention} {BELGIUM_QUESTION}"
    )
    assert BELGIUM_QUOTE in answer.text
