"""Questions moderators taught from chat (/teach): each guild's overlay of question forms.

The bot answers a taught question (and its paraphrases) from the fact it was taught to, in
that guild only, from the moment it is taught; curators list them with `kb gaps --taught`
and fold them into the pack files. One question is taught to one fact per guild: teaching
it again to another fact moves it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Final

import aiosqlite

from bot.store.clock import from_db_time, to_db_time, utc_now
from bot.store.store import QuestionStore

QUESTION_LIMIT: Final = 300
"""A taught question longer than this is refused: nobody asks that much in one question."""


@dataclass(frozen=True)
class TaughtQuestion:
    """One question taught to one fact in one guild."""

    guild_id: int
    question: str
    fact_id: str
    taught_at: datetime


def question_key(question: str) -> str:
    """The same question whatever its case or spacing."""
    return " ".join(question.split()).casefold()


class TaughtQuestions:
    """Reads and changes the taught questions of each guild."""

    def __init__(self, store: QuestionStore) -> None:
        self.store = store

    async def teach(
        self, guild_id: int, question: str, fact_id: str, *, by: int | None = None
    ) -> bool:
        """Teach a question to a fact in a guild; True if that changed anything."""
        text = " ".join(question.split())
        if not text or len(text) > QUESTION_LIMIT:
            raise ValueError(f"a taught question has 1 to {QUESTION_LIMIT} characters")
        keep = by is not None and self.store._keep_user_ids
        values = (
            str(guild_id),
            question_key(text),
            text,
            fact_id,
            str(by) if keep else None,
            to_db_time(utc_now()),
        )

        async def write(db: aiosqlite.Connection) -> bool:
            async with db.execute(
                "INSERT INTO taught_questions "
                "(guild_id, question_key, question, fact_id, taught_by, taught_at) "
                "VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (guild_id, question_key) DO UPDATE SET "
                "question = excluded.question, fact_id = excluded.fact_id, "
                "taught_by = excluded.taught_by, taught_at = excluded.taught_at "
                "WHERE taught_questions.fact_id <> excluded.fact_id",
                values,
            ) as cursor:
                return cursor.rowcount > 0

        return await self.store._exclusively(write)

    async def forget(self, guild_id: int, question: str) -> bool:
        """Un-teach a question in a guild; True if it had been taught."""

        async def delete(db: aiosqlite.Connection) -> bool:
            async with db.execute(
                "DELETE FROM taught_questions WHERE guild_id = ? AND question_key = ?",
                (str(guild_id), question_key(question)),
            ) as cursor:
                return cursor.rowcount > 0

        return await self.store._exclusively(delete)

    async def listed(self, guild_id: int | None = None) -> list[TaughtQuestion]:
        """Every taught question (of one guild, if given), by guild, fact and time taught."""

        async def fetch(db: aiosqlite.Connection) -> list[TaughtQuestion]:
            sql = "SELECT guild_id, question, fact_id, taught_at FROM taught_questions"
            params: tuple[str, ...] = ()
            if guild_id is not None:
                sql += " WHERE guild_id = ?"
                params = (str(guild_id),)
            sql += " ORDER BY guild_id, fact_id, taught_at, question_key"
            async with db.execute(sql, params) as cursor:
                rows = await cursor.fetchall()
            return [
                TaughtQuestion(int(row[0]), row[1], row[2], from_db_time(row[3])) for row in rows
            ]

        return await self.store._exclusively(fetch)

    async def overlays(self) -> dict[int, dict[str, tuple[str, ...]]]:
        """Each guild's taught questions by fact: what its engine is built with."""
        found: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for taught in await self.listed():
            found[taught.guild_id][taught.fact_id].append(taught.question)
        return {
            guild: {fact: tuple(questions) for fact, questions in facts.items()}
            for guild, facts in found.items()
        }
