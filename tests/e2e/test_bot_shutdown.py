"""Clean shutdown in every failure: SIGTERM ends the process within 10 s even when the
database fails on close, or when SHARD_COUNT is set and the gateway cannot be reached."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import time
from pathlib import Path

import pytest

from .fake_discord import FakeDiscord
from .test_bot_process import PROCESS_TIMEOUT, bot_environment, spawn_bot

pytestmark = pytest.mark.asyncio

EXIT_WITHIN = 10.0

FAILING_DISK = '''
"""Injected into the bot's process by the test: SQLite's tidy-up on close fails as it does
on a full or failing disk."""
import sqlite3

import aiosqlite

_execute = aiosqlite.Connection.execute


def execute(self, sql, parameters=None):
    if sql.strip().upper() == "PRAGMA OPTIMIZE":
        async def fail():
            raise sqlite3.OperationalError("database or disk is full")
        return fail()
    return _execute(self, sql, parameters)


aiosqlite.Connection.execute = execute
'''


def with_failing_disk(tmp_path: Path, env: dict[str, str]) -> dict[str, str]:
    inject = tmp_path / "inject"
    inject.mkdir()
    (inject / "sitecustomize.py").write_text(FAILING_DISK, encoding="utf-8")
    env["PYTHONPATH"] = os.pathsep.join([str(inject), env["PYTHONPATH"]])
    return env


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def stop_and_time(process: asyncio.subprocess.Process) -> tuple[float, str]:
    """SIGTERM, then how long the process took to exit, and what it logged."""
    process.send_signal(signal.SIGTERM)
    began = time.monotonic()
    try:
        _, err = await asyncio.wait_for(process.communicate(), PROCESS_TIMEOUT)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    return time.monotonic() - began, err.decode()


async def test_sigterm_exits_in_time_when_the_database_fails_on_close(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    env = with_failing_disk(
        tmp_path,
        bot_environment(
            tmp_path,
            DISCORD_TOKEN=fake_discord.token,
            DISCORD_API_BASE=fake_discord.api_base,
            DISCORD_GATEWAY_URL=fake_discord.gateway_url,
            LOG_LEVEL="INFO",
        ),
    )
    process = await spawn_bot(tmp_path, env, asyncio.subprocess.DEVNULL)
    try:
        await fake_discord.wait_for_gateway_event("ready", within=PROCESS_TIMEOUT)
    except BaseException:
        process.kill()
        await process.wait()
        raise
    took, err = await stop_and_time(process)

    assert took < EXIT_WITHIN, err
    assert process.returncode == 0, err
    assert "disk is full" in err
    assert "Traceback" not in err


async def test_sigterm_exits_in_time_while_the_gateway_is_unreachable(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    env = bot_environment(
        tmp_path,
        DISCORD_TOKEN=fake_discord.token,
        DISCORD_API_BASE=fake_discord.api_base,
        DISCORD_GATEWAY_URL=f"ws://127.0.0.1:{unused_port()}",
        SHARD_COUNT="1",
        LOG_LEVEL="INFO",
    )
    process = await spawn_bot(tmp_path, env, asyncio.subprocess.DEVNULL)
    assert process.stderr is not None
    seen: list[str] = []
    try:
        async with asyncio.timeout(PROCESS_TIMEOUT):
            while not any("Failed to connect" in line for line in seen):
                line = await process.stderr.readline()
                assert line, "".join(seen)
                seen.append(line.decode())
    except BaseException:
        process.kill()
        await process.wait()
        raise
    took, err = await stop_and_time(process)
    err = "".join(seen) + err

    assert took < EXIT_WITHIN, err
    assert process.returncode == 0, err
    assert "Traceback" not in err, "a retry is one line, not a traceback"
