"""Per-guild limits kept with the questions: where the bot answers, for whom, who skips cooldowns.

An empty list means no limit of that kind: a guild that set nothing is served everywhere, for
everyone. No cache here: the Discord side holds every guild's limits in memory (they are read
on every message) and refreshes them from here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Final, Literal

import aiosqlite

from bot.store.clock import to_db_time, utc_now
from bot.store.store import QuestionStore

LimitKind = Literal["channel", "role", "exempt"]
KINDS: Final[tuple[LimitKind, ...]] = ("channel", "role", "exempt")


@dataclass(frozen=True)
class Limits:
    """One guild's limits; an empty set means that kind of limit is off."""

    channels: frozenset[int] = frozenset()
    """Channels (and their threads) where the bot answers; empty: every channel."""
    roles: frozenset[int] = frozenset()
    """Roles whose members may use the bot; empty: every member."""
    exempt: frozenset[int] = frozenset()
    """Roles whose members are never slowed down by the question cooldown."""

    @property
    def any(self) -> bool:
        return bool(self.channels or self.roles or self.exempt)


class GuildLimits:
    """Reads and changes the limits of each guild."""

    def __init__(self, store: QuestionStore) -> None:
        self.store = store

    async def of(self, guild_id: int) -> Limits:
        """The guild's limits (none set: no limits)."""
        return (await self._read(guild_id)).get(guild_id, Limits())

    async def all(self) -> dict[int, Limits]:
        """Every guild that set any limit, with its limits."""
        return await self._read(None)

    async def _read(self, guild_id: int | None) -> dict[int, Limits]:
        async def fetch(db: aiosqlite.Connection) -> list[tuple[str, str, str]]:
            sql = "SELECT guild_id, kind, target_id FROM guild_limits"
            params: tuple[str, ...] = ()
            if guild_id is not None:
                sql += " WHERE guild_id = ?"
                params = (str(guild_id),)
            async with db.execute(sql, params) as cursor:
                return [(row[0], row[1], row[2]) for row in await cursor.fetchall()]

        rows = await self.store._exclusively(fetch)  # the store's one connection and lock
        found: dict[int, dict[str, set[int]]] = defaultdict(lambda: {k: set() for k in KINDS})
        for guild, kind, target in rows:
            if kind in KINDS:
                found[int(guild)][kind].add(int(target))
        return {
            guild: Limits(
                channels=frozenset(kinds["channel"]),
                roles=frozenset(kinds["role"]),
                exempt=frozenset(kinds["exempt"]),
            )
            for guild, kinds in found.items()
        }

    async def set(self, guild_id: int, kind: LimitKind, target_id: int, *, on: bool) -> bool:
        """Add or remove one channel or role of a kind; True if that changed anything."""
        if kind not in KINDS:
            raise ValueError(f"unknown limit kind {kind!r}")
        key = (str(guild_id), kind, str(target_id))

        async def write(db: aiosqlite.Connection) -> bool:
            if on:
                sql = (
                    "INSERT INTO guild_limits (guild_id, kind, target_id, added_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (guild_id, kind, target_id) DO NOTHING"
                )
                params: tuple[str, ...] = (*key, to_db_time(utc_now()))
            else:
                sql = "DELETE FROM guild_limits WHERE guild_id = ? AND kind = ? AND target_id = ?"
                params = key
            async with db.execute(sql, params) as cursor:
                return cursor.rowcount > 0

        return await self.store._exclusively(write)

    async def clear(self, guild_id: int) -> int:
        """Remove every limit of a guild; how many there were."""

        async def delete(db: aiosqlite.Connection) -> int:
            async with db.execute(
                "DELETE FROM guild_limits WHERE guild_id = ?", (str(guild_id),)
            ) as cursor:
                return cursor.rowcount

        return await self.store._exclusively(delete)
