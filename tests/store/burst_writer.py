"""Helper process for the crash test: writes until killed, printing each id once committed."""

import asyncio
import sys

from bot.store import DOWN, TERMINAL, QuestionStore


async def write_until_killed(path: str) -> None:
    """Print an id only after both its question and its vote calls returned."""
    async with QuestionStore(path) as store:
        number = 0
        while True:
            question_id = await store.record_question(
                f"burst question {number}",
                where=TERMINAL,
                pack="burst",
                fact_id=None,
                confidence=None,
            )
            await store.record_vote(question_id, "burst-voter", DOWN)
            print(question_id, flush=True)
            number += 1


if __name__ == "__main__":
    asyncio.run(write_until_killed(sys.argv[1]))
