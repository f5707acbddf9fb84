"""Shared fixtures: a real database per test on each backend, and a clock the test controls."""

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.store import QuestionStore

from .backends import BACKENDS, fresh_database, raw_rows

__all__ = ["START", "ManualClock", "raw_rows"]

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


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def database(backend: str, db_path: Path) -> AsyncIterator[str | Path]:
    async with fresh_database(backend, db_path) as location:
        yield location


@pytest.fixture
async def other_database(backend: str, tmp_path: Path) -> AsyncIterator[str | Path]:
    """A second, separate database on the same backend."""
    async with fresh_database(backend, tmp_path / "other" / "factbot.sqlite3") as location:
        yield location


@pytest.fixture
async def store(database: str | Path, clock: ManualClock) -> AsyncIterator[QuestionStore]:
    async with QuestionStore(database, clock=clock) as opened:
        yield opened
