"""Store code in the house style (functions of a connection, run by `_exclusively`, with `?`
placeholders) runs unchanged on SQLite and PostgreSQL, SQLite-isms included."""

import sqlite3
from pathlib import Path

import aiosqlite
import pytest

from bot.store import QuestionStore, shown_location


async def _make_notes(db: aiosqlite.Connection) -> None:
    await db.execute(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL, weight REAL, "
        "hits INTEGER NOT NULL DEFAULT 0)"
    )
    await db.execute(
        "CREATE TABLE tags (note_id INTEGER NOT NULL, tag TEXT NOT NULL, "
        "PRIMARY KEY (note_id, tag)) WITHOUT ROWID"
    )


async def test_house_style_sql_runs_the_same_on_both(store: QuestionStore) -> None:
    await store._exclusively(_make_notes)

    async def write(db: aiosqlite.Connection) -> tuple[int | None, int | None, int, int, int]:
        async with db.execute(
            "INSERT INTO notes (body, weight) VALUES (?, ?)", ("what's new?", 0.1)
        ) as cursor:
            first = cursor.lastrowid
        async with db.execute(
            "INSERT INTO notes (body, weight) VALUES ('a ? in quotes', ?)", (2.5,)
        ) as cursor:
            second = cursor.lastrowid
        async with db.execute(
            "INSERT OR IGNORE INTO tags (note_id, tag) VALUES (?, ?), (?, ?)",
            (first, "x", first, "x"),
        ) as cursor:
            ignored = cursor.rowcount
        async with db.execute(
            "INSERT OR REPLACE INTO tags (note_id, tag) VALUES (?, ?)", (first, "x")
        ) as cursor:
            replaced = cursor.rowcount
        async with db.execute(
            "INSERT INTO notes (id, body) VALUES (?, ?) "
            "ON CONFLICT (id) DO UPDATE SET hits = notes.hits + 1",
            (first, "ignored"),
        ) as cursor:
            upserted = cursor.rowcount
        return first, second, ignored, replaced, upserted

    async def read(db: aiosqlite.Connection) -> list[tuple[object, ...]]:
        async with db.execute(
            "SELECT n.id, n.body, n.weight, n.hits, COUNT(t.tag) AS tags FROM notes AS n "
            "LEFT JOIN tags AS t ON t.note_id = n.id WHERE n.body <> ? "
            "GROUP BY n.id, n.body, n.weight, n.hits ORDER BY n.id",
            ("--",),
        ) as cursor:
            rows = await cursor.fetchall()
        async with db.execute("SELECT body FROM notes WHERE id = ?", (-1,)) as cursor:
            assert await cursor.fetchone() is None
        return [(r["id"], r["body"], r[2], r["hits"], r["tags"]) for r in rows]

    first, second, ignored, replaced, upserted = await store._exclusively(write)
    rows = await store._exclusively(read)

    assert (first, second) == (1, 2)
    assert (ignored, replaced, upserted) == (1, 1, 1)
    assert rows == [(1, "what's new?", 0.1, 1, 1), (2, "a ? in quotes", 2.5, 0, 0)]


async def test_constraint_failures_are_the_errors_store_code_catches(
    store: QuestionStore,
) -> None:
    await store._exclusively(_make_notes)

    async def duplicate(db: aiosqlite.Connection) -> None:
        await db.execute("INSERT INTO tags (note_id, tag) VALUES (?, ?)", (1, "x"))
        await db.execute("INSERT INTO tags (note_id, tag) VALUES (?, ?)", (1, "x"))

    async def bad_sql(db: aiosqlite.Connection) -> None:
        await db.execute("SELECT nothing FROM nowhere")

    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        await store._exclusively(duplicate)
    with pytest.raises(sqlite3.OperationalError):
        await store._exclusively(bad_sql)


def test_messages_never_show_the_password() -> None:
    assert shown_location("postgresql://bot:hunter2@db:5432/factbot") == (
        "postgresql://bot:***@db:5432/factbot"
    )
    assert shown_location(Path("data/factbot.sqlite3")) == "data/factbot.sqlite3"
