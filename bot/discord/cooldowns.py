"""Per-user question cooldown shared by every way of asking, so no path dodges it.

Counting is discord.py's own `CooldownMapping` (fixed windows per user, idle users forgotten
on each look-up); on top of it, one "slow down" notice per user and window.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from discord.ext import commands

WINDOW_DIGITS = 3
"""A window's start is known to the millisecond: enough to tell one window from the next."""


@dataclass(frozen=True)
class SlowDown:
    """A question refused for speed; `notify` is true only for the first refusal in a window."""

    retry_after: float
    notify: bool


class AskingTooFast(commands.CheckFailure):
    """Raised by the cooldown check so the error handler can answer politely."""

    def __init__(self, slow_down: SlowDown) -> None:
        super().__init__(f"asking too fast; retry in {slow_down.retry_after:.1f}s")
        self.slow_down = slow_down


def _user(user_id: int) -> int:
    return user_id


def _user_and_window(key: tuple[int, float]) -> tuple[int, float]:
    return key


class QuestionCooldown:
    """`rate` questions per `per` seconds per user, one notice per window."""

    def __init__(
        self, rate: int, per: float, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.per = per
        self._clock = clock
        self._questions = commands.CooldownMapping.from_cooldown(rate, per, _user)
        self._notices = commands.CooldownMapping.from_cooldown(1, per, _user_and_window)

    def hit(self, user_id: int) -> SlowDown | None:
        """Count one question; None if allowed, else how long to wait."""
        now = self._clock()
        retry_after = self._questions.update_rate_limit(user_id, now)
        if retry_after is None:
            return None
        window = round(now + retry_after - self.per, WINDOW_DIGITS)
        first = self._notices.update_rate_limit((user_id, window), now) is None
        return SlowDown(retry_after=retry_after, notify=first)
