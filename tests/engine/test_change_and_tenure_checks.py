"""A claim that a figure rose or fell is checked against which way the source says it went,
and a claim that someone holds a post now against a source that says they held it once; a
negated auxiliary that opens the question after chatter asks, it denies nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.language.change import direction
from bot.language.text import tokenize
from tests.engine.claims import verdict_of


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("did cocaine seizures in europe go down in 2023?", "no"),
        ("cocaine seizures in europe fell in 2023, right?", "no"),
        ("someone told me europe's cocaine seizures dropped in 2023. true?", "no"),
        ("so seizures of cocaine in europe declined in 2023?", "no"),
        ("europe's cocaine seizures decreased in 2023, didn't they?", "no"),
        ("did seizures of cocaine in europe rise in 2023?", "yes"),
        ("cocaine seizures in europe went up in 2023, right?", "yes"),
        ("europe's cocaine seizures increased in 2023?", "yes"),
        ("did cocaine seizures in europe hit a record in 2023?", "yes"),
        ("cocaine seizures in europe grew in 2023, correct?", "yes"),
    ],
)
def test_a_claim_of_which_way_a_figure_went_is_read_against_the_source(
    engine: Engine, claim: str, verdict: str
) -> None:
    assert verdict_of(engine, claim) == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("is de wever still mayor of antwerp?", "no"),
        ("de wever is currently the mayor of antwerp, right?", "no"),
        ("is de wever the mayor of antwerp?", "no"),
        ("is bart de wever still antwerp's mayor?", "no"),
        ("Is De Wever nog steeds burgemeester van Antwerpen?", "no"),
        ("de wever used to be mayor of antwerp?", "yes"),
        ("was de wever mayor of antwerp before?", "yes"),
        ("was de wever the mayor of antwerp?", "yes"),
        ("de wever was previously mayor of antwerp, right?", "yes"),
        ("de wever is a former mayor of antwerp, isn't he?", "yes"),
    ],
)
def test_a_post_held_once_is_not_borne_out_as_held_now(
    engine: Engine, claim: str, verdict: str
) -> None:
    assert verdict_of(engine, claim) == verdict


@pytest.mark.parametrize(
    "claim",
    [
        "asking for a friend lol — wasn't de wever the mayor of antwerp before?",
        "quick one: wasn't the meeting in antwerp?",
        "ok so. didn't belgium seize 123 metric tons?",
        "hey all — isn't kristi noem the homeland security secretary?",
        "random q... wasn't noem meeting de wever in antwerp?",
    ],
)
def test_a_negated_question_after_chatter_asks_for_a_yes(engine: Engine, claim: str) -> None:
    answer = engine.ask(claim)
    assert answer.answered
    assert answer.verdict == "yes", answer.headline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sales went down", "down"),
        ("profits rose sharply", "up"),
        ("a record low", "down"),
        ("a record 40 tonnes", "up"),
        ("the figures made up most of it", None),
        ("it fell, then rose", None),
    ],
)
def test_direction_is_read_from_the_words_of_movement(text: str, expected: str | None) -> None:
    assert direction(tokenize(text)) == expected
