"""Question records under a burst through the real client: written in batches, every one
kept, each vote button naming its own record, and nothing queued lost when the bot stops."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.store import QuestionStore

from .bot_harness import BELGIUM_QUESTION, button_id, replies_to, start_factbot
from .fake_discord import FakeDiscord
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario

pytestmark = pytest.mark.asyncio

BURST = 40


async def test_a_burst_is_recorded_in_full_and_kept_after_the_bot_stops(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    bot = await start_factbot(fake_discord, bot_runner, tmp_path, cooldown_rate=1000)
    mention = fake_discord.bot_user.mention
    sent = await asyncio.gather(
        *(
            fake_discord.send_message(
                scenario.general, scenario.member, f"{mention} {BELGIUM_QUESTION} ({n})"
            )
            for n in range(BURST)
        )
    )
    ids = [int(message["id"]) for message in sent]
    for message_id in ids:
        await fake_discord.wait_for_message(lambda m, i=message_id: m.reply_to == i)
    await bot_runner.stop(bot)

    async with QuestionStore(tmp_path / "questions.sqlite3") as store:
        assert (await store.stats()).questions == BURST
        for n, message_id in enumerate(ids):
            (reply,) = replies_to(fake_discord, message_id)
            question_id = int(button_id(reply, ":up").split(":")[2])
            record = await store.question(question_id)
            assert record is not None
            assert record.text == f"{BELGIUM_QUESTION} ({n})"


async def test_closing_the_bot_writes_the_records_still_queued(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    bot = await start_factbot(fake_discord, bot_runner, tmp_path)
    answerer = bot.answerer
    batcher = answerer._records
    assert batcher is not None
    batcher.limit = 2  # many batches: the store must not close between two of them
    in_flight = [
        asyncio.ensure_future(answerer.ask(BELGIUM_QUESTION, guild_id=None, user_id=n))
        for n in range(25)
    ]
    await asyncio.sleep(0)  # each has answered and queued its record, none is written yet
    assert not any(task.done() for task in in_flight)

    await bot_runner.stop(bot)
    await asyncio.gather(*in_flight, return_exceptions=True)

    async with QuestionStore(tmp_path / "questions.sqlite3") as store:
        assert (await store.stats()).questions == 25
