"""The two store backends for tests: a SQLite file, or a schema of a PostgreSQL server.

The server is the one FACTBOT_TEST_POSTGRES_URL names (`.ci/postgres` starts one and sets
it, with FACTBOT_TEST_POSTGRES_CTL, its pg_ctl); without it the PostgreSQL tests are skipped,
except under CI, where they fail: CI must run them.
"""

import os
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit
from uuid import uuid4

import asyncpg
import pytest

POSTGRES_URL = os.environ.get("FACTBOT_TEST_POSTGRES_URL", "")
POSTGRES_CTL = os.environ.get("FACTBOT_TEST_POSTGRES_CTL", "")
BACKENDS = ("sqlite", "postgres")


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


@asynccontextmanager
async def fresh_database(backend: str, path: Path) -> AsyncIterator[str | Path]:
    """A SQLite path, or a postgresql:// URL with a schema of its own, dropped afterwards."""
    if backend == "sqlite":
        yield path
        return
    url = need_postgres()
    schema = f"test_{uuid4().hex[:16]}"
    await _admin(url, f"CREATE SCHEMA {schema}")
    try:
        yield in_schema(url, schema)
    finally:
        await _admin(url, f"DROP SCHEMA {schema} CASCADE")


async def _admin(url: str, sql: str) -> None:
    """One statement on a connection of its own (a test may restart the server meanwhile)."""
    connection = await asyncpg.connect(url)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


def need_postgres_ctl() -> str:
    """pg_ctl for the test server, for tests that stop and start it, or skip."""
    need_postgres()
    if POSTGRES_CTL:
        return POSTGRES_CTL
    reason = "the PostgreSQL server cannot be restarted: set FACTBOT_TEST_POSTGRES_CTL"
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the PostgreSQL restart tests, but {reason}")
    pytest.skip(reason)


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
