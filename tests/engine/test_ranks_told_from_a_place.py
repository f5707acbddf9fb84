"""A rank asked from a named place's own ('who came right after B?', 'ahead of S?'), and
a rank the source does not reach ('who came fourth, right after the third?'), declined."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("who was right behind belgium?", "**Spain** comes second"),
        ("which country came right after Spain?", "**the Netherlands** comes third"),
        ("who was in second place behind belgium?", "**Spain** comes second"),
    ],
)
def test_the_place_after_a_named_one_is_the_next_in_the_ranking(
    engine: Engine, question: str, place: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert place in answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "which country was right behind the Netherlands?",
        "who came fourth, right after the Netherlands?",
    ],
)
def test_a_rank_past_the_last_the_source_gives_is_declined(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered
    assert "only 3 countries" in answer.headline


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("did the netherlands come right after spain?", "yes"),
        ("Spain came right after Belgium, right?", "yes"),
        ("the netherlands came right after belgium, right?", "no"),
        ("did spain finish right behind the netherlands?", "no"),
    ],
)
def test_a_claimed_place_after_another_is_checked_by_their_ranks(
    engine: Engine, claim: str, verdict: str
) -> None:
    answer = engine.ask(claim)
    assert answer.answered
    assert answer.verdict == verdict
