"""Per-channel settings kept with the questions: where the bot answers unasked (/autoanswer).

Kept in the same database as the records, so a setting survives restarts and every process
serving the same file sees it. Reads are cached per process for CACHE_SECONDS; this process's
own writes take effect at once, another process's within that time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

import aiosqlite

from bot.store.clock import to_db_time, utc_now
from bot.store.store import QuestionStore

CACHE_SECONDS: Final = 30.0


class PassiveChannels:
    """The channels of each guild where passive answers are on."""

    def __init__(
        self, store: QuestionStore, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.store = store
        self._clock = clock
        self._cache: dict[int, tuple[float, frozenset[int]]] = {}

    async def enabled(self, guild_id: int) -> frozenset[int]:
        """The guild's channels with passive answers on."""
        cached = self._cache.get(guild_id)
        if cached is not None and self._clock() - cached[0] < CACHE_SECONDS:
            return cached[1]

        async def fetch(db: aiosqlite.Connection) -> frozenset[int]:
            async with db.execute(
                "SELECT channel_id FROM passive_channels WHERE guild_id = ?", (str(guild_id),)
            ) as cursor:
                return frozenset(int(row[0]) for row in await cursor.fetchall())

        found = await self.store._exclusively(fetch)  # the store's one connection and lock
        self._cache[guild_id] = (self._clock(), found)
        return found

    async def is_enabled(self, guild_id: int, channel_id: int) -> bool:
        return channel_id in await self.enabled(guild_id)

    async def set(self, guild_id: int, channel_id: int, *, on: bool) -> bool:
        """Turn passive answers on or off in a channel; True if that changed anything."""
        at = to_db_time(utc_now())

        async def write(db: aiosqlite.Connection) -> bool:
            if on:
                sql = (
                    "INSERT OR IGNORE INTO passive_channels (guild_id, channel_id, enabled_at) "
                    "VALUES (?, ?, ?)"
                )
                params: tuple[str, ...] = (str(guild_id), str(channel_id), at)
            else:
                sql = "DELETE FROM passive_channels WHERE guild_id = ? AND channel_id = ?"
                params = (str(guild_id), str(channel_id))
            async with db.execute(sql, params) as cursor:
                return cursor.rowcount > 0

        changed = await self.store._exclusively(write)
        self._cache.pop(guild_id, None)
        return changed
