"""`kb gaps --taught`: what moderators taught on Discord, as YAML a curator folds into packs."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import yaml

from bot.store import QuestionStore
from bot.store.taught import TaughtQuestions

from .support import kb


async def teach_some(database: Path) -> None:
    async with QuestionStore(database) as store:
        taught = TaughtQuestions(store)
        await taught.teach(11, "Who is the skipper of Belgium?", "bart-de-wever-role")
        await taught.teach(22, "who is the skipper of belgium?", "bart-de-wever-role")
        await taught.teach(22, "Who is Belgium's top man?", "bart-de-wever-role")


def test_taught_questions_are_listed_by_fact_with_their_file(tmp_path: Path) -> None:
    database = tmp_path / "questions.sqlite3"
    asyncio.run(teach_some(database))

    as_yaml = kb(database, "gaps", "--taught")
    as_json = kb(database, "gaps", "--taught", "--json")
    nothing = kb(tmp_path / "absent.sqlite3", "gaps", "--taught")

    assert as_yaml.returncode == 0, as_yaml.stderr.decode()
    document = yaml.safe_load(as_yaml.stdout.decode("utf-8"))
    assert document == {
        "taught": [
            {
                "fact": "bart-de-wever-role",
                "file": "antwerp/facts/meeting.yaml",
                "servers": ["11", "22"],
                "questions": ["Who is the skipper of Belgium?", "Who is Belgium's top man?"],
            }
        ]
    }
    assert json.loads(as_json.stdout.decode("utf-8")) == document
    assert nothing.returncode == 0
    assert "taught: []" in nothing.stdout.decode("utf-8")
