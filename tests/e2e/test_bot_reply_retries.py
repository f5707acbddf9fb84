"""A reply that exhausts discord.py's retries is queued and retried with backoff for a bounded
time, then logged as lost with its question id."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from .bot_harness import BELGIUM_QUESTION, BELGIUM_QUOTE, reply_to, start_factbot
from .fake_discord import FakeDiscord
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario

pytestmark = pytest.mark.asyncio

MESSAGES = "POST /channels/*/messages"


async def test_a_reply_refused_five_times_is_retried_later_and_delivered(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path, reply_retry_seconds=10)
    fake_discord.rate_limit_next(MESSAGES, times=5, retry_after=0.05)  # discord.py's 5 tries

    sent = await fake_discord.send_message(
        scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}"
    )
    reply = await fake_discord.wait_for_message(reply_to(int(sent["id"])), within=15)

    assert BELGIUM_QUOTE in reply.text
    statuses = [r.status for r in fake_discord.requests_to("POST /channels/{channel_id}/messages")]
    assert statuses == [429] * 5 + [200]


async def test_a_reply_refused_for_longer_than_the_window_is_logged_lost_with_its_id(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    bot = await start_factbot(fake_discord, bot_runner, tmp_path, reply_retry_seconds=1.5)
    fake_discord.fail_next(MESSAGES, times=1000, status=503)
    caplog.set_level(logging.INFO, logger="bot.discord")

    await fake_discord.send_message(scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}")
    lost = None
    for _ in range(100):
        lost = next((r for r in caplog.records if "reply lost" in r.getMessage()), None)
        if lost is not None:
            break
        await asyncio.sleep(0.1)

    assert lost is not None
    assert "question id 1" in lost.getMessage()
    assert bot.responder.retries.pending == 0
    tries = fake_discord.requests_to("POST /channels/{channel_id}/messages")
    assert [r.status for r in tries] == [503] * 3, "the first try, then two retries in 1.5 s"
