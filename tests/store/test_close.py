"""close() always closes: a failing disk during SQLite's tidy-up never leaves the connection
(and its thread, which would keep the process alive) open."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import aiosqlite
import pytest

from bot.store import DM, QuestionStore


async def test_close_closes_even_when_the_disk_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = await QuestionStore(tmp_path / "q.sqlite3").open()
    await store.record_question("q", where=DM, pack="p", fact_id=None, confidence=1.0)
    connection = store._db
    assert connection is not None
    real = aiosqlite.Connection.execute

    def execute(self: aiosqlite.Connection, sql: str, parameters: Any = None) -> Any:
        if sql == "PRAGMA optimize":

            async def fail() -> None:
                raise sqlite3.OperationalError("database or disk is full")

            return fail()
        return real(self, sql, parameters)

    monkeypatch.setattr(aiosqlite.Connection, "execute", execute)
    await store.close()

    connection._thread.join(timeout=5)
    assert not connection._thread.is_alive()
    assert connection._thread.daemon, "a stuck connection thread never holds the process"
    reopened = await QuestionStore(tmp_path / "q.sqlite3").open()
    assert (await reopened.stats()).questions == 1
    await reopened.close()
