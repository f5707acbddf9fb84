"""Retention and erasure delete exactly what they promise, votes included."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.store import DM, DOWN, TERMINAL, UP, QuestionStore, guild_where

from .conftest import ManualClock, raw_rows

RETENTION_DAYS = 30
ONE_MICROSECOND = timedelta(microseconds=1)


async def _ask(store: QuestionStore, text: str, where: str, at: datetime | None = None) -> int:
    question_id = await store.record_question(
        text, where=where, pack="p", fact_id="f", confidence=0.9, at=at
    )
    await store.record_vote(question_id, voter_id=f"voter-of-{text}", vote=UP)
    return question_id


async def _stored_ids(database: str | Path) -> tuple[set[int], set[int]]:
    questions = {row[0] for row in await raw_rows(database, "SELECT id FROM questions")}
    voted = {row[0] for row in await raw_rows(database, "SELECT question_id FROM votes")}
    return questions, voted


async def test_purge_deletes_exactly_what_is_old_enough(
    store: QuestionStore, clock: ManualClock, database: str | Path
) -> None:
    cutoff = clock.now - timedelta(days=RETENTION_DAYS)
    just_older = await _ask(store, "a", DM, at=cutoff - ONE_MICROSECOND)
    on_boundary = await _ask(store, "b", DM, at=cutoff)
    just_newer = await _ask(store, "c", DM, at=cutoff + ONE_MICROSECOND)
    recent = await _ask(store, "d", TERMINAL, at=clock.now - timedelta(days=1))

    assert await store.purge_older_than(RETENTION_DAYS) == 2

    questions, voted = await _stored_ids(database)
    assert questions == voted == {just_newer, recent}
    assert just_older not in questions
    assert on_boundary not in questions
    assert await store.purge_older_than(RETENTION_DAYS) == 0


async def test_purge_follows_the_clock(store: QuestionStore, clock: ManualClock) -> None:
    await _ask(store, "asked now", DM)
    clock.advance(timedelta(days=RETENTION_DAYS) - ONE_MICROSECOND)
    assert await store.purge_older_than(RETENTION_DAYS) == 0
    clock.advance(ONE_MICROSECOND)
    assert await store.purge_older_than(RETENTION_DAYS) == 1


async def test_purge_rejects_negative_days(store: QuestionStore) -> None:
    with pytest.raises(ValueError, match="non-negative"):
        await store.purge_older_than(-1)


async def test_erase_guild_removes_that_guild_only(
    store: QuestionStore, database: str | Path
) -> None:
    erased = {
        await _ask(store, "g1 first", guild_where(1)),
        await _ask(store, "g1 second", guild_where(1)),
    }
    kept = {
        await _ask(store, "g10", guild_where(10)),
        await _ask(store, "g11", guild_where(11)),
        await _ask(store, "private", DM),
        await _ask(store, "local", TERMINAL),
    }
    await store.record_vote(min(kept), voter_id="someone-else", vote=DOWN)

    assert await store.erase_guild(1) == 2

    questions, voted = await _stored_ids(database)
    assert questions == voted == kept
    assert not erased & questions
    assert (await store.tally(min(kept))).down == 1
    assert await store.erase_guild(1) == 0


async def test_erased_text_does_not_linger_in_the_files(db_path: Path) -> None:
    marker = "zq-unique-erasure-marker-7731"
    async with QuestionStore(db_path) as store:
        for _ in range(50):
            await _ask(store, f"{marker} about the guild", guild_where(99))
        await _ask(store, "unrelated", DM)
        assert await store.erase_guild(99) == 50
        on_disk = b"".join(path.read_bytes() for path in db_path.parent.iterdir() if path.is_file())
    assert marker.encode() not in on_disk
