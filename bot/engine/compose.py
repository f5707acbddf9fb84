"""Wording what the engine decided as an Answer: the fact or computation, its conversions,
its citations, and every sentence around them in the reader's language."""

from __future__ import annotations

import re
from typing import Any, Literal

from bot.engine.answer import Answer, Citation, Measurement, QuantityView, Suggestion
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
from bot.engine.derive import Derivation, title
from bot.engine.index import IndexedFact
from bot.engine.match import Candidate
from bot.engine.understand import Query, UnitMention
from bot.engine.wording import ENGLISH_WORDING, Said, Term, Wording
from bot.knowledge.models import PROPER_KINDS, Fact, Quantity
from bot.knowledge.pack import KnowledgeBase
from bot.language.units import (
    AMBIGUOUS_UNIT_WORDS,
    ASKED_ONLY_FAMILIES,
    UNCONVERTED_FAMILIES,
    UnitBook,
    format_number,
    format_percent,
)

EXAMPLE_SLOT = "{example}"
"""Where a small-talk reply names a question the packs answer (from pack.yaml)."""
SAME_WITHIN = 0.01
"""Two amounts this close (relative) are the same, whatever the figures' rounding."""
DIRECTIONS = {
    "more": frozenset({"more", "bigger", "larger", "heavier", "greater", "longer", "higher"}),
    "less": frozenset({"less", "fewer", "smaller", "lighter", "shorter", "lower"}),
}
"""How a comparison asks which way: 'is 5 kg more than 10 lb?'."""

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")
"""Where one sentence of a note ends and the next begins."""


class Composer:
    """Turns the engine's decisions into answers; the only place answer wording is decided."""

    def __init__(
        self, kb: KnowledgeBase, units: UnitBook, wording: Wording = ENGLISH_WORDING
    ) -> None:
        self.kb = kb
        self.units = units
        self.wording = wording

    def compose(self, query: Query, decision: Decision) -> Answer:
        """The one Answer for what was decided about `query`."""
        match decision:
            case Found(candidate, offers, verdict, note, lead):
                answer = self.fact_answer(query, candidate, offers, verdict)
                if lead is not None:
                    answer = answer.model_copy(update={"headline": self.wording(lead)})
                if note is None:
                    return answer
                return answer.model_copy(update={"notes": (self.wording(note), *answer.notes)})
            case Computed(derivation, confidence, verdict):
                return self.derived_answer(query, derivation, confidence, verdict)
            case Declined(reason, suggestions, confidence):
                return self.decline(query, reason, suggestions, confidence)
            case Conversion(source, target, scale, stated):
                answer = self.conversion_answer(query, source, target, scale)
                if stated is None:
                    return answer
                given = self.wording("note.stated_pair", amount=self.units.describe(*stated))
                return answer.model_copy(update={"notes": (*answer.notes, given)})
            case Comparison(first, second):
                return self.comparison_answer(query, first, second)
            case Percent(value):
                return self.percent_answer(query, value)
            case SmallTalk(name, example):
                return self._plain(query.text, "smalltalk", self._small_talk(name, example))
            case Prompt(example):
                return self._plain(query.text, "empty", self.wording("empty", example=example))
            case Failed(reason):
                return self._plain(query.text, "error", self.wording(reason))

    @staticmethod
    def _plain(question: str, kind: Literal["smalltalk", "empty", "error"], text: str) -> Answer:
        return Answer(question=question, kind=kind, answered=False, headline=text)

    def _small_talk(self, name: str, example: str) -> str:
        """The pack's own reply in English; the catalogue's in another language."""
        key = f"smalltalk.{name}"
        if self.wording.language != "en" and self.wording.has(key):
            reply = self.wording(key)
        else:
            reply = self.kb.lexicon.smalltalk[name].reply
        return reply.replace(EXAMPLE_SLOT, example)

    @staticmethod
    def names(query: Query, names: list[str]) -> tuple[str, ...]:
        """Names as people write them: proper names capitalised, common nouns ('copper') not."""
        kind_of = {name: kind for kind, found in query.entities.items() for name in found}
        return tuple(title(n) if kind_of.get(n) in PROPER_KINDS else n for n in names)

    def citations(self, fact: Fact) -> tuple[Citation, ...]:
        pack = self.kb.pack_of(fact.id)
        out = []
        for quote in fact.quotes:
            source = self.kb.source_for(fact, quote.source)
            out.append(
                Citation(
                    fact_id=fact.id,
                    quote=quote.text,
                    title=source.title,
                    publisher=source.publisher,
                    url=source.url,
                    pack=pack.name,
                    caption=fact.caption,
                )
            )
        return tuple(out)

    def measure(self, value: float, unit: str, exact: bool = False) -> Measurement:
        return Measurement(
            value=value, unit=unit, text=self.units.describe(value, unit, exact=exact)
        )

    def view(
        self,
        value: float,
        unit: str,
        label: str,
        asked: str | None,
        exact: bool = True,
        stated: dict[str, float] | None = None,
    ) -> QuantityView:
        """A figure with its companions; a restatement the source gives is used as stated."""
        stated = stated or {}
        if self.units.resolve(unit) is None or (
            self.units.family(unit) in UNCONVERTED_FAMILIES
            and not (asked and self.units.family(unit) in ASKED_ONLY_FAMILIES)
        ):
            return QuantityView(label=label, original=self.measure(value, unit, exact))
        conversions = tuple(
            self.measure(self.units.convert(value, unit, other), other)
            for other in self.units.companions(unit)
        )
        asked_view = None
        if asked and asked != unit and self.units.family(asked) == self.units.family(unit):
            asked_view = self.measure(self.units.convert(value, unit, asked), asked)
        elif asked == unit:
            asked_view = self.measure(value, unit, exact)
        return QuantityView(
            label=label,
            original=self.measure(value, unit, exact),
            conversions=conversions,
            asked=asked_view,
        )

    def quantity_view(self, quantity: Quantity, asked: str | None) -> QuantityView:
        stated = {f.unit: f.value for f in quantity.also}
        view = self.view(quantity.value, quantity.unit, quantity.what, asked, quantity.exact)
        if asked in stated and view.asked is not None:
            note = self.wording(
                "note.stated",
                stated=self.units.describe(stated[asked], asked, True),
                exact=view.asked.text,
            )
            return view.model_copy(update={"note": note})
        return view

    def suggestions(
        self, ranked: list[Candidate], skip: set[str], limit: int
    ) -> tuple[Suggestion, ...]:
        out = []
        for candidate in ranked:
            if candidate.fact.id in skip:
                continue
            out.append(self.suggestion(candidate.fact, candidate.score))
            if len(out) == limit:
                break
        return tuple(out)

    @staticmethod
    def suggestion(fact: IndexedFact, score: float) -> Suggestion:
        return Suggestion(
            fact_id=fact.id, topic=fact.fact.topic, question=fact.fact.questions[0], score=score
        )

    def fact_answer(
        self,
        query: Query,
        candidate: Candidate,
        suggestions: tuple[Suggestion, ...],
        verdict: Verdict | None = None,
    ) -> Answer:
        fact = candidate.fact.fact
        asked = query.unit_asked
        views = tuple(
            self.quantity_view(q, asked) for q in fact.quantities if q.role != "duration" or asked
        )
        return Answer(
            question=query.text,
            kind="fact",
            answered=True,
            headline=self._verdict(verdict, fact.answer),
            fact_ids=(fact.id,),
            confidence=candidate.score,
            citations=self.citations(fact),
            quantities=views,
            suggestions=suggestions,
            notes=self._notes(query, [fact]),
            corrections=query.corrections,
            verdict=verdict,
        )

    def derived_answer(
        self,
        query: Query,
        derivation: Derivation,
        confidence: float,
        verdict: Verdict | None = None,
    ) -> Answer:
        by_id = {i.fact.id: i.fact.fact for i in derivation.inputs}
        facts = list(by_id)
        fact_objects = list(by_id.values())
        views: tuple[QuantityView, ...] = ()
        if derivation.value is not None and derivation.unit and derivation.unit != "percent":
            views = (
                self.view(
                    derivation.value,
                    derivation.unit,
                    f"result ({derivation.operation})",
                    query.unit_asked,
                    exact=False,
                ),
            )
        citations = tuple(c for f in fact_objects for c in self.citations(f))
        return Answer(
            question=query.text,
            kind="derived",
            answered=True,
            headline=self._verdict(verdict, _capitalised(self.wording(derivation.said))),
            fact_ids=tuple(facts),
            confidence=confidence,
            citations=citations,
            quantities=views,
            working=derivation.working,
            notes=self._notes(query, fact_objects),
            corrections=query.corrections,
            verdict=verdict,
        )

    def conversion_answer(
        self, query: Query, source: UnitMention, target: str | None, scale: float | None = None
    ) -> Answer:
        assert source.number is not None
        value = source.number
        if scale is not None:  # '£8.1bn in millions': the same amount, in the scale asked
            stated = self.units.describe(value, source.key, exact=True)
            into = target or source.key  # 'in thousands of pounds': converted, then scaled
            amount = self.units.convert(value, source.key, into) if into != source.key else value
            scaled = self.units.describe(amount, into, scale=scale)
            view = QuantityView(label="conversion", original=self.measure(value, source.key, True))
            headline = f"{stated} = **{scaled}**"
            return self._conversion(
                query, headline, quantities=(view,), notes=self._notes(query, [])
            )
        if target is not None:
            self.units.convert(value, source.key, target)  # raises UnitError across dimensions
        view = self.view(value, source.key, "conversion", target, exact=True)
        if (view.asked is None or target == source.key) and (target or not view.conversions):
            headline = f"**{view.original.text}**"
        elif view.asked is not None:
            headline = f"{view.original.text} = **{view.asked.text}**"
        else:
            headline = f"{view.original.text} = " + " = ".join(c.text for c in view.conversions)
        return self._conversion(query, headline, quantities=(view,), notes=self._notes(query, []))

    def comparison_answer(self, query: Query, first: UnitMention, second: UnitMention) -> Answer:
        """Two amounts put side by side in the first one's unit; a yes/no check of 'the same'
        or of 'more' or 'less' is answered yes or no first."""
        if first.number is None or second.number is None:
            raise ValueError("both amounts need a figure")
        converted = self.units.convert(second.number, second.key, first.key)
        a = self.units.describe(first.number, first.key, exact=True)
        b = self.units.describe(second.number, second.key, exact=True)
        b_as_a = self.units.describe(converted, first.key)
        asked = {
            word for word, words in DIRECTIONS.items() if not words.isdisjoint(query.raw_tokens)
        }
        converting: tuple[str, ...] = (f"{b} = {b_as_a}",)
        if first.key == second.key:
            b_as_a, converting = b, ()  # '300 tonnes is more than 100 tonnes', no '= 100 tonnes'
        worked = _worked(query, first.number, converted)
        if worked is not None:
            sign, value = worked  # '300 tonnes minus 100 tonnes': the amount worked out
            result = self.units.describe(value, first.key)
            headline = self.wording("compare.worked", a=a, sign=sign, b=b, result=result)
            return self._conversion(query, headline, working=converting)
        if abs(first.number - converted) <= SAME_WITHIN * abs(converted):
            relation = "same"
            same = "compare.same" if b_as_a != b else "compare.same_alike"
            headline = self.wording(same, a=a, b=b, b_as_a=b_as_a)
        else:
            relation = "more" if first.number > converted else "less"
            headline = self.wording(
                "compare.differ" if b_as_a != b else "compare.differ_alike",
                a=a,
                b=b,
                b_as_a=b_as_a,
                relation=Term(relation),
            )
        verdict: Verdict | None = None
        if query.qtype == "yes_no" and len(asked) <= 1:
            verdict = "yes" if relation in (asked or {"same"}) else "no"
            headline = self._verdict(verdict, headline)
        return self._conversion(query, headline, working=converting, verdict=verdict)

    def percent_answer(self, query: Query, value: float) -> Answer:
        """'0.72 as a percentage', with the one-step working shown."""
        percent = format_percent(100 * value)
        working = (f"{format_number(value)} × 100 = {percent}",)
        return self._conversion(query, f"{format_number(value)} = **{percent}**", working=working)

    @staticmethod
    def _conversion(query: Query, headline: str, **parts: Any) -> Answer:
        return Answer(
            question=query.text,
            kind="conversion",
            answered=True,
            headline=headline,
            confidence=100.0,
            **parts,
        )

    def _verdict(self, verdict: Verdict | None, text: str) -> str:
        """'Yes — …' or 'No — …' before a checked claim's answer."""
        if verdict is None:
            return text
        return self.wording("verdict", verdict=Term(verdict), answer=text)

    def decline(
        self,
        query: Query,
        reason: Said,
        suggestions: tuple[Suggestion, ...],
        confidence: float = 0.0,
    ) -> Answer:
        return Answer(
            question=query.text,
            kind="decline",
            answered=False,
            headline=self.wording(reason),
            confidence=confidence,
            suggestions=suggestions,
            corrections=query.corrections,
        )

    def _notes(self, query: Query, facts: list[Fact]) -> tuple[str, ...]:
        notes = []
        if query.language:
            language = self.wording(f"language.{query.language}")
            notes.append(self.wording("note.language", language=language))
        if any(
            u.key == AMBIGUOUS_UNIT_WORDS[u.words][0]
            for u in query.units
            if u.words in AMBIGUOUS_UNIT_WORDS
        ):
            notes.append(self.wording("note.tons"))
        if any(f.caption for f in facts):
            notes.append(self.wording("note.caption"))
        notes += [f.note for f in facts if f.note]
        return _each_sentence_once(notes)


def _each_sentence_once(notes: list[str]) -> tuple[str, ...]:
    """Notes of several facts often share a sentence ('The article's "tons" … are US short
    tons.'): a reader is told it once, where it first comes."""
    seen: set[str] = set()
    out: list[str] = []
    for note in notes:
        fresh = [s for s in _SENTENCE_END.split(note) if s not in seen]
        seen.update(fresh)
        if fresh:
            out.append(" ".join(fresh))
    return tuple(out)


def _capitalised(text: str) -> str:
    """A sentence that may open with a name or a fraction ('half of …') starts upper-case."""
    return text[:1].upper() + text[1:]


SUMMING = frozenset({"plus", "add", "added", "adding", "sum", "total", "together", "combined"})
TAKING_AWAY = frozenset({"minus", "subtract", "subtracted", "difference", "deduct"})
"""The words that ask for two amounts to be added or one taken from the other."""


def _worked(query: Query, first: float, second: float) -> tuple[str, float] | None:
    """The sum or the difference of two amounts a question asks for ('5 kg plus 3 lb', '300
    tonnes minus 100 tonnes'); None for a check or a plain comparison."""
    if query.qtype == "yes_no":
        return None
    tokens = set(query.raw_tokens)
    if not SUMMING.isdisjoint(tokens):
        return "+", first + second
    if not TAKING_AWAY.isdisjoint(tokens):
        return "−", first - second
    return None  # 'which is more, 123 tonnes or 118 tonnes?' compares, works nothing out
