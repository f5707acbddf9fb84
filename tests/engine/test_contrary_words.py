"""A claim in the contrary of what the source says ('Europe mostly imports its ecstasy?'
of 'the leading exporter'): 'no' when it claims the contrary is the main thing, the fact
without a verdict when it only claims some, and left alone when it is denied."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.engine import Engine
from tests.engine.claims import verdict_of


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(Path(__file__).resolve().parents[2] / "knowledge", ["antwerp"])


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("wait so europe mostly imports its ecstasy??", "no"),
        ("is europe the leading importer of ecstasy?", "no"),
        ("is europe a major consumer of ecstasy?", "no"),
        ("does europe import ecstasy?", None),
        ("is europe a consumer of ecstasy?", None),
    ],
)
def test_a_claim_in_the_contrary_word_is_answered_with_the_fact(
    engine: Engine, claim: str, verdict: str | None
) -> None:
    answer = engine.ask(claim)
    assert verdict_of(engine, claim) == verdict
    assert "exporter" in answer.headline


def test_a_denied_contrary_is_no_contradiction(engine: Engine) -> None:
    assert engine.ask("europe doesn't import ecstasy?").verdict is None
