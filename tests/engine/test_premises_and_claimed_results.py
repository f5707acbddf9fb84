"""Forms a fresh set of questions resting on a wrong premise brought: a premise told before
the question ('Since A fell in 2023, how big was the drop?', 'Given that A and B seized 400
together, …', 'After the Ghent meeting, …') is checked first; a premise the source denies
is answered with what it says instead, and a premise it bears out leaves the question to be
answered as asked. A claim that puts a sum, a remainder or an average at a figure is
checked against the working."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.dialogue import Dialogue
from bot.engine.engine import Engine
from bot.engine.several import parts
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        ("Since cocaine seizures in Europe fell in 2023, how big was the drop?", ["record"]),
        (
            "Given that Belgium, Spain and the Netherlands seized 400 metric tons together, how "
            "much was seized in the rest of Europe?",
            ["300 metric tons", "119 metric tons"],
        ),
        ("After the Ghent meeting between Noem and De Wever, what comes next?", ["Antwerp"]),
        ("Given the Netherlands came second with 118 metric tons, who came third?", ["Spain"]),
        ("Since Spain seized the most cocaine, how much did it seize?", ["Belgium"]),
        ("Now that Mahmood has welcomed Noem in Ottawa, what did they discuss?", ["London"]),
    ],
)
def test_a_premise_the_source_denies_is_corrected(
    engine: Engine, message: str, shown: list[str]
) -> None:
    answer = Dialogue().ask_alone(engine, message)
    text = render_markdown(answer)
    assert answer.answered, text
    assert "No —" in text
    assert "does not bear out" in text
    assert all(s in text for s in shown), text


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        ("Since Belgium led, how much did it seize?", "123 metric tons"),
        ("Given that the report came out in 2025, which port had the most drugs?", "Antwerp"),
    ],
)
def test_a_premise_the_source_bears_out_leaves_the_question(
    engine: Engine, message: str, shown: str
) -> None:
    answer = Dialogue().ask_alone(engine, message)
    text = render_markdown(answer)
    assert shown in text
    assert "does not bear out" not in text
    assert not text.startswith("**Yes")


@pytest.mark.parametrize(
    "message",
    ["Since when has De Wever been prime minister?", "since 2017, how many records?"],
)
def test_what_is_no_premise(message: str) -> None:
    assert len(parts(message)) == 1


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (
            "is it true that Belgium, Spain and the Netherlands seized 400 metric tons together?",
            "no",
        ),
        ("Belgium, Spain and the Netherlands seized 300 metric tons together, right?", "yes"),
        ("did the rest of Europe seize 119 metric tons?", "yes"),
        ("did the rest of Europe seize 150 metric tons?", "no"),
        ("did the three together seize 330 tons?", "yes"),
    ],
)
def test_a_claimed_result_is_checked(engine: Engine, claim: str, verdict: str) -> None:
    assert engine.ask(claim).verdict == verdict


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        ("Given that Belgium seized more than Spain, how much did the Netherlands seize?", "59"),
        ("Since Spain seized less than Belgium, how much did Spain seize?", "118 metric tons"),
    ],
)
def test_a_borne_out_premise_leaves_the_question_itself(
    engine: Engine, message: str, shown: str
) -> None:
    text = render_markdown(Dialogue().ask_alone(engine, message))
    assert shown in text
    assert "72%" not in text


def test_a_premise_the_source_says_nothing_of_is_no_licence(engine: Engine) -> None:
    answer = Dialogue().ask_alone(
        engine, "Since Germany came fourth in cocaine seizures, how many tons did it seize?"
    )
    assert not answer.answered


def test_a_users_own_is_it_true_that_is_no_premise(engine: Engine) -> None:
    answer = Dialogue().ask_alone(
        engine, "is it true that belgium seized the most? how much did spain seize?"
    )
    text = render_markdown(answer)
    assert text.startswith("**Yes")
    assert "118" in text
    assert "does not bear out" not in text
