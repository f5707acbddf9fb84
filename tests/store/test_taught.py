"""Taught questions are kept per guild, one fact per question, across store reopenings,
on SQLite and PostgreSQL alike."""

from pathlib import Path

import pytest

from bot.store import QuestionStore
from bot.store.taught import TaughtQuestions


async def test_taught_questions_are_kept_per_guild_and_move_when_taught_again(
    database: str | Path,
) -> None:
    path = database  # a file, or a schema of its own on the PostgreSQL server
    async with QuestionStore(path) as store:
        taught = TaughtQuestions(store)
        first = await taught.teach(1, "Who is the boss of Belgium?", "bart-de-wever-role", by=5)
        again = await taught.teach(1, "who is the  BOSS of belgium?", "bart-de-wever-role")
        await taught.teach(1, "Who runs the port?", "antwerp-port-most-drugs-in-europe")
        moved = await taught.teach(1, "Who runs the port?", "bart-de-wever-role")
        await taught.teach(2, "What is the EUDA?", "euda-2025-annual-report")
        await taught.teach(1, "To be forgotten?", "kristi-noem-role")
        forgotten = await taught.forget(1, "to be FORGOTTEN?")

    async with QuestionStore(path) as store:
        overlays = await TaughtQuestions(store).overlays()
        listed = await TaughtQuestions(store).listed(2)
        with pytest.raises(ValueError, match="characters"):
            await TaughtQuestions(store).teach(1, "  ", "bart-de-wever-role")

    assert (first, again, moved, forgotten) == (True, False, True, True)
    assert overlays == {
        1: {"bart-de-wever-role": ("Who is the boss of Belgium?", "Who runs the port?")},
        2: {"euda-2025-annual-report": ("What is the EUDA?",)},
    }
    assert [item.question for item in listed] == ["What is the EUDA?"]
