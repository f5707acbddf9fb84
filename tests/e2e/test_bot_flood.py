"""No flood through the bot: every command has a cooldown, refusals in chat get one notice a
window, admin commands are rate-limited per guild, and `/sync` publishes only a changed tree."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from .bot_harness import BELGIUM_QUESTION, reply_of, start_factbot
from .fake_discord import FakeDiscord
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario

pytestmark = pytest.mark.asyncio

SPAMMED = ["!help", "!reload", "!stats", "!erase", "!sync"]


async def test_sixty_spammed_commands_get_a_handful_of_replies(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path, cooldown_rate=5)
    sent = []
    for _ in range(12):
        for command in SPAMMED:
            message = await fake_discord.send_message(scenario.general, scenario.member, command)
            sent.append(int(message["id"]))
    # someone else's question is answered, and only after it do we count the spammer's replies
    await reply_of(fake_discord, scenario.general, scenario.moderator, f"!ask {BELGIUM_QUESTION}")
    await asyncio.sleep(0.5)

    replies = [m for m in fake_discord.posted_messages if m.reply_to in set(sent)]
    notices = [m for m in replies if "factbot" not in m.text and "How to ask" not in m.text]
    assert len(sent) == 60
    assert len(replies) <= 5 + 1, [m.text[:60] for m in replies]
    assert len(notices) <= 1, [m.text[:60] for m in notices]


async def test_a_refused_admin_command_in_chat_gets_one_notice_per_window(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)
    sent = [
        int((await fake_discord.send_message(scenario.general, scenario.member, "!reload"))["id"])
        for _ in range(10)
    ]
    await reply_of(fake_discord, scenario.general, scenario.moderator, f"!ask {BELGIUM_QUESTION}")
    await asyncio.sleep(0.5)

    refusals = [m for m in fake_discord.posted_messages if m.reply_to in set(sent)]
    assert len(refusals) == 1
    assert "Manage Server" in refusals[0].text


async def test_admin_commands_are_rate_limited_per_guild_not_per_curator(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path, admin_cooldown_rate=3)
    texts = []
    for user in (scenario.moderator, scenario.admin, scenario.moderator, scenario.admin):
        interaction = await fake_discord.slash_command("stats", user=user, channel=scenario.general)
        shown = await fake_discord.wait_for_message(
            lambda m, i=interaction.id: m.interaction_id == i and not m.loading
        )
        assert shown.ephemeral
        texts.append(shown.text)

    assert all("Questions:" in text for text in texts[:3])
    assert "limited in this server" in texts[3]


async def test_sync_publishes_only_when_the_command_tree_changed(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path, admin_cooldown_rate=20)
    at_start = fake_discord.sync_count(None)
    for _ in range(10):
        interaction = await fake_discord.slash_command(
            "sync", user=scenario.admin, channel=scenario.general
        )
        done = await fake_discord.wait_for_message(
            lambda m, i=interaction.id: m.interaction_id == i and not m.loading
        )
        assert "unchanged" in done.text

    assert at_start == 1
    assert fake_discord.sync_count(None) == 1
