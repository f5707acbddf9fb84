"""Starts and stops real discord.py clients against the fake, failing fast if they crash."""

from __future__ import annotations

import asyncio

import discord

from .recording import WaitTimeoutError


class BotRunner:
    """Logs clients in, runs `connect()` as a task and always closes them at the end."""

    def __init__(self, token: str) -> None:
        self._token = token
        self._tasks: dict[discord.Client, asyncio.Task[None]] = {}

    async def start(
        self, bot: discord.Client, *, token: str | None = None, within: float = 5.0
    ) -> None:
        """Log in, connect, and return once on_ready fired; re-raise if connect() fails first."""
        await bot.login(token or self._token)
        task = asyncio.create_task(bot.connect(), name=f"connect-{bot.__class__.__name__}")
        self._tasks[bot] = task
        ready = asyncio.create_task(bot.wait_until_ready())
        done, _ = await asyncio.wait(
            {task, ready}, timeout=within, return_when=asyncio.FIRST_COMPLETED
        )
        if ready in done:
            return
        ready.cancel()
        if task in done:
            del self._tasks[bot]  # its outcome is reported here, not again at teardown
            await bot.close()
            task.result()
            raise AssertionError("connect() returned before the client became ready")
        raise WaitTimeoutError(f"client not ready within {within}s")

    def connect_task(self, bot: discord.Client) -> asyncio.Task[None]:
        """The running connect() task, e.g. to assert it ended with a ConnectionClosed."""
        return self._tasks[bot]

    async def stop(self, bot: discord.Client, *, within: float = 5.0) -> None:
        """Close the client and wait for connect() to return; surface a crash if it had one."""
        task = self._tasks.pop(bot, None)
        await bot.close()
        if task is None:
            return
        done, _ = await asyncio.wait({task}, timeout=within)
        if not done:
            task.cancel()
            raise WaitTimeoutError(f"connect() did not return within {within}s of close()")
        if not task.cancelled() and task.exception() is not None:
            exc = task.exception()
            if not (isinstance(exc, discord.ConnectionClosed) and exc.code == 1000):
                raise AssertionError(f"connect() crashed: {exc!r}") from exc

    async def stop_all(self) -> None:
        """Close every client still running; used by fixture teardown."""
        errors: list[BaseException] = []
        for bot in list(self._tasks):
            try:
                await self.stop(bot)
            except (AssertionError, discord.DiscordException) as exc:
                errors.append(exc)
        if errors:
            raise errors[0]
