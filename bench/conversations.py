"""Follow-up context in the benchmark: what keeping it costs per question, that its memory
stays flat however many people ask, and what reading follow-ups adds to answering them."""

from __future__ import annotations

import json
import time
import tracemalloc
from pathlib import Path

from bench.latency import summary, time_each
from bot.engine.conversation import ConversationStore, Figure, Turn
from bot.engine.dialogue import Dialogue
from bot.engine.engine import Engine

QUESTIONS = 100_000
USERS = 10_000
SAMPLE_TURN = Turn(
    question="How much cocaine did Belgium seize?",
    answered=True,
    fact_ids=("belgium-cocaine-seizures-2023",),
    asked=(("country", "belgium"),),
    told=(("region", "europe"), ("organisation", "european union drugs agency")),
    figures=(Figure(123.0, "metric_ton", "cocaine seized", ("belgium",), "2023", "part"),),
)


def store_cost(questions: int = QUESTIONS, users: int = USERS) -> dict[str, object]:
    """Look up and remember a turn per question, from `users` askers: time per question and
    traced memory after a fifth of the questions and after all of them."""
    store = ConversationStore()
    keys = [("guild", 1, 10 + u % 7, u) for u in range(users)]
    tracemalloc.start()
    started = time.perf_counter()
    fifth = 0
    for n in range(questions):
        key = keys[(n * 7919) % users]
        store.turns(key)
        store.add(key, SAMPLE_TURN)
        if n == questions // 5:
            fifth = tracemalloc.get_traced_memory()[0]
    seconds = time.perf_counter() - started
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "questions": questions,
        "users": users,
        "per_question_ms": round(1000 * seconds / questions, 5),
        "memory_after_fifth_mb": round(fifth / 2**20, 2),
        "memory_after_all_mb": round(current / 2**20, 2),
        "contexts_held": len(store),
        "note": "timed under tracemalloc, which slows it; the unit test times it without",
    }


def follow_up_cost(engine: Engine, dialogs: Path) -> dict[str, object]:
    """Each line of the public dialog sample answered in its conversation, against the same
    line answered alone: the milliseconds the conversation adds."""
    items = [json.loads(line) for line in dialogs.read_text().splitlines() if line.strip()]
    dialogue = Dialogue()
    in_chat, _ = time_each(
        lambda item: dialogue.ask(engine, str(item.get("conversation")), str(item["q"])), items
    )
    alone, _ = time_each(lambda item: engine.ask(str(item["q"])), items)
    return {"in_conversation": summary(in_chat), "alone": summary(alone)}


def measure(knowledge_dir: Path, pack: str, dialogs: Path) -> dict[str, object]:
    engine = Engine.load(knowledge_dir, [pack])
    engine.warm()
    result: dict[str, object] = {"store": store_cost()}
    if dialogs.exists():
        follow_up_cost(engine, dialogs)  # the first pass fills the caches
        result["follow_ups"] = follow_up_cost(engine, dialogs)
    return result
