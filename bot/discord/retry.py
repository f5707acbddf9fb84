"""Replies that exhaust discord.py's own retries are queued and tried again, for a while.

discord.py retries a 429 or a 5xx itself, five times in quick succession; an outage longer
than that used to drop the reply silently. `ReplyRetries` keeps such a reply and sends it
again with growing pauses for at most `retry_for` seconds, then logs it as lost with its
question id, so a curator can tell which question went unanswered. At most `max_pending`
replies wait at once; beyond that, and at shutdown, they are logged as lost too.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Final

import aiohttp
import discord

log = logging.getLogger(__name__)

MAX_PENDING: Final = 200
FIRST_PAUSE: Final = 1.0


def retryable(error: BaseException) -> bool:
    """Worth trying again later: Discord busy (429), failing (5xx), or unreachable."""
    if isinstance(error, discord.HTTPException):
        return error.status == 429 or error.status >= 500
    return isinstance(error, aiohttp.ClientError | OSError | asyncio.TimeoutError)


def pauses(retry_for: float) -> list[float]:
    """Doubling pauses (1 s, 2 s, 4 s …, shorter for a short window) within `retry_for`."""
    pause = min(FIRST_PAUSE, retry_for / 4)
    found: list[float] = []
    while pause > 0 and sum(found) + pause <= retry_for:
        found.append(pause)
        pause *= 2
    return found


class ReplyRetries:
    """Background re-sends of replies Discord would not take, each for a bounded time."""

    def __init__(self, retry_for: float, *, max_pending: int = MAX_PENDING) -> None:
        self.retry_for = retry_for
        self.max_pending = max_pending
        self._waiting: dict[asyncio.Task[None], int | None] = {}

    @property
    def pending(self) -> int:
        return len(self._waiting)

    def submit(self, send: Callable[[], Awaitable[object]], *, question_id: int | None) -> None:
        """Queue one reply; `send` posts it again (a fresh request each time)."""
        if len(self._waiting) >= self.max_pending:
            log.error("reply lost for question id %s: the retry queue is full", question_id)
            return
        task = asyncio.get_running_loop().create_task(self._retry(send, question_id))
        self._waiting[task] = question_id
        task.add_done_callback(self._waiting.pop)

    async def _retry(self, send: Callable[[], Awaitable[object]], question_id: int | None) -> None:
        for attempt, pause in enumerate(pauses(self.retry_for), 1):
            await asyncio.sleep(pause)
            try:
                await send()
            except Exception as exc:
                if not retryable(exc):
                    log.error("reply lost for question id %s: %s", question_id, exc)
                    return
                log.warning(
                    "reply for question id %s failed again (attempt %d): %s",
                    question_id,
                    attempt,
                    exc,
                )
                continue
            log.info("reply for question id %s delivered on retry %d", question_id, attempt)
            return
        log.error(
            "reply lost for question id %s: Discord refused it for %.0fs of retries",
            question_id,
            self.retry_for,
        )

    async def close(self) -> None:
        """At shutdown: stop waiting, and log every reply still queued as lost."""
        waiting = dict(self._waiting)
        for task, question_id in waiting.items():
            task.cancel()
            log.error("reply lost for question id %s: shutting down", question_id)
        await asyncio.gather(*waiting, return_exceptions=True)
