"""`python -m bot ask --jsonl`: one JSON object per input line, in order, flushed, nothing else."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.knowledge.support import (
    SUBPROCESS_TIMEOUT,
    assert_verbatim,
    clean_env,
    parts_of,
    run_bot,
)

BELGIUM = parts_of("cocaine-seizures-europe-2023")["belgium"][0]
LONG = ("How much cocaine did Spain seize? " * 200)[:5000]
OVERFLOW = "convert 1" + "0" * 400 + " kg to lb"
INPUT: list[tuple[bytes, str | None]] = [
    # (the raw line as sent, the question it must be echoed as; None for undecodable bytes)
    (b"How much cocaine did Belgium seize?\n", "How much cocaine did Belgium seize?"),
    (b"\n", ""),
    (LONG.encode() + b"\n", LONG),
    (b"Was ist \xff\xfe das? \xc3\x28\n", None),
    ("What share of Europe’s cocaine did Belgium seize?\n".encode(), None),
    (b"How much more cocaine did Italy seize than Spain?\n", None),
    (b"convert 10 kg to lb\n", "convert 10 kg to lb"),
    (OVERFLOW.encode() + b"\n", OVERFLOW),
    (b"Who reported this story?\r\n", "Who reported this story?"),
    ("Qui a rencontré De Wever ? 🇧🇪\n".encode(), "Qui a rencontré De Wever ? 🇧🇪"),
    (b"What is the Five Eyes?", "What is the Five Eyes?"),  # the last line has no newline
]
KEYS = {"question", "answered", "text", "fact_id", "score", "sources"}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[bytes]:
    cwd = tmp_path_factory.mktemp("jsonl")
    return run_bot("ask", "--jsonl", stdin=b"".join(line for line, _ in INPUT), cwd=cwd)


@pytest.fixture(scope="module")
def records(run: subprocess.CompletedProcess[bytes]) -> list[dict[str, Any]]:
    assert run.returncode == 0, run.stderr.decode(errors="replace")
    out = run.stdout.decode("utf-8")  # strict: the stream is UTF-8, whatever came in
    assert out.endswith("\n"), "the last record is not terminated"
    lines = out.split("\n")[:-1]
    assert len(lines) == len(INPUT), f"{len(lines)} lines out for {len(INPUT)} in:\n{out[:2000]}"
    parsed = [json.loads(line) for line in lines]
    assert all(isinstance(record, dict) for record in parsed)
    return parsed


def test_every_input_line_gets_exactly_one_json_object_and_nothing_else(
    run: subprocess.CompletedProcess[bytes], records: list[dict[str, Any]]
) -> None:
    """The records fixture parses every stdout line as one JSON object, one per input line."""
    assert len(records) == len(INPUT)
    assert b"Traceback" not in run.stdout


def test_records_come_back_in_input_order(records: list[dict[str, Any]]) -> None:
    for record, (_, question) in zip(records, INPUT, strict=True):
        if question is not None:
            assert record["question"] == question


def test_undecodable_bytes_still_get_a_record_keeping_the_readable_text(
    records: list[dict[str, Any]],
) -> None:
    assert "Was ist" in records[3]["question"]
    assert "das?" in records[3]["question"]


def test_every_record_has_the_contract_keys_and_types(records: list[dict[str, Any]]) -> None:
    for record in records:
        assert record.keys() >= KEYS, record.keys()
        assert isinstance(record["question"], str)
        assert isinstance(record["answered"], bool)
        assert isinstance(record["text"], str)
        assert record["text"].strip()
        assert record["fact_id"] is None or isinstance(record["fact_id"], str)
        score = record["score"]
        assert isinstance(score, int | float)
        assert not isinstance(score, bool)
        assert 0 <= score <= 100
        assert isinstance(record["sources"], list)
        for source in record["sources"]:
            assert isinstance(source, dict)
            assert isinstance(source["title"], str)
            assert source["url"] is None or isinstance(source["url"], str)
            assert isinstance(source["quote"], str)


def test_declines_have_a_null_fact_id_and_facts_have_sources(
    records: list[dict[str, Any]],
) -> None:
    for record in records:
        if not record["answered"]:
            assert record["fact_id"] is None, record
        if record["fact_id"] is not None:
            assert record["sources"], record


def test_every_quote_is_verbatim_in_its_source(records: list[dict[str, Any]]) -> None:
    for record in records:
        for source in record["sources"]:
            assert_verbatim(source["quote"], source["title"])


def test_the_records_say_what_a_user_would_expect(records: list[dict[str, Any]]) -> None:
    belgium, empty, _, _, share, italy, convert, overflow, *_ = records
    assert belgium["answered"]
    assert belgium["fact_id"] == BELGIUM
    assert not empty["answered"]
    assert share["answered"]
    assert share["fact_id"] == BELGIUM
    assert len({s["quote"] for s in share["sources"]}) >= 2
    assert not italy["answered"]
    assert convert["answered"]
    assert convert["fact_id"] is None
    assert not overflow["answered"]


def test_each_answer_is_flushed_before_the_next_question_is_read(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "ask", "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=tmp_path,
        env=clean_env(),
    )
    assert process.stdin is not None
    assert process.stdout is not None
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            for question in ("How much cocaine did Belgium seize?", "What is the Five Eyes?"):
                process.stdin.write(question.encode() + b"\n")
                process.stdin.flush()
                line = pool.submit(process.stdout.readline).result(timeout=SUBPROCESS_TIMEOUT)
                assert json.loads(line)["question"] == question
        process.stdin.close()
        assert process.wait(timeout=SUBPROCESS_TIMEOUT) == 0
        assert process.stdout.read() == b""
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
