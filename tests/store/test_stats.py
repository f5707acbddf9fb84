"""Stats figures must match what was recorded, window by window."""

import json
from datetime import datetime, timedelta

import pytest
from pydantic import ValidationError

from bot.store import DM, DOWN, TERMINAL, UP, QuestionStore, Stats, guild_where

from .conftest import ManualClock


async def _record(
    store: QuestionStore,
    text: str,
    where: str,
    fact_id: str | None,
    at: datetime | None = None,
) -> int:
    return await store.record_question(
        text,
        where=where,
        pack="general",
        fact_id=fact_id,
        confidence=0.9 if fact_id else 0.1,
        at=at,
    )


async def _populate(store: QuestionStore, clock: ManualClock) -> None:
    """Inside the window: 6 questions, 4 answered, votes 3 up / 3 down."""
    g1, g2 = guild_where(1), guild_where(2)
    moon_a = await _record(store, "distance to the moon", g1, "moon-distance")
    moon_b = await _record(store, "how far is the moon", g1, "moon-distance")
    await _record(store, "boiling point of water", g2, "water-boiling")
    mars = await _record(store, "how far is mars", DM, "mars-distance")
    await _record(store, "who painted the mona lisa", g1, None)
    await _record(store, "mona lisa painter", TERMINAL, None)
    await store.record_vote(moon_a, 1, UP)
    await store.record_vote(moon_a, 2, UP)
    await store.record_vote(moon_b, 1, DOWN)
    await store.record_vote(mars, 1, DOWN)
    await store.record_vote(mars, 2, UP)
    await store.record_vote(mars, 2, DOWN)  # changed mind: still one vote
    await store.record_vote(mars, 3, UP)

    outside = await _record(
        store, "old question", g1, "moon-distance", at=clock.now - timedelta(days=10)
    )
    await store.record_vote(outside, 9, DOWN)


async def test_stats_match_recorded_data(store: QuestionStore, clock: ManualClock) -> None:
    await _populate(store, clock)

    stats = await store.stats(since=clock.now - timedelta(days=1), until=clock.now + timedelta(1))

    assert (stats.questions, stats.answered) == (6, 4)
    assert stats.answered_share == pytest.approx(4 / 6)
    assert (stats.votes_up, stats.votes_down) == (3, 3)
    assert [(f.fact_id, f.count, f.votes_up, f.votes_down) for f in stats.top_facts] == [
        ("moon-distance", 2, 2, 1),
        ("mars-distance", 1, 1, 2),
        ("water-boiling", 1, 0, 0),
    ]
    assert [(w.where, w.questions, w.answered) for w in stats.per_where] == [
        ("guild:1", 3, 2),
        ("dm", 1, 1),
        ("guild:2", 1, 1),
        ("terminal", 1, 0),
    ]
    assert [(gap.count, set(gap.examples)) for gap in stats.top_gaps] == [
        (2, {"who painted the mona lisa", "mona lisa painter"}),
        (1, {"how far is mars"}),
        (1, {"how far is the moon"}),
    ]


async def test_unbounded_window_counts_everything(store: QuestionStore, clock: ManualClock) -> None:
    await _populate(store, clock)
    stats = await store.stats()
    assert (stats.questions, stats.answered, stats.votes_down) == (7, 5, 4)
    assert stats.top_facts[0].count == 3


async def test_until_is_exclusive(store: QuestionStore, clock: ManualClock) -> None:
    await _record(store, "at the edge", DM, None)
    assert (await store.stats(until=clock.now)).questions == 0
    assert (await store.stats(since=clock.now)).questions == 1


async def test_empty_store_has_zero_share(store: QuestionStore) -> None:
    stats = await store.stats()
    assert (stats.questions, stats.answered_share, stats.top_gaps) == (0, 0.0, ())


async def test_results_are_frozen_and_json_ready(store: QuestionStore, clock: ManualClock) -> None:
    await _populate(store, clock)
    stats = await store.stats(since=clock.now - timedelta(days=1))
    with pytest.raises(ValidationError):
        stats.questions = 0  # type: ignore[misc]

    dumped = stats.model_dump(mode="json")

    assert json.loads(json.dumps(dumped)) == dumped
    assert dumped["since"] == "2025-02-28T12:00:00Z"
    assert dumped["top_gaps"][0]["examples"] == list(stats.top_gaps[0].examples)
    assert Stats.model_validate(dumped) == stats
    gaps_json = [gap.model_dump(mode="json") for gap in await store.gaps()]
    assert gaps_json[0]["last_asked"] == "2025-03-01T12:00:00Z"
    tally = await store.tally(1)
    assert tally.model_dump(mode="json") == {"question_id": 1, "up": 2, "down": 0, "net": 2}
