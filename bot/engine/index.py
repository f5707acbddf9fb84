"""The facts prepared for matching once at load: their words, entities and postings."""

from __future__ import annotations

import math
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from bot.engine.understand import RELATIVE_TIME, Analyzer
from bot.knowledge.models import Fact
from bot.knowledge.pack import KnowledgeBase
from bot.language.text import tokenize
from bot.language.units import MEASURED_BY

UNNAMED_FAMILIES = frozenset({"count", "money"})
"""Families whose unit names say nothing of what a figure measures ('people', 'dollars')."""
CANDIDATE_LIMIT = 200
"""Facts scored in full per question; the postings pick them, so cost stays flat as packs grow."""


RARE_POSTINGS = 8192
"""Words in at most this many facts pick the candidates; commoner words only add their weight
to those, so a question about copper in a pack of 100,000 metal facts stays cheap."""

UNKNOWN_WORD_FACTOR = 1.5
"""A word found nowhere in the pack weighs more than any pack word: it signals another topic."""


@dataclass(frozen=True, slots=True, kw_only=True, weakref_slot=True, eq=False)
class IndexedFact:
    """A fact with everything the matcher compares, computed once rather than per question;
    the fact itself may be read from the index cache only when an answer needs it."""

    id: str
    source: Fact | Callable[[], Fact] = field(repr=False)
    """The fact, or how to read it: a stored index decodes facts only when asked for."""
    pack: int = 0
    """Which of the loaded packs holds the fact (its word weights are that pack's)."""
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
    parts: tuple[tuple[str, frozenset[str]], ...] = ()
    """Role and places of each part, total or share figure that names its places."""
    measures: tuple[str, ...] = ()
    """The measure of each figure that has one, in order: what arithmetic looks for among
    candidates, known without reading the fact itself (a stored index decodes it on demand)."""

    @property
    def fact(self) -> Fact:
        source = self.source
        if isinstance(source, Fact):
            return source
        fact = source()
        object.__setattr__(self, "source", fact)
        return fact


def openings(facts: Sequence[IndexedFact]) -> list[tuple[str, int]]:
    """Every example question, normalised, with its fact's position, in order: what completes
    a question's opening (built on the first autocomplete, or read from the index cache)."""
    return sorted(
        (" ".join(tokenize(question)), position)
        for position, fact in enumerate(facts)
        for question in fact.fact.questions
    )


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


def idf(facts: int, count: int) -> float:
    """A word's weight: rarer in the pack, heavier."""
    return math.log((facts + 1) / (count + 0.5)) + 1.0


def unknown_weight(facts: int) -> float:
    return UNKNOWN_WORD_FACTOR * (math.log((facts + 1) / 0.5) + 1.0)


ABSENT_REMEMBERED = 65_536
"""Words found in no fact that a stored index remembers as such; typed words are unbounded."""


class Weights(Mapping[str, float]):
    """Word weights worked out from how many facts hold each word, when first asked for: a
    stored index keeps only the counts (or the postings, whose lengths are the counts). Words
    it lacks are remembered too: scoring asks about each question word for every candidate."""

    def __init__(self, counts: Mapping[str, int] | Mapping[str, np.ndarray], facts: int) -> None:
        self._counts = counts
        self._facts = facts
        self._known: dict[str, float] = {}
        self._absent: set[str] = set()

    def _weigh(self, stem: str) -> float | None:
        if stem in self._absent:
            return None
        if stem not in self._counts:
            if len(self._absent) >= ABSENT_REMEMBERED:
                self._absent.clear()
            self._absent.add(stem)
            return None
        count = self._counts[stem]
        known = idf(self._facts, count if isinstance(count, int) else len(count))
        self._known[stem] = known
        return known

    def __getitem__(self, stem: str) -> float:
        known = self._known.get(stem)
        if known is None:
            known = self._weigh(stem)
            if known is None:
                raise KeyError(stem)
        return known

    def get(self, stem: str, default: float | None = None) -> float | None:  # type: ignore[override]
        known = self._known.get(stem)
        if known is None:
            known = self._weigh(stem)
        return default if known is None else known

    def __contains__(self, stem: object) -> bool:
        if stem in self._known:
            return True
        return isinstance(stem, str) and self._weigh(stem) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._counts)

    def __len__(self) -> int:
        return len(self._counts)


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

    facts: Sequence[IndexedFact]
    postings: Mapping[str, np.ndarray]
    idf: Mapping[str, float]
    pack_idf: list[Mapping[str, float]]
    by_id: Mapping[str, int]
    by_alias: Mapping[str, int]
    covered: dict[str, frozenset[str]]
    unknown_weight: float
    pack_unknown: list[float]

    def __init__(self, kb: KnowledgeBase, analyzer: Analyzer) -> None:
        self.analyzer = analyzer
        lexicon = kb.lexicon
        kind_of = {name: kind for kind, table in lexicon.entities.items() for name in table}
        shared = Shared()
        self._unit_cache: dict[str, frozenset[str]] = {}
        names = list(dict.fromkeys(kb.fact_pack.get(f.id, "") for f in kb.facts))
        number = {name: i for i, name in enumerate(names)}
        self.facts = [
            self._prepare(
                fact, lexicon.implies, kind_of, shared, number[kb.fact_pack.get(fact.id, "")]
            )
            for fact in kb.facts
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
        self.idf = {stem: idf(n, count) for stem, count in df.items()}
        self.unknown_weight = unknown_weight(n)
        self._per_pack(len(names))
        by_kind: dict[str, set[str]] = defaultdict(set)
        for indexed in self.facts:
            for kind, found in indexed.entities.items():
                by_kind[kind] |= found
        self.covered = {kind: frozenset(found) for kind, found in by_kind.items()}
        self.analyzer.forget_readings()

    def measure_stems(self, word: str) -> frozenset[str]:
        """The stems of the measures 'how <word>' asks for ('how fast': a speed), in the words
        a fact's `measured` holds; worked out only for a question that asks one."""
        families = MEASURED_BY.get(word)
        if not families:
            return frozenset()
        found = self._measure_cache.get(word)
        if found is None:
            found = frozenset(s for f in families for s in self.analyzer.read(f).content)
            self._measure_cache[word] = found
        return found

    @cached_property
    def _measure_cache(self) -> dict[str, frozenset[str]]:
        return {}

    @classmethod
    def stored(
        cls,
        analyzer: Analyzer,
        facts: Sequence[IndexedFact],
        postings: Mapping[str, np.ndarray],
        pack_counts: list[Mapping[str, int]],
        pack_sizes: list[int],
        by_id: Mapping[str, int],
        by_alias: Mapping[str, int],
        covered: dict[str, frozenset[str]],
    ) -> FactIndex:
        """An index over what the index cache holds: nothing is computed per fact."""
        index = cls.__new__(cls)
        index.analyzer = analyzer
        index.facts = facts
        index.postings = postings
        n = max(1, len(facts))
        index.idf = Weights(postings, n)
        index.unknown_weight = unknown_weight(n)
        if len(pack_sizes) <= 1:
            index.pack_idf, index.pack_unknown = [index.idf], [index.unknown_weight]
        else:
            index.pack_idf = [Weights(c, n) for c, n in zip(pack_counts, pack_sizes, strict=True)]
            index.pack_unknown = [unknown_weight(n) for n in pack_sizes]
        index.by_id, index.by_alias, index.covered = by_id, by_alias, covered
        return index

    def _unit_stems(self, unit: str) -> frozenset[str]:
        """'how many weeks' asks what a figure in days measures: the names of every unit of
        the figure's family count as what it measures (not counts or money: 'how many people'
        is not answered by any count, nor 'how many dollars' by a sum in pounds), and the name
        of the family itself but a count's ('how much money' of a sum, 'what mass')."""
        known = self._unit_cache.get(unit)
        if known is None:
            book = self.analyzer.units
            family = book.family(unit) if unit in book.words else None
            names: set[str] = set()
            if family is not None and family != "count":
                names.update(self.analyzer.read(family).content)  # 'how much money', 'what mass'
            if family is not None and family not in UNNAMED_FAMILIES:
                for key, words in book.words.items():
                    if book.family(key) == family:
                        for name in (words.name, words.plural, *words.aliases):
                            names.update(self.analyzer.read(name).content)
            known = self._unit_cache[unit] = frozenset(names)
        return known

    def _prepare(
        self,
        fact: Fact,
        implies: dict[str, list[str]],
        kind_of: Mapping[str, str],
        shared: Shared,
        pack: int,
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
        stated = (fact.answer, *(q.text for q in fact.quotes))
        relative = any(RELATIVE_TIME.search(text) for text in stated)
        if entities.get("year") or said & self.analyzer.time_stems or relative:
            asks.add("when")
        if any(q.role == "duration" for q in fact.quantities) or bag & self.analyzer.duration_stems:
            asks.add("how_long")
        measured = {s for q in fact.quantities for s in read(q.what).content}
        for unit in {q.unit for q in fact.quantities}:
            measured |= self._unit_stems(unit)
        parts = tuple(
            (q.role, shared.set(q.where))
            for q in fact.quantities
            if q.role in {"part", "total", "share"} and q.where
        )
        return IndexedFact(
            id=fact.id,
            source=fact,
            pack=pack,
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
            parts=parts,
            measures=tuple(sys.intern(q.measure) for q in fact.quantities if q.measure),
        )

    def _unknowns(self, fact: Fact) -> tuple[tuple[str, frozenset[str]], ...]:
        out = []
        generic = self.analyzer.type_noun_stems
        for phrase in fact.unknowns:
            # what it says beyond names and cues, and its generic nouns too: 'names of the
            # neighbours' needs both words, though 'name' alone says nothing of the topic
            read = self.analyzer.read(phrase)
            stems = frozenset(read.predicate) | {s for s in read.content if s in generic}
            if stems:
                out.append((phrase, stems))
        return tuple(out)

    def weight(self, stem: str) -> float:
        return self.idf.get(stem, self.unknown_weight)

    def _per_pack(self, packs: int) -> None:
        """Word weights within each pack, so how a pack's facts score does not depend on which
        other packs are loaded beside it (one pack: the same table as the whole index)."""
        if packs <= 1:
            self.pack_idf, self.pack_unknown = [self.idf], [self.unknown_weight]
            return
        counts: list[Counter[str]] = [Counter() for _ in range(packs)]
        sizes = [0] * packs
        for indexed in self.facts:
            counts[indexed.pack].update(indexed.bag)
            sizes[indexed.pack] += 1
        self.pack_idf = [
            {stem: idf(n, c) for stem, c in df.items()} for df, n in zip(counts, sizes, strict=True)
        ]
        self.pack_unknown = [unknown_weight(n) for n in sizes]

    def vocabulary_of(self, fact: IndexedFact) -> Mapping[str, float]:
        """The word weights of the fact's own pack."""
        return self.pack_idf[fact.pack]

    def weight_in(self, stem: str, fact: IndexedFact) -> float:
        """A word's weight within the fact's own pack; a word the pack never uses weighs most."""
        return self.pack_idf[fact.pack].get(stem, self.pack_unknown[fact.pack])

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
