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

    def hit(self, user_id: int, *, exempt: bool = False) -> SlowDown | None:
        """Count one question; None if allowed, else how long to wait. An exempt user (a role
        the guild exempted with /limits) is neither counted nor slowed."""
        if exempt:
            return None
        now = self._clock()
        retry_after = self._questions.update_rate_limit(user_id, now)
        if retry_after is None:
            return None
        window = round(now + retry_after - self.per, WINDOW_DIGITS)
        first = self._notices.update_rate_limit((user_id, window), now) is None
        return SlowDown(retry_after=retry_after, notify=first)


class AdminTooFast(commands.CheckFailure):
    """An admin command asked again too soon in the same guild."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"admin command rate-limited; retry in {retry_after:.1f}s")
        self.retry_after = retry_after


def _place(key: tuple[str, int]) -> tuple[str, int]:
    return key


class AdminCooldown:
    """`rate` admin commands (reload, sync, stats, erase) per `per` seconds per guild.

    Counted per guild, not per person, so several moderators together cannot make the bot
    reload or report any faster; DMs are counted per user."""

    def __init__(
        self, rate: int, per: float, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._clock = clock
        self._uses = commands.CooldownMapping.from_cooldown(rate, per, _place)

    def hit(self, guild_id: int | None, user_id: int) -> float | None:
        """Count one admin command; None if allowed, else seconds to wait."""
        key = ("guild", guild_id) if guild_id is not None else ("dm", user_id)
        return self._uses.update_rate_limit(key, self._clock())


class NoticeGate:
    """At most one public notice (a refusal, a usage line) per user per `per` seconds.

    Replies to slash commands are private and never gated; in chat, the second refusal in
    a window is dropped, so spamming a refused command cannot make the bot spam back."""

    def __init__(self, per: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._notices = commands.CooldownMapping.from_cooldown(1, per, _user)

    def allow(self, user_id: int) -> bool:
        return self._notices.update_rate_limit(user_id, self._clock()) is None
