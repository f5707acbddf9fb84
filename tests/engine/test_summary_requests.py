"""Forms a fresh set of managers' and learners' requests brought: a summary asked for in a
word or an idiom ('TL;DR on …', 'one-liner on …', 'bottom line on …', 'in plain English, …')
asks for what the source says of the topic after it, and the idiom's own words ('bottom',
'more', 'short') ask for no ranking, comparison or length."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("TL;DR on the Five Eyes?", "intelligence-sharing"),
        ("tldr the Five Eyes", "intelligence-sharing"),
        ("One-liner on the Five Eyes", "intelligence-sharing"),
        ("gist of the criticism?", "criticism"),
        ("summarise the criticism", "deportations"),
        ("Bottom line on the criticism part?", "criticism"),
        ("bottom line on Belgium's seizures?", "123 metric tons"),
        ("Quick summary of the early warning system point?", "early warning system"),
        ("in plain English, what is the early warning system?", "synthetic drugs"),
        ("in a nutshell: what did the report find?", "record"),
        ("the short version of the Antwerp meeting?", "De Wever"),
        ("average of the three countries, more or less?", "100 metric tons"),
    ],
)
def test_a_summary_asked_for_is_the_topic_s_fact(engine: Engine, question: str, shown: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, render_markdown(answer)
    assert shown in render_markdown(answer)


def test_the_bottom_of_a_ranking_is_still_a_ranking(engine: Engine) -> None:
    answer = engine.ask("which of the three countries came bottom?")
    assert "**the Netherlands** comes last" in render_markdown(answer)
