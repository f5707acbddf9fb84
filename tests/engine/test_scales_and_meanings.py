"""Forms a fresh set of conversion and learners' questions brought: an amount asked in a
scale of another unit ('123 metric tons in thousands of pounds') is converted, then given
in that scale; 'mean' after 'what does …' asks what something says, not for an average,
while 'the mean', 'on average' and 'mean of' still ask for one."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("Belgium's 123 metric tons in thousands of pounds?", "271.2 thousand pounds"),
        ("123 metric tons in millions of kilograms", "0.123 million kilograms"),
        ("Belgium's 123 metric tons - in thousands of pounds, rounded?", "271.2 thousand pounds"),
        ("419 metric tons in thousands of kilograms", "419 thousand kilograms"),
        ("£419m in billions", "0.419 billion pounds sterling"),
    ],
)
def test_an_amount_in_a_scale_of_another_unit(engine: Engine, question: str, shown: str) -> None:
    assert shown in render_markdown(engine.ask(question))


@pytest.mark.parametrize(
    ("question", "average"),
    [
        (
            "in really simple words, what does 'a record for a seventh straight year' mean for "
            "the 2023 cocaine seizures?",
            False,
        ),
        ("what does a seventh straight record year mean?", False),
        ("what's the mean of the three countries' seizures?", True),
        ("what does the mean seizure come to for the three?", True),
        ("what did the three seize on average?", True),
    ],
)
def test_mean_as_a_verb_or_an_average(engine: Engine, question: str, average: bool) -> None:
    assert ("The average of" in render_markdown(engine.ask(question))) is average


@pytest.mark.parametrize(
    "question",
    [
        "can you give me mean tons seized by Belgium, Spain and the Netherlands?",
        "what does Belgium, Spain and the Netherlands' mean seizure come to?",
    ],
)
def test_mean_before_a_noun_is_the_average(engine: Engine, question: str) -> None:
    assert "The average of" in render_markdown(engine.ask(question))
