"""Shared by the curation tests: the command line on a chosen database, and filling a store."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from tests.knowledge.support import clean_env, run_bot

ITALY_HEROIN = (
    "how much heroin did italy seize",
    "Italy heroin seizures?",
    "how much heroin was seized in italy",
    "heroin italy 2023",
    "italy's heroin haul",
)
"""One missing fact, worded five ways: curators must see it once, counted five."""
BELGIUM_QUESTION = "How much cocaine did Belgium seize?"
BELGIUM_FACT = "belgium-cocaine-seizures-2023"
SECOND_PACK = "bramblewick"
SECOND_PACK_TITLE = "Bramblewick Seed Library: Member Handbook"
SECOND_PACK_PUBLISHER = "Bramblewick Seed Library volunteers (fictional)"
SECOND_PACK_QUESTIONS = Path(__file__).with_name("bramblewick_questions.jsonl")
SEED_QUESTION = "How many seed packets can I borrow from the seed library?"
SEED_QUOTE = "Members may have up to five packets of seed on loan."


def env_with(database: Path, **settings: str) -> dict[str, str]:
    """The caller's environment without factbot settings, plus a database and these settings."""
    env = clean_env()
    env["DATABASE_PATH"] = str(database)
    env.update(settings)
    return env


def kb(database: Path, *args: str, **settings: str) -> subprocess.CompletedProcess[bytes]:
    """`python -m bot kb ...` against one database file, run from the project root."""
    return run_bot("kb", *args, env=env_with(database, **settings))


def kb_json(database: Path, *args: str) -> dict[str, Any]:
    """`kb <command> --json`, checked to succeed and to print exactly one JSON document."""
    result = kb(database, *args, "--json")
    assert result.returncode == 0, result.stderr.decode()
    document = json.loads(result.stdout.decode("utf-8"))
    assert isinstance(document, dict)
    return document
