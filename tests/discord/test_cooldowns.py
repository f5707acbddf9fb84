"""The per-user question allowance: `rate` per window, one notice per window."""

from __future__ import annotations

from bot.discord.cooldowns import QuestionCooldown


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_rate_questions_pass_then_one_notice_then_silence() -> None:
    clock = Clock()
    cooldowns = QuestionCooldown(2, 30.0, clock=clock)

    first, second, third, fourth = (cooldowns.hit(1) for _ in range(4))

    assert first is None
    assert second is None
    assert third is not None
    assert third.notify
    assert third.retry_after == 30.0
    assert fourth is not None
    assert not fourth.notify


def test_users_are_counted_apart_and_windows_reset() -> None:
    clock = Clock()
    cooldowns = QuestionCooldown(1, 10.0, clock=clock)

    assert cooldowns.hit(1) is None
    assert cooldowns.hit(2) is None
    refused = cooldowns.hit(1)
    clock.now += 4
    later = cooldowns.hit(1)
    clock.now += 6.5
    fresh = cooldowns.hit(1)

    assert refused is not None
    assert refused.retry_after == 10.0
    assert later is not None
    assert later.retry_after == 6.0
    assert fresh is None


def test_each_window_gets_its_own_notice() -> None:
    clock = Clock()
    cooldowns = QuestionCooldown(1, 10.0, clock=clock)
    cooldowns.hit(1)
    noticed = cooldowns.hit(1)
    clock.now += 10.5  # a new window: one question, then a refusal that deserves a notice
    cooldowns.hit(1)
    clock.now += 0.5  # still inside the first notice's ten seconds, but in another window
    again = cooldowns.hit(1)
    silent = cooldowns.hit(1)

    assert noticed is not None
    assert noticed.notify
    assert again is not None
    assert again.notify
    assert silent is not None
    assert not silent.notify
