"""A PostgreSQL restart or outage never stops the answers: every record is kept, or lost
and counted in one log line when the server is back; nothing crashes."""

from __future__ import annotations

import asyncio
import logging
import re
import subprocess
import time
from pathlib import Path

import pytest

from bot.discord.answering import Answerer, Asked
from bot.engine.serving import ServingEngines
from bot.store import QuestionStore
from tests.store.backends import fresh_database, need_postgres_ctl, raw_rows

pytestmark = pytest.mark.slow
"""They stop and restart the one PostgreSQL server every store test shares: run alone, after
the quick tests (which run in parallel)."""

QUESTION = "How much cocaine did Belgium seize?"
BEFORE = 20
AFTER = 20
OUTAGE_QUESTIONS = 5
GIVE_UP_SECONDS = 120
"""Only a bound on a broken run, never a measure: the tests wait for events, not times."""
REPORT = re.compile(r"reachable again after [\d.]+s; (\d+) store calls failed")


def _server(ctl: str, *args: str) -> None:
    subprocess.run([ctl, *args, "-w"], check=True, capture_output=True, timeout=GIVE_UP_SECONDS)


def _reported_losses(caplog: pytest.LogCaptureFixture) -> list[int]:
    """The count in each 'reachable again' line."""
    return [
        int(found[1])
        for record in caplog.records
        if (found := REPORT.search(record.getMessage())) is not None
    ]


async def _ask(answerer: Answerer, n: int) -> Asked:
    return await answerer.ask(QUESTION, guild_id=1, user_id=n)


async def _until_recorded(answerer: Answerer, asked: list[Asked]) -> None:
    """Ask until a question is recorded again (the store has reconnected)."""
    deadline = time.monotonic() + GIVE_UP_SECONDS
    while not asked or asked[-1].question_id is None:
        assert time.monotonic() < deadline, "the store never reconnected"
        await asyncio.sleep(0.05)
        asked.append(await _ask(answerer, len(asked)))


def _errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


async def test_a_server_restart_during_writes_keeps_the_answers_and_the_records(
    live: ServingEngines, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ctl = need_postgres_ctl()
    caplog.set_level(logging.INFO)
    async with fresh_database("postgres", tmp_path / "unused") as url:
        async with QuestionStore(url) as store:
            answerer = Answerer(live, store)
            asked = [await _ask(answerer, n) for n in range(BEFORE)]
            restart = asyncio.create_task(asyncio.to_thread(_server, ctl, "restart", "-m", "fast"))
            while not restart.done():
                asked.append(await _ask(answerer, len(asked)))
            await restart
            asked += [await _ask(answerer, len(asked)) for _ in range(AFTER)]
            await _until_recorded(answerer, asked)
        stored = {row[0] for row in await raw_rows(url, "SELECT id FROM questions")}

    recorded = [a.question_id for a in asked if a.question_id is not None]
    assert all(a.answer.answered for a in asked), "every question was answered"
    assert set(recorded) <= stored, "every id handed out is stored"
    assert sum(_reported_losses(caplog)) == len(asked) - len(recorded), "losses are counted"
    reconnected = [r for r in caplog.records if "reconnected, nothing lost" in r.getMessage()]
    assert reconnected or _reported_losses(caplog), "the restart did cut the connection"
    assert _errors(caplog) == []


async def test_an_outage_loses_records_counted_in_one_line_and_answers_go_on(
    live: ServingEngines, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ctl = need_postgres_ctl()
    caplog.set_level(logging.WARNING)
    async with fresh_database("postgres", tmp_path / "unused") as url:
        async with QuestionStore(url, reconnect_seconds=0.2) as store:
            answerer = Answerer(live, store)
            before = await _ask(answerer, 0)
            await asyncio.to_thread(_server, ctl, "stop", "-m", "fast")
            try:
                during = [await _ask(answerer, n) for n in range(OUTAGE_QUESTIONS)]
            finally:
                await asyncio.to_thread(_server, ctl, "start")
            after: list[Asked] = []
            await _until_recorded(answerer, after)
            tally = await store.tally(before.question_id or 0)
        stored = {row[0] for row in await raw_rows(url, "SELECT id FROM questions")}

    assert before.question_id in stored
    assert all(a.answer.answered for a in [*during, *after]), "every question was answered"
    assert all(a.question_id is None for a in during), "nothing could be recorded meanwhile"
    assert after[-1].question_id in stored
    unrecorded = len(during) + sum(a.question_id is None for a in after)
    assert _reported_losses(caplog) == [unrecorded], "one line counts every lost record"
    assert (tally.up, tally.down) == (0, 0)
    assert _errors(caplog) == []
