"""The answerer records questions about the knowledge base, and only those, without user ids."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Hashable
from pathlib import Path

import pytest

from bot.discord.answering import INLINE_LIMIT, Answerer, where_asked
from bot.engine.answer import Answer
from bot.engine.engine import Engine
from bot.engine.serving import ServingEngines
from bot.store import QuestionStore


async def test_questions_are_recorded_with_place_and_fact(
    live: ServingEngines, tmp_path: Path
) -> None:
    async with QuestionStore(tmp_path / "q.sqlite3") as store:
        answerer = Answerer(live, store)

        answered = await answerer.ask(
            "How much cocaine did Belgium seize?", guild_id=None, user_id=7
        )
        declined = await answerer.ask("What is the capital of France?", guild_id=5, user_id=7)
        greeting = await answerer.ask("hello", guild_id=None, user_id=7)
        sums = await answerer.ask("convert 10 kg to lb", guild_id=None, user_id=7)

        assert answered.question_id is not None
        assert declined.question_id is not None
        assert greeting.question_id is None, "small talk is not a question"
        assert sums.question_id is None, "a plain conversion is not a gap in the knowledge"
        first = await store.question(answered.question_id)
        second = await store.question(declined.question_id)
    assert first is not None
    assert second is not None
    assert (first.fact_id, first.where, first.answered, first.user_id) == (
        "belgium-cocaine-seizures-2023",
        "dm",
        True,
        None,
    )
    assert (second.fact_id, second.where, second.answered) == (None, "guild:5", False)


async def test_a_did_you_mean_pick_answers_that_exact_fact(live: ServingEngines) -> None:
    answerer = Answerer(live)
    asked = await answerer.ask_suggested(
        "noem-de-wever-meeting-place", "Where they meet", guild_id=None, user_id=1
    )

    assert asked.answer.fact_id == "noem-de-wever-meeting-place"
    assert asked.answer.answered
    assert asked.question_id is None, "no store, nothing recorded"


async def test_a_pick_whose_fact_was_reloaded_away_asks_its_topic_instead(
    live: ServingEngines,
) -> None:
    answerer = Answerer(live)

    asked = await answerer.ask_suggested(
        "belgium-cocaine-seizures-2022", "Belgium's cocaine seizures", guild_id=None, user_id=1
    )

    assert asked.answer.question == "Belgium's cocaine seizures", "not a neighbouring id's fact"
    assert asked.answer.fact_id == live.current.ask("Belgium's cocaine seizures").fact_id


async def test_a_broken_store_does_not_stop_the_answer(
    live: ServingEngines, tmp_path: Path
) -> None:
    store = QuestionStore(tmp_path / "q.sqlite3")  # never opened: every call fails
    answerer = Answerer(live, store)

    asked = await answerer.ask("How much cocaine did Belgium seize?", guild_id=None, user_id=1)

    assert asked.answer.answered
    assert asked.question_id is None


def test_where_names_the_guild_or_dm() -> None:
    assert where_asked(None) == "dm"
    assert where_asked(42) == "guild:42"


def test_a_guild_without_packs_of_its_own_gets_the_default_engine(live: ServingEngines) -> None:
    answerer = Answerer(live)

    assert answerer.engine_for(None) is live.current
    assert answerer.engine_for(12345) is live.current


async def test_a_burst_of_questions_is_all_recorded_each_under_its_own_id(
    live: ServingEngines, tmp_path: Path
) -> None:
    async with QuestionStore(tmp_path / "q.sqlite3") as store:
        answerer = Answerer(live, store)

        asked = await asyncio.gather(
            *(
                answerer.ask("How much cocaine did Belgium seize?", guild_id=5, user_id=n)
                for n in range(120)
            )
        )

        ids = {a.question_id for a in asked}
        assert None not in ids
        assert len(ids) == 120
        assert (await store.stats()).questions == 120


async def test_flush_writes_the_records_of_answers_still_in_flight(
    live: ServingEngines, tmp_path: Path
) -> None:
    async with QuestionStore(tmp_path / "q.sqlite3") as store:
        answerer = Answerer(live, store)
        in_flight = [
            asyncio.ensure_future(
                answerer.ask("How much cocaine did Belgium seize?", guild_id=5, user_id=n)
            )
            for n in range(30)
        ]
        await asyncio.sleep(0)  # each answers and queues its record, then waits for its id
        assert not any(task.done() for task in in_flight)
        for task in in_flight:
            task.cancel()  # a shutdown cancels the handlers; their records are queued already

        await answerer.flush()
        answerer.store = None

        assert (await store.stats()).questions == 30


async def test_short_questions_are_answered_on_the_loop_and_long_ones_in_a_thread(
    live: ServingEngines, monkeypatch: pytest.MonkeyPatch
) -> None:
    answerer = Answerer(live)
    threads: list[int] = []
    real = answerer.dialogue.ask

    def recording(engine: Engine, key: Hashable, text: str) -> Answer:
        threads.append(threading.get_ident())
        return real(engine, key, text)

    monkeypatch.setattr(answerer.dialogue, "ask", recording)
    short = "How much cocaine did Belgium seize?"
    long = short + " " + "and what else " * (INLINE_LIMIT // 10)

    await answerer.ask(short, guild_id=None, user_id=1, conversation="c")
    await answerer.ask(long, guild_id=None, user_id=1, conversation="c")

    assert threads[0] == threading.get_ident(), "a short question needs no thread hop"
    assert threads[1] != threading.get_ident(), "a long one must not hold the loop"
