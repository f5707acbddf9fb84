"""`kb gaps` and `kb stats`: a real SQLite file filled through the store, read by the CLI."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.store import DM, DOWN, TERMINAL, UP, QuestionStore, guild_where

from .support import BELGIUM_FACT, BELGIUM_QUESTION, ITALY_HEROIN, kb, kb_json

GUILD = 4242
NEAREST = "netherlands-cocaine-seizures-2023"
OLD_QUESTION = "who won the 2018 world cup"
NOW = datetime.now(UTC)


async def fill(database: Path) -> None:
    """Five wordings of one decline, a 👎 answer, a 👍 answer, and one old decline."""
    async with QuestionStore(database) as store:
        for minutes, text in enumerate(ITALY_HEROIN):
            await store.record_question(
                text,
                where=DM,
                pack="antwerp",
                fact_id=None,
                confidence=12.0,
                nearest_fact_id=NEAREST,
                at=NOW - timedelta(minutes=10 - minutes),
            )
        disliked = await store.record_question(
            BELGIUM_QUESTION,
            where=guild_where(GUILD),
            pack="antwerp",
            fact_id=BELGIUM_FACT,
            confidence=93.0,
        )
        await store.record_vote(disliked, voter_id=7, vote=DOWN)
        liked = await store.record_question(
            "Who is meeting Kristi Noem?",
            where=TERMINAL,
            pack="antwerp",
            fact_id="noem-to-meet-de-wever",
            confidence=88.0,
        )
        await store.record_vote(liked, voter_id=8, vote=UP)
        await store.record_question(
            OLD_QUESTION,
            where=DM,
            pack="antwerp",
            fact_id=None,
            confidence=0.0,
            at=NOW - timedelta(days=5),
        )


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "questions.sqlite3"
    asyncio.run(fill(path))
    return path


def test_gaps_table_lists_each_gap_once_most_asked_first_with_its_nearest_fact(
    database: Path,
) -> None:
    result = kb(database, "gaps")

    assert result.returncode == 0, result.stderr.decode()
    lines = result.stdout.decode("utf-8").splitlines()
    header = next(line for line in lines if "nearest fact" in line)
    rows = [line for line in lines if line.strip()[:1].isdigit()]
    assert all(column in header for column in ("asked", "declined", "down", "question"))
    assert len(rows) == 3, "five Italy wordings are one gap; the 👍 answer is no gap"
    assert rows[0].split()[:4] == ["1", "5", "5", "0"]
    assert NEAREST in rows[0]
    assert BELGIUM_FACT in rows[1] or BELGIUM_FACT in rows[2], "a 👎 answer names its fact"
    assert any(line.strip().startswith("also:") for line in lines), "other wordings are shown"
    assert "Who is meeting Kristi Noem?" not in result.stdout.decode("utf-8")


def test_gaps_json_is_one_document_with_counts_examples_and_nearest_facts(
    database: Path,
) -> None:
    document = kb_json(database, "gaps")

    assert document["recorded"] is True
    assert document["since"] is None
    top, *rest = document["gaps"]
    assert top["count"] == len(ITALY_HEROIN)
    assert top["declined"] == len(ITALY_HEROIN)
    assert set(top["examples"]) == set(ITALY_HEROIN)
    assert top["nearest_fact_id"] == NEAREST
    disliked = next(gap for gap in rest if gap["representative"] == BELGIUM_QUESTION)
    assert (disliked["downvoted"], disliked["nearest_fact_id"]) == (1, BELGIUM_FACT)


def test_gaps_days_and_limit_narrow_the_report(database: Path) -> None:
    everything = kb_json(database, "gaps")
    recent = kb_json(database, "gaps", "--days", "1")
    first = kb_json(database, "gaps", "--limit", "1")

    assert OLD_QUESTION in [gap["representative"] for gap in everything["gaps"]]
    assert OLD_QUESTION not in [gap["representative"] for gap in recent["gaps"]]
    assert recent["since"] is not None
    assert [gap["count"] for gap in first["gaps"]] == [len(ITALY_HEROIN)]


def test_stats_table_shows_totals_top_facts_places_and_gaps(database: Path) -> None:
    result = kb(database, "stats")

    assert result.returncode == 0, result.stderr.decode()
    text = result.stdout.decode("utf-8")
    totals = text.splitlines()[2].split()
    assert totals == ["8", "2", "25%", "1", "1"]
    for expected in (BELGIUM_FACT, guild_where(GUILD), "dm", "terminal"):
        assert expected in text
    assert any(wording in text for wording in ITALY_HEROIN), "the top gap is listed"


def test_stats_json_is_the_stores_summary(database: Path) -> None:
    document = kb_json(database, "stats")
    recent = kb_json(database, "stats", "--days", "1")

    stats = document["stats"]
    assert (stats["questions"], stats["answered"]) == (8, 2)
    assert (stats["votes_up"], stats["votes_down"]) == (1, 1)
    assert {w["where"]: w["questions"] for w in stats["per_where"]} == {
        "dm": 6,
        guild_where(GUILD): 1,
        "terminal": 1,
    }
    assert stats["top_gaps"][0]["count"] == len(ITALY_HEROIN)
    assert recent["stats"]["questions"] == 7, "the five-day-old question is outside one day"


@pytest.mark.parametrize("command", ["gaps", "stats"])
def test_a_missing_database_says_nothing_is_recorded_and_is_not_created(
    tmp_path: Path, command: str
) -> None:
    missing = tmp_path / "never" / "questions.sqlite3"

    text = kb(missing, command)
    document = kb_json(missing, command)

    assert text.returncode == 0, text.stderr.decode()
    assert "No questions recorded yet" in text.stdout.decode()
    assert document["recorded"] is False
    assert not missing.parent.exists(), "reading a report must not create the store"


def test_a_file_that_is_not_a_database_is_one_clear_error(tmp_path: Path) -> None:
    garbage = tmp_path / "questions.sqlite3"
    garbage.write_bytes(b"this is not sqlite, just text " * 100)

    result = kb(garbage, "gaps")

    stderr = result.stderr.decode()
    assert result.returncode == 1
    assert "cannot be read" in stderr
    assert "Traceback" not in stderr
