"""The floor under a pack whose facts do not yet carry the questions readers ask (a draft):
when no fact answers, the source sentence that matches the question best may, read as it
stands, under the checks every answer passes (names, what is asked, who or how many)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cached_property

from bot.engine.index import FactIndex, IndexedFact
from bot.engine.match import (
    COUNTING_QTYPES,
    Candidate,
    meaningful,
    measures_asked,
    words_of_names,
)
from bot.engine.understand import AUXILIARIES, QUESTION_WORDS, Query
from bot.knowledge.models import PLACE_KINDS
from bot.language.numbers import ORDINALS, figures_in
from bot.language.related import related_stems
from bot.language.text import is_number, is_year

COVERED = 0.45
"""Of the weight of the question's words, the share the sentence must hold (BM25's rarity
weights, a word the pack never uses weighing most): below it, the sentence is about
something near the question, not its answer."""
PHRASE_REACH = 4
"""Words after 'what' or 'which' that may name what is asked for ('which government
department')."""
MATCHED = 2
"""Words of the question the sentence must hold."""
UNKNOWN_WORDS = 2
"""Words the pack never uses a question may have and still be answered from a sentence."""
RELATED = 0.8
"""What a question's word counts for when the sentence holds only a word related to it
('dad' of 'father'): nearly as much as the word itself."""
LENGTH_WEIGHT = 0.25
"""BM25's length normalisation, light: a long sentence is not much less likely the answer."""
SATURATION = 1.2
COMMON_ZIPF = 5.0
"""A word the pack never uses this common in English ('far', 'take', 'big') is the reader's
way of putting it, not something the text lacks: it weighs little and is no strange word."""
COMMON_WEIGHT = 0.3
"""What such a word weighs, of what a word the pack never uses weighs."""


_REFERS_BACK = re.compile(
    r"^[\"“‘']?(?:(?:[\w'-]+,?\s+){0,3}?(?:he|she|it|they)\b|(?:however,?\s+)?(?:his|her|its|"
    r"their|this|these|that|those)\s|the (?!\w+ of\b)\w+ (?:was|is|has|had|will|would|sold|said|"
    r"says|won|made|did|does|became|went|came|broke|took|gave|got|\w+ed)\b)",
    re.IGNORECASE,
)
"""A sentence that names its subject only by pointing back to the one before ('It sold …',
'Last year it made …', 'However, that business …', 'The title broke …')."""
_NO_SHARES = re.compile(
    r"[$€£¥]\s?\d[\d,.]*(?:\s*(?:bn|m|k|billion|million|thousand|trillion)\b)?"
    r"|\d[\d,.]*\s*(?:%|per\s?cent\b|percent\b|percentage points?\b)",
    re.IGNORECASE,
)
"""A share or a sum of money, which is no count of things ('10%', '£3.5bn')."""
_ORDINALS = re.compile(r"\b(?:" + "|".join(ORDINALS) + r")\b", re.IGNORECASE)
"""A place in an order ('its *first* console'), which is no figure of how many or how much."""
NAMING_KINDS = frozenset({"person", "organisation"})
"""What a sentence must name, besides what the question names, to say who."""
WHERE_KINDS = PLACE_KINDS | {"organisation"}
"""What a sentence must name to say where ('to the Court of Arbitration', 'in Tokyo')."""


@dataclass(frozen=True)
class _Sentence:
    """A fact as its source sentence and its answer word it, read once."""

    fact: IndexedFact
    stems: frozenset[str]
    figured: bool
    """It states a figure other than a year."""
    counted: bool
    """It states a figure other than a year, a share or a sum of money: a count."""
    context: frozenset[str] = frozenset()
    """The words of the sentence before, when this one opens by referring back to it ('The
    game sold …', 'He was taken away …')."""


class SentenceSearch:
    """The facts of the packs that allow it, each read as its source sentence says it."""

    def __init__(self, index: FactIndex, packs: frozenset[int]) -> None:
        self.index = index
        self.packs = packs

    @cached_property
    def _sentences(self) -> tuple[_Sentence, ...]:
        read = self.index.analyzer.read
        out: list[_Sentence] = []
        before: tuple[str, frozenset[str]] = ("", frozenset())
        for fact in self.index.facts:
            if fact.pack not in self.packs:
                continue
            quote = fact.fact.quotes[0].text
            said = (fact.fact.answer, *(q.text for q in fact.fact.quotes))
            stems = frozenset(s for text in said for s in read(text).content)
            figures = [v for text in said for v in figures_in(_ORDINALS.sub(" ", text))]
            figured = any(not is_year(f"{v:g}") for v in figures)
            counted = figured and any(
                not is_year(f"{v:g}")
                for text in said
                for v in figures_in(_NO_SHARES.sub(" ", _ORDINALS.sub(" ", text)))
            )
            if quote != before[0]:
                context = before[1] if _REFERS_BACK.match(quote) else frozenset()
                before = (quote, frozenset(read(quote).content) | context)  # a chain of 'it'
            out.append(_Sentence(fact, stems | fact.measured, figured, counted, context - stems))
        return tuple(out)

    def warm(self) -> None:
        """Read the sentences and the word relations before the first question needs them."""
        if self.packs:
            _ = self._sentences, self._related

    def _weights(
        self, asked: list[str], pack: int, common: frozenset[str] = frozenset()
    ) -> list[tuple[str, float]] | None:
        """Each word's weight in the pack; None when the question has more words the pack
        never uses than a sentence may leave unanswered."""
        known = self.index.pack_idf[pack]
        absent = self._rarest.get(pack, 1.0)
        kinds = self.index.analyzer.kind_stems
        related = self._related
        weights = [
            (s, known.get(s, absent * (COMMON_WEIGHT if s in common else 1.0)))
            for s in asked
            if s in known or s not in kinds
        ]
        strange = [
            s
            for s, _ in weights
            if s not in known
            and s not in common
            and not any(r in known for r in related.get(s, ()))
        ]
        if len(strange) > UNKNOWN_WORDS:
            return None
        return weights

    def _common(self, query: Query, asked: list[str]) -> frozenset[str]:
        """The question's words no pack uses that are common English ('far', 'take')."""
        from bot.engine.spelling import zipf_frequency  # the word list: only on this path

        known = self.index.pack_idf
        wanted = {s for s in asked if not any(s in known[p] for p in self.packs)}
        if not wanted:
            return frozenset()
        analyzer = self.index.analyzer
        stems = {token: analyzer.stem(token) for token in query.raw_tokens}
        return frozenset(
            s
            for t, s in stems.items()
            if s in wanted and (t in analyzer.reporting or zipf_frequency(t, "en") >= COMMON_ZIPF)
        )  # 'does he *reckon*', 'did she *mention*': the reader's way of asking what was said

    @cached_property
    def _of_fact(self) -> dict[int, _Sentence]:
        return {id(s.fact): s for s in self._sentences}

    @cached_property
    def _related(self) -> Mapping[str, frozenset[str]]:
        return related_stems(self.index.analyzer.stemmer.stemWords)

    @cached_property
    def _rarest(self) -> dict[int, float]:
        """What a word the pack never uses weighs: as much as its rarest word, no more (a
        reader's own word for something the text words otherwise, or something it lacks)."""
        known = self.index.pack_idf
        return {pack: max(known[pack].values(), default=1.0) for pack in self.packs}

    @cached_property
    def _mean_length(self) -> float:
        found = self._sentences
        return sum(len(s.stems) for s in found) / len(found) if found else 1.0

    def held_share(self, query: Query, fact: IndexedFact) -> float:
        """Of the weight of the question's words other than its names, the share a fact's
        own sentence holds (a name is the fact's whichever way its sentence refers to it)."""
        content_of = self.index.analyzer.content_of
        named = {
            w
            for found in query.entities.values()
            for n in found
            for w in content_of(tuple(n.split()))
        }
        asked = [
            s
            for s in meaningful(query, self.index)
            if s not in self.index.analyzer.type_noun_stems and s not in named
        ]
        sentence = self._of_fact.get(id(fact))
        if sentence is None or not asked:
            return 0.0
        weights = self._weights(asked, fact.pack, self._common(query, asked))
        if not weights:
            return 0.0
        total = sum(w for _, w in weights)
        held = sum(w for s, w in weights if s in sentence.stems or s in sentence.context)
        return held / total if total else 0.0

    def best(self, query: Query) -> Candidate | None:
        """The sentence that answers the question, when one clearly does."""
        if not self.packs or not self._sentences:
            return None
        analyzer = self.index.analyzer
        asked = [s for s in meaningful(query, self.index) if s not in analyzer.type_noun_stems]
        if "advice" in query.cues:
            return None  # a text's sentence never tells a reader what to do ('any tips for …')
        if len(asked) < MATCHED:
            return None  # one word is too little to tell a sentence's answer from its topic
        content_of = analyzer.content_of
        names = {
            name: frozenset(content_of(tuple(name.split())))
            for found in query.entities.values()
            for name in found
        } | words_of_names(query, self.index)  # a one-word name as its stem ('timewarn')
        phrase = _asked_phrase(query, analyzer.stem, analyzer.stopwords)
        measures = measures_asked(query, self.index.measure_stems)  # 'how fast': a speed
        if query.qtype == "how_long":
            measures = self.index.measure_stems("long")  # a time or a length
        related = self._related
        common = self._common(query, asked)
        weighed = {pack: self._weights(asked, pack, common) for pack in self.packs}
        best: tuple[float, float, _Sentence] | None = None
        for sentence in self._sentences:
            fact = sentence.fact
            weights = weighed[fact.pack]
            if weights is None:
                continue
            known = self.index.pack_idf[fact.pack]
            total = sum(w for _, w in weights)
            held = [(s, w) for s, w in weights if s in sentence.stems]
            held += [
                (s, RELATED * w)
                for s, w in weights
                if s not in sentence.stems
                and (
                    s in sentence.context
                    or (
                        s not in known
                        and not related.get(s, frozenset()).isdisjoint(sentence.stems)
                    )
                )
            ]
            kind = query.answer_kind if query.head_kind == query.answer_kind else None
            if (
                kind
                and query.head is not None
                and query.head not in sentence.stems
                and query.head not in {h for h, _ in held}
                and fact.entities.get(kind, frozenset()) - query.named
            ):
                by_word = dict(weights)  # "which *company*" of a sentence naming one ('For the
                # study, Acme interviewed …'), whether or not the text ever says 'company'
                held.append((query.head, RELATED * by_word.get(query.head, 0.0)))
            if measures:
                if measures.isdisjoint(fact.measured):
                    continue  # 'how tall' of a sentence that gives no length
                held += [(s, w) for s, w in weights if s == query.head and s not in sentence.stems]
                # 'how fast' is held by '4km/h'
            if not total or len(held) < MATCHED:
                continue
            verb = query.predicate[0] if query.predicate else None
            doing = verb in asked and verb not in known and verb not in {h for h, _ in held}
            if doing and query.qtype == "who" and verb not in common:
                continue  # who did what the text never names ('who directed the film?')
                # (a common verb, 'who is *running* against A', is the reader's wording)
            head = query.head if query.qtype != "who" else None  # 'who' names no head
            lacked = head in known or (query.qtype == "what" and head not in common)
            if lacked and head in asked and phrase.isdisjoint(h for h, _ in held):
                continue  # what is asked about ('what *time*', 'what margin') must be there
                # (a word the text never uses only after 'what': 'which town was *hosting*')
            counted = query.qtype in COUNTING_QTYPES and head in asked
            if counted and head not in sentence.stems:
                continue  # the thing counted in the sentence's own words, not one it points back to
            covered = sum(w for _, w in held) / total
            if covered < COVERED or not _can_answer(
                query, sentence, names, analyzer.stem, analyzer.calendar_stems
            ):
                continue
            length = len(sentence.stems) / self._mean_length
            norm = SATURATION * (1 - LENGTH_WEIGHT + LENGTH_WEIGHT * length)
            value = sum(w * (SATURATION + 1) / (1 + norm) for _, w in held)
            if best is None or (value, covered) > best[:2]:
                best = (value, covered, sentence)
        if best is None:
            return None
        return Candidate(best[2].fact, round(100 * best[1], 1), best[1], 0.0)


def _asked_phrase(
    query: Query, stem: Callable[[str], str], stopwords: AbstractSet[str]
) -> frozenset[str]:
    """The stems of the words naming what is asked for, from the head to the verb: 'which
    *government department*', 'what *top category*', 'which *earlier review*'; any of them
    in the sentence is what it is asked about ('the Commerce Department')."""
    words, head = query.words, query.head
    start = next((i for i, w in enumerate(words) if w in {"what", "which"}), None)
    if head is None:
        return frozenset()
    if start is None:
        return frozenset({head})
    found = {head}
    for word in words[start + 1 : start + 1 + PHRASE_REACH]:
        if word in AUXILIARIES or word in QUESTION_WORDS or word in stopwords:
            break
        found.add(stem(word))
    return frozenset(found)


def _can_answer(
    query: Query,
    sentence: _Sentence,
    names: dict[str, frozenset[str]],
    stem: Callable[[str], str],
    calendar: AbstractSet[str] = frozenset(),
) -> bool:
    """What a sentence must hold to answer the question as it stands: the people it names
    (another person's sentence is about someone else; other names only weigh), a figure for
    how many, a time for when, a place for where, a name for who."""
    fact = sentence.fact
    people = query.entities.get("person", frozenset())
    missing = people - fact.entities.get("person", frozenset())
    around = fact.bag | sentence.context
    if any(not names.get(n, frozenset({n})) <= around for n in missing):
        return False
    for kind, asked in query.entities.items():
        found = fact.entities.get(kind, frozenset())
        told = {n for n in asked - found if names.get(n, frozenset({n})) <= sentence.context}
        found = found | told  # named in the sentence its 'it' points back to
        if asked - found and found - asked:
            return False  # a sentence about another year or place is about something else
        for name in asked - found:
            words = names.get(name, frozenset())
            if words & sentence.stems and not words <= sentence.stems:
                return False  # 'the Athens Olympics' of a sentence on the Sydney Olympics
    if any(is_number(s) and s not in sentence.stems for s in query.content):
        return False  # a figure the question names must be the sentence's
    if any(s in calendar and s not in sentence.stems | sentence.context for s in query.content):
        return False  # so must a month or a weekday ('which day in June' of '5 May')
    if any(
        stem(u.key) not in fact.measured for u in query.units if u.number is None and not u.naming
    ):
        return False  # 'how many kilograms' of a sentence that weighs nothing
    named = frozenset(n for found in query.entities.values() for n in found)
    others = {k: v - named for k, v in fact.entities.items()}
    qtype = query.qtype
    if qtype == "how_many" and not query.units:
        return sentence.counted  # 'how many ferries' of a sentence giving only '10%'
    if qtype in COUNTING_QTYPES:
        return sentence.figured
    if qtype == "when":
        return "when" in fact.can_answer
    if qtype == "where":
        return any(others.get(k) for k in WHERE_KINDS)
    if query.answer_kind:
        return bool(others.get(query.answer_kind))
    if qtype == "who":
        return any(others.get(k) for k in NAMING_KINDS)
    return True
