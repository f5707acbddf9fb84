"""Per-user question cooldown shared by every way of asking, so no path dodges it."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from discord.ext import commands

PRUNE_AT = 4096
"""Forget idle users once this many are tracked, so memory stays bounded."""


@dataclass(frozen=True)
class Refusal:
    """A question refused for speed; `notify` is true only for the first refusal in a window."""

    retry_after: float
    notify: bool


class AskingTooFast(commands.CheckFailure):
    """Raised by the cooldown check so the error handler can answer politely."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(f"asking too fast; retry in {refusal.retry_after:.1f}s")
        self.refusal = refusal


@dataclass
class _Window:
    started: float
    used: int = 0
    notified: bool = False


class UserCooldowns:
    """`rate` questions per `per` seconds per user (fixed windows), one notice per window."""

    def __init__(
        self, rate: int, per: float, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.per = per
        self._clock = clock
        self._windows: dict[int, _Window] = {}

    @property
    def tracked_users(self) -> int:
        """How many users have a live window; pruning keeps this bounded."""
        return len(self._windows)

    def hit(self, user_id: int) -> Refusal | None:
        """Count one question; None if allowed, else how long to wait."""
        now = self._clock()
        if len(self._windows) >= PRUNE_AT:
            self._prune(now)
        window = self._windows.get(user_id)
        if window is None or now >= window.started + self.per:
            window = self._windows[user_id] = _Window(started=now)
        if window.used < self.rate:
            window.used += 1
            return None
        notify = not window.notified
        window.notified = True
        return Refusal(retry_after=window.started + self.per - now, notify=notify)

    def _prune(self, now: float) -> None:
        expired = [uid for uid, w in self._windows.items() if now >= w.started + self.per]
        for user_id in expired:
            del self._windows[user_id]
