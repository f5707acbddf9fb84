"""Forms a fresh set of compare and time requests brought: 'how did A do next to B?', 'how does
A stack up against B?', 'A measured up to B?' ask for the two figures side by side and their
gap ('next to' and 'relative to' are no comparison: they rank and take shares)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("message", "gap"),
    [
        ("how does Spain stack up against Belgium?", "5 metric tons"),
        ("how did Spain measure up to the Netherlands?", "59 metric tons"),
    ],
)
def test_a_comparison_idiom_asks_for_the_gap(engine: Engine, message: str, gap: str) -> None:
    answer = engine.ask(message)
    assert answer.kind == "derived", render_markdown(answer)
    assert gap in answer.headline


def test_next_to_is_no_comparison(engine: Engine) -> None:
    assert engine.ask("where is the port next to the meeting?").kind != "derived"
    answer = engine.ask("Which country is next to Belgium in the ranking?")
    assert "Spain (118 metric tons)" in answer.headline, render_markdown(answer)


def test_since_which_year_is_no_streak_of_its_own(engine: Engine) -> None:
    assert "2017" not in engine.ask("since which year has the EU drugs agency existed?").headline
