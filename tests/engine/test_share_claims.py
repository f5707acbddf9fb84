"""A claimed share ('less than a quarter of Europe's', 'over 25%', 'about 30%') is checked
against the share computed from the figures, yes or no first; a fraction put as such a claim
is no portion to compute, and 'more than' in it is no difference asked. A reaction around the
question ('such a tiny share', 'that was insane') is no part of what is asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("claim", "verdict", "share"),
    [
        ("@bea says Belgium seized less than a quarter of Europe's cocaine in 2023. correct?",
         "no", "29.4%"),
        ("did belgium seize more than a quarter of europe's cocaine?", "yes", "29.4%"),
        ("did the netherlands seize over a third of europe's total?", "no", "14.1%"),
        ("did spain seize under half of europe's total?", "yes", "28.2%"),
        ("Belgium seized less than 25% of Europe's cocaine in 2023, correct?", "no", "29.4%"),
        ("did belgium seize more than 25% of europe's cocaine?", "yes", "29.4%"),
        ("did belgium seize about 30% of europe's cocaine?", "yes", "29.4%"),
        ("did spain seize 28% of europe's cocaine?", "yes", "28.2%"),
        ("the netherlands took roughly 20% of europe's haul, right?", "no", "14.1%"),
    ],
)  # fmt: skip
def test_a_claimed_share_is_checked_against_the_computed_one(
    engine: Engine, claim: str, verdict: str, share: str
) -> None:
    answer = engine.ask(claim)
    assert answer.verdict == verdict, answer.headline
    assert share in answer.headline


def test_a_fraction_asked_for_is_still_a_portion(engine: Engine) -> None:
    answer = engine.ask("what is a quarter of belgium's haul in kg?")
    assert "30.75 metric tons" in answer.headline
    assert answer.verdict is None


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("wow such a tiny share for the Netherlands, what percent of Europe's total was it again?",
         "14.1%"),
        ("belgium's haul was insane, what percent of Europe's total was it?", "29.4%"),
        ("a measly 59 tons for the netherlands, what share of europe's total is that?", "14.1%"),
    ],
)  # fmt: skip
def test_a_reaction_around_the_question_is_not_asked(
    engine: Engine, question: str, share: str
) -> None:
    assert share in engine.ask(question).headline


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("is belgium's haul more than a quarter of the europe total?", "yes"),
        ("did the netherlands seize less than a fifth of the europe total?", "yes"),
        ("did spain seize over half of the europe total?", "no"),
    ],
)
def test_a_share_in_words_of_a_named_total(engine: Engine, claim: str, verdict: str) -> None:
    assert engine.ask(claim).verdict == verdict
