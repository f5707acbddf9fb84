"""Steady under load: concurrent questions during reloads, and no memory creep over time."""

from __future__ import annotations

import asyncio
import gc
import json
import weakref
from pathlib import Path

import pytest

from bot.engine.serving import ServingEngines
from tests.knowledge.support import copy_knowledge

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = ROOT / "tests" / "questions" / "own.jsonl"
BELGIUM = "How much cocaine did Belgium seize?"
OLD_ANSWER = "123 metric tons"
NEW_ANSWER = "NEW WORDING 123"


def _questions() -> list[str]:
    return [json.loads(line)["q"] for line in QUESTIONS.read_text().splitlines() if line.strip()]


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    copy_knowledge(ROOT / "knowledge", target)
    return target


def _reword_belgium(knowledge: Path) -> None:
    facts = knowledge / "antwerp" / "facts" / "seizures.yaml"
    text = facts.read_text()
    start = text.index("id: belgium-cocaine-seizures-2023")
    answer_at = text.index("answer:", start)
    line_end = text.index("\n", answer_at)
    facts.write_text(f"{text[:answer_at]}answer: {NEW_ANSWER} metric tons.{text[line_end:]}")


def _break_a_quote(knowledge: Path) -> None:
    facts = knowledge / "antwerp" / "facts" / "seizures.yaml"
    facts.write_text(facts.read_text().replace("Belgium led with 123", "Belgium led with 321"))


async def test_a_thousand_questions_during_reloads_all_get_answers(knowledge: Path) -> None:
    live = ServingEngines(knowledge, ["antwerp"])
    questions = _questions()
    asked = [questions[i % len(questions)] for i in range(1000)]
    asked[::50] = [BELGIUM] * len(asked[::50])

    async def ask(text: str) -> str:
        engine = live.current  # one engine per question, as the front ends do
        answer = await asyncio.to_thread(engine.ask, text)
        assert answer.headline
        return answer.headline

    async def reload_repeatedly() -> list[int]:
        problems_seen = []
        for round_ in range(4):
            if round_ == 1:
                _reword_belgium(knowledge)
            if round_ == 2:
                _break_a_quote(knowledge)
            problems_seen.append(len(await live.reload_async()))
            await asyncio.sleep(0)
        return problems_seen

    results = await asyncio.gather(reload_repeatedly(), *(ask(q) for q in asked))
    problems_seen, headlines = results[0], results[1:]
    assert len(headlines) == 1000
    belgium = [h for q, h in zip(asked, headlines, strict=True) if q == BELGIUM]
    assert all(OLD_ANSWER in h or NEW_ANSWER in h for h in belgium)
    assert problems_seen[:2] == [0, 0]
    assert problems_seen[2] > 0, "a broken pack must be refused"
    assert NEW_ANSWER in live.current.ask(BELGIUM).headline, "the last good pack keeps serving"


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    pytest.skip("no /proc/self/status on this system")
    return 0


def test_memory_is_flat_over_a_hundred_thousand_questions() -> None:
    live = ServingEngines(ROOT / "knowledge", ["antwerp"])
    engine = live.current
    questions = _questions()
    warm = 10_000
    for i in range(warm):
        engine.ask(questions[i % len(questions)] + (" " + str(i % 97) if i % 3 == 0 else ""))
    gc.collect()
    before = _rss_kib()
    for i in range(warm, 100_000):
        engine.ask(questions[i % len(questions)] + (" " + str(i % 97) if i % 3 == 0 else ""))
    gc.collect()
    growth_mib = (_rss_kib() - before) / 1024
    assert growth_mib < 16, f"memory grew {growth_mib:.1f} MiB between 10,000 and 100,000 questions"


def test_a_reload_lets_go_of_the_engine_it_replaced() -> None:
    live = ServingEngines(ROOT / "knowledge", ["antwerp"])
    engine = live.current
    replaced = [weakref.ref(part) for part in (engine, engine.analyzer.speller, engine.index)]
    del engine
    for _ in range(3):
        assert live.reload() == []
    gc.collect()
    assert [ref() for ref in replaced] == [None] * 3, "each reload would keep an index alive"
