"""A 'why' or 'how come' question presupposes a claim: when the figures show the claim false
('why did Spain seize more than Belgium?'), the answer says "No" and gives them; a true one
is answered with the figures, without a verdict, as the source does not say why."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Why did Spain seize more cocaine than Belgium in 2023?", "no"),
        ("how come the netherlands seized more than spain?", "no"),
        ("why did belgium seize less than the netherlands", "no"),
        ("why did belgium seize more than spain?", None),
        ("how come spain seized less than belgium?", None),
    ],
)
def test_a_false_premise_is_answered_no(engine: Engine, question: str, verdict: str | None) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert answer.verdict == verdict
    assert "118 metric tons" in answer.headline or "59 metric tons" in answer.headline


@pytest.mark.parametrize(
    ("question", "place", "wrong"),
    [
        ("why did noem meet de wever in ghent?", "Antwerp", "Ghent"),
        ("why was the five eyes meeting in ottawa", "London", "Ottawa"),
    ],
)
def test_a_why_that_presumes_the_wrong_place_is_answered_no(
    engine: Engine, question: str, place: str, wrong: str
) -> None:
    answer = engine.ask(question)
    assert answer.verdict == "no"
    assert place in answer.headline
    assert any(wrong in note for note in answer.notes)


def test_a_why_about_what_the_packs_lack_still_declines(engine: Engine) -> None:
    assert not engine.ask("why did Italy seize so much cocaine?").answered


@pytest.mark.parametrize(
    "question",
    [
        "How come the Netherlands came out on top of Europe's 2023 cocaine seizure table?",
        "why was spain top?",
    ],
)
def test_a_why_that_presumes_the_wrong_leader_is_answered_no(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.verdict == "no"
    assert "Belgium" in answer.headline


@pytest.mark.parametrize(
    "question",
    [
        "why did belgium seize the most cocaine?",
        "Why was 2023 the first year Europe ever set a cocaine seizure record?",
    ],
)
def test_a_why_that_names_no_wrong_leader_gets_no_no(engine: Engine, question: str) -> None:
    assert engine.ask(question).verdict != "no"
