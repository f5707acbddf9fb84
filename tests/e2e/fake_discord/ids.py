"""Snowflake ids and timestamps, so payloads look real to discord.py."""

from __future__ import annotations

import itertools
import time
from datetime import UTC, datetime

DISCORD_EPOCH_MS = 1_420_070_400_000
_FIRST_ID_MS = 1_704_067_200_000  # 2024-01-01, a fixed start keeps ids stable between runs


class SnowflakeFactory:
    """Hands out increasing snowflakes whose time part also grows, so shard routing spreads."""

    def __init__(self, first_ms: int = _FIRST_ID_MS) -> None:
        self._first_ms = first_ms
        self._counter = itertools.count(1)

    def next(self) -> int:
        """Return a fresh id; ids are unique across users, guilds, channels and messages."""
        step = next(self._counter)
        return ((self._first_ms + step - DISCORD_EPOCH_MS) << 22) | (step & 0xFFF)

    def current(self) -> int:
        """A fresh id stamped with the wall clock, for objects whose age clients check.

        discord.py treats an interaction as expired 15 minutes after its id's timestamp, and
        then (e.g. in Context.send) posts to the channel instead of answering the interaction.
        """
        step = next(self._counter)
        now_ms = int(time.time() * 1000)
        return ((now_ms - DISCORD_EPOCH_MS) << 22) | (step & 0xFFF)


def iso_now() -> str:
    """Timestamp in the ISO format discord.py parses for message and member times."""
    return datetime.now(UTC).isoformat()
