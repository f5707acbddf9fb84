"""factbot survives a dropped gateway and REST rate limits without losing or doubling answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from .bot_harness import BELGIUM_QUESTION, replies_to, reply_of, reply_to, start_factbot
from .fake_discord import FakeDiscord
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario

pytestmark = pytest.mark.asyncio

QUESTIONS = [
    BELGIUM_QUESTION,
    "Who is Noem meeting?",
    "Which European port handles the most drugs?",
    "Who published the report on drug seizures?",
    "Were cocaine seizures in Europe a record in 2023?",
]


@pytest.mark.parametrize("abrupt", [False, True], ids=["close-4000", "tcp-abort"])
async def test_a_dropped_websocket_resumes_and_answers_each_question_once(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
    abrupt: bool,
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)
    ask = f"!ask {QUESTIONS[0]}"
    before = await fake_discord.send_message(scenario.general, scenario.member, ask)
    await fake_discord.wait_for_message(reply_to(int(before["id"])))

    async with fake_discord.hold_reconnects():
        await fake_discord.drop_connection(code=4000, abrupt=abrupt)
        during = [
            await fake_discord.send_message(scenario.general, scenario.member, f"!ask {q}")
            for q in QUESTIONS[1:3]
        ]
        dm = await fake_discord.send_dm(scenario.member, QUESTIONS[3])
    resumed = await fake_discord.wait_for_gateway_event("resumed")
    after = await fake_discord.send_message(
        scenario.general, scenario.member, f"!ask {QUESTIONS[4]}"
    )
    asked = [before, *during, dm, after]
    for message in asked[1:]:
        await fake_discord.wait_for_message(reply_to(int(message["id"])))

    assert resumed.detail["replayed"] >= 3
    assert (fake_discord.identify_count, fake_discord.resume_count) == (1, 1)
    assert [len(replies_to(fake_discord, int(m["id"]))) for m in asked] == [1] * len(asked)
    answers = [m for m in fake_discord.posted_messages if m.version == 0]
    assert len(answers) == len(asked), "nothing was answered twice"


async def test_a_rate_limited_reply_waits_retry_after_and_still_arrives(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    await start_factbot(fake_discord, bot_runner, tmp_path)
    fake_discord.rate_limit_next("POST /channels/*/messages", retry_after=0.4)

    reply = await reply_of(
        fake_discord, scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}"
    )

    attempts = fake_discord.requests_to("POST /channels/{channel_id}/messages")
    assert [attempt.status for attempt in attempts] == [429, 200]
    assert attempts[1].at - attempts[0].at >= 0.4
    assert "123 metric tons" in reply.text
