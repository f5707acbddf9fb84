"""The passive rules: what reads as a question, what is sure enough, and the limits."""

from __future__ import annotations

import pytest

from bot.discord.passive import PassiveLimits, confident_enough, reads_as_question
from bot.engine.engine import Engine


@pytest.mark.parametrize(
    "text",
    [
        "How much cocaine did Belgium seize?",
        "did belgium seize more than spain",
        "who is the uk home secretary",
        "Belgium seized how much cocaine in 2023?",
    ],
)
def test_questions_read_as_questions(text: str) -> None:
    assert reads_as_question(text)


@pytest.mark.parametrize(
    "text", ["lol the cocaine story again", "Belgium seized a lot", "why?", "is it?", ""]
)
def test_statements_and_bare_asides_do_not(text: str) -> None:
    assert not reads_as_question(text)


def test_a_clear_answer_is_sure_enough_and_doubt_is_not(engine: Engine) -> None:
    clear = engine.ask("How much cocaine did Belgium seize?")
    unsure = engine.ask("Who is Noem meeting in Paris?")
    small_talk = engine.ask("hello there, how are you?")

    assert confident_enough(clear)
    assert not confident_enough(unsure)
    assert not confident_enough(small_talk)
    assert not confident_enough(clear, threshold=clear.confidence + 1)


def test_a_caveated_fact_is_not_volunteered(engine: Engine) -> None:
    partial = engine.ask("When will Noem meet De Wever?")  # only the weekday, caveated

    assert partial.answered
    assert not confident_enough(partial)


def test_limits_per_user_and_per_channel() -> None:
    now = [0.0]
    limits = PassiveLimits(channel_rate=2, channel_seconds=60.0, clock=lambda: now[0])

    assert limits.allows(1, 10)
    limits.count(1, 10)
    same_user = limits.allows(1, 10)
    assert limits.allows(1, 11)
    limits.count(1, 11)
    channel_full = limits.allows(1, 12)
    other_channel = limits.allows(2, 12)
    now[0] = 61.0

    assert not same_user
    assert not channel_full
    assert other_channel
    assert limits.allows(1, 10)
