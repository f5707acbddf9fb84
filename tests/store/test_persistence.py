"""The file is the product: records must survive reopening and a hard kill."""

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bot.store import DM, TERMINAL, UP, QuestionStore, StoreNotOpenError, guild_where

from .conftest import START, ManualClock, raw_rows

REPO_ROOT = Path(__file__).resolve().parents[2]
IDS_BEFORE_KILL = 300
CHILD_TIMEOUT_SECONDS = 30


async def test_first_open_creates_folder_and_wal_file(db_path: Path) -> None:
    assert not db_path.parent.exists()
    async with QuestionStore(db_path):
        pass
    assert await asyncio.to_thread(db_path.is_file)
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_records_survive_close_and_reopen(database: str | Path, clock: ManualClock) -> None:
    async with QuestionStore(database, clock=clock) as store:
        answered_id = await store.record_question(
            "What is the capital of Italy?",
            where=guild_where(42),
            pack="geo",
            fact_id="italy-capital",
            confidence=0.93,
        )
        declined_id = await store.record_question(
            "who won the 1930 world cup",
            where=DM,
            pack="sport",
            fact_id=None,
            confidence=0.41,
            nearest_fact_id="world-cup-1934",
        )
        await store.record_vote(answered_id, voter_id=7, vote=UP)

    async with QuestionStore(database) as reopened:
        answered = await reopened.question(answered_id)
        declined = await reopened.question(declined_id)
        tally = await reopened.tally(answered_id)

    assert answered is not None
    assert (answered.text, answered.where, answered.pack) == (
        "What is the capital of Italy?",
        "guild:42",
        "geo",
    )
    assert (answered.fact_id, answered.confidence, answered.answered) == (
        "italy-capital",
        0.93,
        True,
    )
    assert answered.asked_at == START
    assert declined is not None
    assert (declined.fact_id, declined.answered, declined.nearest_fact_id) == (
        None,
        False,
        "world-cup-1934",
    )
    assert (tally.up, tally.down) == (1, 0)


async def test_use_outside_open_is_a_clear_error(database: str | Path) -> None:
    store = QuestionStore(database)
    with pytest.raises(StoreNotOpenError):
        await store.tally(1)
    async with store:
        pass
    with pytest.raises(StoreNotOpenError):
        await store.gaps()


async def test_sigkill_mid_burst_keeps_every_reported_commit(database: str | Path) -> None:
    reported, returncode = await asyncio.to_thread(_kill_a_writer_mid_burst, database)
    assert returncode == -signal.SIGKILL

    if isinstance(database, Path):
        with sqlite3.connect(database) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    stored = {row[0] for row in await raw_rows(database, "SELECT id FROM questions")}
    voted = {row[0] for row in await raw_rows(database, "SELECT question_id FROM votes")}
    assert set(reported) <= stored
    assert set(reported) <= voted
    assert await _write_one(database) > max(reported)


def _kill_a_writer_mid_burst(database: str | Path) -> tuple[list[int], int]:
    """Let a writer process report IDS_BEFORE_KILL committed ids, then SIGKILL it."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.store.burst_writer", str(database)],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(CHILD_TIMEOUT_SECONDS, child.kill)
    watchdog.start()
    try:
        assert child.stdout is not None
        reported: list[int] = []
        while len(reported) < IDS_BEFORE_KILL:
            line = child.stdout.readline()
            assert line, f"writer stopped early: {child.stderr.read() if child.stderr else ''}"
            reported.append(int(line))
        os.kill(child.pid, signal.SIGKILL)
        rest, _ = child.communicate()
    finally:
        watchdog.cancel()
        if child.poll() is None:
            child.kill()
            child.wait()
    reported += [int(line) for line in rest.splitlines(keepends=True) if line.endswith("\n")]
    return reported, child.returncode


async def _write_one(database: str | Path) -> int:
    """Prove the killed database is usable by the store itself, not just readable."""
    async with QuestionStore(database) as store:
        return await store.record_question(
            "still works?", where=TERMINAL, pack="burst", fact_id=None, confidence=None
        )
