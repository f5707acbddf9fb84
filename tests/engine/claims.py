"""What the checks' tests ask of an answer to a claim: answered, then its yes or no."""

from __future__ import annotations

from bot.engine.engine import Engine


def verdict_of(engine: Engine, claim: str) -> str | None:
    """The verdict of an answered claim (None when it is answered without one)."""
    answer = engine.ask(claim)
    assert answer.answered, answer.headline
    return answer.verdict
