"""Forms a fresh set of tricky checks brought: a claim that denies ('B didn't lead, right?',
"isn't it true that B didn't lead?", "the meeting wasn't in C, right?") is true when what it
denies is not, and is answered so (it had been given the verdict on what it denies, a
confident wrong answer); a bound on a count is compared with what it counts ('fewer than
500 new substances' of a fact giving 1,000 of them in 27 years); a letter's salutation and
sign-off and 'are you sure …' are no part of what is asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.dialogue import Dialogue
from bot.engine.engine import Engine
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("Spain didn't lead, right?", "yes"),
        ("Belgium didn't lead, right?", "no"),
        ("Isn't it true that Spain didn't lead the 2023 seizures?", "yes"),
        ("Did Spain not lead?", "yes"),
        ("wasn't the meeting in Antwerp?", "yes"),
        ("the meeting wasn't in Ghent, right?", "yes"),
        ("the meeting was in Ghent, right?", "no"),
        ("Noem said there were no disagreements, right?", "yes"),
        ("Did the early warning system identify fewer than 500 new substances?", "no"),
        ("Didn't the early warning system identify fewer than 500 new substances?", "no"),
        ("Did the early warning system identify more than 500 new substances?", "yes"),
        ("the five eyes met in Ottawa, not London, right?", "no"),
        ("No one seized more than Belgium, right?", "yes"),
        ("No other country seized more than Belgium, right?", "yes"),
        ("the early warning system found at most 1,000 new substances, right?", "yes"),
        ("the early warning system found at least 900 new substances, right?", "yes"),
        ("the early warning system found no fewer than 500 new substances, right?", "yes"),
        ("the early warning system found 27 new substances, right?", "no"),
        ("cocaine seizures didn't fall in 2023, right?", "yes"),
        ("the talks were hosted by Shabana Mahmood, not Noem, right?", "yes"),
        ("Belgium seized 123 metric tons, not 118, right?", "yes"),
        ("It is not true that Spain led, right?", "yes"),
        ("Spain didn't come second, right?", "no"),
        ("The Netherlands wasn't second, right?", "yes"),
        ("Belgium didn't seize more than Spain, right?", "no"),
        ("Noem hosted the Five Eyes talks, right?", "no"),
        ("Mahmood hosted the Five Eyes talks, right?", "yes"),
        ("do belgium + spain + the netherlands really add up to ~72% of the 419?", "yes"),
    ],
)
def test_a_claim_gets_the_verdict_on_what_it_says(
    engine: Engine, message: str, verdict: str
) -> None:
    answer = engine.ask(message)
    assert answer.verdict == verdict, render_markdown(answer)


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        (
            "Dear assistant, might I trouble you to convert Spain's 2023 cocaine seizure into "
            "pounds? With many thanks in advance.",
            "260,145 pounds",
        ),
        (
            "Dear Sir or Madam, I would very much appreciate learning roughly how many new "
            "substances per year, on average, the early warning system has identified over its "
            "existence.",
            "37",
        ),
    ],
)
def test_a_letter_is_answered_without_its_salutation(
    engine: Engine, message: str, shown: str
) -> None:
    answer = engine.ask(message)
    assert answer.answered, render_markdown(answer)
    assert shown in render_markdown(answer)


def test_are_you_sure_checks_what_follows(engine: Engine) -> None:
    answer = Dialogue().ask(engine, "reader", "are you sure Belgium led?")
    assert answer.verdict == "yes", render_markdown(answer)
    assert engine.ask("are you sure about Spain?").verdict is None
