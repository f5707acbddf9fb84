"""A group set against one ('did Spain and the Netherlands together seize more than
Belgium?', 'Belgium alone, or the other two combined?') is the group's sum compared with the
one figure, with the sum and the gap as working and a yes or no to a claimed direction; in a
pack about anything (firms here), the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from tests.engine.test_any_entity_arithmetic import engine as firms  # noqa: F401


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("question", "verdict", "shown"),
    [
        ("did Spain and the Netherlands together seize more than Belgium?", "yes", "177"),
        ("did belgium alone seize more than the other two combined?", "no", "177"),
        ("so belgium had less than spain and the netherlands put together, right?", "yes", "54"),
        ("Belgium + Netherlands combined vs Spain, which is bigger and by how much?", None, "64"),
        ("spain and the netherlands combined, or belgium alone?", None, "54"),
    ],
)
def test_a_group_is_summed_and_set_against_the_one(
    engine: Engine, question: str, verdict: str | None, shown: str
) -> None:
    answer = engine.ask(question)

    assert answer.kind == "derived", answer.headline
    assert answer.verdict == verdict
    assert shown in answer.headline
    assert any("+" in line for line in answer.working)


def test_a_sum_of_two_is_still_a_sum(engine: Engine) -> None:
    answer = engine.ask("how much did Belgium and Spain seize together?")

    assert "241" in answer.headline
    assert "more than" not in answer.headline


def test_firms_are_grouped_the_same_way(firms: Engine) -> None:  # noqa: F811
    answer = firms.ask("did Tidewell and Saltmarsh together earn more than Harbourline?")

    assert answer.verdict == "yes"
    assert "260" in answer.headline
