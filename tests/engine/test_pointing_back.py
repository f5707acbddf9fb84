"""A question that points back ('how much did they seize?', 'which other countries did she go
to?') after a sentence naming whom it means is read with that sentence, not alone; and 'which
other countries …' that says nothing of an amount is no remainder to compute."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("spain is wild. how much did they seize in 2023?", "118 metric tons"),
        ("the netherlands, man. how much did they seize in 2023?", "59 metric tons"),
        ("I was reading about Belgium. how much did it seize?", "123 metric tons"),
        ("De Wever is busy. where is he meeting Noem?", "Antwerp"),
    ],
)
def test_a_question_pointing_back_is_read_with_the_sentence_it_points_to(
    engine: Engine, message: str, expected: str
) -> None:
    answer = engine.ask(message)
    assert answer.answered, answer.headline
    assert expected in answer.headline


@pytest.mark.parametrize(
    "message",
    [
        "noem visited brazil. which other countries did she go to?",
        "@sam claims Noem visited Brazil and Colombia on her South America trip — which other "
        "countries did she go to?",
    ],
)
def test_where_she_went_is_not_the_rest_of_a_total(engine: Engine, message: str) -> None:
    answer = engine.ask(message)
    assert not answer.answered, answer.headline
    assert "Brazil" in answer.headline
    assert "metric tons" not in answer.headline
