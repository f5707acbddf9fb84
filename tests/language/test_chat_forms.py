"""Forms of chat English the language layer reads as their plain words: a contraction is no
topic ('they've'), 'a couple of' is two, 'brand new' is new, 'wen' asks when; a quiz's
number ('Q5:') and a web address are no part of the question; 'trailed the pack' is last;
'yes or no' asks for a verdict; an aside doubting the answer ('…, or is that classified')
is no part of the question; 'the first time' names an occasion, not a rank."""

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


@pytest.mark.parametrize(
    ("chatty", "plain"),
    [
        ("Q5: convert 419 metric tons into kilograms", "convert 419 metric tons into kilograms"),
        ("3) name the port where noem meets de wever", "name the port where noem meets de wever"),
        (
            "saw this on example.news/port-visit was the de wever meeting on a tuesday?",
            "was the de wever meeting on a tuesday?",
        ),
        (
            "https://example.com/a/b how much cocaine did spain seize",
            "how much cocaine did spain seize",
        ),
    ],
)
def test_a_quiz_number_and_a_web_address_are_no_part_of_the_question(
    engine: Engine, chatty: str, plain: str
) -> None:
    answer = engine.ask(chatty)
    assert answer.answered, chatty
    assert answer.headline == engine.ask(plain).headline


def test_trailing_the_pack_is_coming_last(engine: Engine) -> None:
    answer = engine.ask("which of the three trailed the pack?")
    assert "Netherlands" in answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "spain seized more cocaine than belgium yes or no",
        "did spain seize more cocaine than belgium, yes or no?",
    ],
)
def test_yes_or_no_asks_for_a_verdict_not_a_choice(engine: Engine, question: str) -> None:
    assert engine.ask(question).verdict == "no"


@pytest.mark.parametrize(
    "question",
    [
        "how many tonnes did belgium seize, or is that classified",
        "how many tonnes did belgium seize, or does it not say?",
    ],
)
def test_an_aside_doubting_the_answer_is_no_part_of_the_question(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert "123" in answer.headline


def test_the_first_time_is_an_occasion_not_a_rank(engine: Engine) -> None:
    answer = engine.ask("so 2023 was the first time europe ever set a cocaine seizure record?")
    assert answer.verdict == "no", answer.headline
    assert "seventh" in answer.headline
