"""`ask --jsonl` conversations: a JSON object line is answered in the context of the earlier
lines of its `conversation`, with `read_as` when it was read in that light."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.knowledge.support import run_bot


def line(question: object, conversation: object = None, **extra: object) -> str:
    item: dict[str, object] = {"question": question, **extra}
    if conversation is not None:
        item["conversation"] = conversation
    return json.dumps(item)


INPUT = [
    line("How much cocaine did Belgium seize?", "a"),  # 0
    line("Who is Shabana Mahmood?", "b"),  # 1  another conversation, interleaved
    line("and Spain?", "a"),  # 2
    line("is she new to the job?", "b"),  # 3
    line("in pounds?", "a"),  # 4
    "and Spain?",  # 5  plain text: no context
    line("and Spain?", "c"),  # 6  a conversation that has just begun
    json.dumps({"conversation": "a"}),  # 7  no question
    json.dumps({"question": 42, "conversation": "a"}),  # 8  not a string
    line("source?", "a"),  # 9  the conversation survived the bad lines
    line("How much cocaine did the Netherlands seize?"),  # 10 an object without a conversation
    line("who did she replace?", "b"),  # 11 a detail the article lacks
    json.dumps(["not", "an", "object"]),  # 12 other JSON is read as text
    line("and Spain?", 7),  # 13 a numeric id is its own conversation
]


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    cwd: Path = tmp_path_factory.mktemp("jsonl-conversations")
    run = run_bot("ask", "--jsonl", stdin="".join(f"{x}\n" for x in INPUT).encode(), cwd=cwd)
    assert run.returncode == 0, run.stderr.decode(errors="replace")
    lines = run.stdout.decode().splitlines()
    assert len(lines) == len(INPUT)
    return [json.loads(x) for x in lines]


def test_a_follow_up_is_read_in_its_conversation(records: list[dict[str, Any]]) -> None:
    assert records[0]["read_as"] is None
    assert records[2]["read_as"] == "How much cocaine did Spain seize?"
    assert records[2]["fact_id"] == "spain-cocaine-seizures-2023"
    assert records[4]["read_as"] == "How much cocaine did Spain seize, in pounds?"
    assert "260,145 pounds" in records[4]["text"]
    assert records[2]["question"] == "and Spain?", "the question is echoed as sent"


def test_the_rewrite_is_shown_in_the_text(records: list[dict[str, Any]]) -> None:
    assert records[2]["text"].startswith("↪ read as: How much cocaine did Spain seize?")
    assert "read as" not in records[0]["text"]


def test_interleaved_conversations_keep_their_own_context(records: list[dict[str, Any]]) -> None:
    assert records[3]["read_as"] == "Is Shabana Mahmood new to the job?"
    assert records[3]["answered"] is True
    assert records[13]["read_as"] is None, "conversation 7 has said nothing before"


def test_a_fragment_with_nothing_before_asks_for_the_whole_question(
    records: list[dict[str, Any]],
) -> None:
    assert records[6]["answered"] is False
    assert "What would you like to know about Spain?" in records[6]["text"]


def test_a_plain_line_has_no_context(records: list[dict[str, Any]]) -> None:
    assert records[5]["read_as"] is None
    assert records[10]["read_as"] is None
    assert records[10]["fact_id"] == "netherlands-cocaine-seizures-2023"


def test_an_object_without_a_string_question_is_declined_explaining_the_format(
    records: list[dict[str, Any]],
) -> None:
    for record in (records[7], records[8]):
        assert record["answered"] is False
        assert record["fact_id"] is None
        assert '"question"' in record["text"]
        assert "JSON object" in record["text"]


def test_bad_lines_do_not_end_the_conversation(records: list[dict[str, Any]]) -> None:
    assert records[9]["answered"] is True
    assert records[9]["fact_id"] == "spain-cocaine-seizures-2023"
    assert records[9]["sources"], "the source follow-up cites the last answer"


def test_a_detail_the_source_lacks_is_declined(records: list[dict[str, Any]]) -> None:
    assert records[11]["read_as"] == "Who did Shabana Mahmood replace?"
    assert records[11]["answered"] is False


def test_other_json_is_an_ordinary_line(records: list[dict[str, Any]]) -> None:
    assert records[12]["question"] == INPUT[12]
    assert records[12]["read_as"] is None
