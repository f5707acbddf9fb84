"""`kb gaps --taught`: the questions moderators taught on Discord, as YAML to fold into packs.

Grouped by fact, with the pack file that defines the fact (found by its `id:` line) and the
servers it was taught in, so a curator can copy each list under that fact's `questions:`,
run `kb check`, and `/reload`; the overlay then adds nothing new and may stay.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.store import QuestionStore
from bot.store.taught import TaughtQuestion, TaughtQuestions

FACT_ID_LINE = re.compile(r"^\s*-?\s*id:\s*['\"]?([a-z0-9][a-z0-9-]*)['\"]?\s*$", re.MULTILINE)
HEADER = (
    "# Questions taught on Discord with /teach, by the fact they were taught to.\n"
    "# Copy each fact's questions under its `questions:` in the file named, then run\n"
    "# `python -m bot kb check` and /reload.\n"
)


@dataclass(frozen=True)
class TaughtFact:
    """Every question taught to one fact, wherever it was taught."""

    fact_id: str
    file: str | None
    guilds: tuple[int, ...]
    questions: tuple[str, ...]


async def read_taught(database: Path) -> list[TaughtQuestion] | None:
    """Every taught question; None when no database exists yet (never creates one)."""
    if not await asyncio.to_thread(database.exists):
        return None
    async with QuestionStore(database) as store:
        return await TaughtQuestions(store).listed()


def fact_files(knowledge_dir: Path) -> dict[str, str]:
    """Which fact file (relative to the knowledge directory) defines each fact id."""
    found: dict[str, str] = {}
    for path in sorted(knowledge_dir.glob("*/facts/*.yaml")):
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue
        for fact_id in FACT_ID_LINE.findall(text):
            found.setdefault(fact_id, path.relative_to(knowledge_dir).as_posix())
    return found


def by_fact(taught: list[TaughtQuestion], files: dict[str, str]) -> list[TaughtFact]:
    """Group taught questions by fact, each question once (case and spacing aside)."""
    grouped: dict[str, tuple[set[int], dict[str, str]]] = {}
    for item in taught:
        guilds, questions = grouped.setdefault(item.fact_id, (set(), {}))
        guilds.add(item.guild_id)
        questions.setdefault(" ".join(item.question.split()).casefold(), item.question)
    return [
        TaughtFact(fact_id, files.get(fact_id), tuple(sorted(guilds)), tuple(questions.values()))
        for fact_id, (guilds, questions) in sorted(grouped.items())
    ]


def _document(facts: list[TaughtFact]) -> list[dict[str, Any]]:
    return [
        {
            "fact": fact.fact_id,
            "file": fact.file,
            "servers": [str(guild) for guild in fact.guilds],
            "questions": list(fact.questions),
        }
        for fact in facts
    ]


def taught_yaml(facts: list[TaughtFact]) -> str:
    """The taught questions as YAML a curator can read and copy from."""
    if not facts:
        return HEADER + "taught: []\n"
    body = yaml.safe_dump(
        {"taught": _document(facts)}, allow_unicode=True, sort_keys=False, width=100
    )
    return HEADER + body


def taught_json(facts: list[TaughtFact]) -> str:
    """The taught questions as one JSON document, for tools."""
    return json.dumps({"taught": _document(facts)}, ensure_ascii=True, indent=2)
