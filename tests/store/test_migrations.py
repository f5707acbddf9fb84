"""Old files must come forward intact; a failed step must leave them untouched."""

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import aiosqlite
import pytest

from bot.store import LATEST_VERSION, QuestionStore, SchemaTooNewError
from bot.store.migrations import MIGRATIONS, Migration, apply_migrations, schema_version
from bot.store.postgres import PostgresConnection

from .backends import fresh_database, raw_rows


def _columns(raw: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in raw.execute(f"PRAGMA table_info({table})")}


def _indexes(raw: sqlite3.Connection) -> set[str]:
    return {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_versions_are_numbered_one_by_one() -> None:
    assert [migration.version for migration in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert LATEST_VERSION == len(MIGRATIONS) >= 2


async def test_v1_database_is_brought_to_latest_keeping_rows(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    async with aiosqlite.connect(path, isolation_level=None) as db:
        assert await apply_migrations(db, up_to=1) == 1
        await db.execute(
            "INSERT INTO questions (id, asked_at, text, asked_where, user_id, pack, fact_id, "
            "confidence, answered) VALUES "
            "(1, '2024-05-01T10:00:00.000000Z', 'capital of peru?', 'dm', NULL, 'geo', "
            "'peru-capital', 0.9, 1), "
            "(2, '2024-05-02T10:00:00.000000Z', 'tallest tree?', 'guild:5', NULL, 'nature', "
            "NULL, NULL, 0)"
        )
        await db.execute(
            "INSERT INTO votes (question_id, voter_key, voter_id, vote, voted_at) "
            "VALUES (1, 'old-key', NULL, -1, '2024-05-01T11:00:00.000000Z')"
        )
    with sqlite3.connect(path) as raw:
        assert "nearest_fact_id" not in _columns(raw, "questions")
        assert "questions_by_where" not in _indexes(raw)

    async with QuestionStore(path) as store:
        peru = await store.question(1)
        tree = await store.question(2)
        tally = await store.tally(1)
        new_id = await store.record_question(
            "oldest tree?",
            where="dm",
            pack="nature",
            fact_id=None,
            confidence=0.3,
            nearest_fact_id="tallest-tree",
        )
        new = await store.question(new_id)

    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert "nearest_fact_id" in _columns(raw, "questions")
        assert "questions_by_where" in _indexes(raw)
    assert peru is not None
    assert (peru.text, peru.fact_id, peru.nearest_fact_id) == (
        "capital of peru?",
        "peru-capital",
        None,
    )
    assert tree is not None
    assert (tree.where, tree.answered) == ("guild:5", False)
    assert (tally.up, tally.down) == (0, 1)
    assert new is not None
    assert new.nearest_fact_id == "tallest-tree"


async def test_reopening_applies_nothing_twice(db_path: Path) -> None:
    async with QuestionStore(db_path):
        pass
    async with QuestionStore(db_path):
        pass
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION


async def test_failing_step_rolls_back_to_previous_version(tmp_path: Path) -> None:
    broken = (
        MIGRATIONS[0],
        Migration(
            version=2,
            purpose="fails halfway",
            statements=("CREATE TABLE half_done (x)", "THIS IS NOT SQL"),
        ),
    )
    async with aiosqlite.connect(tmp_path / "broken.sqlite3", isolation_level=None) as db:
        with pytest.raises(sqlite3.OperationalError):
            await apply_migrations(db, migrations=broken)
        assert await schema_version(db) == 1
        async with db.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'") as cur:
            assert await cur.fetchall() == []
        assert not db.in_transaction


async def test_newer_file_than_code_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with sqlite3.connect(db_path) as raw:
        raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(SchemaTooNewError):
        await QuestionStore(db_path).open()


async def _connect(url: str) -> PostgresConnection:
    return await PostgresConnection.connect(url)


@pytest.fixture
async def postgres_url(tmp_path: Path) -> AsyncIterator[str]:
    async with fresh_database("postgres", tmp_path / "unused") as url:
        assert isinstance(url, str)
        yield url


async def test_postgres_keeps_its_version_in_a_table_and_applies_nothing_twice(
    postgres_url: str,
) -> None:
    async with QuestionStore(postgres_url):
        pass
    async with QuestionStore(postgres_url):
        pass
    assert await raw_rows(postgres_url, "SELECT version FROM factbot_schema") == [(LATEST_VERSION,)]


async def test_postgres_v1_database_is_brought_to_latest_keeping_rows(postgres_url: str) -> None:
    db = await _connect(postgres_url)
    try:
        assert await apply_migrations(db, up_to=1) == 1
        await db.execute(
            "INSERT INTO questions (asked_at, text, asked_where, user_id, pack, fact_id, "
            "confidence, answered) VALUES (?, ?, ?, NULL, ?, ?, ?, ?)",
            (
                "2024-05-01T10:00:00.000000Z",
                "capital of peru?",
                "dm",
                "geo",
                "peru-capital",
                0.9,
                1,
            ),
        )
    finally:
        await db.close()

    async with QuestionStore(postgres_url) as store:
        peru = await store.question(1)
        new_id = await store.record_question(
            "oldest tree?", where="dm", pack="nature", fact_id=None, confidence=0.3,
            nearest_fact_id="tallest-tree",
        )  # fmt: skip
        new = await store.question(new_id)

    assert peru is not None
    assert (peru.text, peru.fact_id, peru.confidence, peru.nearest_fact_id) == (
        "capital of peru?",
        "peru-capital",
        0.9,
        None,
    )
    assert new is not None
    assert (new_id, new.nearest_fact_id) == (2, "tallest-tree")


async def test_postgres_failing_step_rolls_back_to_previous_version(postgres_url: str) -> None:
    broken = (
        MIGRATIONS[0],
        Migration(
            version=2,
            purpose="fails halfway",
            statements=("CREATE TABLE half_done (x INTEGER)", "THIS IS NOT SQL"),
        ),
    )
    db = await _connect(postgres_url)
    try:
        with pytest.raises(sqlite3.OperationalError):
            await apply_migrations(db, migrations=broken)
        assert await schema_version(db) == 1
        assert await db.run_native("SELECT to_regclass('half_done')") == [(None,)]
        assert not db.in_transaction
    finally:
        await db.close()


async def test_postgres_newer_database_than_code_is_refused(postgres_url: str) -> None:
    async with QuestionStore(postgres_url):
        pass
    db = await _connect(postgres_url)
    try:
        await db.run_native("UPDATE factbot_schema SET version = $1", LATEST_VERSION + 1)
    finally:
        await db.close()
    with pytest.raises(SchemaTooNewError):
        await QuestionStore(postgres_url).open()


async def test_postgres_processes_migrating_at_once_apply_each_step_once(
    postgres_url: str,
) -> None:
    counted = (
        *MIGRATIONS,
        Migration(
            version=LATEST_VERSION + 1,
            purpose="a step that must run once",
            statements=(
                "CREATE TABLE applied (n INTEGER NOT NULL)",
                "INSERT INTO applied (n) VALUES (1)",
            ),
        ),
    )
    shards = [await _connect(postgres_url) for _ in range(4)]
    try:
        versions = await asyncio.gather(
            *(apply_migrations(db, migrations=counted) for db in shards)
        )
    finally:
        for db in shards:
            await db.close()
    assert versions == [LATEST_VERSION + 1] * len(shards)
    assert await raw_rows(postgres_url, "SELECT n FROM applied") == [(1,)]


async def test_stores_opening_at_once_on_a_new_database_all_work(postgres_url: str) -> None:
    stores = [QuestionStore(postgres_url) for _ in range(3)]
    await asyncio.gather(*(store.open() for store in stores))
    try:
        ids = [
            await store.record_question(
                f"q{n}", where="dm", pack="p", fact_id=None, confidence=None
            )
            for n, store in enumerate(stores)
        ]
        tallies = [await store.record_vote(ids[0], "same voter", 1) for store in stores]
    finally:
        for store in stores:
            await store.close()
    assert len(set(ids)) == len(stores)
    assert [(t.up, t.down) for t in tallies] == [(1, 0)] * len(stores), "one salt, one voter"
