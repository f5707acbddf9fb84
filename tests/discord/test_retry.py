"""Pauses between reply retries double and stay within the window."""

from __future__ import annotations

from bot.discord.retry import pauses


def test_pauses_double_within_the_window() -> None:
    assert pauses(120) == [1, 2, 4, 8, 16, 32]
    assert sum(pauses(1.5)) <= 1.5
    assert pauses(0) == []
