"""Candidate retrieval: the cheap path for common words must score facts as the full walk does."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bot.engine import index as index_module
from bot.engine.engine import Engine
from bot.engine.index import FactIndex

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = ROOT / "tests" / "questions" / "own.jsonl"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load(ROOT / "knowledge", ["antwerp"])


def _questions() -> list[str]:
    return [json.loads(line)["q"] for line in QUESTIONS.read_text().splitlines() if line.strip()]


def _walked(index: FactIndex, stems: tuple[str, ...]) -> np.ndarray:
    """Every posting of every word walked: the reference the shortcut must agree with."""
    totals = np.zeros(len(index.facts))
    for stem in dict.fromkeys(stems):
        if stem in index.postings:
            totals[index.postings[stem]] += index.idf[stem]
    return totals


@pytest.mark.parametrize("rare_up_to", [1, 3, 10])
def test_common_words_looked_up_give_the_totals_of_walking_them(
    engine: Engine, rare_up_to: int
) -> None:
    index = engine.index
    checked = 0
    for question in _questions():
        stems = engine.analyzer.analyse(question).content
        known = [(s, index.postings[s]) for s in dict.fromkeys(stems) if s in index.postings]
        rare = [(s, p) for s, p in known if len(p) <= rare_up_to]
        common = [(s, p) for s, p in known if len(p) > rare_up_to]
        if not rare or not common:
            continue
        hits, totals = index._sparse_totals(rare, common)
        walked = _walked(index, stems)
        with_rare = sorted({int(i) for _, p in rare for i in p})
        assert hits.tolist() == with_rare, question
        assert totals == pytest.approx(walked[hits]), question
        checked += 1
    assert checked > 20, "too few questions had both rare and common words to compare"


def test_a_small_limit_keeps_the_best_facts_with_rare_words(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_module, "RARE_POSTINGS", 3)
    index = engine.index
    stems = engine.analyzer.analyse("How much cocaine did Belgium seize in 2023?").content
    chosen = index.candidates(stems, limit=3)

    assert len(chosen) == 3
    assert engine.index.by_id["belgium-cocaine-seizures-2023"] in chosen
