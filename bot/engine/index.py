"""The facts prepared for matching once at load: their words, entities and postings."""

from __future__ import annotations

import math
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from bot.engine.understand import Analyzer
from bot.knowledge.models import Fact
from bot.knowledge.pack import KnowledgeBase

CANDIDATE_LIMIT = 200
"""Facts scored in full per question; the postings pick them, so cost stays flat as packs grow."""


RARE_POSTINGS = 8192
"""Words in at most this many facts pick the candidates; commoner words only add their weight
to those, so a question about copper in a pack of 100,000 metal facts stays cheap."""

UNKNOWN_WORD_FACTOR = 1.5
"""A word found nowhere in the pack weighs more than any pack word: it signals another topic."""


@dataclass(frozen=True, slots=True, kw_only=True)
class IndexedFact:
    """A fact with everything the matcher compares, computed once rather than per question."""

    fact: Fact
    forms: tuple[str, ...]
    bag: frozenset[str]
    keys: frozenset[str]
    entities: dict[str, frozenset[str]]
    asks: frozenset[str]
    measured: frozenset[str] = frozenset()
    can_answer: frozenset[str] = frozenset()
    implied: dict[str, frozenset[str]] = field(default_factory=dict)
    """For each entity the fact names, what it implies (a mayor → her town)."""
    unknowns: tuple[tuple[str, frozenset[str]], ...] = ()
    """Each thing the source does not say, with the words that must all appear to ask it."""

    @property
    def id(self) -> str:
        return self.fact.id


def entity_closure(
    found: dict[str, set[str]], implies: dict[str, list[str]], kind_of: Mapping[str, str]
) -> dict[str, frozenset[str]]:
    """Add what an entity implies (a mayor → her town), transitively."""
    pending = [name for names in found.values() for name in names]
    while pending:
        name = pending.pop()
        for implied in implies.get(name, []):
            kind = kind_of.get(implied)
            if kind and implied not in found.setdefault(kind, set()):
                found[kind].add(implied)
                pending.append(implied)
    return {kind: frozenset(names) for kind, names in found.items()}


class Shared:
    """One copy of each word, set and entity table that many facts have in common: at 100,000
    facts such duplicates were most of the index's memory. Everything shared is read-only."""

    def __init__(self) -> None:
        self._sets: dict[frozenset[str], frozenset[str]] = {}
        self._tables: dict[tuple[tuple[str, frozenset[str]], ...], dict[str, frozenset[str]]] = {}

    def set(self, items: Iterable[str]) -> frozenset[str]:
        made = frozenset(sys.intern(item) for item in items)
        return self._sets.setdefault(made, made)

    def words(self, items: Iterable[str]) -> frozenset[str]:
        """A set mostly unique to its fact: only its words are shared, not the set."""
        return frozenset(sys.intern(item) for item in items)

    def table(self, table: Mapping[str, Iterable[str]]) -> dict[str, frozenset[str]]:
        shared = {sys.intern(kind): self.set(names) for kind, names in table.items()}
        return self._tables.setdefault(tuple(sorted(shared.items())), shared)


class FactIndex:
    """Postings from stems and entities to facts, with the weights the matcher scores by."""

    def __init__(self, kb: KnowledgeBase, analyzer: Analyzer) -> None:
        self.analyzer = analyzer
        lexicon = kb.lexicon
        kind_of = {name: kind for kind, table in lexicon.entities.items() for name in table}
        shared = Shared()
        self.facts: list[IndexedFact] = [
            self._prepare(fact, lexicon.implies, kind_of, shared) for fact in kb.facts
        ]
        self.by_id = {f.id: i for i, f in enumerate(self.facts)}
        self.by_alias = {a.casefold(): i for i, f in enumerate(self.facts) for a in f.fact.aliases}
        df: Counter[str] = Counter()
        lists: dict[str, list[int]] = defaultdict(list)
        for i, indexed in enumerate(self.facts):
            df.update(indexed.bag)
            for stem in indexed.bag:
                lists[stem].append(i)
        self.postings = {stem: np.asarray(ids, dtype=np.int32) for stem, ids in lists.items()}
        n = max(1, len(self.facts))
        self.idf = {stem: math.log((n + 1) / (count + 0.5)) + 1.0 for stem, count in df.items()}
        self.unknown_weight = UNKNOWN_WORD_FACTOR * (math.log((n + 1) / 0.5) + 1.0)
        self.covered: dict[str, frozenset[str]] = {}
        by_kind: dict[str, set[str]] = defaultdict(set)
        for indexed in self.facts:
            for kind, names in indexed.entities.items():
                by_kind[kind] |= names
        self.covered = {kind: frozenset(names) for kind, names in by_kind.items()}
        self.analyzer.forget_readings()

    def _prepare(
        self,
        fact: Fact,
        implies: dict[str, list[str]],
        kind_of: Mapping[str, str],
        shared: Shared,
    ) -> IndexedFact:
        read = self.analyzer.read
        questions = [read(q) for q in fact.questions]
        texts = [fact.answer, fact.topic, *(q.text for q in fact.quotes), *fact.keywords]
        others = [read(t) for t in texts]
        bag: set[str] = set()
        found: dict[str, set[str]] = {k: set(v) for k, v in fact.entities.items()}
        for query in (*questions, *others):
            bag.update(query.content)
            for kind, names in query.entities.items():
                found.setdefault(kind, set()).update(names)
        for quantity in fact.quantities:
            for place in quantity.where:
                place_kind = kind_of.get(place)
                if place_kind:
                    found.setdefault(place_kind, set()).add(place)
        entities = entity_closure(found, implies, kind_of)
        for names in entities.values():
            for name in names:
                bag.update(self.analyzer.content_of(tuple(name.split())))
        keys = {s for k in fact.keywords for s in read(k).content}
        forms = tuple(" ".join(q.content) for q in questions if q.content)
        asks = set(fact.asks)
        if fact.quantities:
            asks |= {"how_much", "how_many"}
        said = {stem for other in others for stem in other.content}
        if entities.get("year") or said & self.analyzer.time_stems:
            asks.add("when")
        if any(q.role == "duration" for q in fact.quantities) or bag & self.analyzer.duration_stems:
            asks.add("how_long")
        measured = {s for q in fact.quantities for s in read(q.what).content}
        return IndexedFact(
            fact=fact,
            forms=forms,
            bag=shared.words(bag),
            keys=shared.set(keys),
            entities=shared.table(entities),
            asks=shared.set(fact.asks),
            measured=shared.set(measured),
            can_answer=shared.set(asks),
            implied=shared.table(
                {name: implies.get(name, ()) for name in entities.get("person", frozenset())}
            ),
            unknowns=self._unknowns(fact),
        )

    def _unknowns(self, fact: Fact) -> tuple[tuple[str, frozenset[str]], ...]:
        out = []
        for phrase in fact.unknowns:
            stems = frozenset(self.analyzer.read(phrase).predicate)
            if stems:
                out.append((phrase, stems))
        return tuple(out)

    def weight(self, stem: str) -> float:
        return self.idf.get(stem, self.unknown_weight)

    def candidates(self, stems: tuple[str, ...], limit: int = CANDIDATE_LIMIT) -> list[int]:
        """Facts sharing the question's words, rarer words weighing more, best `limit` only:
        the cost follows the postings touched, not the size of the pack."""
        known = [(s, self.postings[s]) for s in dict.fromkeys(stems) if s in self.postings]
        rare = [(s, p) for s, p in known if len(p) <= RARE_POSTINGS]
        if rare:
            common = [(s, p) for s, p in known if len(p) > RARE_POSTINGS]
            hits, totals = self._sparse_totals(rare, common)
            if len(hits) >= limit or not common:
                return self._best(hits, totals, limit)
        totals = np.zeros(len(self.facts), dtype=np.float64)
        for stem, postings in known:
            totals[postings] += self.idf[stem]
        hits = np.flatnonzero(totals)
        return self._best(hits, totals[hits], limit)

    def _sparse_totals(
        self, rare: list[tuple[str, np.ndarray]], common: list[tuple[str, np.ndarray]]
    ) -> tuple[np.ndarray, np.ndarray]:
        """Totals for the facts that have a rare word only: the common words' long postings are
        looked up for those facts (postings are sorted) instead of being walked whole."""
        ids = np.concatenate([p for _, p in rare])
        weights = np.repeat([self.idf[s] for s, _ in rare], [len(p) for _, p in rare])
        hits, inverse = np.unique(ids, return_inverse=True)
        totals = np.bincount(inverse, weights=weights)
        for stem, postings in common:
            found = np.searchsorted(postings, hits)
            found[found == len(postings)] = 0  # past the end: compare with any posting, never equal
            totals += self.idf[stem] * (postings[found] == hits)
        return hits, totals

    @staticmethod
    def _best(hits: np.ndarray, totals: np.ndarray, limit: int) -> list[int]:
        if len(hits) > limit:
            hits = hits[np.argpartition(-totals, limit)[:limit]]
        return [int(i) for i in hits]
