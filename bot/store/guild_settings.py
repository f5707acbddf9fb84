"""Settings of one value per guild (the bot's language), kept with the questions.

Read whole at start-up by the Discord side, which holds them in memory; a change here is
that process's at once, another process's after its restart.
"""

from __future__ import annotations

import aiosqlite

from bot.store.clock import to_db_time, utc_now
from bot.store.store import QuestionStore


class GuildSettings:
    """Named values per guild; a guild without one uses the bot's default."""

    def __init__(self, store: QuestionStore) -> None:
        self.store = store

    async def every(self, name: str) -> dict[int, str]:
        """Each guild's value of one setting, for the guilds that set it."""

        async def fetch(db: aiosqlite.Connection) -> dict[int, str]:
            async with db.execute(
                "SELECT guild_id, value FROM guild_settings WHERE name = ?", (name,)
            ) as cursor:
                return {int(row[0]): str(row[1]) for row in await cursor.fetchall()}

        return await self.store._exclusively(fetch)

    async def set(self, guild_id: int, name: str, value: str | None) -> None:
        """Set a guild's value, or with None go back to the default."""
        at = to_db_time(utc_now())

        async def write(db: aiosqlite.Connection) -> None:
            if value is None:
                await db.execute(
                    "DELETE FROM guild_settings WHERE guild_id = ? AND name = ?",
                    (str(guild_id), name),
                )
                return
            await db.execute(
                "INSERT INTO guild_settings (guild_id, name, value, changed_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (guild_id, name) DO UPDATE SET "
                "value = excluded.value, changed_at = excluded.changed_at",
                (str(guild_id), name, value, at),
            )

        await self.store._exclusively(write)
