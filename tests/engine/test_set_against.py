"""A claim that names a place only to set it against another ('in London, not Ottawa', 'it
wasn't Rotterdam but Antwerp', 'in Ghent rather than Antwerp') claims the other: it is
checked against what the source says of that one, and the name set aside is no unknown
name that makes the claim false."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    "question",
    [
        "it wasn't Rotterdam but Antwerp where more drugs flowed through than anywhere, right?",
        "so not Rotterdam but Antwerp had the most drugs flowing through, correct?",
    ],
)
def test_the_name_claimed_over_the_one_set_aside_is_checked(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.verdict == "yes", answer.headline
    assert "Antwerp" in answer.headline


def test_a_right_place_said_against_a_wrong_one_is_not_denied(engine: Engine) -> None:
    answer = engine.ask("the five eyes talks were in London, not Ottawa, yeah?")
    assert answer.answered
    assert answer.verdict != "no", answer.headline
    assert "London" in answer.headline


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("the five eyes met in Ottawa, not London, right?", "London"),
        ("noem meets de wever in Ghent rather than Antwerp, right?", "Antwerp"),
    ],
)
def test_a_wrong_place_claimed_over_the_right_one_is_denied(
    engine: Engine, question: str, shown: str
) -> None:
    answer = engine.ask(question)
    assert answer.verdict == "no", answer.headline
    assert shown in answer.headline


def test_a_name_asked_of_with_an_opening_wasnt_is_still_claimed(engine: Engine) -> None:
    answer = engine.ask("wasn't Ghent where noem meets de wever?")
    assert answer.verdict == "no", answer.headline
    assert "Antwerp" in answer.headline
