"""No server stalls another: curator work (reloads, reports) never holds up answers, and one
member cannot flood the store with declined questions."""

from __future__ import annotations

import asyncio
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from bot.engine.serving import ServingEngines
from bot.store import store as store_module

from .bot_harness import BELGIUM_QUESTION, BELGIUM_QUOTE, copy_knowledge, reply_of, start_factbot
from .fake_discord import FakeDiscord
from .fake_discord.runner import BotRunner
from .fake_discord.scenario import Scenario

pytestmark = pytest.mark.asyncio

STALLED = min(32, (os.cpu_count() or 1) + 4) + 1
"""One curator job more than the default executor has threads (asyncio's own formula)."""


async def test_answers_never_wait_behind_reloads_and_reports(
    fake_discord: FakeDiscord,
    scenario: Scenario,
    bot_runner: BotRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    knowledge = copy_knowledge(tmp_path)
    live = ServingEngines(knowledge, ["antwerp"])
    release = threading.Event()
    started = threading.Semaphore(0)
    real_group = store_module.group_gaps
    real_reload = live.reload

    def slow_group(*args: Any) -> Any:
        started.release()
        release.wait(30)
        return real_group(*args)

    def slow_reload(*args: Any) -> Any:
        started.release()
        release.wait(30)
        return real_reload(*args)

    monkeypatch.setattr(store_module, "group_gaps", slow_group)
    monkeypatch.setattr(live, "reload", slow_reload)
    await start_factbot(
        fake_discord, bot_runner, tmp_path, live=live, knowledge_dir=knowledge,
        admin_cooldown_rate=50,
    )  # fmt: skip
    try:
        interactions = []
        for n in range(STALLED):
            command = "stats" if n % 2 else "reload"
            interactions.append(
                await fake_discord.slash_command(
                    command, user=scenario.admin, channel=scenario.general
                )
            )
        for interaction in interactions:
            await fake_discord.wait_for_callback(interaction)  # deferred: its work is under way
        await asyncio.sleep(0.3)
        answer = await reply_of(
            fake_discord, scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}"
        )
        assert BELGIUM_QUOTE in answer.text
    finally:
        release.set()


async def test_one_member_stores_a_bounded_number_of_declines_a_day(
    fake_discord: FakeDiscord, scenario: Scenario, bot_runner: BotRunner, tmp_path: Path
) -> None:
    bot = await start_factbot(
        fake_discord, bot_runner, tmp_path, declines_per_user_per_day=3, cooldown_rate=100
    )
    for n in range(6):
        await reply_of(
            fake_discord, scenario.general, scenario.member, f"!ask who painted moon base {n}?"
        )
    await reply_of(fake_discord, scenario.general, scenario.moderator, "!ask who built mars?")
    await reply_of(fake_discord, scenario.general, scenario.member, f"!ask {BELGIUM_QUESTION}")

    assert bot.store is not None
    stats = await bot.store.stats()
    assert stats.questions == 3 + 1 + 1, "3 declines for alice, 1 for mo, and the answer"
    assert stats.answered == 1
