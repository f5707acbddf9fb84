"""A setting the running bot would ignore says so at start-up."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import pytest

from .fake_discord import FakeDiscord
from .test_bot_process import PROCESS_TIMEOUT, bot_environment, spawn_bot

pytestmark = pytest.mark.asyncio


async def test_a_gateway_url_without_shard_count_is_reported_as_ignored(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    env = bot_environment(
        tmp_path,
        DISCORD_TOKEN=fake_discord.token,
        DISCORD_API_BASE=fake_discord.api_base,
        DISCORD_GATEWAY_URL="ws://127.0.0.1:9/",
        LOG_LEVEL="WARNING",
    )
    process = await spawn_bot(tmp_path, env, asyncio.subprocess.DEVNULL)
    try:
        await fake_discord.wait_for_gateway_event("ready", within=PROCESS_TIMEOUT)
        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(process.communicate(), PROCESS_TIMEOUT)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()

    assert "DISCORD_GATEWAY_URL ignored" in err.decode()
    assert "SHARD_COUNT" in err.decode()
