"""'If Belgium had seized 10% more …', 'suppose Spain had grabbed 6 more metric tons …': the
one figure named, changed as supposed, with the figure the source gives beside it; an 'if'
that supposes nothing ('if you know, …') is an ordinary question."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("question", "result", "working"),
    [
        ("If Belgium had seized 10% more cocaine in 2023 than it did, how many metric tons "
         "would that have been?", "135.3 metric tons", "123 × 1.1"),
        ("Suppose Spain had grabbed 6 more metric tons in 2023 — what would Spain's total "
         "have been?", "124 metric tons", "118 + 6 metric tons"),
        ("Hypothetically, if the Netherlands had seized exactly twice what it did in 2023, how "
         "much would that be?", "118 metric tons", "59 × 2"),
        ("what if belgium had seized half as much?", "61.5 metric tons", "123 × 0.5"),
        ("imagine spain had seized 2000 kg more, how much then?", "120 metric tons", "118 + 2"),
    ],
)  # fmt: skip
def test_a_supposed_change_is_computed_with_its_working(
    engine: Engine, question: str, result: str, working: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert result in answer.headline
    assert answer.working
    assert answer.working[0].startswith(working)


def test_an_if_that_supposes_nothing_is_an_ordinary_question(engine: Engine) -> None:
    answer = engine.ask("if you know, how much did belgium seize?")
    assert "123 metric tons" in answer.headline
    assert "the source gives" not in answer.headline
