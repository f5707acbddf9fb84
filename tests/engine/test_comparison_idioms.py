"""Forms a fresh set of compare and time requests brought: 'how did A do next to B?', 'how does
A stack up against B?', 'A measured up to B?' ask for the two figures side by side and their
gap; 'since which year have … set a record every year?' asks where a streak began."""

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
        ("How did the Netherlands do next to Belgium?", "64 metric tons"),
        ("how does Spain stack up against Belgium?", "5 metric tons"),
        ("how did Spain measure up to the Netherlands?", "59 metric tons"),
    ],
)
def test_a_comparison_idiom_asks_for_the_gap(engine: Engine, message: str, gap: str) -> None:
    answer = engine.ask(message)
    assert answer.kind == "derived", render_markdown(answer)
    assert gap in answer.headline


def test_next_to_without_two_figures_computes_nothing(engine: Engine) -> None:
    assert engine.ask("where is the port next to the meeting?").kind != "derived"


def test_since_which_year_asks_where_a_streak_began(engine: Engine) -> None:
    answer = engine.ask(
        "Since which year have cocaine seizures in Europe set a new record every year?"
    )
    assert "2017" in answer.headline, render_markdown(answer)
