"""Questions that set something aside to ask about the rest ('apart from A, did any other
…', 'other than B, which … the most?'): answered by what lies beyond it, or declined
saying the source names nothing beyond it — never answered with the thing set aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from tests.engine.claims import assert_answered_plainly


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("question", "beyond"),
    [
        ("apart from cocaine, did seizures of any other drug hit a record too?", "cocaine"),
        ("Apart from Antwerp, which other Belgian ports do the smugglers use?", "Antwerp"),
        ("besides antwerp, did drugs flow through any other port?", "Antwerp"),
    ],
)
def test_nothing_beyond_what_is_set_aside_is_declined_saying_so(
    engine: Engine, question: str, beyond: str
) -> None:
    answer = engine.ask(question)
    assert not answer.answered
    assert answer.verdict is None
    assert f"nothing beyond {beyond}" in answer.headline


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("other than Belgium, which country seized the most?", "**Spain** comes second"),
        ("besides spain, which country seized the least?", "**the Netherlands** comes third"),
        ("apart from the uk, which other countries were at the five eyes talks?", "Canada"),
    ],
)
def test_the_rest_is_answered_from_beyond_what_is_set_aside(
    engine: Engine, question: str, shown: str
) -> None:
    assert_answered_plainly(engine, question, shown)


def test_setting_one_aside_from_every_one_given_is_declined(engine: Engine) -> None:
    answer = engine.ask(
        "apart from belgium, spain and the netherlands, which country seized the most?"
    )
    assert not answer.answered
    assert "only 3 countries" in answer.headline


def test_setting_aside_a_thing_asks_no_rest_of_the_places(engine: Engine) -> None:
    answer = engine.ask("apart from cocaine, did seizures of any other drug hit a record too?")
    assert "rest of Europe" not in answer.headline
