"""Scoring facts against a question and ruling out the ones that name something else."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from bot.engine.index import FactIndex, IndexedFact
from bot.engine.understand import Query
from bot.knowledge.models import PROPER_KINDS
from bot.language.text import is_number

NOW = frozenset({"now", "currently", "current", "present", "today", "nowadays", "anymore"})
PAST_MARK = "former"
"""A fact about who someone used to be cannot answer what is so now."""
COVERAGE_FLOOR = 0.5
WEIGHT_COVERAGE = 0.45
WEIGHT_SIMILARITY = 0.35
WEIGHT_KEYS = 0.20
QTYPE_AGREES = 0.05
QTYPE_DISAGREES = 0.30
"""A fact that cannot say when / where / how much is no answer to such a question, however alike."""
WHO_DISAGREES = 0.12
UNKNOWN_WORD = 0.10
UNKNOWN_WORD_CAP = 0.25
"""Words found nowhere in the pack ('eat', 'governor') mark a question about something else."""
ENTITY_BONUS = 0.04
ENTITY_BONUS_CAP = 0.08
HEAD_MISSING = 0.15
"""What is asked about ('how many *agents*', 'which *party*') must be something the fact covers."""
SCREENED_FROM = 64
"""Candidates at least this many are first screened by their words, read from the postings:
at 100,000 facts most of them name another place or thing, and reading each from the index
cache to find that out cost more than scoring the rest."""
SPECIFIC_QTYPES = {"where", "when", "how_much", "how_many", "how_long"}
COUNTING_QTYPES = {"how_much", "how_many"}
CLAIMING_QTYPES = {"yes_no", "why", None}
"""Questions that state a claim to check ('on Monday, right?'), or none asked at all."""
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


PERCENT = "percent"
"""The stem a figure in percent is measured by (its unit's name)."""


def measures_asked(query: Query, measures: Callable[[str], frozenset[str]]) -> frozenset[str]:
    """The measures 'how <word>' asks for ('how *fast*', 'how *tall*'); none for any other
    question, and none for 'how long', whose question type says what answers it."""
    words = query.words
    if "how" not in words or query.qtype == "how_long":
        return frozenset()
    at = words.index("how")
    return measures(words[at + 1]) if at + 1 < len(words) else frozenset()


def conflicts(
    query: Query,
    fact: IndexedFact,
    name_words: Mapping[str, frozenset[str]] | None = None,
    times: AbstractSet[str] = frozenset(),
    measures: Callable[[str], frozenset[str]] | None = None,
) -> bool:
    """True when the fact cannot be the answer: it is about something else, or cannot say
    what is asked (a count from a fact with no figure, a date from one with no time).
    `name_words` gives the stems of the question's names of several words: such a name is
    borne by a fact holding each of its words ('the Athens Olympics' by 'the Olympic team
    at the Athens Games'), as a text names one thing in more than one way."""
    if query.qtype in SPECIFIC_QTYPES and fact.can_answer and query.qtype not in fact.can_answer:
        return True
    kind_held = (
        query.qtype == "how_much"
        and query.head_kind is not None
        and bool(fact.entities.get(query.head_kind))
    )  # 'how much *metal*' of a fact on how much copper ('how many metals' counts kinds)
    if query.qtype in COUNTING_QTYPES and query.head and not kind_held and not _polled(query, fact):
        if fact.measured and query.head not in fact.measured and query.head not in fact.keys:
            return True
        if not fact.measured and query.head not in fact.keys:
            return True
    for kind, names in query.entities.items():
        missing = names - fact.entities.get(kind, frozenset())
        if missing and not _worded(missing, fact.bag, name_words or {}):
            return True
    predicate = query.predicate
    if predicate and not any(s in fact.bag for s in predicate):
        return True
    asked = measures_asked(query, measures) if measures is not None else frozenset()
    if asked and asked.isdisjoint(fact.measured):
        return True  # 'how fast is it?' of a fact that gives no speed
    if query.qtype not in CLAIMING_QTYPES and _another_time(query, fact, times):
        return True  # 'which day in June' of a fact on March (a claim is checked against it)
    if query.qtype == "who" and predicate and not _names_another(query, fact):
        return True  # 'who runs the agency?' is not answered by a fact naming only the agency
    if any(s not in fact.bag for s in query.markers):
        return True
    if (
        PAST_MARK in fact.bag
        and PAST_MARK not in query.content
        and not NOW.isdisjoint(query.raw_tokens)
        and query.qtype != "yes_no"
    ):
        return True  # 'who is the mayor now?' is not answered by who the mayor used to be
        # ('is she the mayor now?' is: no, a former one)
    if query.roles and not _binds_roles(query, fact):
        return True
    if query.answer_kind:
        named = query.entities.get(query.answer_kind, frozenset())
        if not fact.entities.get(query.answer_kind, frozenset()) - named:
            return True
    for _, where in fact.parts:
        if where:
            kinds = [kind for kind, names in fact.entities.items() if names & where]
            asked = frozenset(n for kind in kinds for n in query.entities.get(kind, frozenset()))
            if asked and asked != where:
                return True
    return False


def _another_time(query: Query, fact: IndexedFact, times: AbstractSet[str]) -> bool:
    """The question names a month or weekday the fact does not, and the fact names another."""
    named = {s for s in query.content if s in times}
    return bool(named) and not named & fact.bag and not times.isdisjoint(fact.bag)


def _worded(
    names: frozenset[str], bag: frozenset[str], name_words: Mapping[str, frozenset[str]]
) -> bool:
    """Every name is one of several words, each of them in the fact's words."""
    return all(len(name_words.get(n, ())) > 1 and name_words[n] <= bag for n in names)


def _binds_roles(query: Query, fact: IndexedFact) -> bool:
    """'Canada's minister' needs a fact naming someone from Canada in that role, or a fact
    set in Canada alone naming someone in it ('the Welsh minister' of a text on Wales)."""
    people = fact.entities.get("person", frozenset())
    countries = fact.entities.get("country", frozenset())
    for country, role in query.roles:
        if role not in fact.bag:
            return False
        set_there = bool(people) and countries == {country}
        if not set_there and not any(country in fact.implied.get(p, ()) for p in people):
            return False
    return True


def uncovered(query: Query, index: FactIndex) -> list[str]:
    """Entities the question names that no fact in the pack is about (Italy, copper, 2019)."""
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


def meaningful(query: Query, index: FactIndex) -> tuple[str, ...]:
    """The question's stems, less figures the pack never states ('over 70%' in a yes/no claim)."""
    return tuple(s for s in query.content if s in index.idf or not is_number(s))


def relevance(query: Query, index: FactIndex) -> Callable[[IndexedFact], float]:
    """How much of what the question is about a fact covers, cue words (share, average) aside;
    the question's side is worked out once for all the facts it is compared with."""
    analyzer = index.analyzer
    weighted = [
        (s, index.weight(s))
        for s in meaningful(query, index)
        if s not in analyzer.cue_stems
        and s not in analyzer.type_noun_stems
        and (s in index.idf or s not in analyzer.kind_stems)
    ]
    total = sum(weight for _, weight in weighted)
    if not total:
        constant = 1.0 if query.content else 0.0
        return lambda fact: constant
    return lambda fact: sum(weight for s, weight in weighted if s in fact.bag) / total


def similarities(query_text: str, facts: list[IndexedFact]) -> list[float]:
    """similarity() for many facts in one rapidfuzz call: the per-question hot loop."""
    forms = [form for fact in facts for form in fact.forms]
    if not forms:
        return [0.0] * len(facts)
    matrix = process.cdist([query_text], forms, scorer=fuzz.token_sort_ratio)[0]
    out, start = [], 0
    for fact in facts:
        end = start + len(fact.forms)
        out.append(float(matrix[start:end].max()) / 100.0 if end > start else 0.0)
        start = end
    return out


def score(
    query: Query, fact: IndexedFact, index: FactIndex, like: float | None = None
) -> Candidate:
    return Scoring(query, index).score(fact, like)


class Scoring:
    """One question's side of scoring, worked out once for all the facts it is compared
    with: its stems, and for each pack their weights, their total and the penalty for the
    words the pack never uses (a fact's pack is all that these depend on)."""

    def __init__(self, query: Query, index: FactIndex) -> None:
        self.query = query
        self.index = index
        self.stems = meaningful(query, index)
        self._asked = frozenset(self.stems)
        self._packs: dict[int, tuple[list[tuple[str, float]], float, float]] = {}

    def _of_pack(self, pack: int) -> tuple[list[tuple[str, float]], float, float]:
        found = self._packs.get(pack)
        if found is None:
            known = self.index.pack_idf[pack]
            absent = self.index.pack_unknown[pack]
            analyzer = self.index.analyzer
            kinds = analyzer.kind_stems
            pairs = [  # 'which organisation': the answer names one, the fact need not say so
                (s, known.get(s, absent)) for s in self.stems if s in known or s not in kinds
            ]
            total = sum(w for _, w in pairs) or 1.0
            unknown = sum(
                1
                for s in self.stems
                if s not in known and s not in analyzer.cue_stems and s not in kinds
            )
            found = (pairs, total, min(UNKNOWN_WORD_CAP, UNKNOWN_WORD * unknown))
            self._packs[pack] = found
        return found

    def score(self, fact: IndexedFact, like: float | None = None) -> Candidate:
        query = self.query
        pairs, total, penalty = self._of_pack(fact.pack)
        bag = fact.bag
        coverage = sum(w for s, w in pairs if s in bag) / total
        known = self.index.pack_idf[fact.pack]
        absent = self.index.pack_unknown[fact.pack]
        key_total = sum(known.get(k, absent) for k in fact.keys)
        asked = self._asked
        keys = (
            sum(known.get(k, absent) for k in fact.keys if k in asked) / key_total
            if key_total
            else 0.5
        )
        if like is None:
            like = similarity(" ".join(self.stems), fact.forms)
        value = WEIGHT_COVERAGE * coverage + WEIGHT_SIMILARITY * like + WEIGHT_KEYS * keys
        value += _qtype_adjustment(query.qtype, fact.asks, fact.can_answer)
        if query.head and query.head not in _head_space(query, fact):
            value -= HEAD_MISSING
        value -= penalty
        shared = sum(
            len(names & fact.entities.get(kind, frozenset()))
            for kind, names in query.entities.items()
        )
        value += min(ENTITY_BONUS_CAP, ENTITY_BONUS * shared)
        value *= COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * coverage
        return Candidate(fact, round(100 * max(0.0, min(1.0, value)), 1), coverage, like)


def _polled(query: Query, fact: IndexedFact) -> bool:
    """'How many people backed her?' of '14% of those polled backed her': a count of people is
    answered by the share of them a fact about people (voters, those polled) gives."""
    return PERCENT in fact.measured and not query.counts_people.isdisjoint(fact.bag)


def _names_another(query: Query, fact: IndexedFact) -> bool:
    """Whether the fact names someone or something the question does not: who did what it
    asks must be another than those it names, or the fact cannot say who."""
    return any(
        names - query.named for kind, names in fact.entities.items() if kind in PROPER_KINDS
    ) or not any(kind in PROPER_KINDS for kind in fact.entities)


def _head_space(query: Query, fact: IndexedFact) -> frozenset[str]:
    """Where the asked-for thing must appear: a figure's own words when counting, else the fact."""
    if _polled(query, fact):
        return fact.measured | {query.head or ""}
    if query.qtype in COUNTING_QTYPES and fact.measured:
        return fact.measured
    return fact.bag


def _qtype_adjustment(qtype: str | None, asks: frozenset[str], can: frozenset[str]) -> float:
    """A bonus when the curator says the fact answers this kind; a penalty when it cannot."""
    if not qtype or not can:
        return 0.0
    if qtype in asks or (
        qtype not in SPECIFIC_QTYPES and asks & COMPATIBLE_QTYPES.get(qtype, set())
    ):
        return QTYPE_AGREES
    if qtype in can:
        return 0.0
    if qtype in SPECIFIC_QTYPES:
        return -QTYPE_DISAGREES
    if qtype == "who":
        return -WHO_DISAGREES
    return 0.0


def screened(query: Query, index: FactIndex, ids: list[int]) -> list[int]:
    """The candidates whose words do not already rule them out, in order: a fact without
    every word of the names the question gives (an entity's words are in its fact's bag),
    of its markers and its roles, or without any word of its predicate, is one `conflicts`
    rejects, so leaving it out changes nothing but the cost of reading it."""
    if len(ids) < SCREENED_FROM:
        return ids
    content_of = index.analyzer.content_of
    every = {*query.markers, *(role for _, role in query.roles)}
    for names in query.entities.values():
        for name in names:
            every.update(content_of(tuple(name.split())))
    some = query.predicate
    if not every and not some:
        return ids
    postings = index.postings
    at = np.asarray(ids, dtype=np.int64)
    keep = np.ones(len(at), dtype=bool)
    for stem in every:
        if stem not in postings:
            return []
        keep &= _holding(postings[stem], at)
    if some:
        keep &= np.logical_or.reduce(
            [_holding(postings[s], at) for s in some if s in postings] or [np.zeros_like(keep)]
        )
    return [i for i, kept in zip(ids, keep.tolist(), strict=True) if kept]


def _holding(postings: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Which of the facts `at` the sorted postings hold."""
    found = np.searchsorted(postings, at)
    found[found == len(postings)] = 0
    return postings[found] == at


def words_of_names(query: Query, index: FactIndex) -> dict[str, frozenset[str]]:
    """The stems of each name of several words the question gives (see `conflicts`)."""
    content_of = index.analyzer.content_of
    return {
        name: frozenset(content_of(tuple(name.split())))
        for names in query.entities.values()
        for name in names
        if " " in name
    }


def rank(query: Query, index: FactIndex) -> list[Candidate]:
    """Candidates best first; ties go to the fact whose key words the question covers more."""
    facts = index.facts
    name_words = words_of_names(query, index)
    eligible = []
    for i in screened(query, index, index.candidates(query.content)):
        fact = facts[i]
        if not conflicts(
            query, fact, name_words, index.analyzer.calendar_stems, index.measure_stems
        ):
            eligible.append(fact)
    scoring = Scoring(query, index)
    likeness = similarities(" ".join(scoring.stems), eligible)
    scored = [scoring.score(f, like) for f, like in zip(eligible, likeness, strict=True)]
    scored.sort(key=lambda c: (-c.score, -c.coverage, -c.similarity, c.fact.id))
    return scored
