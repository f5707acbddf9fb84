"""Forms a fresh set of group-chat replies brought: a quoted message ('> A seized the most')
followed by a reply asking whether it holds ('legit?', 'is that true?') is the quote
checked as a claim; a reply that asks nothing of it leaves the message as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from bot.engine.forms import quoted_claim
from bot.render.markdown import render_markdown


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("message", "verdict", "shown"),
    [
        ("> europe mostly imports its ecstasy | is that true?", "no", "producer"),
        ("> spain seized the most | true?", "no", "Belgium"),
        ("> noem met mahmood in paris\nis that right?", "no", "London"),
        ("> belgium seized 123 metric tons | legit?", "yes", "123"),
        ("> the report was the 2025 one | fr?", "yes", "2025"),
        ("> the Five Eyes met in London | can someone confirm", "yes", "London"),
    ],
)
def test_a_quoted_claim_is_checked(engine: Engine, message: str, verdict: str, shown: str) -> None:
    answer = engine.ask(message)
    assert answer.verdict == verdict, render_markdown(answer)
    assert shown in render_markdown(answer)
    assert answer.question == message


@pytest.mark.parametrize(
    "message",
    [
        "> lol what's everyone having for dinner tonight | pasta here",
        "> how much did spain seize? | anyone know the number?",
        "how much did spain seize?",
    ],
)
def test_what_is_no_quoted_claim(message: str) -> None:
    assert quoted_claim(message) is None


def test_a_quote_of_one_word_claims_nothing() -> None:
    assert quoted_claim("> spain | true?") is None
