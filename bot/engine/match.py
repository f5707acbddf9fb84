"""Scoring facts against a question and ruling out the ones that name something else."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.engine.index import FactIndex, IndexedFact
from bot.engine.understand import Query

WEIGHT_COVERAGE = 0.45
WEIGHT_SIMILARITY = 0.35
WEIGHT_KEYS = 0.20
QTYPE_AGREES = 0.05
QTYPE_DISAGREES = 0.10
ENTITY_BONUS = 0.04
ENTITY_BONUS_CAP = 0.08
HEAD_MISSING = 0.15
"""The thing asked about ('how many *agents*', 'which *party*') must be something the fact covers."""
SPECIFIC_QTYPES = {"who", "where", "when", "how_much", "how_many", "how_long"}
COMPATIBLE_QTYPES = {
    "how_much": {"how_many"}, "how_many": {"how_much"}, "what": {"which", "who"},
    "which": {"what", "who", "where"}, "how": {"how_much", "how_many", "what"},
}  # fmt: skip


@dataclass(frozen=True)
class Candidate:
    """A fact and how well it answers the question, 0–100."""

    fact: IndexedFact
    score: float
    coverage: float
    similarity: float


def conflicts(query: Query, fact: IndexedFact) -> bool:
    """True when the question names something the fact is not about: that fact must not win."""
    for kind, names in query.entities.items():
        if not names <= fact.entities.get(kind, frozenset()):
            return True
    countries = query.entities.get("country", frozenset())
    if countries:
        for quantity in fact.fact.quantities:
            if quantity.role in {"part", "total", "share"} and set(quantity.where) != countries:
                return True
    return False


def uncovered(query: Query, index: FactIndex) -> list[str]:
    """Entities the question names that no fact in the pack is about (Italy, heroin, 2019)."""
    return sorted(
        name
        for kind, names in query.entities.items()
        for name in names
        if name not in index.covered.get(kind, frozenset())
    )


def similarity(query_text: str, forms: tuple[str, ...]) -> float:
    """Best fuzzy likeness to one of the fact's example questions, 0–1.

    token_sort, not token_set: a question with extra words the fact lacks must not score 100."""
    best = 0.0
    for form in forms:
        best = max(best, fuzz.token_sort_ratio(query_text, form))
    return best / 100.0


def score(query: Query, fact: IndexedFact, index: FactIndex) -> Candidate:
    stems = query.content
    total = sum(index.weight(s) for s in stems) or 1.0
    coverage = sum(index.weight(s) for s in stems if s in fact.bag) / total
    key_total = sum(index.weight(k) for k in fact.keys)
    keys = (
        sum(index.weight(k) for k in fact.keys if k in stems) / key_total if key_total else 0.5
    )
    like = similarity(" ".join(stems), fact.forms)
    value = WEIGHT_COVERAGE * coverage + WEIGHT_SIMILARITY * like + WEIGHT_KEYS * keys
    value += _qtype_adjustment(query.qtype, fact.asks)
    if query.head and query.head not in fact.bag:
        value -= HEAD_MISSING
    shared = sum(len(names & fact.entities.get(kind, frozenset()))
                 for kind, names in query.entities.items())
    value += min(ENTITY_BONUS_CAP, ENTITY_BONUS * shared)
    return Candidate(fact, round(100 * max(0.0, min(1.0, value)), 1), coverage, like)


def _qtype_adjustment(qtype: str | None, asks: frozenset[str]) -> float:
    if not qtype or not asks:
        return 0.0
    if qtype in asks or asks & COMPATIBLE_QTYPES.get(qtype, set()):
        return QTYPE_AGREES
    if qtype in SPECIFIC_QTYPES:
        return -QTYPE_DISAGREES
    return 0.0


def rank(query: Query, index: FactIndex) -> list[Candidate]:
    """Candidates best first; ties go to the fact whose key words the question covers more."""
    scored = [
        score(query, index.facts[i], index)
        for i in index.candidates(query.content)
        if not conflicts(query, index.facts[i])
    ]
    scored.sort(key=lambda c: (-c.score, -c.coverage, -c.similarity, c.fact.id))
    return scored
