"""`kb gaps` / `kb stats` print stored text inert: no ESC, OSC or C1 sequence reaches a terminal."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.store import DM, QuestionStore

from .support import kb

HOSTILE = [
    "what is \x1b]8;;https://evil.example\x07the capital\x1b]8;;\x07 of mars",
    "\x1b[2J\x1b[Hwho runs \x9b31mthe moon base\u202e",
    "how many \x1b]0;pwned\x07 rockets on the moon base",
]


async def fill(database: Path) -> None:
    async with QuestionStore(database) as store:
        for text in HOSTILE * 2:
            await store.record_question(
                text, where=DM, pack="antwerp", fact_id=None, confidence=1.0
            )


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "questions.sqlite3"
    asyncio.run(fill(path))
    return path


@pytest.mark.parametrize("command", ["gaps", "stats"])
@pytest.mark.parametrize("as_json", [False, True], ids=["table", "json"])
def test_stored_text_reaches_the_terminal_without_control_sequences(
    database: Path, command: str, as_json: bool
) -> None:
    result = kb(database, command, *(["--json"] if as_json else []))

    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode("utf-8")
    assert "\x1b" not in out
    assert "\x9b" not in out
    assert "\x07" not in out
    assert "\u202e" not in out
    assert "moon base" in out
