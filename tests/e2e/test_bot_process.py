"""`python -m bot` as a process: terminal chat without a token, one clear line on bad start-up."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from .fake_discord import FakeDiscord

pytestmark = pytest.mark.asyncio

PROCESS_TIMEOUT = 30.0
REPO = Path(__file__).resolve().parents[2]
"""The tree under test: the child runs from an empty directory, so it must be told where."""


def bot_environment(tmp_path: Path, **settings: str) -> dict[str, str]:
    """The current environment minus any factbot settings, plus the given ones."""
    names = {
        "DISCORD_TOKEN",
        "DISCORD_API_BASE",
        "DISCORD_GATEWAY_URL",
        "DATABASE_PATH",
        "LOG_LEVEL",
        "OWNER_IDS",
        "DEV_GUILD_IDS",
        "SHARD_COUNT",
        "SHARD_IDS",
    }
    env = {key: value for key, value in os.environ.items() if key.upper() not in names}
    env["DATABASE_PATH"] = str(tmp_path / "questions.sqlite3")
    env["PYTHONPATH"] = os.pathsep.join(
        part for part in (str(REPO), os.environ.get("PYTHONPATH", "")) if part
    )
    env.update(settings)
    return env


async def spawn_bot(tmp_path: Path, env: dict[str, str], stdin: int) -> asyncio.subprocess.Process:
    """`python -m bot` from an empty directory (so no .env is read), output captured."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,
        env=env,
        stdin=stdin,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def run_bot(tmp_path: Path, env: dict[str, str], stdin: bytes = b"") -> tuple[int, str, str]:
    """Run `python -m bot` from an empty directory (so no .env is read) and collect output."""
    process = await spawn_bot(tmp_path, env, asyncio.subprocess.PIPE)
    try:
        out, err = await asyncio.wait_for(process.communicate(stdin), PROCESS_TIMEOUT)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_without_a_token_the_terminal_chat_starts(tmp_path: Path) -> None:
    env = bot_environment(tmp_path)
    assert "DISCORD_TOKEN" not in env

    code, out, err = await run_bot(
        tmp_path, env, stdin=b"How much cocaine did Belgium seize?\nquit\n"
    )

    assert code == 0, err
    assert "terminal chat" in out
    assert "123 metric tons" in out
    assert "Traceback" not in err


async def test_a_rejected_token_ends_with_one_clear_line(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    env = bot_environment(
        tmp_path,
        DISCORD_TOKEN="not-the-token",
        DISCORD_API_BASE=fake_discord.api_base,
        LOG_LEVEL="WARNING",
    )

    code, _, err = await run_bot(tmp_path, env)

    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "DISCORD_TOKEN" in lines[0]
    assert "Developer Portal" in lines[0]
    assert fake_discord.requests_to("GET /users/@me")[0].status == 401


@pytest.mark.fake_discord(allowed_privileged_intents=0)
async def test_a_missing_message_content_intent_ends_with_one_clear_line(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    env = bot_environment(
        tmp_path,
        DISCORD_TOKEN=fake_discord.token,
        DISCORD_API_BASE=fake_discord.api_base,
        LOG_LEVEL="WARNING",
    )

    code, _, err = await run_bot(tmp_path, env)

    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Message Content" in lines[0]


async def test_sigterm_shuts_the_bot_down_cleanly(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    env = bot_environment(
        tmp_path,
        DISCORD_TOKEN=fake_discord.token,
        DISCORD_API_BASE=fake_discord.api_base,
        DISCORD_GATEWAY_URL=fake_discord.gateway_url,
        LOG_LEVEL="INFO",
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

    assert process.returncode == 0, err.decode()
    assert "Traceback" not in err.decode()
    assert "shut down cleanly" in err.decode()
    assert fake_discord.sync_count() == 1
