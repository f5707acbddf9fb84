"""What the checks' tests ask of an answer to a claim: answered, then its yes or no."""

from __future__ import annotations

from bot.engine.engine import Engine


def verdict_of(engine: Engine, claim: str) -> str | None:
    """The verdict of an answered claim (None when it is answered without one)."""
    answer = engine.ask(claim)
    assert answer.answered, answer.headline
    return answer.verdict


def assert_settled(engine: Engine, claim: str, verdict: str, shown: str) -> None:
    """A claim answered with this verdict, showing what settles it."""
    answer = engine.ask(claim)
    assert answer.answered, answer.headline
    assert answer.verdict == verdict
    assert shown in answer.headline


def assert_answered_plainly(engine: Engine, question: str, shown: str) -> None:
    """A question answered without a yes or no, showing this."""
    answer = engine.ask(question)
    assert answer.answered, answer.headline
    assert answer.verdict is None
    assert shown in answer.headline
