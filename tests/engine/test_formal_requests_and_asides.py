"""Old-fashioned formal requests ('I should be most obliged to learn …', 'Kindly advise …')
are questions, and an aside that narrows the question ('and in the heroin league, …') is part
of it: a substance the pack lacks there is declined, not dropped as chatter."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("I should be most obliged to learn the quantity of cocaine confiscated across Europe "
         "in the year 2023.", "419 metric tons"),
        ("Kindly advise, in avoirdupois pounds, the weight of Belgium's 2023 seizure.",
         "123 metric tons"),
        ("I would be grateful to know how much cocaine Spain seized.", "118 metric tons"),
        ("Might I enquire as to the amount of cocaine the Netherlands seized?", "59 metric tons"),
    ],
)  # fmt: skip
def test_a_formal_request_is_answered(engine: Engine, request_: str, expected: str) -> None:
    answer = engine.ask(request_)
    assert answer.answered, answer.headline
    assert expected in answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "And in the heroin league, how many tons did the Netherlands seize?",
        "for heroin, how much did belgium seize?",
    ],
)
def test_an_aside_narrowing_the_question_is_part_of_it(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, answer.headline
    assert "heroin" in answer.headline


def test_chatter_naming_something_else_is_still_left_out(engine: Engine) -> None:
    answer = engine.ask("I was reading about Italy — how much did Belgium seize?")
    assert "123 metric tons" in answer.headline


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Show your working: Belgium's share of Europe's 2023 cocaine seizures as a percentage, "
         "one decimal place.", "29.4%"),
        ("belgium and spain pooled, how much?", "241 metric tons"),
        ("spain's share of europe's total to two decimal places, show the maths", "28.2%"),
    ],
)  # fmt: skip
def test_how_the_answer_should_be_laid_out_is_no_part_of_the_question(
    engine: Engine, question: str, expected: str
) -> None:
    assert expected in engine.ask(question).headline
