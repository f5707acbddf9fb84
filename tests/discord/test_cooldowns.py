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


def test_admin_commands_are_counted_per_guild_and_dms_per_user() -> None:
    from bot.discord.cooldowns import AdminCooldown

    clock = Clock()
    admin = AdminCooldown(2, 60.0, clock=clock)

    assert admin.hit(7, user_id=1) is None
    assert admin.hit(7, user_id=2) is None
    assert admin.hit(7, user_id=3) is not None, "a third curator of the same guild waits"
    assert admin.hit(8, user_id=1) is None, "another guild has its own allowance"
    assert admin.hit(None, user_id=1) is None
    clock.now += 61
    assert admin.hit(7, user_id=1) is None


def test_one_public_notice_per_user_per_window() -> None:
    from bot.discord.cooldowns import NoticeGate

    clock = Clock()
    gate = NoticeGate(30.0, clock=clock)

    assert [gate.allow(1), gate.allow(1), gate.allow(2)] == [True, False, True]
    clock.now += 31
    assert gate.allow(1)
