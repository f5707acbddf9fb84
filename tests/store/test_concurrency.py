"""The bot's event loop must keep serving Discord while the store writes."""

import asyncio
from contextlib import suppress
from pathlib import Path

from bot.store import DM, UP, QuestionStore, guild_where

from .conftest import ManualClock

WRITES = 200


async def test_loop_keeps_ticking_during_a_write_burst(store: QuestionStore) -> None:
    writing = True
    ticks_while_writing = 0

    async def ticker() -> None:
        nonlocal ticks_while_writing
        while writing:
            ticks_while_writing += 1
            await asyncio.sleep(0)

    async def burst() -> list[int]:
        nonlocal writing
        try:
            return [
                await store.record_question(
                    f"question {n}", where=DM, pack="p", fact_id=None, confidence=None
                )
                for n in range(WRITES)
            ]
        finally:
            writing = False

    ids, _ = await asyncio.gather(burst(), ticker())

    assert len(set(ids)) == WRITES
    # A blocking store would run the whole burst without yielding: zero or one tick.
    assert ticks_while_writing >= WRITES


async def test_concurrent_callers_each_get_their_own_result(store: QuestionStore) -> None:
    ids = await asyncio.gather(
        *(
            store.record_question(
                f"q{n}", where=guild_where(n % 3), pack="p", fact_id=f"f{n}", confidence=0.5
            )
            for n in range(WRITES)
        )
    )
    tallies = await asyncio.gather(*(store.record_vote(qid, "voter", UP) for qid in ids))
    stats = await store.stats()
    assert len(set(ids)) == WRITES
    assert all((tally.up, tally.down) == (1, 0) for tally in tallies)
    assert (stats.questions, stats.votes_up) == (WRITES, WRITES)


async def test_cancelled_caller_leaves_the_store_consistent(
    database: str | Path, clock: ManualClock
) -> None:
    async with QuestionStore(database, clock=clock) as store:
        for n in range(20):
            await store.record_question(f"q{n}", where=DM, pack="p", fact_id=None, confidence=None)
        for _ in range(5):
            cancelled = asyncio.create_task(store.stats())
            await asyncio.sleep(0)
            cancelled.cancel()
            with suppress(asyncio.CancelledError):
                await cancelled
        after = await store.record_question(
            "after cancel", where=DM, pack="p", fact_id=None, confidence=None
        )
    async with QuestionStore(database, clock=clock) as reopened:
        assert await reopened.question(after) is not None
        assert (await reopened.stats()).questions == 21
