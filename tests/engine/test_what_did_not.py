"""A question for what did not ('which countries did NOT increase their seizures?') is not
answered by a fact saying only what did: declined, saying what the source does say; a fact
that denies something answers it, and a 'not' outside the question denies nothing."""

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
        "Which EU countries did NOT increase their cocaine seizures in 2023?",
        "which country didn't seize cocaine?",
        "who was not at the London talks?",
        "which countries did not send ministers?",
    ],
)
def test_a_question_for_what_did_not_is_declined_by_a_fact_of_what_did(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert not answer.answered
    assert "doesn't say who or what did not" in answer.headline


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("what did Noem say there had not been among the ministers?", "disagreements"),
        ("who is bart de wever ngl never heard of him", "prime minister"),
        ("who did not attend the talks: Noem, Mahmood or Macron?", "Macron"),
    ],
)
def test_a_denial_the_source_makes_or_one_outside_the_question_is_answered(
    engine: Engine, question: str, shown: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert shown in answer.headline
