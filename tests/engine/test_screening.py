"""Screening candidates by their words, before reading them, leaves every ranking as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.engine import match
from bot.engine.engine import Engine

ROOT = Path(__file__).resolve().parents[2]
SETS = ("own.jsonl", "chat.jsonl", "paraphrase.jsonl", "registers.jsonl")


def _questions() -> list[str]:
    folder = ROOT / "tests" / "questions"
    return [
        json.loads(line)["q"]
        for name in SETS
        for line in (folder / name).read_text().splitlines()
        if line.strip()
    ]


def _ranking(engine: Engine, question: str) -> list[tuple[str, float, float, float]]:
    query = engine.analyzer.analyse(question)
    return [(c.fact.id, c.score, c.coverage, c.similarity) for c in match.rank(query, engine.index)]


@pytest.mark.parametrize("packs", [["antwerp"], ["antwerp", "harbour", "bramblewick"]])
def test_screening_every_candidate_ranks_as_reading_them_all(
    packs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = Engine.load(ROOT / "knowledge", packs)
    questions = _questions()
    monkeypatch.setattr(match, "SCREENED_FROM", 10**9)
    read_all = [_ranking(engine, q) for q in questions]
    monkeypatch.setattr(match, "SCREENED_FROM", 0)
    screened = [_ranking(engine, q) for q in questions]
    assert screened == read_all


def test_screening_leaves_out_only_facts_that_conflict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(match, "SCREENED_FROM", 0)
    engine = Engine.load(ROOT / "knowledge", ["antwerp"])
    query = engine.analyzer.analyse("How much cocaine did Belgium seize?")
    everything = list(range(len(engine.index.facts)))
    kept = match.screened(query, engine.index, everything)
    assert 0 < len(kept) < len(everything)
    for position in set(everything) - set(kept):
        assert match.conflicts(query, engine.index.facts[position])
