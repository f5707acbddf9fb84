"""The engine's front door: one call per question, one Answer back, for every front end."""

from __future__ import annotations

import bisect
import copy
import re
from collections import Counter
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from bot.engine import focus
from bot.engine.answer import Answer, Suggestion
from bot.engine.collector import settle
from bot.engine.compose import Composer
from bot.engine.counting import listed
from bot.engine.decision import (
    Comparison,
    Computed,
    Conversion,
    Decision,
    Declined,
    Failed,
    Found,
    Percent,
    Prompt,
    SmallTalk,
    Verdict,
)
from bot.engine.derive import (
    GROUPED,
    HYPOTHETICAL,
    KIND_NOUNS,
    LESS_WORDS,
    MORE_WORDS,
    SHARE_WORD,
    Calculator,
    Derivation,
    Refusal,
    Stated,
    consequent,
    step_from,
)
from bot.engine.followup_words import POINTING_BACK, TIME_MARKS
from bot.engine.index import FactIndex, IndexedFact, openings
from bot.engine.match import Candidate, rank, uncovered
from bot.engine.options import odd_one_out
from bot.engine.reframing import FormReader
from bot.engine.sentence_search import SentenceSearch
from bot.engine.spelling import Speller
from bot.engine.strangers import strangers
from bot.engine.understand import (
    AUXILIARIES,
    QUESTION_WORDS,
    RELATIVE_TIME,
    REQUEST_WORDS,
    TIME_WORDS,
    Analyzer,
    Query,
    UnitMention,
    without_source_demand,
    without_tag,
)
from bot.engine.verdict import (
    NEGATIONS,
    Converter,
    Reading,
    borne_out,
    claim_denies,
    claimed_factor,
    claimed_share,
    claimed_units,
    claimed_wholes,
    claims_other_figures,
    denies,
    factor_verdict,
    gap_borne_out,
    rank_verdict,
    read_claim,
    share_verdict,
    states_loosely,
    texts_of,
    turned,
)
from bot.engine.wording import Said, Term, Wording, said
from bot.knowledge.models import PLACE_KINDS, Fact
from bot.knowledge.pack import KnowledgeBase
from bot.language import lemmas
from bot.language.amounts import fraction_of, says_a_fraction
from bot.language.change import CONTRARIES, OPPOSITES
from bot.language.excluding import set_aside
from bot.language.numbers import (
    FRACTIONS,
    WORD_NUMBERS,
    asked_scale,
    figures_in,
    without_named_numbers,
)
from bot.language.text import fold, is_number, is_year, tokenize
from bot.language.units import AMBIGUOUS_UNIT_WORDS, UnitBook, UnitError, format_number

if TYPE_CHECKING:
    from bot.engine.stored import Stored

ANSWER_CLEARLY = 50.0
"""At or above this a fact is answered outright."""
ANSWER_AT_ALL = 35.0
"""Between this and ANSWER_CLEARLY the best fact is answered with 'did you mean' alternatives."""
CLOSE_CALL = 4.0
"""A runner-up this close to the winner is offered as 'did you mean' even above ANSWER_CLEARLY."""
MAINLY = frozenset({
    "mostly", "mainly", "largely", "chiefly", "primarily", "predominantly", "principally",
    "main", "chief", "primary", "net", "major",
})  # fmt: skip
"""Words claiming one thing is the main one ('mostly imports'): its contrary denies it."""
NAMING_QTYPES = frozenset({"which", "who", "what", "where"})
"""Questions asking for a name or a thing, which a fact must say of what is asked."""
DENIAL_REACH = 5
"""How far after its question word a question's own 'not' stands ('which of them did *not* …')."""
SETTLING_REACH = 8.0
"""How far below the best fact a fact that settles a check (the best one does not) may score."""
SUGGESTIONS = 3
MAX_AUTOCOMPLETE_CHARS = 100
COMPLETIONS_SCANNED = 200
EMBEDDED_FROM = 2
"""A question word this far into a message may start the real question after some context."""
PERCENT_WORDS = {"percent", "percentage", "pct"}
FRACTION = re.compile(r"(\d+(?:\.\d+)?)\s*/\s*(\d*[1-9]\d*(?:\.\d+)?)")
CONVERSION_WORDS = {"convert", "conver", "conversion", "equal", "equival", "make", "much", "mani"}
PORTIONED_FAMILIES = frozenset({"mass", "length", "volume", "area", "energy", "money", "count"})
"""Amounts a fraction of which means something ('half the total'); not dates or shares."""
LIGHT_VERBS = frozenset({
    "take", "make", "get", "have", "give", "go", "come", "set", "put", "do", "keep", "let",
    "turn", "bring",
})  # fmt: skip
"""Stems of verbs that say little alone: a fact that shares no other word with a question
does not answer it ('who took over as #1?' is not 'who took the photo?')."""
NATIONAL = frozenset({"country"})
"""Kinds of name that, before a word, say whose it is ('the *Dutch* prime minister'); a
substance does not ('tin mined?' of 'copper mined' is about another thing)."""
LISTED = 3
"""Names of one kind a fact must give to list who or where it was."""
STAND_IN_FACTS = 3
STAND_IN_MARGIN = 2.0
"""A name the packs lack may stand in for one of these many best facts' own, scored this close
to the best."""
SECOND_OPINION = 0.3
"""How much more of the question's weight another sentence must hold than a draft fact's own
sentence to answer in its place."""
SINGLE_VALUED = frozenset({"place", "year"})
"""Kinds an event has one of: naming another one contradicts the fact that states it."""
ASKED_KINDS = {"where": PLACE_KINDS, "who": frozenset({"person"}), "when": frozenset({"year"})}
"""The kinds of name each question word asks for: a wrong one told before it is a premise."""
SLOT_QUESTIONS = {frozenset({"place"}): "where", frozenset({"year"}): "when"}
"""A wrong place is a question of where, a wrong year one of when."""
PRESUMING = frozenset({"yes_no", "why"})
"""Questions that hold a claim: a check says it, 'why' presumes it ('why was it in Lyon?')."""
SUPERLATIVE_CUES = frozenset({"rank_first", "rank_last"})
COMPARING_CUES = frozenset({"comparative", "difference", "ratio", "share", "sum"})
YEAR_NOUN = "year"
ROUGH_YEARS = frozenset({"century", "decade"})
CALENDAR_NOUNS = frozenset({"date", "day", "month"})
"""What a question asks for when it wants the calendar: 'this summer' is no year."""
ASKED_NOUN_REACH = 3
SIDE_BY_SIDE = frozenset({"same", "equal", "equals", "vs", "versus", "or", "than", "compare"})
LOOK_UP_QTYPES = frozenset({"which", "who", "where", "what", "when"})
"""Questions that look a fact up by what it says: a figure they give must be the fact's."""
STATED_UNIT_CANDIDATES = 3
"""How many of the best facts are searched for the unit a figure is stated in."""
LOOK_UP_TOLERANCE = 0.02
"""'Which firm shipped 270,000 pounds?' of 122 tonnes: a figure converted and rounded."""
ALTERNATIVES = frozenset({"or", "either"})
RESULTS = frozenset({"sum", "remainder", "average"})
"""Workings whose one result a claim may put at a figure ('together 400?', 'the rest 150?')."""
FIGURE_NOUNS = frozenset({
    "record", "price", "cost", "fee", "fees", "salary", "wage", "wages", "score", "population",
    "budget", "speed", "distance", "height", "weight", "attendance", "turnout", "temperature",
    "capacity", "fine", "turnover", "revenue", "profit",
})  # fmt: skip
"""Nouns that name a figure: 'what is the record?' wants one, and a fact with none is no answer."""
SAYING_VERBS = frozenset({
    "say", "said", "says", "think", "thinks", "thought", "write", "wrote", "claim", "claimed",
    "argue", "argued", "warn", "warned", "admit", "admitted", "insist", "insisted", "feel", "felt",
})  # fmt: skip
ABOUT_WORDS = frozenset({"about", "regarding", "concerning", "on", "of"})
RANK_POSITIONS = {"rank_first": 0, "rank_second": 1, "rank_third": 2, "rank_last": -1}
RANK_ARITHMETIC = frozenset({"difference", "ratio", "sum", "share"})
FOLLOWING = frozenset({"behind", "after", "below", "trailing", "trailed"})
PRECEDING = frozenset({"ahead", "before", "above"})
"""'Who came in behind France?' asks for the place next down the ranking; 'ahead of', up."""
YEAR = re.compile(r"\b\d{4}\b")
NUMERIC_DATE = re.compile(
    r"(?<![\d.,/])(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{2,4})(?![\d,/%])"
)
"""A date in figures: 9/14, 9/14/2024, 14.09.2024 (not a score, 3-1, nor a time, 36.1)."""
"""A year written out: what an 'exactly when' question needs a fact to give."""
FOCUS_GAIN = 5.0
"""A clause of a chat message is read as the question when it scores this much above the whole."""
QUESTION_OPENERS = frozenset(AUXILIARIES | REQUEST_WORDS)
TIME_WORD = "time"
"""'What time …' asks for a clock time or a time a race was run in: either is a figure."""
WHEN_MARGIN = 10.0
"""A 'when' the best fact cannot answer goes to one that says when only if it scores this close."""


@dataclass(frozen=True)
class FactSummary:
    """A fact as listed when browsing: enough to pick it, not the whole fact."""

    id: str
    topic: str
    answer: str
    pack: str


class Engine:
    """Answers questions from a knowledge base; build a new one to reload, then swap."""

    def __init__(self, kb: KnowledgeBase, stored: Stored | None = None) -> None:
        self.kb = kb
        self.units = UnitBook(kb.lexicon.units)
        self.pack_words = stored.pack_words if stored else _pack_words(kb)
        if stored is None:
            self.analyzer = Analyzer(kb.lexicon, self.units, self.pack_words)
        else:
            self.analyzer = stored.analyzer
            self.analyzer.units = self.units
        if stored is None:
            self.index = FactIndex(kb, self.analyzer)
            self.calculator = Calculator(self.index, self.units)
        else:
            self.index = stored.index(self.analyzer)
            measures = stored.measures_of(self.index.facts)
            self.calculator = Calculator(self.index, self.units, (measures, stored.figured_kinds))
            self.__dict__["stated_figures"] = stored.stated
        self.composer = Composer(kb, self.units)
        self.forms = FormReader(self._ask, self.analyzer, self.index, self.composer)
        self.sentences = SentenceSearch(
            self.index, frozenset(i for i, p in enumerate(kb.packs) if p.manifest.sentences)
        )
        self._speakers: dict[str, Engine] = {}
        """This engine in each other language it has been asked to speak (`speaking`)."""
        self._vocabulary = sorted(self.analyzer.speller.words)
        self._openings: Sequence[tuple[str, int]] | None = stored.openings if stored else None
        """Every example question, normalised and sorted, for completing a question's opening:
        read from the index cache, else built on the first autocomplete, so start-up and the
        answer path never pay for it."""
        several = len(kb.packs) > 1
        if stored is not None and stored.readings:
            readings = tuple(Engine(part.kb, part) for part in stored.readings)
        else:
            readings = tuple(Engine(kb.alone(pack)) for pack in kb.packs) if several else ()
        self._readings = readings
        """With several packs, one engine per pack: a question is read as each pack reads it
        (mapped from the index cache too when the packs together are)."""
        settle(collect=stored is None)

    @property
    def example_question(self) -> str:
        """A question to offer people who do not know what to ask: the first pack's own
        example, else its first fact's first question."""
        for pack in self.kb.packs:
            if pack.manifest.example_question:
                return pack.manifest.example_question
        facts = self.kb.facts
        return facts[0].questions[0] if facts and facts[0].questions else "What do you know?"

    def speaking(self, language: str) -> Engine:
        """This engine with its own sentences in `language` (facts and quotes stay as the
        source writes them); the same index, readings and figures, built once per language."""
        wording = Wording(language)
        if wording.language == self.composer.wording.language:
            return self
        speaker = self._speakers.get(wording.language)
        if speaker is None:
            speaker = copy.copy(self)
            speaker.composer = Composer(self.kb, self.units, wording)
            speaker.forms = FormReader(speaker._ask, self.analyzer, self.index, speaker.composer)
            speaker._speakers = {}
            speaker._readings = tuple(r.speaking(language) for r in self._readings)
            self._speakers[wording.language] = speaker
        return speaker

    @property
    def wording(self) -> Wording:
        """The language this engine writes its own sentences in."""
        return self.composer.wording

    def warm(self) -> None:
        """Pay the lazy start-up costs (word lists, lemmas, unit registry) before the first user
        does."""
        self.analyzer.speller.warm()
        lemmas.warm_english()
        self.units.warm()
        self.sentences.warm()
        for reading in self._readings:
            reading.units.warm()
            reading.sentences.warm()

    @classmethod
    def load(cls, knowledge_dir: Path, packs: list[str], *, cache: bool = False) -> Engine:
        """The engine for these packs; with `cache`, mapped from the index cache (built and
        saved first when the packs, lexicons or code changed since it was written)."""
        if not cache:
            return cls(_load_knowledge(knowledge_dir, packs))
        from bot.engine import stored

        return stored.open_or_build(
            knowledge_dir,
            packs,
            build=lambda: cls(_load_knowledge(knowledge_dir, packs)),
            serve=lambda found: cls(found.kb, found),
        )

    def ask(self, text: str) -> Answer:
        """The answer to one message: with several packs, the most confident of each pack's
        own reading, so no pack's words change how another pack's questions are read."""
        if not self._readings:
            return self._ask_once(text)
        answers = [reading.ask(text) for reading in self._readings]
        readings = list(zip(answers, self._readings, strict=True))
        answered = [(a, e) for a, e in readings if a.answered]
        if answered:
            return max(answered, key=lambda ae: (ae[1].known_words(text), ae[0].confidence))[0]
        together = self._ask_once(text)
        packs = {self.kb.fact_pack[f] for f in together.fact_ids if f in self.kb.fact_pack}
        if not together.answered or len(packs) > 1:
            return together  # declined alike, or an answer only the packs together give
        return next(
            (a for a, e in readings if e.kb.packs[0].name in packs),
            together,
        )

    def known_words(self, text: str) -> int:
        """How many of the question's words the packs use: the pack a question is about."""
        return sum(stem in self.index.idf for stem in set(self.analyzer.analyse(text).content))

    def _ask_once(self, text: str) -> Answer:
        """The answer read with every active pack's words at once; spelling corrections are
        shown only where they changed it (a word that was right is never 'read as' another)."""
        answer = self._ask(text, correct=True)
        if answer.corrections:
            plain = self._ask(text, correct=False)
            if (plain.answered, plain.fact_ids) == (answer.answered, answer.fact_ids):
                return answer.model_copy(update={"corrections": ()})
        return answer

    def _ask(self, text: str, correct: bool) -> Answer:
        reframed = self.forms.answer(text, correct)
        if reframed is not None:
            return reframed
        query = self.analyzer.analyse(text, correct=correct)
        query, decision = self._decide_message(without_source_demand(text), query, correct)
        return self._compose(query, decision)

    def _compose(self, query: Query, decision: Decision) -> Answer:
        """Word the decision; amounts that turn out not to convert are said so."""
        try:
            return self.composer.compose(query, decision)
        except (UnitError, OverflowError, ValueError) as exc:
            if not isinstance(decision, Conversion | Comparison):
                raise
            key = "error.compare" if isinstance(decision, Comparison) else "error.convert"
            return self.composer.compose(query, Failed(said(key, error=str(exc))))

    def _decide_message(self, text: str, query: Query, correct: bool) -> tuple[Query, Decision]:
        """Understand, retrieve and decide: what kind of answer, from which facts; the
        query returned is the reading the decision rests on (the message's focus)."""
        if not query.raw_tokens:
            return query, Prompt(self.example_question)
        if query.smalltalk:
            return query, SmallTalk(query.smalltalk, self.example_question)
        query = self._ranks_as_places(query)
        asked = self._after_statements(text, query, correct)
        conversion = self._conversion(asked)
        if isinstance(conversion, Conversion) and conversion.source not in asked.units:
            read = conversion.source  # the unit word read as the source states the figure
            units = tuple(read if u.start == read.start else u for u in asked.units)
            asked = asked.model_copy_with(units=units)
        if conversion is not None:
            return asked, conversion
        query = asked if asked is not query else self._focus(text, query, correct)
        if not self._topical(query):
            return query, Declined(said("decline.off_topic"))
        portion = self._portion(query)
        if portion is not None:
            return query, portion
        left_out = self._left_out(query, correct)
        if left_out is not None:
            return query, left_out
        if _claims_a_share(query):
            query = _as_share_claim(query, self._fraction_stems)
        missing = uncovered(query, self.index)
        against = {
            name: words
            for name in missing
            if query.qtype == "yes_no" and (words := _set_against(query.text, name))
        }
        if against:  # 'in Leeds, not York, right?' claims Leeds alone, and denies nothing
            query = self._without_names(query, list(against)).model_copy_with(
                raw_tokens=_without_words(list(query.raw_tokens), list(against.values()))
            )
            missing = [n for n in missing if n not in against]
        if missing:
            names = self.composer.names(query, missing)
            correction = self._correction(query, missing, names) or self._premise_corrected(
                query, missing, names
            )
            if correction is not None:
                return correction
            return query, Declined(
                said("decline.unknown_names", names=names),
                self._suggest_without_entities(query),
            )
        strangers = self._strangers(text, query)
        if strangers:
            calmer = self._without_strangers(text, correct)
            if calmer is None:
                return query, Declined(
                    said("decline.unknown_names", names=strangers),
                    self._suggest_without_entities(query),
                )
            query = calmer
        derived = self.calculator.derive(query)
        ranked = rank(query, self.index)
        if derived is None:
            clause = self._embedded_clause(query)
            if clause is not None and isinstance(self.calculator.derive(clause), Derivation):
                query = clause.model_copy_with(text=query.text)  # 'tell me what the gap was'
                derived, ranked = self.calculator.derive(query), rank(query, self.index)
        if derived is None and (not ranked or ranked[0].score < ANSWER_CLEARLY):
            query, ranked = self._embedded_question(query, ranked)
        if isinstance(derived, Refusal):
            return query, Declined(
                derived.reason, self.composer.suggestions(ranked, set(), SUGGESTIONS)
            )
        if isinstance(derived, Derivation):
            confidence = ranked[0].score if ranked else ANSWER_CLEARLY
            return query, Computed(
                derived, confidence, _compared_claim(query, derived, self._convert_or_none)
            )
        if isinstance(derived, Stated):
            score = next((c.score for c in ranked if c.fact is derived.fact), ANSWER_CLEARLY)
            stated = Candidate(derived.fact, max(score, ANSWER_CLEARLY), 1.0, 1.0)
            if query.qtype == "yes_no":
                return query, self._checked(query, stated, ())  # 'over 80%, right?' of 72 %
            return query, Found(stated)
        if not ranked or ranked[0].score < ANSWER_AT_ALL:
            chosen = self._either(query) or self._next_to(query) or self._counted(query)
            if chosen is not None:
                return chosen
        if query.qtype == "yes_no" and (not ranked or ranked[0].score < ANSWER_AT_ALL):
            contrary = (
                self._contradicted(query)
                or self._led(query)
                or self._contrary(query)
                or self._role_in_sentence(query)
            )
            if contrary is not None:
                return contrary
        if query.qtype == "why":
            led = self._led(query)
            if led is not None and led[1].verdict == "no" and self._names_a_rival(query):
                return led  # 'why did Spain come out on top?' of a place that did not
            if (
                led is not None
                and self._names_a_rival(query)
                and not self._gives_reason(led[1].candidate.fact.fact)
            ):  # 'why did B lead?' of the fact that B led, which says not why
                return query, self._what_it_says(said("decline.why"), led[1].candidate)
        decision = self._decide(query, ranked)
        if isinstance(decision, Declined) and decision.reason.key == "decline.unknown":
            return query, self._from_sentence(query) or decision
        if isinstance(decision, Found):
            decision = self._second_opinion(query, decision)
        if isinstance(decision, Found) and self._asks_what_did_not(query, decision.candidate):
            said_not = said("decline.negated")
            return query, self._what_it_says(said_not, decision.candidate)
        if isinstance(decision, Found) and self._outside_region(query, decision.candidate):
            names = self.composer.names(query, sorted(query.entities.get("region", ())))
            noun = Term(KIND_NOUNS.get(query.answer_kind or "", "items"))
            reason = said("decline.none_within", noun=noun, region=names)
            return query, self._what_it_says(reason, decision.candidate)
        if isinstance(decision, Found):
            return query, self._beyond_set_aside(query, decision, ranked)
        return query, decision

    @cached_property
    def _containing(self) -> frozenset[str]:
        """The regions the lexicon places anything in (a continent, not 'the world' of a
        'world championships')."""
        return frozenset(r for within in self.kb.lexicon.implies.values() for r in within)

    def _outside_region(self, query: Query, best: Candidate) -> bool:
        """'Which South American countries did she visit?' of a fact naming only her own
        country: what it names of the kind asked lies in none of the regions asked about."""
        regions = query.entities.get("region", frozenset()) & self._containing
        kind = query.answer_kind
        if not regions or kind not in PLACE_KINDS - {"region"} or query.qtype == "yes_no":
            return False
        beyond = best.fact.entities.get(kind, frozenset()) - query.named
        implies = self.kb.lexicon.implies
        return bool(beyond) and all(regions.isdisjoint(implies.get(n, ())) for n in beyond)

    @staticmethod
    def _asks_what_did_not(query: Query, best: Candidate) -> bool:
        """'Which firms did NOT raise their output?': a question for what did not,
        which a fact saying only what did cannot answer (one that denies something can)."""
        tokens = query.raw_tokens
        at = next((i for i, t in enumerate(tokens) if t in QUESTION_WORDS), None)
        if query.qtype not in NAMING_QTYPES or query.language is not None or at is None:
            return False
        if not denies(list(tokens[at : at + DENIAL_REACH + 1])):
            return False  # 'who is A ngl never heard of him' denies nothing of what it asks
        texts = texts_of(best.fact)
        return not any(denies(tokenize(text)) for text in texts)

    def _beyond_set_aside(
        self, query: Query, found: Found, ranked: list[Candidate]
    ) -> Found | Declined:
        """'Apart from A, did any other firm post a record?': a fact naming nothing of that
        kind beyond what the question sets aside does not answer it. A question (not a
        check) is answered by the next fact that does ('besides A, who else was there?');
        else it is declined, saying what the source does say."""
        aside = self._set_aside(query)
        if not aside or self._names_beyond(found.candidate, aside, query):
            return found
        if query.qtype != "yes_no":
            for other in ranked[1:SUGGESTIONS]:
                if other.score >= ANSWER_AT_ALL and self._names_beyond(other, aside, query):
                    return Found(other)
        named = query.model_copy_with(entities={k: frozenset(v) for k, v in aside.items()})
        names = self.composer.names(named, sorted(n for found in aside.values() for n in found))
        return self._what_it_says(said("decline.nothing_else", names=names), found.candidate)

    def _set_aside(self, query: Query) -> dict[str, set[str]]:
        """The names a question sets aside by kind ('apart from A'), when it asks for others."""
        tokens = tokenize(query.text)  # the message's, when the question is a clause of it
        starts = set(set_aside(tokens))
        aside: dict[str, set[str]] = {}
        if starts:
            for span in self.analyzer.phrases.spans(tokens):
                term = span.term
                if span.start in starts and term is not None and term.entity_kind and term.entity:
                    aside.setdefault(term.entity_kind, set()).add(term.entity)
        return aside

    @staticmethod
    def _names_beyond(candidate: Candidate, aside: dict[str, set[str]], query: Query) -> bool:
        entities = candidate.fact.entities
        return all(
            any(
                entities.get(other, frozenset()) - query.named - names
                for other in _beyond_kinds(query, kind)
            )
            for kind, names in aside.items()
        )

    def _second_opinion(self, query: Query, found: Found) -> Found:
        """A draft's fact whose drafted questions matched while its sentence holds much less
        of the question than another sentence does ('how much profit did the *film
        division* make?' of the group's profit): the sentence that says it answers, said as
        the closest the source comes."""
        fact = found.candidate.fact
        if found.verdict is not None or query.qtype == "yes_no" or found.lead:
            return found
        if fact.pack not in self.sentences.packs:
            return found
        other = self._from_sentence(query)
        if other is None or other.candidate.fact.fact.quotes[0].text == fact.fact.quotes[0].text:
            return found
        mine = self.sentences.held_share(query, fact)
        theirs = self.sentences.held_share(query, other.candidate.fact)
        return other if theirs >= mine + SECOND_OPINION else found

    def _from_sentence(self, query: Query) -> Found | None:
        """The source sentence that answers what no fact does, under every check a fact's
        answer passes ('why' needs a reason, 'when' a time), said as the closest it comes."""
        if query.qtype == "yes_no":
            return None
        found = self.sentences.best(query)
        if found is None:
            return None
        floor = Candidate(found.fact, max(found.score, ANSWER_AT_ALL), found.coverage, 0.0)
        decided = self._decide(query, [floor])
        if not isinstance(decided, Found) or decided.verdict is not None:
            return None
        return Found(floor, lead=said("answer.closest", answer=found.fact.fact.answer))

    def _left_out(self, query: Query, correct: bool) -> Found | None:
        """'Who was not at the talks: A, B, C or D?': the one option the fact that answers
        the question leaves out, when it names every other."""
        found = odd_one_out(query.text)
        if found is None or query.numbers or query.cues & COMPARING_CUES:
            return None  # 'which of A, B and C did not ship over 100 tonnes?' weighs figures
        asked = self.analyzer.analyse(found.question, correct=correct)
        ranked = rank(asked, self.index)
        if not ranked or ranked[0].score < ANSWER_AT_ALL:
            return None
        best = ranked[0]
        bag = best.fact.bag
        missing = [
            option
            for option in found.options
            if not (stems := self.analyzer.analyse(option, correct=correct).content)
            or not set(stems) <= bag
        ]
        if len(missing) != 1 or len(missing) == len(found.options):
            return None
        answer = best.fact.fact.answer
        return Found(best, lead=said("odd.left_out", option=missing[0], answer=answer))

    def _ranks_as_places(self, query: Query) -> Query:
        """'The gap between first and third place': the places at those ranks of the measure
        asked about stand in for the ranks, so the arithmetic is done on them."""
        if not query.cues & RANK_ARITHMETIC or says_a_fraction(query.raw_tokens):
            return query  # '… account for: roughly a third?' claims a share, ranks nothing
        positions = [at for cue, at in RANK_POSITIONS.items() if cue in query.cues]
        if len(positions) > 2 and 0 in positions:
            positions.remove(0)  # 'the second and third biggest': 'biggest' names no rank
        tokens = list(query.raw_tokens)
        for i, token in enumerate(tokens[:-1]):
            count = WORD_NUMBERS.get(tokens[i + 1]) or (
                int(tokens[i + 1]) if tokens[i + 1].isdigit() else 0
            )
            if token == "top" and 1 < count <= 10:
                positions = list(range(count))  # 'the top two together'
        covered = self.index.covered
        named = [
            name
            for name in self.calculator.subjects(query)
            if name in covered.get(self.calculator.kind_of[name], frozenset())
        ]  # 'Italy topped the table?' of a pack without Italy ranks nothing against Italy
        if not positions or len(named) >= 2 or len(positions) + len(named) < 2:
            return query
        if named and step_from(query.raw_tokens):
            return query  # 'who was right behind B?': a rank told from B's, not B against #2
        ranked = self.calculator.ranked(query)
        if len(ranked) < 2 or any(at >= len(ranked) for at in positions):
            return query
        places = [ranked[at].where[0] for at in positions]
        if len({*places, *named}) < 2:
            return query
        kind = self.calculator.kind_of.get(places[0])
        if kind is None:
            return query
        entities = {**query.entities, kind: query.entities.get(kind, frozenset()) | set(places)}
        if SHARE_WORD in query.cues and named and set(named) <= set(places):
            # 'what share of the top three's haul was Acme's?': the three are the whole
            return query.model_copy_with(
                entities=entities,
                entity_order=tuple(places),
                repeated=frozenset(named),
                cues=query.cues - set(RANK_POSITIONS),
            )
        return query.model_copy_with(
            entities=entities,
            entity_order=(*query.entity_order, *places),
            cues=query.cues - set(RANK_POSITIONS),
        )

    def _either(self, query: Query) -> tuple[Query, Found] | None:
        """'Were the talks about tariffs or fishing?': no fact is about both alternatives, so
        each is asked on its own; the one a fact answers is the answer."""
        asked = without_tag(list(query.raw_tokens))  # '…, yes or no?' offers no alternatives
        if query.cues & COMPARING_CUES or ALTERNATIVES.isdisjoint(asked):
            return None
        kind = self._alternatives_kind(query, asked)
        if kind is None:
            return self._either_word(query)
        if query.cues & SUPERLATIVE_CUES:
            led = self._leader_among(query, query.entities[kind])
            if led is not None:
                return led
        stems = {
            name: set(self.analyzer.analyse(name, correct=False).content)
            for name in query.entities[kind]
        }
        answers = []
        for name in sorted(stems):
            others = set().union(*(v for n, v in stems.items() if n != name)) - stems[name]
            alone = query.model_copy_with(
                entities={**query.entities, kind: frozenset({name})},
                content=tuple(s for s in query.content if s not in others),
            )
            ranked = rank(alone, self.index)
            if ranked and ranked[0].score >= ANSWER_AT_ALL:
                answers.append((ranked[0].score, alone, ranked[0]))
        if len(answers) > 1 and query.numbers:  # 'Belgium or the Netherlands: who had 59 t?'
            answers = [a for a in answers if self._states_figures(query, a[2].fact.fact)]
        if len(answers) != 1:
            return None
        _, alone, best = answers[0]
        return alone, Found(best, ())

    def _counted(self, query: Query) -> tuple[Query, Found] | None:
        """'How many topics were on the agenda?' of a fact listing them ('talks on A, B and
        C'), and 'how many countries …' of one naming them: the count of what it lists. Only
        a generic noun or a kind of name is counted so ('how many *lawsuits*' is not)."""
        head = query.head
        if query.qtype != "how_many" or query.units or query.numbers or head is None:
            return None
        kind = next((k for k in self.kb.lexicon.entities if self.analyzer.stem(k) == head), None)
        if kind is None and head not in self.analyzer.list_noun_stems:
            return None
        relaxed = query.model_copy_with(
            qtype="what",
            content=tuple(s for s in query.content if s != head),
            predicate=tuple(s for s in query.predicate if s != head),
        )
        ranked = rank(relaxed, self.index)
        if not ranked or ranked[0].score < ANSWER_AT_ALL:
            return None
        best = ranked[0]
        answer = best.fact.fact.answer
        items = listed(answer)
        if kind is not None:
            named = self.analyzer.analyse(answer, correct=False).entities.get(kind, frozenset())
            asked = query.entities.get(kind, frozenset())
            items = tuple(sorted(n for n in named - asked if n in answer.casefold()))
        if len(items) < 2 or (kind is None and any(self._is_a_name(i) for i in items)):
            return None  # 'how many goals did the meeting have?' of 'A and B met': people
        return query, Found(best, lead=said("answer.counted", count=len(items), answer=answer))

    def _is_a_name(self, item: str) -> bool:
        """Whether a listed item is a person the packs know: a list of people is counted
        only as people ('how many goals …' of 'A and B met' is no count of goals)."""
        return bool(self.analyzer.analyse(item, correct=False).entities.get("person"))

    @staticmethod
    def _alternatives_kind(query: Query, tokens: list[str]) -> str | None:
        """The kind of name the alternatives are: of two or more names of a kind, the kind
        with a name beside 'or' ('where did A meet B, Paris or Rome?' offers places, not
        people); failing that, the first kind named twice."""
        several = [k for k, names in query.entities.items() if len(names) >= 2]
        beside = {
            tokens[at + step]
            for at, token in enumerate(tokens)
            if token in ALTERNATIVES
            for step in (-1, 1)
            if 0 <= at + step < len(tokens)
        }
        for kind in several:
            ends = {w for name in query.entities[kind] for w in (name.split()[0], name.split()[-1])}
            if not ends.isdisjoint(beside):
                return kind
        return several[0] if several else None

    def _either_word(self, query: Query) -> tuple[Query, Found] | None:
        """'Was the meeting on Monday or Tuesday?': two words either side of 'or', no names;
        each is asked on its own, and the one that only a fact using it answers is the answer."""
        tokens = query.raw_tokens
        at = next((i for i, t in enumerate(tokens) if t == "or" and 0 < i < len(tokens) - 1), None)
        if at is None:
            return None
        pair = [self.analyzer.stem(tokens[at - 1]), self.analyzer.stem(tokens[at + 1])]
        if len(set(pair)) != 2 or not all(stem in query.content for stem in pair):
            return None
        topic = [s for s in query.content if s not in pair and self.index.idf.get(s) is not None]
        if not topic:
            return None
        answers = []
        for stem, other in (pair, pair[::-1]):
            alone = query.model_copy_with(content=tuple(s for s in query.content if s != other))
            ranked = rank(alone, self.index)
            if not ranked or ranked[0].score < ANSWER_AT_ALL:
                continue
            bag = ranked[0].fact.bag
            said = sum(s in bag for s in topic)
            if stem in bag and 2 * said >= len(topic):  # about what the rest of it asks
                answers.append((alone, ranked[0]))
        if len(answers) != 1:
            return None
        alone, best = answers[0]
        return alone, Found(best, ())

    def _states_figures(self, query: Query, fact: Fact) -> bool:
        """Whether the fact states every figure the question gives, in any unit it converts to."""
        written = _figures_of(fact)
        stated = fact.amounts()
        for mention in query.units:
            if mention.number is None or mention.number in written:
                continue
            units = AMBIGUOUS_UNIT_WORDS.get(mention.words, (mention.key,))
            if not any(
                self._same_amount(mention.number, unit, amount, source)
                for unit in units
                for amount, source in stated
            ):
                return False
        measured = {u.number for u in query.units}
        return all(n in written for n in query.numbers if n not in measured)

    def _leader_among(self, query: Query, offered: frozenset[str]) -> tuple[Query, Found] | None:
        """'Which exported the most: France, Chile or Peru?': the leader, when it is offered."""
        leader = self.calculator.leader(query)
        if leader is None or leader.where[0] not in offered:
            return None
        return query, Found(Candidate(leader.fact, ANSWER_AT_ALL, 1.0, 1.0), ())

    def _next_to(self, query: Query) -> tuple[Query, Found] | None:
        """'Who came in behind France?': the place ranked next below (or above) the one named."""
        words = set(query.raw_tokens)
        step = 1 if words & FOLLOWING else -1 if words & PRECEDING else 0
        named = self.calculator.subjects(query)
        if not step or len(named) != 1 or query.qtype not in {"who", "which", "what"}:
            return None
        order = [i.where[0] for i in self.calculator.ranked(query)]
        if named[0] not in order or not 0 <= order.index(named[0]) + step < len(order):
            return None
        beside = self.calculator.ranked(query)[order.index(named[0]) + step]
        return query, Found(Candidate(beside.fact, ANSWER_AT_ALL, 1.0, 1.0), ())

    def _role_in_sentence(self, query: Query) -> tuple[Query, Found] | None:
        """'Did Canada send a minister to the talks?' of 'ministers from Canada, Australia
        and …': a role bound to a country that the fact's own sentence binds to it, though
        none of the fact's people is from there, is checked against that fact."""
        if not query.roles:
            return None
        relaxed = query.model_copy_with(roles=())
        ranked = rank(relaxed, self.index)
        if not ranked or ranked[0].score < ANSWER_CLEARLY:
            return None
        best = ranked[0]
        texts = texts_of(best.fact)
        for country, role in query.roles:
            if not any(role in self.analyzer.qualified(tokenize(t), {country}) for t in texts):
                return None
        return relaxed, self._checked(relaxed, best, ())

    @cached_property
    def _contraries(self) -> dict[str, str]:
        """Each contrary word's stem and its counterpart's, both ways."""
        stem = self.analyzer.stem
        pairs = [(stem(a), stem(b)) for a, b in CONTRARIES]
        return {**dict(pairs), **{b: a for a, b in pairs}}

    @cached_property
    def _opposites(self) -> dict[str, frozenset[str]]:
        """Each opposite word's stem and the stems of the words it denies, both ways."""
        stem = self.analyzer.stem
        found: dict[str, set[str]] = {}
        for a, b in OPPOSITES:
            found.setdefault(stem(a), set()).add(stem(b))
            found.setdefault(stem(b), set()).add(stem(a))
        return {word: frozenset(others) for word, others in found.items()}

    def _says_the_opposite(self, query: Query, fact: IndexedFact, said: frozenset[str]) -> bool:
        """Whether the fact, of the very things the claim names, says the opposite of one of
        its words and not that word itself; a claim or a fact that denies something is left
        to the reading of negations."""
        if denies(without_tag(list(query.raw_tokens))):
            return False
        if any(denies(tokenize(text)) for text in texts_of(fact)):
            return False
        if any(
            not names <= fact.entities.get(kind, frozenset())
            for kind, names in query.entities.items()
        ):
            return False
        opposites = self._opposites
        return any(
            stem not in said and not opposites.get(stem, frozenset()).isdisjoint(said)
            for stem in query.predicate
        )

    def _contrary(self, query: Query) -> tuple[Query, Found] | None:
        """'Chile mostly imports its copper?' of 'the leading exporter': a claim no fact
        answers in its own words, whose contrary is what the one fact answering it says (not
        its own word too), is answered with that fact: 'no' when it claims the contrary is
        the main thing ('mostly', 'the leading importer'), without a verdict when it only
        claims some ('does it import any?'); denied, or weakly matched, it is left alone."""
        idf = self.index.idf
        swaps = {
            s: other
            for s in query.predicate
            if (other := self._contraries.get(s)) is not None and idf.get(other) is not None
        }
        if not swaps or not NEGATIONS.isdisjoint(query.raw_tokens):
            return None
        relaxed = query.model_copy_with(
            content=tuple(swaps.get(s, s) for s in query.content),
            predicate=tuple(swaps.get(s, s) for s in query.predicate),
        )
        ranked = rank(relaxed, self.index)
        if not ranked or ranked[0].score < ANSWER_CLEARLY:
            return None
        best = ranked[0]
        if not set(swaps.values()) <= best.fact.bag or not best.fact.bag.isdisjoint(swaps):
            return None  # the fact must say the contrary, and not the claim's own word
        mainly = not MAINLY.isdisjoint(query.raw_tokens) or bool(query.cues & SUPERLATIVE_CUES)
        return relaxed, Found(best, (), "no" if mainly else None)

    def _led(self, query: Query) -> tuple[Query, Found] | None:
        """'France came first, correct?': a superlative claim about a named place, checked
        against the place with the highest (or lowest) figure of what it is about."""
        if not query.cues & SUPERLATIVE_CUES or not query.named:
            return None
        leader = self.calculator.leader(query)
        if leader is None:
            return None
        place = leader.where[0]
        candidate = Candidate(leader.fact, ANSWER_AT_ALL, 1.0, 1.0)
        verdict: Verdict = "yes" if place in query.named else "no"
        if query.qtype == "yes_no" and claim_denies(query):
            verdict = "no" if verdict == "yes" else "yes"  # "it is not true that B led, right?"
        return query, Found(candidate, (), verdict)

    def _names_a_rival(self, query: Query) -> bool:
        """Whether the question names another of the leader's kind: 'why was B top?' claims B
        led, 'why was 2023 the first year …' claims nothing of who led."""
        leader = self.calculator.leader(query)
        kind_of = self.calculator.kind_of
        kind = kind_of.get(leader.where[0]) if leader is not None else None
        return kind is not None and any(kind_of.get(name) == kind for name in query.named)

    def _contradicted(self, query: Query) -> tuple[Query, Found] | None:
        """'the mayor met the minister in Paris?': a check naming a place or year the packs
        know, but not for this event, or a country the packs know given a post another holds
        ('the Dutch prime minister?'), is answered 'no' with the fact giving the event's own."""
        slots = [name for kind in SINGLE_VALUED for name in query.entities.get(kind, frozenset())]
        slots += [country for country, _ in query.roles if country not in slots]
        # 'is A the Dutch prime minister?' of 'Belgian Prime Minister A'
        if not slots or len(slots) == len(query.named):
            return None
        found = self._correction(query, slots, self.composer.names(query, slots))
        if found is None:
            return None
        relaxed, decision = found
        if not isinstance(decision, Found) or set(slots) & decision.candidate.fact.entities.get(
            "place", set()
        ):
            return None
        return relaxed, Found(decision.candidate, (), "no")

    def _topical(self, query: Query) -> bool:
        """False for arithmetic trivia ('what's 15% of 80?'): figures the packs never state,
        with nothing around them but cue words ('percent', 'total'), is no question about
        the packs, however much a fact with a percentage looks like it."""
        analyzer = self.analyzer
        figures = [float(s) for s in query.content if is_number(s)]
        if not figures or query.named or not self.stated_figures.isdisjoint(figures):
            return True
        if not self.stated_units.isdisjoint(u.key for u in query.units) and any(
            s in analyzer.kind_stems for s in query.content
        ):
            return True  # 'the three countries together: 300 metric tons?' is the packs' own
            # measure of the packs' own kind of thing, a sum to work out, not trivia
        return any(
            s not in analyzer.cue_stems and s not in analyzer.type_noun_stems
            for s in query.content
            if not is_number(s)
        )

    @cached_property
    def stated_units(self) -> frozenset[str]:
        """Every unit the packs' figures are stated in, worked out on first need."""
        return frozenset(q.unit for fact in self.kb.facts for q in fact.quantities)

    @cached_property
    def stated_figures(self) -> frozenset[float]:
        """Every figure the packs state, in digits or words, worked out on first need."""
        return frozenset(
            value
            for fact in self.kb.facts
            for text in (fact.answer, *(q.text for q in fact.quotes))
            for value in figures_in(text)
        )

    def _portion(self, query: Query) -> Computed | None:
        """'A quarter of the harbour's catch, in kg': the fraction of the figure the rest of the
        question asks for, with the working shown."""
        said = fraction_of(query.raw_tokens)
        if said is None:
            return None
        fraction, start, end = said
        claimed = claimed_share(query.raw_tokens) if query.qtype == "yes_no" else None
        if claimed is not None and claimed[1] != "exactly":
            return None  # 'did Acme ship more than a quarter of the total?' claims a share
        rest = self.analyzer.analyse(
            " ".join(query.raw_tokens[:start] + query.raw_tokens[end:]), correct=False
        )
        if uncovered(rest, self.index):
            return None
        ranked = rank(rest, self.index)
        if not ranked or ranked[0].score < ANSWER_AT_ALL:
            return None
        best = ranked[0]
        measured = [
            q
            for q in best.fact.fact.quantities
            if self.units.resolve(q.unit) and self.units.family(q.unit) in PORTIONED_FAMILIES
        ]
        if not measured:
            return None
        return Computed(self.calculator.portion(best.fact, measured[0], fraction), best.score)

    def _after_statements(self, text: str, query: Query, correct: bool) -> Query:
        """'Chile mined 5 tonnes. Peru 3. What is Chile's in kilograms?': statements
        set the scene and the last sentence asks; their figures are not what is asked about,
        so the question is read alone when it can be answered alone."""
        asked = focus.after_statements(text)
        if asked is None:
            return query
        reading = self.analyzer.analyse(asked, correct=correct)
        if not reading.raw_tokens or uncovered(reading, self.index):
            return query
        if not POINTING_BACK.isdisjoint(reading.raw_tokens):
            return query  # 'what did they discuss?': who 'they' are is in the statements
        if (
            not reading.entities
            and self._conversion(reading) is None
            and isinstance(self._conversion(query), Conversion)
        ):
            return query  # 'I need A's 118 tonnes in pounds. What figure do I run?'
        if (
            self._conversion(reading) is None
            and not isinstance(self.calculator.derive(reading), Derivation)
            and self._best_score(reading) < ANSWER_AT_ALL
        ):
            return query
        return reading.model_copy_with(text=text)

    def _focus(self, text: str, query: Query, correct: bool) -> Query:
        """In a message of several sentences, the clause that is the question: chatter,
        greetings and purposes around it neither steer the match nor count as unknown words."""
        options = focus.readings(text, frozenset(QUESTION_WORDS), QUESTION_OPENERS)
        if not options or self.calculator.derive(query) is not None:
            return query
        best, best_score = query, self._best_score(query)
        unknown = set(uncovered(query, self.index))
        known = _names(query) - unknown
        strangers = _names(query) & unknown  # what a later 'it' may stand for, not a year
        for option in options:
            reading = self.analyzer.analyse(option, correct=correct)
            points = POINTING_BACK & set(reading.raw_tokens)
            if not _names(reading) and points and len(known) == 1 and not strangers:
                reading = self._named_back(option, points, next(iter(known)), correct)
                # "… 'Blue Line' … What is it?": what 'it' points back to is named in place
            if not _names(reading) and (
                (known and points) or (strangers and _subject_pointing_back(reading.raw_tokens))
            ):
                continue  # 'which other countries did she go to?': who she is was said before
            if unknown - reading.named and _modifies(text, option):
                continue  # 'and in the copper league, how much …': the aside is asked
            if self._asked_elsewhere(text, option, unknown - reading.named, correct):
                continue  # 'how did 2023 compare with 2022 — how many more?': 2022 is asked
            keeps_names = reading.named >= query.named - unknown
            if not keeps_names and best_score >= ANSWER_CLEARLY:
                continue  # 'France, how much did they export?': France is what is asked
            if isinstance(self.calculator.derive(reading), Derivation):
                return reading.model_copy_with(text=text)  # the sum or gap the chatter asks
            if not self._topic_of(reading):
                continue  # 'what number does the article give?': the topic is said before it
            score = self._best_score(reading)
            if score >= best_score + FOCUS_GAIN:
                if query.qtype == "yes_no" and reading.qtype is None:
                    reading = reading.model_copy_with(qtype="yes_no")  # 'true or false: …'
                best, best_score = reading.model_copy_with(text=text), score
        return best

    def _named_back(self, option: str, points: AbstractSet[str], name: str, correct: bool) -> Query:
        """A clause read with the one name the message gave before in place of the word that
        points back to it ('what is it?' of "… 'Blue Line' …" is 'what is Blue Line?')."""
        word = next((w for w in tokenize(option) if w in points), None)
        if word is None:  # the word pointing back was a correction's ('tehy' read as 'they')
            return self.analyzer.analyse(option, correct=correct)
        named = re.sub(rf"\b{re.escape(word)}\b", name, option, count=1, flags=re.IGNORECASE)
        return self.analyzer.analyse(named, correct=correct)

    def _asked_elsewhere(self, text: str, option: str, names: set[str], correct: bool) -> bool:
        """Whether another clause of the message that asks too names one of these names the
        packs lack: a question in two parts asks about it, it is no chatter."""
        if not names:
            return False
        return any(
            clause.asks
            and clause.text not in option
            and not names.isdisjoint(self.analyzer.analyse(clause.text, correct=correct).named)
            for clause in focus.clauses(text, frozenset(QUESTION_WORDS), QUESTION_OPENERS)
        )

    def _topic_of(self, query: Query) -> list[str]:
        """The words of a reading beyond kinds of answer, cues and light verbs: what it is about."""
        analyzer = self.analyzer
        return [
            s
            for s in query.content
            if s not in analyzer.type_noun_stems
            and s not in analyzer.cue_stems
            and s not in LIGHT_VERBS
        ]

    @cached_property
    def _fraction_stems(self) -> frozenset[str]:
        """A share claimed in words ('over a quarter of …') is the claim, no word a fact must
        hold: the stems of the fraction words."""
        return frozenset(self.analyzer.stem(word) for word in FRACTIONS)

    @cached_property
    def _known_words(self) -> frozenset[str]:
        """Words no stranger's name is: the packs' own, and every phrase of the language
        layer (a country the packs lack is an unknown name of its own kind)."""
        counts = self.analyzer.speller.counts
        return (
            frozenset(w for w, n in counts.items() if n > 0)
            | frozenset(self.analyzer.phrases.words())
            | TIME_WORDS
        )

    def _strangers(self, text: str, query: Query) -> tuple[str, ...]:
        """Names the question gives that the packs never use ('from Toyota'); a check that
        names one is read on (its fact may settle it), as is a question in another language."""
        if query.qtype == "yes_no" or query.language is not None:
            return ()
        return strangers(text, query.raw_tokens, self._known, Speller.is_english)

    def _known(self, word: str) -> bool:
        """A word the packs or the language layer use, in this form or another ('Olympics'
        of a text on 'the Winter Olympic Games')."""
        return word in self._known_words or self.analyzer.stem(word) in self.index.idf

    def _without_strangers(self, text: str, correct: bool) -> Query | None:
        """The clause of a chatty message that asks without the stranger ('hey Bob, how
        much did Acme sell?'), if one answers alone; None when the question itself names it."""
        for option in focus.readings(text, frozenset(QUESTION_WORDS), QUESTION_OPENERS):
            reading = self.analyzer.analyse(option, correct=correct)
            answers = (
                bool(reading.raw_tokens)
                and not self._strangers(option, reading)
                and not uncovered(reading, self.index)
                and self._best_score(reading) >= ANSWER_AT_ALL
            )
            if answers:
                return reading.model_copy_with(text=text)
        return None

    def _introducing(self, query: Query, ranked: list[Candidate]) -> Candidate | None:
        """For 'who is A?' of a draft, a fact among the best that introduces A by what A is
        ('A, editor of …'), not one that only quotes A."""
        people = query.entities.get("person", frozenset())
        if query.qtype != "who" or len(people) != 1 or not ranked:
            return None
        if ranked[0].fact.pack not in self.sentences.packs:
            return None  # a curated pack says who someone is in the facts it wrote for it
        name = next(iter(people))
        if set(query.predicate) - set(self.analyzer.content_of(tuple(name.split()))):
            return None  # 'who did A meet?' asks something of A
        last = re.escape(name.split()[-1])
        apposition = re.compile(
            rf"(?i:\b{last}\b),\s+(?:\d{{1,3}},\s+)?(?:the |a |an )?"
            r"(?!(?:who|which|said|says|told|called|and|or|but)\b)[a-z]"
        )  # 'A, editor of …', 'A, 81, a retired …'; not 'A, said …' or 'A, B and C'
        for at, candidate in enumerate(ranked):
            if candidate.score < ANSWER_AT_ALL:
                break
            if at >= SUGGESTIONS and candidate.score < ranked[0].score:
                break  # among the best, and every fact as good as the best ('A said …' × 6)
            fact = candidate.fact.fact
            if any(apposition.search(t) for t in (fact.answer, *(q.text for q in fact.quotes))):
                return candidate
        return None

    def _gives_reason(self, fact: Fact) -> bool:
        """A 'why' needs a fact that says why: one its curator marked so, or one that gives
        a reason or purpose ('because', 'to tackle'); else the question's premise is unsaid."""
        if "why" in fact.asks:
            return True
        said = " ".join((fact.answer, *(q.text for q in fact.quotes))).casefold()
        return self._reason_words.search(said) is not None

    @cached_property
    def _reason_words(self) -> re.Pattern[str]:
        cues = self.kb.lexicon.cues
        words = sorted(
            (*cues.get("reason", ()), *cues.get("reason_given", ())), key=len, reverse=True
        )
        return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b" if words else r"(?!)")

    def _best_score(self, query: Query) -> float:
        if uncovered(query, self.index):
            return 0.0
        ranked = rank(query, self.index)
        return ranked[0].score if ranked else 0.0

    def _embedded_question(
        self, query: Query, ranked: list[Candidate]
    ) -> tuple[Query, list[Candidate]]:
        """'i was reading about X and wondered who the mayor met': try the question itself."""
        clause = self._embedded_clause(query)
        if clause is None:
            return query, ranked
        clause_ranked = rank(clause, self.index)
        if clause_ranked and (not ranked or clause_ranked[0].score > ranked[0].score):
            dropped = {
                (kind, name)
                for kind, names in query.entities.items()
                for name in names
                if name not in clause.entities.get(kind, frozenset())
            }
            about = clause_ranked[0].fact.entities
            if dropped and not any(name in about.get(kind, ()) for kind, name in dropped):
                return query, ranked  # what the message names elsewhere is not what it answers
            bound = {country for country, _ in query.roles}
            if any(name in bound for _, name in dropped):
                return query, ranked  # 'the name of the Canadian minister who attended …'

            return clause.model_copy_with(text=query.text), clause_ranked
        return query, ranked

    def _embedded_clause(self, query: Query) -> Query | None:
        """The question a message embeds after its opening words, read alone, if any."""
        tokens = query.raw_tokens
        starts = [i for i, t in enumerate(tokens) if t in QUESTION_WORDS and i >= EMBEDDED_FROM]
        if not starts:
            return None
        return self.analyzer.analyse(" ".join(tokens[starts[0] :]), correct=False)

    def _decide(self, query: Query, ranked: list[Candidate], reranked: bool = False) -> Decision:
        if not ranked or ranked[0].score < ANSWER_AT_ALL or not query.content:
            return Declined(
                said("decline.unknown"),
                self.composer.suggestions(ranked, set(), SUGGESTIONS),
                ranked[0].score if ranked else 0.0,
            )
        best = ranked[0]
        held = [stem for stem in query.content if stem in best.fact.bag]
        if held and all(stem in LIGHT_VERBS for stem in held) and len(query.content) > len(held):
            return Declined(  # 'who took over as #1?' is not 'who took the photo?'
                said("decline.unknown"), self.composer.suggestions(ranked, set(), SUGGESTIONS)
            )
        introduced = self._introducing(query, ranked)
        if introduced is not None and introduced is not best:
            ranked = [introduced, *(c for c in ranked if c is not introduced)]
            best = introduced  # 'who is A?' of the sentence that says 'A, editor of …'
        gap = next((p for p, stems in best.fact.unknowns if stems <= set(query.content)), None)
        if gap is not None:
            return self._what_it_says(said("decline.gap", gap=gap), best)
        if query.qtype == "why":
            reasons = [c for c in ranked if self._gives_reason(c.fact.fact)]
            if reasons and reasons[0].score >= ANSWER_AT_ALL:
                ranked = reasons + [c for c in ranked if c not in reasons]
                best = ranked[0]
        if query.qtype == "why" and not self._gives_reason(best.fact.fact):
            return self._what_it_says(said("decline.why"), best)
        dated = query.qtype in {"what", "which"} and _asks_a_date(query.raw_tokens)
        if (query.qtype == "when" or dated) and not _says_when(best.fact.fact, query):
            timed = [c for c in ranked if _says_when(c.fact.fact, query)]
            if timed and timed[0].score >= max(ANSWER_AT_ALL, best.score - WHEN_MARGIN):
                ranked = timed + [c for c in ranked if c not in timed]
                best = ranked[0]
            if not _says_when(best.fact.fact, query):
                return self._what_it_says(said("decline.when"), best)
        old = query.qtype == "how_long" and query.head == self.analyzer.stem("old")
        if old and not _says_age(best.fact.fact):  # 'how old is he?' of his record time
            return self._what_it_says(said("decline.how_old"), best)
        claims_a_figure = query.qtype == "yes_no" and bool(query.numbers)
        stating = self._stating(query)
        if claims_a_figure and not stating(best.fact.fact):
            figured = [c for c in ranked if stating(c.fact.fact)]
            if figured and figured[0].score >= max(ANSWER_AT_ALL, best.score - WHEN_MARGIN):
                ranked = figured + [c for c in ranked if c not in figured]
                best = ranked[0]
        if _wants_a_figure(query) and not _states_a_figure(best.fact.fact):
            return self._what_it_says(said("decline.no_figure"), best)
        if (
            claims_a_figure
            and not stating(best.fact.fact)
            and not claimed_wholes(query.raw_tokens)  # '72% of the 500 tonnes?': the whole
        ):  # '1,000 kg?' of '1,000 new substances'
            return self._what_it_says(said("decline.no_figure"), best)
        if _offers_figures_unsaid(query, best.fact.fact):
            return self._what_it_says(said("decline.neither"), best)
        unsaid = self._figure_unsaid(query, best.fact)
        if unsaid is not None:
            giving = [
                c
                for c in ranked[1:SUGGESTIONS]
                if c.score >= ANSWER_AT_ALL and self._figure_unsaid(query, c.fact) is None
            ]
            if giving and not reranked:  # 'which firm shipped 90 tonnes?' of the next fact
                return self._decide(query, giving + [c for c in ranked if c not in giving], True)
            return self._what_it_says(said("decline.figure_unsaid", figure=unsaid), best)
        other = self._names_another(query, best.fact)
        if other is not None:
            return self._what_it_says(said("decline.figure_elsewhere", figure=other), best)
        loose = _not_exact(query, best.fact.fact)
        if loose is not None:
            return self._what_it_says(said("decline.not_exact", what=Term(loose)), best)
        listed = any(len(names) >= LISTED for names in best.fact.entities.values())
        counting = query.qtype == "how_many" and not query.units and not listed
        if counting and not _states_a_figure(best.fact.fact):  # 'a host of …'; a list counts
            return self._what_it_says(said("decline.how_many"), best)
        if best.score >= ANSWER_CLEARLY:
            alternatives = [c for c in ranked[1:] if best.score - c.score <= CLOSE_CALL]
        else:
            alternatives = [c for c in ranked[1:] if c.score >= ANSWER_AT_ALL - 10]
        offers = self.composer.suggestions(alternatives, {best.fact.id}, SUGGESTIONS)
        if query.qtype == "yes_no":
            return self._settled(query, best, ranked, offers)
        return Found(best, offers)

    def _settled(
        self,
        query: Query,
        best: Candidate,
        ranked: list[Candidate],
        offers: tuple[Suggestion, ...],
    ) -> Found:
        """A check is answered by the fact that settles it: where the best fact gives no
        yes or no ('the G7 met in Rome, right?' of who the ministers were), a close runner-up
        that does, saying the claim in its own words ('she met Tuesday in Rome …'), answers it."""
        found = self._checked(query, best, offers)
        if found.verdict is not None:
            return found
        for other in ranked[1:]:
            close = other.score >= ANSWER_AT_ALL and best.score - other.score <= SETTLING_REACH
            if close and self._says_in_its_words(query, other.fact):
                settled = self._checked(query, other, ())
                if settled.verdict is not None:
                    return settled
        return found

    def _stating(self, query: Query) -> Callable[[Fact], bool]:
        """What a fact must state to settle a claimed figure: an amount of the claim's kind
        ('300 tonnes?' wants a mass, not 'the seventh year'), else any figure but a year."""
        claimed = {self.units.family(u.key) for u in query.units if u.number is not None}
        if not claimed:
            return _states_a_figure
        return lambda fact: any(
            self.units.resolve(q.unit) is not None and self.units.family(q.unit) in claimed
            for q in fact.quantities
        )

    def _figure_unsaid(self, query: Query, fact: IndexedFact) -> str | None:
        """'Which firm shipped 90 tonnes?': a look-up by a figure is answered only by a fact
        stating that figure (in any unit it converts to); the leader is not 'the one with 90'.
        The figure as asked, when the fact does not state it."""
        if query.qtype not in LOOK_UP_QTYPES or query.cues & COMPARING_CUES:
            return None
        if states_loosely(query.raw_tokens):
            return None  # 'which firm shipped over 100 tonnes?' is no look-up of one figure
        stated = fact.fact.amounts()
        written = _figures_of(fact.fact)
        figures = [
            (u.number, u.key, u.words) for u in query.units if u.number is not None and not u.naming
        ]
        if not figures:
            return None
        for value, unit, words in figures:
            if value in written:
                continue  # the sentence gives it, though not as a figure of that unit
            units = AMBIGUOUS_UNIT_WORDS.get(words, (unit,))
            if not any(
                self._same_amount(value, asked, amount, source)
                for asked in units
                for amount, source in stated
            ):
                return f"{format_number(value)} {' '.join(words)}"
        return None

    def _names_another(self, query: Query, fact: IndexedFact) -> str | None:
        """'When did he set the 60m record?' of a fact on the 100m title: a figure that names
        what is asked about, where the fact gives another of its kind. The figure as asked."""
        if query.qtype not in LOOK_UP_QTYPES or query.cues & COMPARING_CUES:
            return None
        stated = fact.fact.amounts()
        written = _figures_of(fact.fact)
        for u in query.units:
            if u.number is None or not u.naming or u.number in written:
                continue
            family = self.units.words[u.key].family if u.key in self.units.words else "money"
            if family == "money":
                continue  # 'the £2.4 million overrun' names a sum, which a fact may word otherwise
            same_kind = [
                (a, source)
                for a, source in stated
                if source in self.units.words and self.units.family(source) == family
            ]
            if same_kind and not any(
                self._same_amount(u.number, u.key, a, source) for a, source in same_kind
            ):
                return self.units.describe(u.number, u.key)
        return None

    def _same_amount(self, value: float, unit: str, amount: float, source: str) -> bool:
        try:
            converted = self.units.convert(amount, source, unit)
        except (UnitError, KeyError):
            return False
        return abs(converted - value) <= LOOK_UP_TOLERANCE * max(abs(converted), 1.0)

    def _what_it_says(self, reason: Said, best: Candidate) -> Declined:
        """A decline that says what the source does say, offering the fact that says it."""
        reason = Said(reason.key, {**reason.fields, "answer": best.fact.fact.answer})
        return Declined(reason, (self.composer.suggestion(best.fact, best.score),), best.score)

    def _checked(self, query: Query, best: Candidate, offers: tuple[Suggestion, ...]) -> Found:
        """A yes/no check: yes or no first when the source settles it, then the fact."""
        leader = self.calculator.leader(query)
        fact = best.fact.fact
        said = frozenset(
            stem
            for text in (fact.answer, *(q.text for q in fact.quotes))
            for stem in self._said_beyond_names(text, query)
        )
        reading = read_claim(
            query,
            best,
            said,
            leader.fact if leader else None,
            leader.where[0] if leader else None,
            self._convert_or_none,
        )
        if reading.verdict != "no" and self._says_the_opposite(query, reading.fact, said):
            reading = Reading("no", reading.fact)  # 'do they agree?' of 'they widely differ'
        whole = self._whole_unborne(query, reading.fact)
        if whole is not None:
            reading = Reading("no", whole)  # '72% of the 500 tonnes?' of 72% of 419
        shown = best
        if reading.fact is not best.fact:
            shown = Candidate(reading.fact, best.score, best.coverage, best.similarity)
            offers = ()
        return Found(shown, offers, reading.verdict)

    def _says_in_its_words(self, query: Query, fact: IndexedFact) -> bool:
        """Whether the fact's own sentences name what the claim names and use every word of
        its predicate as the claim writes it, not through a synonym ('arrested?' is not borne
        out by the 'detention' of others) nor of someone they only call 'him'."""
        written = {self.analyzer.stem(token) for token in query.raw_tokens}
        if not set(query.predicate) <= written:
            return False
        readings = [self.analyzer.read(text) for text in texts_of(fact)]
        said = {stem for read in readings for stem in read.content}
        names = {name for read in readings for found in read.entities.values() for name in found}
        return set(query.predicate) <= said and query.named <= names

    def _whole_unborne(self, query: Query, fact: IndexedFact) -> IndexedFact | None:
        """The fact stating the total a claimed share is of, when the claim gives that whole
        and the total does not bear it out ('72% of the 500 tonnes?' of 72% of 419)."""
        wholes = claimed_wholes(query.raw_tokens)
        total = self.calculator.total_of_share(fact) if wholes else None
        if total is None:
            return None
        units, _ = claimed_units(query)
        source = total.quantity.unit
        for value, sense, position in wholes:
            targets = units.get(position + 1, (source,))
            stated = [self._convert_or_none(total.value, source, unit) for unit in targets]
            figures = [figure for figure in stated if figure is not None]
            if figures and not borne_out(figures, value, sense):
                return total.fact
        return None

    def _said_beyond_names(self, text: str, query: Query) -> set[str]:
        """What a text says beyond the names it gives: 'director of rail' is not borne out by
        'Acme Director Jo Bloggs' through the 'Rail' of 'Kestland Rail'; a name the claim
        says in words of its own ('the Zephyra rail board' of 'Zephyra Rail Board') still is."""
        read = self.analyzer.read(text)
        claimed = set(query.predicate)  # the claim's words outside the names it gives
        in_names: set[str] = set()
        for names in read.entities.values():
            for name in names:
                stems = set(self.analyzer.content_of(tuple(name.split())))
                if len(stems & claimed) < min(2, len(stems)):
                    in_names |= stems
        written = set(read.content) | set(self.analyzer.content_of(tuple(tokenize(text))))
        # a word the text writes around a name it reads as one ('the *port* of A') is said
        return (written - in_names) | set(read.predicate)  # 'the rail figures'

    def _suggest_without_entities(self, query: Query) -> tuple[Suggestion, ...]:
        """Nearest topics for a question about something unknown: drop what it named, rank again."""
        relaxed = query.model_copy_with(entities={}, roles=())
        return self.composer.suggestions(rank(relaxed, self.index), set(), SUGGESTIONS)

    def _correction(
        self, query: Query, missing: list[str], names: tuple[str, ...]
    ) -> tuple[Query, Found | Computed] | None:
        """A check that names something the packs lack, where the packs hold the fact that
        settles it: 'was the meeting in Brussels?' (an event has one place and one date),
        'Chile is the leading producer of tin, right?' (a leader is one thing), 'the 2024
        report or the 2025 one?' (the other alternative is known). Answered with that fact —
        'no' for a yes/no check — while a claim about something the packs do not cover at
        all, or a comparison that needs the missing thing's figure, is still declined."""
        ranks = [at for cue, at in RANK_POSITIONS.items() if cue in query.cues]
        claimed = query.qtype == "yes_no" and bool(query.units or query.numbers)
        if query.cues & COMPARING_CUES and not ranks and not claimed:
            return None  # 'did Italy export more than Spain?' needs Italy's own figure
        kind_of = {name: kind for kind, found in query.entities.items() for name in found}
        kinds = {kind_of[name] for name in missing}
        if "year" in kinds and (ranks or query.cues & COMPARING_CUES):
            return None  # 'did A sell the most in 2021?': a ranking is of its own year
        either_or = not ALTERNATIVES.isdisjoint(without_tag(list(query.raw_tokens)))
        if either_or and all(query.entities[kind] <= set(missing) for kind in kinds):
            return None  # 'from Colombia or from Ecuador?': neither alternative is known
        unique_slot = kinds <= SINGLE_VALUED or bool(query.cues & SUPERLATIVE_CUES)
        offered = {kind for kind, found in query.entities.items() if len(found) >= 2}
        other_known = either_or and len(missing) < len(query.named) and kinds <= offered
        checked = query.qtype in PRESUMING and not either_or
        if not other_known and not checked:
            return None  # 'the most tin: France or Peru?': tin is no alternative
        asks = SLOT_QUESTIONS.get(frozenset(kinds), query.qtype) if not either_or else query.qtype
        relaxed = self._without_names(query, missing).model_copy_with(qtype=asks)
        note = said("note.correction", names=names)
        if other_known and ranks:
            ranking = self.calculator.derive(relaxed)  # 'which ranked second: A, B or Italy?'
            if isinstance(ranking, Derivation):
                return relaxed, Computed(ranking, ANSWER_CLEARLY)
        if checked and ranks and kinds <= self.calculator.figured_kinds:
            placed = self._at_rank(relaxed, ranks)  # 'Portugal came second, right?'
            denied: Verdict = (
                "yes" if claim_denies(query) else "no"
            )  # "Portugal wasn't second, right?"
            return None if placed is None else (relaxed, Found(placed, (), denied, note))
        ranked = rank(relaxed, self.index)
        stand_in = checked and not unique_slot and not other_known
        if not ranked or ranked[0].score < (ANSWER_CLEARLY if stand_in else ANSWER_AT_ALL):
            pinned = self._pinned(query, relaxed, kinds) if claimed else None
            if pinned is None:
                return None
            ranked = [pinned]  # 'A, B and Mexico made up 72%?': the one fact giving 72% of A, B
        threshold = ranked[0].score - STAND_IN_MARGIN
        # a stand-in may be for a name of a fact just below the best ('ministers from Ireland?'
        # of the fact listing where the ministers came from, under the one on their meeting)
        shortlist = [c for c in ranked[:STAND_IN_FACTS] if c.score >= threshold] if stand_in else []
        for best in shortlist or ranked[:1]:
            if not all(best.fact.entities.get(kind) for kind in kinds):
                continue
            if best is not ranked[0] and not self._lists_others(best.fact, kinds, missing):
                continue
            if "year" in kinds and _states_a_figure(best.fact.fact):
                continue  # 'did it lead in 2021?': a figure is of its own year, not of 2021
            if checked and not self._states_figures(query, best.fact.fact):
                continue  # 'Germany sold 40 tonnes, right?': a figure the packs do not give
            if stand_in and not self._stood_in(query, best.fact, kinds, missing):
                continue
            verdict: Verdict | None = None if either_or else "no"
            if claim_denies(query):
                verdict = turned(verdict)  # 'the meeting wasn't in Ghent, right?': yes
            return relaxed, Found(best, (), verdict, note)
        return None

    @staticmethod
    def _lists_others(fact: IndexedFact, kinds: set[str], missing: list[str]) -> bool:
        """Whether a fact below the best lists several others of the missing name's kind and
        not the name itself ('ministers from A, B and C' of 'a minister from D?'): a list
        that closes the claim out, where one other name ('B mined 40 units') does not."""
        for kind in kinds:
            found = fact.entities.get(kind, frozenset())
            if len(found) < LISTED or not found.isdisjoint(missing):
                return False
        return True

    def _premise_corrected(
        self, query: Query, missing: list[str], names: tuple[str, ...]
    ) -> tuple[Query, Found] | None:
        """'Someone said the talks were in Lyon, where were they really?': a claim told before
        the question, naming what the packs lack of the very kind asked for, is the premise
        the question corrects, not its topic. Answered with the fact that gives the place,
        person or year, saying the source has nothing on the name; a name inside the question
        itself ('where did she meet them in Lyon?') still declines."""
        wanted = ASKED_KINDS.get(query.qtype or "")
        if wanted is None:
            return None
        kind_of = {name: kind for kind, found in query.entities.items() for name in found}
        if not all(kind_of.get(name) in wanted for name in missing):
            return None
        tokens = list(query.raw_tokens)
        asking = [i for i, t in enumerate(tokens) if t == query.qtype]
        if not asking:
            return None
        told, asked = set(tokens[: asking[-1]]), set(tokens[asking[-1] :])
        for name in missing:
            first = tokenize(name)[:1]
            if not first or first[0] not in told or first[0] in asked:
                return None  # the name is asked about, or not told before the question
        relaxed = self._without_names(query, missing)
        ranked = rank(relaxed, self.index)
        if not ranked or ranked[0].score < ANSWER_CLEARLY:
            return None
        best = ranked[0]
        if not any(best.fact.entities.get(kind, frozenset()) - relaxed.named for kind in wanted):
            return None  # the fact found does not say where, who or when
        return relaxed, Found(best, (), None, said("note.correction", names=names))

    def _without_names(self, query: Query, missing: list[str]) -> Query:
        """The question as if it did not name what the packs lack: the fact it then finds is
        the one a claim about those names contradicts or a question corrects."""
        gone = set(missing)
        unsaid = {s for name in missing for s in self.analyzer.analyse(name, correct=False).content}
        return query.model_copy_with(
            entities={k: v - gone for k, v in query.entities.items() if v - gone},
            content=tuple(s for s in query.content if s not in unsaid),
            roles=tuple(pair for pair in query.roles if pair[0] not in gone),
        )

    def _pinned(self, query: Query, relaxed: Query, kinds: set[str]) -> Candidate | None:
        """The one fact that states a claim's figures of what else it names, with a name of
        each kind the claim names one the packs lack ('A, B and Mexico made up 72%?')."""
        found = [
            fact
            for fact in (self.index.facts[i] for i in self.index.candidates(relaxed.content))
            if all(fact.entities.get(kind) for kind in kinds)
            and all(
                names <= fact.entities.get(k, frozenset()) for k, names in relaxed.entities.items()
            )
            and self._states_figures(query, fact.fact)
        ]
        return Candidate(found[0], ANSWER_CLEARLY, 1.0, 1.0) if len(found) == 1 else None

    def _at_rank(self, query: Query, ranks: list[int]) -> Candidate | None:
        """The fact of the place at the one rank a claim gives ('came second'), of the measure
        the claim is about: 'the second-biggest port?' ranks no exports, and a claim giving
        two ranks ('first, ahead of second-placed Spain') says no one place's."""
        ranked = self.calculator.ranked(query)
        if len(ranks) != 1 or not ranked or ranks[0] >= len(ranked):
            return None
        measured = {item.fact.fact.id for item in ranked}
        best = rank(query, self.index)
        if best and best[0].fact.fact.id not in measured and best[0].score >= ANSWER_AT_ALL:
            return None  # the claim is about another fact than the ranked measure's
        placed = ranked[ranks[0]].fact
        if not self._states_figures(query, placed.fact):
            return None  # 'Germany came third with 40 tonnes?': a figure the packs do not give
        return Candidate(placed, ANSWER_AT_ALL, 1.0, 1.0)

    def _stood_in(
        self, query: Query, fact: IndexedFact, kinds: set[str], missing: list[str]
    ) -> bool:
        """'Ireland shipped 59 tonnes, right?': a name the packs lack stands in for one of the
        fact's own of its kind that the claim leaves unnamed, only where something pins the
        claim to that fact — a figure it states, the one body it names ('an Interpol
        report?' of the Agency's), the person it writes right before the claim's verb ('hosted
        by Ann Other?' of 'Jo Bloggs hosted'), the word both names stand before ('the *Dutch*
        prime minister?' of 'Belgian Prime Minister'). 'Jo visited Germany?' of a fact on
        where she went, or 'Jo welcomed Ann Other?' of a fact on unnamed ministers, is no
        contradiction."""
        named = set(query.named)
        pinned = bool(query.units or query.numbers)
        for kind in kinds:
            unnamed = fact.entities.get(kind, frozenset()) - named
            if not unnamed:
                return False
            if pinned or (kind in NATIONAL and self._qualify_alike(query, fact, missing, unnamed)):
                continue
            if kind == "organisation" and len(unnamed) == 1:
                continue
            if kind == "person" and self._doer(query, fact, unnamed):
                continue
            return False
        return True

    def _qualify_alike(
        self, query: Query, fact: IndexedFact, missing: list[str], names: frozenset[str]
    ) -> bool:
        """Whether the claim writes a missing country right before a word that the fact writes
        one of its own before ('*Chinese* workers?' of '*South Korean* workers', 'ministers
        from Ireland?' of 'ministers from Canada'): a nationality says whose a thing is, where
        'tin mined?' of 'copper mining' says nothing."""
        claimed = self.analyzer.qualified(query.raw_tokens, missing)
        if not claimed:
            return False
        texts = texts_of(fact)
        return any(claimed & self.analyzer.qualified(tokenize(text), names) for text in texts)

    def _doer(self, query: Query, fact: IndexedFact, names: frozenset[str]) -> str | None:
        """The one of these names the fact writes right before the claim's verb ('Jo Bloggs
        hosted the talks' for 'the talks were hosted by Ann Other?'): whose place the name
        the packs lack takes."""
        verbs = set(query.predicate)
        found = set()
        for text in (fact.fact.answer, *(q.text for q in fact.fact.quotes)):
            words = tokenize(text)
            for name in names:
                last = name.split()[-1]
                if any(
                    word == last and self.analyzer.stem(after) in verbs
                    for word, after in pairwise(words)
                ):
                    found.add(name)
        return next(iter(found)) if len(found) == 1 else None

    def _conversion(self, query: Query) -> Decision | None:
        sources = [u for u in query.units if u.number is not None]
        if not sources:
            return self._as_percent(query)
        scale = asked_scale(query.raw_tokens)
        if scale is not None and len(sources) == 1:
            family = self.units.family(sources[0].key)
            into = next(
                (
                    u.key
                    for u in query.units
                    if u.number is None and self.units.family(u.key) == family
                ),
                None,
            )  # 'in billions of pounds' of £512m: its own pounds, not the pound of weight
            return Conversion(sources[0], into, scale)  # '£419m in billions (of pounds)',
            # '123 tonnes in thousands of pounds'
        if (
            len(sources) == 1
            and query.cues & COMPARING_CUES
            and len(query.named) >= 2
            and sources[0].number in self.stated_figures
        ):
            return None  # 'Chile mined 5 tonnes and Peru 3: the gap in kilos?' computes
        if (
            len(sources) == 2
            and self.units.family(sources[0].key) == self.units.family(sources[1].key)
            and _compares(query)
        ):
            return Comparison(sources[0], sources[1])
        targets = [u for u in query.units if u.number is None]
        if not targets and self.units.family(sources[0].key) not in {"mass", "length", "volume"}:
            return None
        source = self._as_stated(query, sources[0])
        leftover = [
            w
            for w in query.content
            if not w.replace(".", "").isdigit() and w not in CONVERSION_WORDS
        ]
        if not targets and leftover:
            return None
        target = targets[0].key if targets else None
        return Conversion(source, target, stated=self._stated_pair(query, source, target))

    def _stated_pair(
        self, query: Query, source: UnitMention, target: str | None
    ) -> tuple[float, str] | None:
        """The figure a fact gives beside the one converted, in the unit asked: '135 US tons
        in metric tons' of '123 metric tons (135 tons)' is the source's own 123."""
        if target is None or source.number not in self.stated_figures:
            return None
        alone = self.analyzer.analyse(f"{source.number:g} {' '.join(source.words)}")
        found = [*rank(query, self.index)[:STATED_UNIT_CANDIDATES], *rank(alone, self.index)]
        for candidate in found[: 2 * STATED_UNIT_CANDIDATES]:
            for quantity in candidate.fact.fact.quantities:
                pairs = [
                    (quantity.value, quantity.unit),
                    *((a.value, a.unit) for a in quantity.also),
                ]
                if (source.number, source.key) in pairs:
                    return next(((v, u) for v, u in pairs if u == target), None)
        return None

    def _as_stated(self, query: Query, mention: UnitMention) -> UnitMention:
        """'The 118 tons Acme shipped, in kilograms': a unit word with two meanings is read as
        the one in which the fact the question is about states that very figure."""
        meanings = AMBIGUOUS_UNIT_WORDS.get(mention.words)
        if meanings is None:
            return mention
        for candidate in rank(query, self.index)[:STATED_UNIT_CANDIDATES]:
            for value, unit in candidate.fact.fact.amounts():
                if unit in meanings and value == mention.number:
                    return replace(mention, key=unit)
        return mention

    def _convert_or_none(self, value: float, source: str, target: str) -> float | None:
        known = self.units.resolve(source) and self.units.resolve(target)
        if not known or self.units.family(source) != self.units.family(target):
            return None
        try:
            return self.units.convert(value, source, target)
        except (UnitError, OverflowError, ValueError):
            return None

    def _as_percent(self, query: Query) -> Percent | None:
        """'0.72 as a percentage': a bare fraction people want read as a percent."""
        tokens = query.raw_tokens
        if not 1 <= len(query.numbers) <= 2 or query.units or not tokens:
            return None
        if tokens[-1] not in PERCENT_WORDS or not set(tokens[-3:-1]) & {"as", "to", "into", "in"}:
            return None
        fraction = FRACTION.search(query.text)
        if len(query.numbers) == 2 and not fraction:
            return None
        value = float(fraction[1]) / float(fraction[2]) if fraction else query.numbers[0]
        return Percent(value)

    def convert(self, value: float, source: str, target: str | None) -> Answer:
        """The converter command: '10 t' to 'lb', with the unit names people type."""
        text = f"{value:g} {source} to {target}" if target else f"{value:g} {source}"
        source_key = self.units.resolve(source)
        target_key = self.units.resolve(target) if target else None
        query = self.analyzer.analyse(text)
        if source_key is None or (target and target_key is None):
            unknown = source if source_key is None else target
            return self._compose(query, Failed(said("error.unit", unit=repr(unknown))))
        return self._compose(query, Conversion(UnitMention(source_key, 0, 1, value), target_key))

    def suggest(self, partial: str, limit: int = 25) -> list[Suggestion]:
        """Autocomplete with the same matcher as answers, the word being typed completed first;
        from the first keystrokes ('who is', 'how many tons of') facts whose questions open
        that way fill the list. Each fact is shown by its question closest to what was typed."""
        text = partial.strip()[:MAX_AUTOCOMPLETE_CHARS]
        if not text:
            return [self.composer.suggestion(f, 0.0) for f in self.index.facts[:limit]]
        typed = " ".join(tokenize(text))
        query = self.analyzer.analyse(self._complete_last_word(text))
        facts = [c.fact for c in rank(query, self.index)[:limit]]
        seen = {f.id for f in facts}
        for position in self._opening_with(typed):
            fact = self.index.facts[position]
            if len(facts) >= limit:
                break
            if fact.id not in seen:
                facts.append(fact)
                seen.add(fact.id)
        if len(facts) < limit:
            more = (self.index.facts[i] for i in self.index.candidates(query.content, limit))
            facts += [f for f in more if f.id not in seen][: limit - len(facts)]
        return [
            Suggestion(
                fact_id=fact.id,
                topic=fact.fact.topic,
                question=self._closest_question(fact.fact.questions, text, typed),
                score=float(limit - position),
            )
            for position, fact in enumerate(facts)
        ]

    def _opening_with(self, typed: str) -> list[int]:
        """Facts with an example question that begins as typed, in the order of the questions."""
        if self._openings is None:
            self._openings = openings(self.index.facts)
        start = bisect.bisect_left(self._openings, (typed, -1))
        found: dict[int, None] = {}
        for opening, position in self._openings[start : start + COMPLETIONS_SCANNED]:
            if not opening.startswith(typed):
                break
            found.setdefault(position, None)
        return list(found)

    @staticmethod
    def _closest_question(questions: list[str], text: str, typed: str) -> str:
        """The question that opens as typed when a question's opening is typed ('how many'),
        else the one most like what was typed."""
        if typed.split(" ", 1)[0] in QUESTION_OPENERS | QUESTION_WORDS:
            for question in questions:
                if " ".join(tokenize(question)).startswith(typed):
                    return question
        best = process.extractOne(text, questions, scorer=fuzz.WRatio, processor=str.casefold)
        return best[0] if best else questions[0]

    def _complete_last_word(self, text: str) -> str:
        """'how much cop' → add 'copper': the word being typed is a prefix, not a typo."""
        tokens = tokenize(text)
        if not tokens or tokens[-1] in self.analyzer.speller or len(tokens[-1]) < 2:
            return text
        prefix = tokens[-1]
        start = bisect.bisect_left(self._vocabulary, prefix)
        completions = []
        for word in self._vocabulary[start : start + COMPLETIONS_SCANNED]:
            if not word.startswith(prefix):
                break
            completions.append(word)
        if not completions:
            return text
        counts = self.analyzer.speller.counts
        return f"{text} {max(completions, key=lambda w: counts[w])}"

    def lookup(self, name: str, *, exact: bool = False) -> Answer | None:
        """A fact by id, alias or close name, for the 'fact' command; `exact` for a button
        that named one fact and must never be answered with a neighbour."""
        key = name.strip().casefold()
        position = self.index.by_id.get(key, self.index.by_alias.get(key))
        if position is None and exact:
            return None
        if position is None:
            ids = list(self.index.by_id) + list(self.index.by_alias)
            match = process.extractOne(key, ids, scorer=fuzz.WRatio, score_cutoff=80)
            if match is None:
                return None
            position = self.index.by_id.get(match[0], self.index.by_alias.get(match[0]))
        if position is None:
            return None
        fact = self.index.facts[position]
        query = self.analyzer.analyse(fact.fact.questions[0], correct=False)
        return self._compose(query, Found(Candidate(fact, 100.0, 1.0, 1.0)))

    def browse(self) -> list[FactSummary]:
        return [
            FactSummary(f.id, f.topic, f.answer, self.kb.fact_pack[f.id]) for f in self.kb.facts
        ]


def _load_knowledge(knowledge_dir: Path, packs: list[str]) -> KnowledgeBase:
    """The packs read from YAML, imported here: a start from the index cache never reads it."""
    from bot.knowledge.loader import load_knowledge

    return load_knowledge(knowledge_dir, packs)


def _pack_words(kb: KnowledgeBase) -> Counter[str]:
    """Every word the packs use, weighted by use: the speller's preferred corrections."""
    words: Counter[str] = Counter()
    for pack in kb.packs:
        for text in pack.texts.values():
            words.update(tokenize(text, limit=len(text)))
        for fact in pack.facts:
            for text in (fact.answer, fact.topic, *fact.questions, *fact.keywords):
                words.update(tokenize(text))
    return words


AGE_SAID = re.compile(
    r"\b(?i:aged?\s+\d|age of \d|at \d{1,2}\b|\d+[- ]years?[- ]old|born|founded|established|"
    r"centur(?:y|ies)|in (?:its|their|his|her) \d+ years)"
    r"|[A-Z]\w+,? \(\d{1,3}\)|[A-Z]\w+, \d{1,3},",
)
"""What says how old someone or something is: an age ('aged 30', 'at the age of 84', 'at 14',
'A (30)', 'A, 24, …'), a birth, a founding, a century, a span of years ('in its 27 years')."""


def _says_age(fact: Fact) -> bool:
    """A fact that answers 'how old': an age ('aged 30', '(30)', '30-year-old'), a year it
    began, or a span it has lasted ('in its 27 years')."""
    return any(AGE_SAID.search(text) for text in (fact.answer, *(q.text for q in fact.quotes)))


def _says_when(fact: Fact, query: Query) -> bool:
    """A fact that answers 'when': it gives a year, a day or a time word ('since', 'Tuesday');
    for 'what time', a figure too (a race run in 8.06 answers 'what time did she run'); 'in
    what year' wants a year, and 'this summer' or 'six years ago' is none."""
    if TIME_WORD in query.raw_tokens and fact.quantities:
        return True
    said = [fact.answer, *(q.text for q in fact.quotes)]
    if any(NUMERIC_DATE.search(text) for text in said):
        return True  # 'on sale 9/14'
    tokens = [t for text in said for t in tokenize(text)]
    if any(is_year(t) for t in tokens):
        return True
    asked = _asked_for(query.raw_tokens)
    if YEAR_NOUN in asked:
        return any(t in ROUGH_YEARS for t in tokens)  # 'an 18th-century hall': not exactly
    if not CALENDAR_NOUNS.isdisjoint(asked):
        return any(t in TIME_WORDS for t in tokens)  # 'what day' is answered by 'Tuesday'
    return any(t in TIME_MARKS for t in tokens) or any(RELATIVE_TIME.search(t) for t in said)


def _asks_a_date(tokens: Sequence[str]) -> bool:
    """'On what date do …', 'which day is …': a 'what' that asks when ('what day job' not)."""
    for i, token in enumerate(tokens[:-1]):
        if token in {"what", "which"} and tokens[i + 1] in CALENDAR_NOUNS:
            after = tokens[i + 2 : i + 3]
            return not after or after[0] in AUXILIARIES
    return False


def _asked_for(tokens: Sequence[str]) -> frozenset[str]:
    """The words just after 'what' or 'which', where the thing asked for is named ('on what
    date', 'what was the year'); a figure's noun further on is none ('the two-year bans')."""
    return frozenset(
        word
        for i, token in enumerate(tokens)
        if token in {"what", "which"}
        for word in tokens[i + 1 : i + 1 + ASKED_NOUN_REACH]
    )


def _beyond_kinds(query: Query, kind: str) -> AbstractSet[str]:
    """The kinds of name that count as more than what was set aside: the kind asked for
    ('other than A, which *port* …'), any place for 'where' ('other than London, where did
    she go?' is answered by the regions she went to), else the set-aside name's own."""
    if query.answer_kind:
        return {query.answer_kind}
    return PLACE_KINDS if kind in PLACE_KINDS and query.qtype == "where" else {kind}


def _compares(query: Query) -> bool:
    """'is 5 kg more than 10 lb?', '130 short tons or 118 metric tons?': two amounts a question
    puts side by side; 'where did she run the 800m and the 1000m?' names two races."""
    if query.qtype in {"which", "who", "where"} and query.answer_kind:
        return False  # 'which countries shipped more than 100 and less than 120 tonnes?'
    if query.qtype == "yes_no" or query.cues & COMPARING_CUES:
        return True
    return not SIDE_BY_SIDE.isdisjoint(query.raw_tokens)


def _wants_a_figure(query: Query) -> bool:
    """'What is the British 800m record?', 'what was the ticket price': what is asked is a
    figure, by the noun that names it."""
    if query.qtype not in {"what", "which"}:
        return False
    tokens = query.raw_tokens
    if any(t in SAYING_VERBS and n in ABOUT_WORDS for t, n in pairwise(tokens)):
        return False  # 'what did the minister say about the cost?': what was said, any words
    return any(
        token in FIGURE_NOUNS
        and tokens[i - 1 : i] != ("to",)
        and tokens[i + 1 : i + 2] not in {("up",), ("down",)}
        for i, token in enumerate(tokens)
    )  # 'want to speed up', 'record the talks': a verb, no figure


def _figures_of(fact: Fact) -> set[float]:
    """Every figure the fact's answer and quotes state ('the Seven Sisters' states none)."""
    texts = (fact.answer, *(q.text for q in fact.quotes))
    return {v for text in texts for v in figures_in(without_named_numbers(text))}


def _states_a_figure(fact: Fact) -> bool:
    """Whether the fact gives any figure other than a year."""
    if any(q.unit != "year" for q in fact.quantities):
        return True
    return any(not (v.is_integer() and is_year(str(int(v)))) for v in _figures_of(fact))


def _offers_figures_unsaid(query: Query, fact: Fact) -> bool:
    """'Was he mayor for 10 years or 15?': an either-or between figures, none of which the
    fact states, is not settled by it."""
    if ALTERNATIVES.isdisjoint(query.raw_tokens) or len(query.numbers) < 2:
        return False
    return _figures_of(fact).isdisjoint(query.numbers)


def _not_exact(query: Query, fact: Fact) -> str | None:
    """What an 'exactly' question wants that the fact gives only roughly ('a host of legal
    challenges', 'an 18th-century building'): a figure, or a date with its year."""
    if "exact" not in query.cues:
        return None
    if query.qtype in {"how_many", "how_much"} and not fact.quantities:
        return "figure"
    said = " ".join((fact.answer, *(q.text for q in fact.quotes)))
    if query.qtype == "when" and not YEAR.search(said):
        return "date"
    return None


MODIFIER_OPENERS = frozenset({"and", "in", "for", "on", "about", "regarding"})
MODIFIER_MAX_WORDS = 6
"""An aside longer than this before the question is a sentence of its own, not a narrowing."""
"""Words opening a phrase that narrows the question after it ('and in the X league, …', 'for
X, how much …'), where a sentence of its own ('I read about X') would open otherwise."""


def _modifies(text: str, clause: str) -> bool:
    """Whether what stands before the question clause narrows it instead of chatting."""
    before = tokenize(text[: max(0, text.find(clause))])
    return 0 < len(before) <= MODIFIER_MAX_WORDS and before[0] in MODIFIER_OPENERS


SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she"})
CLEFT = frozenset({"that", "who", "which"})


def _subject_pointing_back(tokens: Sequence[str]) -> bool:
    """A clause whose subject is only a pronoun ('how much did *it* really sell?'), not a
    cleft ('which port is it that …'): what it is about was named before it."""
    for before, word, after in zip(tokens, tokens[1:], [*tokens[2:], ""], strict=False):
        if word in SUBJECT_PRONOUNS and before in AUXILIARIES and after not in CLEFT:
            return True
    return bool(tokens) and tokens[0] in SUBJECT_PRONOUNS


def _names(query: Query) -> frozenset[str]:
    """What a question names that 'she' or 'they' may stand for: anything but a year."""
    return frozenset(n for kind, names in query.entities.items() if kind != "year" for n in names)


def _set_against(text: str, name: str) -> str | None:
    """The words by which a claim names this only to say it is not so ('in Leeds, not York',
    'it wasn't Hull but Leeds', 'rather than York'); None when it claims it ('wasn't Smith
    the host?' asks of Smith)."""
    at = r"(?:(?:in|at|on|the)\s+)?" + re.escape(name) + r"\b"
    said = fold(text).casefold()
    for pattern in (
        rf"(?<=,)\s*(?:and\s+)?(?:not|never)\s+{at}",
        rf"(?:\bnot|\w+n[’']t|\bnever)\s+{at}(?=\s*,?\s+but\b)",
        rf"\b(?:rather than|instead of)\s+{at}",
    ):
        found = re.search(pattern, said)
        if found is not None:
            return found.group()
    return None


def _without_words(tokens: list[str], phrases: list[str]) -> tuple[str, ...]:
    """The tokens without each phrase's tokens where they first stand in a row."""
    for phrase in phrases:
        words = tokenize(phrase)
        at = next((i for i in range(len(tokens)) if tokens[i : i + len(words)] == words), None)
        if at is not None:
            tokens = tokens[:at] + tokens[at + len(words) :]
    return tuple(tokens)


def _claims_a_share(query: Query) -> bool:
    """A yes/no claim of a share with 'more than' or 'under' ('over a quarter of the total?')."""
    if query.qtype != "yes_no":
        return False
    claimed = claimed_share(query.raw_tokens)
    return claimed is not None and claimed[1] != "exactly"


def _as_share_claim(query: Query, fraction_stems: frozenset[str]) -> Query:
    """'Did Acme ship more than a quarter of the total?': a claimed share with 'more than' or
    'under' compares shares, not the two amounts ('more than' is no difference asked)."""
    cues = (query.cues - COMPARING_CUES - SUPERLATIVE_CUES) | {SHARE_WORD}
    content = tuple(s for s in query.content if s not in fraction_stems)  # the claimed share
    return query.model_copy_with(cues=frozenset(cues), content=content)


def _claimed_first(asked: Sequence[str], rival: str) -> bool:
    """Whether the claim puts the other place first ('would *Spain* have beaten Belgium if
    Belgium had …'), not the one whose figure is supposed ('would *it* have beaten Spain')."""
    words = tokenize(rival)
    compared = MORE_WORDS | LESS_WORDS | {"than"}
    verb = next((i for i, t in enumerate(asked) if t in compared), len(asked))
    before = list(asked[:verb])
    return bool(words) and any(before[i : i + len(words)] == words for i in range(len(before)))


def _compared_claim(query: Query, derived: Derivation, convert: Converter) -> Verdict | None:
    """The verdict on a yes/no claim the computation settles; a 'why' question presupposes
    its claim ('why did Chile export more than France?'), so a false one is answered "No"."""
    against = derived.operation == HYPOTHETICAL and len(derived.inputs) == 2
    if query.qtype == "yes_no" or (query.qtype is None and against):
        verdict = _claim_verdict(query, derived, convert)  # '… would it have beaten B' unmarked
        return turned(verdict) if claim_denies(query) else verdict  # "B wasn't second"
    if query.qtype == "why" and _claim_verdict(query, derived, convert) == "no":
        return "no"
    return None


def _claim_verdict(query: Query, derived: Derivation, convert: Converter) -> Verdict | None:
    """'Is it true that France exported more than Chile?': yes when the one claimed larger
    (the first named with 'more', the second with 'less') is the larger; else no. 'Did
    France export over a quarter of the total?': yes when its share is over 25 %. 'Chile
    came 2nd?' by its rank, 'more than double Chile's?' by the ratio of the two; a gap the
    claim gives ('20 tonnes more than Chile?') must be the gap computed."""
    if derived.operation == "share" and derived.unit == "percent" and derived.value is not None:
        claimed = claimed_share(query.raw_tokens)
        return share_verdict(derived.value, *claimed) if claimed else None
    words = {*without_tag(list(query.raw_tokens)), *query.words}  # not '…, yes or no?'
    if derived.operation == HYPOTHETICAL and len(derived.inputs) == 2 and derived.value is not None:
        rival = derived.inputs[1].value  # 'if A had sold 10 more, would it have beaten B?'
        asked = consequent(query.raw_tokens) or query.raw_tokens
        below = not LESS_WORDS.isdisjoint(asked)  # '… would it have been less than B?'
        larger = derived.value < rival if below else derived.value > rival
        rival_first = _claimed_first(asked, derived.inputs[1].where[0])
        return "yes" if larger != rival_first else "no"  # 'would B have beaten A if A had …'
    if derived.operation == "rank":
        named = [i for i in derived.inputs if set(i.where) <= query.named]
        step = step_from(query.raw_tokens)
        if len(named) == 2 and step:  # 'did A come right after B?'
            at = {i.where[0]: 1 + sum(o.value > i.value for o in derived.inputs) for i in named}
            order = [name for name in query.entity_order if name in at]
            if len(order) != 2:
                return None
            return "yes" if at[order[0]] - at[order[1]] == step else "no"
        if len(named) != 1:
            return None
        position = 1 + sum(i.value > named[0].value for i in derived.inputs)
        verdict = rank_verdict(position, query.raw_tokens)
        if verdict is None and query.cues & SUPERLATIVE_CUES:  # 'did Acme ship the least?'
            wanted = 1 if "rank_first" in query.cues else len(derived.inputs)
            verdict = "yes" if position == wanted else "no"
        return verdict
    if derived.operation == "ratio" and derived.value is not None and len(derived.inputs) == 2:
        claimed = claimed_factor(query.raw_tokens)
        big, small = (" ".join(i.where) for i in derived.inputs)
        order = [n for n in query.entity_order if n in (big, small)]
        if claimed is None or len(order) != 2 or big == small:
            return None
        ratio = derived.value if order[0] == big else 1 / derived.value
        return factor_verdict(ratio, *claimed)
    if derived.operation in RESULTS and derived.value is not None:
        figures = [i.value for i in derived.inputs]  # 'A and B sold 400 together?' of 300
        if not claims_other_figures(query, figures):
            return None
        borne = gap_borne_out(query, derived.value, derived.unit, figures, convert)
        return "yes" if borne else "no"
    if derived.operation == GROUPED and derived.leads is not None:
        more, less = bool(words & MORE_WORDS), bool(words & LESS_WORDS)
        if more == less:
            return None
        return "yes" if derived.leads == more else "no"
    if derived.operation != "difference" or len(derived.inputs) != 2:
        return None
    if not ALTERNATIVES.isdisjoint(words):
        return None  # 'did France or Chile export more?' asks which, not whether
    more, less = bool(words & MORE_WORDS), bool(words & LESS_WORDS)
    if more == less:
        return None
    big, small = (" ".join(i.where) for i in derived.inputs)
    order = [name for name in query.entity_order if name in (big, small)]
    if len(order) != 2 or big == small:
        return None
    claimed_big = order[0] if more else order[1]
    if claimed_big != big:
        return "no"
    if derived.value is None:
        return "yes"
    figures = [i.value for i in derived.inputs]
    return "yes" if gap_borne_out(query, derived.value, derived.unit, figures, convert) else "no"
