"""Shared fixtures: a real database per test on each backend, and a clock the test controls.

`database` is a fresh SQLite file, or a fresh schema of the PostgreSQL server named by
FACTBOT_TEST_POSTGRES_URL (`.ci/postgres` starts one; without it those tests are skipped,
except under CI, where they fail: CI must run them).
"""

import os
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit
from uuid import uuid4

import asyncpg
import pytest

from bot.store import QuestionStore

START = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
POSTGRES_URL = os.environ.get("FACTBOT_TEST_POSTGRES_URL", "")
POSTGRES_CTL = os.environ.get("FACTBOT_TEST_POSTGRES_CTL", "")
BACKENDS = ("sqlite", "postgres")


class ManualClock:
    """Time stands still until a test moves it, so boundaries can be hit exactly."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def need_postgres() -> str:
    """The server's URL, or skip (fail under CI) when none is configured."""
    if POSTGRES_URL:
        return POSTGRES_URL
    reason = "no PostgreSQL server configured: set FACTBOT_TEST_POSTGRES_URL (.ci/postgres does)"
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the PostgreSQL store tests, but {reason}")
    pytest.skip(reason)


def in_schema(url: str, schema: str) -> str:
    """The same server and database, with `schema` first on the search path."""
    parts = urlsplit(url)
    query = f"{parts.query}&search_path={schema}" if parts.query else f"search_path={schema}"
    return urlunsplit(parts._replace(query=query))


async def raw_rows(database: str | Path, sql: str) -> list[tuple[Any, ...]]:
    """What is really stored, read past the store on its own connection."""
    if isinstance(database, Path):
        with sqlite3.connect(database) as raw:
            return raw.execute(sql).fetchall()
    connection = await asyncpg.connect(database)
    try:
        return [tuple(row) for row in await connection.fetch(sql)]
    finally:
        await connection.close()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "factbot.sqlite3"


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@asynccontextmanager
async def fresh_database(backend: str, path: Path) -> AsyncIterator[str | Path]:
    """A SQLite path, or a postgresql:// URL with a schema of its own, dropped afterwards."""
    if backend == "sqlite":
        yield path
        return
    url = need_postgres()
    schema = f"test_{uuid4().hex[:16]}"
    admin = await asyncpg.connect(url)
    try:
        await admin.execute(f"CREATE SCHEMA {schema}")
        yield in_schema(url, schema)
    finally:
        await admin.execute(f"DROP SCHEMA {schema} CASCADE")
        await admin.close()


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
