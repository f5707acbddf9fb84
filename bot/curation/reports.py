"""Reading the curator's store for `kb gaps` and `kb stats`, without ever creating it."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from bot.curation import DEFAULT_GAP_LIMIT
from bot.store import Gap, QuestionStore, Stats
from bot.store.clock import utc_now

TOP_ENTRIES = 10
"""Facts, places and gaps `kb stats` shows; `kb gaps` lists more."""


@dataclass(frozen=True)
class GapReport:
    """The gaps of a period; `recorded` is False when no database exists yet."""

    database: Path | str
    since: datetime | None
    recorded: bool
    gaps: tuple[Gap, ...]


@dataclass(frozen=True)
class StatsReport:
    """The activity of a period; `stats` is None when no database exists yet."""

    database: Path | str
    since: datetime | None
    recorded: bool
    stats: Stats | None


def since_days(days: int | None) -> datetime | None:
    """The start of the last `days` days, or None for everything still kept."""
    return None if days is None else utc_now() - timedelta(days=days)


async def gap_report(
    database: Path | str, *, days: int | None = None, limit: int = DEFAULT_GAP_LIMIT
) -> GapReport:
    """Declined or 👎 questions grouped by similarity, most asked first."""
    since = since_days(days)
    if isinstance(database, Path) and not await asyncio.to_thread(database.exists):
        return GapReport(database, since, recorded=False, gaps=())
    async with QuestionStore(database) as store:
        gaps = await store.gaps(since=since, limit=limit)
    return GapReport(database, since, recorded=True, gaps=tuple(gaps))


async def stats_report(database: Path | str, *, days: int | None = None) -> StatsReport:
    """Questions, answer rate, votes, top facts, places and top gaps."""
    since = since_days(days)
    if isinstance(database, Path) and not await asyncio.to_thread(database.exists):
        return StatsReport(database, since, recorded=False, stats=None)
    async with QuestionStore(database) as store:
        stats = await store.stats(since=since, top=TOP_ENTRIES)
    return StatsReport(database, since, recorded=True, stats=stats)
