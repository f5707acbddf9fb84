"""No link in the bot's voice: user text with masked links comes back with none clickable."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.render.links import clickable_links, live_syntax

from .bot_harness import reply_of, response_to, start_factbot
from .fake_discord import FakeDiscord
from .fake_discord.flags import Permission
from .fake_discord.recording import PostedMessage
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario

pytestmark = pytest.mark.asyncio

TWO_LINKS = "[a](https://a.example) [Verify your account](https://evil.example/login)"


def assert_no_planted_link(message: PostedMessage) -> None:
    links = clickable_links(message.text)
    assert [link for link in links if "example" in link] == [], message.text
    assert "Verify your account" in message.text.replace("\\", "")
    assert [s for s in live_syntax(message.text) if "@" in s] == []


async def test_fact_by_prefix_escapes_every_masked_link(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)
    reply = await reply_of(fake_discord, scenario.general, scenario.member, f"!fact {TWO_LINKS}")
    assert_no_planted_link(reply)


async def test_fact_by_slash_command_escapes_every_masked_link(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)
    interaction = await fake_discord.slash_command(
        "fact", user=scenario.member, channel=scenario.general, options={"name": TWO_LINKS}
    )
    reply = await fake_discord.wait_for_message(response_to(interaction.id))
    assert_no_planted_link(reply)


async def test_the_convert_embed_escapes_every_masked_link(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)
    reply = await reply_of(
        fake_discord, scenario.general, scenario.member, f"!convert 10 t to {TWO_LINKS}"
    )
    assert_no_planted_link(reply)


async def test_plain_text_answers_escape_every_masked_link(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    for role in scenario.guild.roles.values():
        role.permissions &= ~Permission.EMBED_LINKS
    await start_factbot(fake_discord, bot_runner, tmp_path)
    reply = await reply_of(
        fake_discord, scenario.general, scenario.member, f"!ask what is {TWO_LINKS} @everyone"
    )
    assert not reply.embeds
    assert_no_planted_link(reply)
