"""Forms a fresh set of radio call-ins and desk checks brought: a question after a long
ramble joined by ', so who …' is found; 'Confirm: 419 tonnes seized in 2023?' gives a
figure to check; a conversion the statements ask for ('… wants A's 118 tonnes in pounds.
What figure do I run?') is not traded for the vague question after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


def test_a_question_after_a_ramble_is_found(engine: Engine) -> None:
    answer = engine.ask(
        "yeah hi, long time listener, so I was reading that thing on my break and, uh, my "
        "brother-in-law keeps saying Spain is the big country, so who actually seized the "
        "most cocaine in Europe?"
    )
    assert answer.answered
    assert "Belgium" in answer.headline


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("Confirm: 419 metric tons of cocaine seized in Europe in 2023?", "yes"),
        ("Verify: 400 metric tons of cocaine seized in Europe in 2023?", "no"),
    ],
)
def test_a_figure_after_a_check_label_is_checked(
    engine: Engine, message: str, verdict: str
) -> None:
    assert engine.ask(message).verdict == verdict


def test_a_label_before_a_question_still_asks(engine: Engine) -> None:
    answer = engine.ask("confirm: the 2023 total?")
    assert answer.verdict is None
    assert "419" in answer.headline


def test_a_conversion_the_statements_ask_for_is_made(engine: Engine) -> None:
    answer = engine.ask("US edition wants Spain's 118 metric tons in pounds. What figure do I run?")
    assert "260,145 pounds" in render_markdown(answer)
    assert "Wever" not in render_markdown(answer)
