"""'How many' of a fact that gives no figure ('a host of legal challenges') is declined,
saying what the source does say; a fact that lists the things asked about still counts them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


def test_how_many_of_a_fact_without_a_figure_is_declined(engine: Engine) -> None:
    answer = engine.ask("how many legal challenges has the deportation program faced?")
    text = render_markdown(answer)
    assert not answer.answered, text
    assert "gives no number" in text
    assert "a host of legal challenges" in text


def test_a_list_is_still_counted(engine: Engine) -> None:
    answer = engine.ask(
        "How many countries were represented at the London meeting, counting the U.S. and the U.K.?"
    )
    assert answer.answered, render_markdown(answer)
    assert "5" in render_markdown(answer) or "five" in render_markdown(answer).lower()
