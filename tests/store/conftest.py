"""Shared fixtures: a real SQLite file per test and a clock the test controls."""

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.store import QuestionStore

START = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


class ManualClock:
    """Time stands still until a test moves it, so boundaries can be hit exactly."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "factbot.sqlite3"


@pytest.fixture
async def store(db_path: Path, clock: ManualClock) -> AsyncIterator[QuestionStore]:
    async with QuestionStore(db_path, clock=clock) as opened:
        yield opened
