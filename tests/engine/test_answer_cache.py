"""Whole answers kept per engine: the same answer every time, never one from before a reload."""

from __future__ import annotations

import gc
import json
import shutil
import weakref
from pathlib import Path

import pytest

from bot.engine.dialogue import Dialogue
from bot.engine.engine import Engine
from bot.engine.serving import ServingEngines

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = ROOT / "tests" / "questions" / "own.jsonl"
BELGIUM = "How much cocaine did Belgium seize?"
OFF_TOPIC = "Who won the football world cup in 1998?"


def _questions() -> list[str]:
    return [json.loads(line)["q"] for line in QUESTIONS.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(ROOT / "knowledge", ["antwerp"])


def test_kept_answers_are_the_answers_worked_out_afresh(engine: Engine) -> None:
    dialogue = Dialogue()
    fresh = Engine.load(ROOT / "knowledge", ["antwerp"])
    for question in _questions():
        first = dialogue.answer(engine, question)
        assert dialogue.answer(engine, question) is first
        assert first.model_dump_json() == fresh.ask(question).model_dump_json()


def test_each_language_keeps_its_own_answers(engine: Engine) -> None:
    dialogue = Dialogue()
    english = dialogue.answer(engine, OFF_TOPIC)
    french = dialogue.answer(engine.speaking("fr"), OFF_TOPIC)
    assert french.model_dump_json() == engine.speaking("fr").ask(OFF_TOPIC).model_dump_json()
    assert french.headline != english.headline
    assert dialogue.answer(engine, OFF_TOPIC) is english


def test_kept_answers_let_their_engine_go() -> None:
    dialogue = Dialogue()
    engine = Engine.load(ROOT / "knowledge", ["antwerp"])
    dialogue.answer(engine, BELGIUM)
    gone = weakref.ref(engine)
    del engine
    gc.collect()
    assert gone() is None


@pytest.mark.parametrize("cache", [False, True])
def test_a_reload_never_serves_an_answer_kept_from_before(tmp_path: Path, cache: bool) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge, ignore=shutil.ignore_patterns(".index-cache"))
    live = ServingEngines(knowledge, ["antwerp"], cache=cache)
    dialogue = Dialogue()
    before = dialogue.ask(live.current, "c1", BELGIUM)
    assert "123" in before.headline
    facts = knowledge / "antwerp" / "facts" / "seizures.yaml"
    text = facts.read_text()
    start = text.index("id: belgium-cocaine-seizures-2023")
    answer_at = text.index("answer:", start)
    line_end = text.index("\n", answer_at)
    facts.write_text(f"{text[:answer_at]}answer: REWORDED 123 metric tons.{text[line_end:]}")
    assert not live.reload()
    after = dialogue.ask(live.current, "c2", BELGIUM)
    assert "REWORDED" in after.headline
    assert "REWORDED" not in before.headline
