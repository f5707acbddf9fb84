"""Forms of chat English the language layer reads as their plain words: a contraction is no
topic ('they've'), 'a couple of' is two, 'brand new' is new, 'wen' asks when."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize("word", ["they've", "we've", "you've", "I've", "they'll", "you're"])
def test_a_contraction_is_no_word_of_the_topic(engine: Engine, word: str) -> None:
    plain = engine.analyzer.analyse("which countries seized cocaine?", correct=True)
    chatty = engine.analyzer.analyse(f"which countries {word} seized cocaine?", correct=True)
    assert chatty.content == plain.content


def test_a_couple_of_reads_as_two(engine: Engine) -> None:
    couple = engine.analyzer.analyse("a couple of ministers", correct=True)
    two = engine.analyzer.analyse("two ministers", correct=True)
    assert couple.content == two.content


def test_brand_new_reads_as_new(engine: Engine) -> None:
    brand = engine.analyzer.analyse("which substances were brand new?", correct=True)
    new = engine.analyzer.analyse("which substances were new?", correct=True)
    assert brand.content == new.content


def test_wen_asks_when(engine: Engine) -> None:
    assert engine.analyzer.analyse("wen is noem meeting de wever", correct=True).qtype == "when"


def test_a_dropped_g_is_read_back(engine: Engine) -> None:
    dropped = engine.analyzer.analyse("what is noem discussin with de wever?", correct=True)
    full = engine.analyzer.analyse("what is noem discussing with de wever?", correct=True)
    assert dropped.content == full.content


def test_ie_and_supposedly_are_no_topic(engine: Engine) -> None:
    answer = engine.ask(
        "so how much cocaine got seized in the rest of europe, i.e. outside those three countries?"
    )
    assert "119 metric tons" in answer.headline
    plain = engine.analyzer.analyse("how much did spain seize?", correct=True)
    hedged = engine.analyzer.analyse("how much did spain supposedly seize?", correct=True)
    assert hedged.content == plain.content


def test_how_big_asks_how_much(engine: Engine) -> None:
    shown = render_markdown(engine.ask("how big was the europe total in short tons"))
    assert "461.9 US short tons" in shown
