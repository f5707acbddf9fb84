"""Records written in batches: every one written, each with its own id, at shutdown too."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.store import QuestionStore
from bot.store.batching import RecordBatcher
from bot.store.store import NewQuestion


def question(n: int) -> NewQuestion:
    fact = f"fact-{n}" if n % 3 else None  # every third one a decline
    return NewQuestion(f"question {n}", where="guild:1", pack="p", fact_id=fact, confidence=0.5)


async def test_a_burst_is_written_in_few_batches_with_each_record_under_its_own_id(
    store: QuestionStore,
) -> None:
    batcher = RecordBatcher(store, limit=100)

    ids = await asyncio.gather(*(batcher.record(question(n)) for n in range(250)))

    assert len(set(ids)) == 250
    assert batcher.written == 250
    for n in (0, 1, 99, 100, 249):
        record = await store.question(ids[n])
        assert record is not None
        assert (record.text, record.fact_id, record.answered) == (
            f"question {n}",
            question(n).fact_id,
            n % 3 != 0,
        )
    assert (await store.stats()).questions == 250


async def test_close_writes_everything_still_queued(store: QuestionStore) -> None:
    batcher = RecordBatcher(store, limit=7)
    for n in range(50):
        batcher.submit(question(n))  # nobody waits for these ids
    assert batcher.pending > 0

    await batcher.close()

    assert batcher.pending == 0
    assert (await store.stats()).questions == 50


async def test_a_caller_that_stops_waiting_leaves_its_record_to_be_written(
    store: QuestionStore,
) -> None:
    batcher = RecordBatcher(store)
    waiting = asyncio.ensure_future(batcher.record(question(1)))
    await asyncio.sleep(0)
    waiting.cancel()

    await batcher.close()

    assert (await store.stats()).questions == 1


async def test_a_failed_batch_fails_its_callers_and_the_next_batch_is_written(
    store: QuestionStore,
) -> None:
    batcher = RecordBatcher(store)
    real = store.record_questions
    calls = 0

    async def failing_once(rows: list[NewQuestion]) -> list[int]:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise OSError("disk full")
        return await real(rows)

    store.record_questions = failing_once  # type: ignore[method-assign]
    with pytest.raises(OSError, match="disk full"):
        await batcher.record(question(1))
    assert await batcher.record(question(2)) > 0


async def test_a_bad_place_label_fails_only_its_caller(store: QuestionStore) -> None:
    batcher = RecordBatcher(store)
    with pytest.raises(ValueError, match="where must be"):
        batcher.submit(question(1)._replace(where="user:42"))
    assert await batcher.record(question(2)) > 0


async def test_many_at_once_keep_the_order_given_across_insert_statements(
    store: QuestionStore,
) -> None:
    ids = await store.record_questions([question(n) for n in range(250)])

    assert ids == sorted(ids)
    texts = [(await store.question(i)) for i in (ids[0], ids[150], ids[249])]
    wanted = ["question 0", "question 150", "question 249"]
    assert [t.text for t in texts if t is not None] == wanted


async def test_close_writes_what_a_cancelled_writer_left_queued(store: QuestionStore) -> None:
    batcher = RecordBatcher(store, limit=5)
    for n in range(20):
        batcher.submit(question(n))
    writer = batcher._writer
    assert writer is not None
    await asyncio.sleep(0)
    writer.cancel()  # as a loop shutting down cancels every task
    await asyncio.gather(writer, return_exceptions=True)

    await batcher.close()

    assert batcher.pending == 0
    assert (await store.stats()).questions >= 15, "all but the batch cut short are written"


async def test_user_ids_are_kept_in_a_batch_only_when_the_store_keeps_them(
    tmp_path: Path,
) -> None:
    for keep, expected in ((False, None), (True, "42")):
        async with QuestionStore(tmp_path / f"{keep}.sqlite3", keep_user_ids=keep) as store:
            (question_id,) = await store.record_questions([question(1)._replace(user_id=42)])
            record = await store.question(question_id)
        assert record is not None
        assert record.user_id == expected
