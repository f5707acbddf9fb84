"""The conversation store: one context per key, short-lived, and bounded however many ask."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from bot.engine.conversation import ConversationStore, Figure, Turn, store_for


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def turn(question: str, *, fact: str = "a-fact") -> Turn:
    return Turn(
        question=question,
        answered=True,
        fact_ids=(fact,),
        asked=(("country", "belgium"),),
        figures=(Figure(123.0, "metric_ton", "cocaine seized", ("belgium",), "2023", "part"),),
    )


def test_keys_never_share_turns() -> None:
    store = ConversationStore()
    store.add(("guild", 1, 10, 100), turn("Belgium?"))
    store.add(("guild", 1, 10, 200), turn("Spain?"))
    store.add(("guild", 2, 10, 100), turn("Italy?"))
    assert [t.question for t in store.turns(("guild", 1, 10, 100))] == ["Belgium?"]
    assert [t.question for t in store.turns(("guild", 1, 10, 200))] == ["Spain?"]
    assert [t.question for t in store.turns(("guild", 2, 10, 100))] == ["Italy?"]
    assert store.turns(("dm", 100)) == ()


def test_a_conversation_ends_after_its_idle_minutes() -> None:
    clock = Clock()
    store = ConversationStore(minutes=5, clock=clock)
    store.add("ana", turn("first"))
    clock.now = 4 * 60
    assert store.last("ana") is not None, "still within five minutes"
    store.add("ana", turn("second"))
    clock.now = 4 * 60 + 5 * 60 + 1
    assert store.turns("ana") == ()
    assert len(store) == 0


def test_only_the_last_turns_are_kept() -> None:
    store = ConversationStore(turns=3)
    for n in range(10):
        store.add("ana", turn(f"q{n}"))
    assert [t.question for t in store.turns("ana")] == ["q7", "q8", "q9"]


def test_the_longest_idle_conversation_makes_room() -> None:
    clock = Clock()
    store = ConversationStore(conversations=2, clock=clock)
    store.add("ana", turn("a"))
    clock.now = 1
    store.add("ben", turn("b"))
    clock.now = 2
    store.turns("ana")
    store.add("cleo", turn("c"))
    assert store.last("ana") is None, "ana was idle longest (reading does not refresh)"
    assert store.last("ben") is not None
    assert store.last("cleo") is not None


def test_settings_reach_the_store() -> None:
    from bot.config import Settings

    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        conversation_minutes=2,
        conversation_turns=6,
        conversation_limit=50,
    )
    store = store_for(settings)
    assert (store.ttl, store.max_turns, store.max_conversations) == (120.0, 6, 50)


@pytest.mark.parametrize("bad", [{"minutes": 0}, {"turns": 0}, {"conversations": 0}])
def test_a_store_without_room_is_refused(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="positive"):
        ConversationStore(**bad)  # type: ignore[arg-type]


def test_memory_stays_flat_over_100000_questions_from_10000_users() -> None:
    """The bound is the number of conversations held, not the number of questions."""
    store = ConversationStore(conversations=2_000, turns=4)
    users = [("guild", 1, 10 + u % 7, u) for u in range(10_000)]

    def ask(count: int, offset: int) -> None:
        for n in range(count):
            store.add(users[(n * 7919 + offset) % len(users)], turn(f"question {n % 50}"))

    ask(10_000, 0)
    tracemalloc.start()
    ask(10_000, 1)
    after_20k, _ = tracemalloc.get_traced_memory()
    ask(80_000, 2)
    after_100k, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(store) == 2_000
    assert after_100k <= after_20k * 1.1 + 64 * 1024, (after_20k, after_100k)


def test_keeping_context_costs_well_under_a_tenth_of_a_millisecond() -> None:
    store = ConversationStore(conversations=10_000)
    keys = [("guild", 1, 10, u) for u in range(10_000)]
    item = turn("How much cocaine did Belgium seize?")
    started = time.perf_counter()
    for n in range(100_000):
        key = keys[n % len(keys)]
        store.turns(key)
        store.add(key, item)
    per_question = (time.perf_counter() - started) / 100_000
    assert per_question < 0.0001, f"{per_question * 1000:.4f} ms per question"
