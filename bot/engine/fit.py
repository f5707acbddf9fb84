"""Whether an answer fits the follow-up it was found for: a fact that does not say when, how
many or which (the kind asked for) does not answer that, and is declined with what it does say;
a bare 'where?' is answered from the recent fact that says where."""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.answer import Answer
from bot.engine.conversation import Turn
from bot.engine.engine import Engine
from bot.engine.followup import Followups, Rewrite
from bot.engine.followup_words import DETAIL_KINDS
from bot.engine.index import IndexedFact, entity_closure
from bot.engine.understand import Query
from bot.engine.wording import said
from bot.knowledge.models import Fact


class Fit:
    """Checks of one engine's answers to follow-ups, with that engine's follow-up reader."""

    def __init__(self, followups: Followups) -> None:
        self.followups = followups

    def honest(
        self,
        engine: Engine,
        question: str,
        answer: Answer,
        typed: str | None = None,
        given: tuple[str, ...] = (),
    ) -> Answer:
        """A follow-up answered with a fact that does not say what was asked — when, how
        many, which country — is declined, as the source gives no such thing. `typed` is
        the follow-up as sent, when `question` is its rewrite; `given`, the facts the last
        answer gave."""
        if not answer.answered or answer.kind not in {"fact", "derived"}:
            return answer
        facts = [f for f in (fact_of(engine, fid) for fid in answer.fact_ids) if f is not None]
        if not facts:
            return answer
        fact = facts[0]
        again = fact.id in given
        """The answer repeats the fact just given: it must say what this follow-up adds."""
        followups = self.followups
        query = followups.analyse(question)
        wanted = followups.wanted_kind(query)
        reason = None
        asked_years = set(query.entities.get("year", frozenset()))
        fact_years = {y for f in facts for y in f.entities.get("year", ())}
        fact_years |= {q.when for f in facts for q in f.quantities if q.when}
        if asked_years and fact_years and not asked_years & fact_years:
            # 'did it lead in 2021 as well?' answered from a 2023 fact says nothing of 2021
            reason = said("fit.years", years=", ".join(sorted(asked_years)))
        elif answer.kind == "derived":
            choice = followups.analyse(typed or question)
            several = len(choice.entities.get(wanted or "", ())) >= 2
            if wanted and not several and not self._names_new(engine, query, facts, wanted):
                reason = said("fit.which", kind=wanted)
        elif query.qtype == "when" and not followups.names_time(fact.answer):
            reason = said("fit.when")
        elif again and query.qtype == "when" and not followups.names_time(fact.answer, query):
            reason = said("fit.when_precisely")
        elif again and query.qtype == "how_long" and not followups.names_duration(fact.answer):
            reason = said("fit.how_long")
        elif query.qtype in {"how_many", "how_much"} and not (
            fact.quantities or followups.names_number(fact.answer) or query.unit_asked
        ):
            reason = said("fit.figure")
        elif wanted and not self._names_new(engine, query, facts, wanted):
            reason = said("fit.which", kind=wanted)
        if reason is None:
            return answer
        what = fact.answer if answer.kind == "fact" else answer.headline
        return Answer(
            question=answer.question,
            kind="decline",
            answered=False,
            headline=engine.wording("decline.what_it_says", reason=reason, answer=what),
            suggestions=(engine.composer.suggestion(indexed(engine, fact.id), answer.confidence),),
            confidence=answer.confidence,
        )

    def detail(
        self, engine: Engine, rewrite: Rewrite, answer: Answer, turns: Sequence[Turn]
    ) -> Answer | None:
        """'where?', 'on which day?': the recent fact that says it, when the rewrite found
        none that does."""
        qtype = self.followups.analyse(rewrite.question).qtype or ""
        followups = self.followups
        kinds = DETAIL_KINDS.get(qtype)

        def says(fact_id: str | None) -> bool:
            fact = fact_of(engine, fact_id)
            if fact is None:
                return False
            if qtype == "when":
                return followups.names_time(fact.answer)
            return bool(kinds) and any(fact.entities.get(k) for k in kinds or ())  # type: ignore[call-overload]

        if answer.answered and says(answer.fact_id):
            return None
        for turn in reversed(turns):
            for fact_id in turn.fact_ids[:1]:
                if says(fact_id):
                    return engine.lookup(fact_id, exact=True)
        return None

    def _names_new(self, engine: Engine, query: Query, facts: Sequence[Fact], kind: str) -> bool:
        """'Which country …?' is answered by facts naming a country the question did not:
        for 'which countries', not one the question's names imply (a mayor → their country);
        for 'which European countries', one in Europe."""
        followups = self.followups
        implies = engine.kb.lexicon.implies
        given = {n for f in facts for n in f.entities.get(kind, ())}  # type: ignore[call-overload]
        known = set(query.entities.get(kind, frozenset()))
        if followups.asks_several(query):
            found = {k: set(v) for k, v in query.entities.items()}
            known |= entity_closure(found, implies, followups.kind_of).get(kind, frozenset())
        regions = query.entities.get("region", frozenset())
        if kind == "country" and regions:
            given = {
                name
                for name in given
                if regions
                & entity_closure({kind: {name}}, implies, followups.kind_of).get(
                    "region", frozenset()
                )
            }
        return bool(given - known)


def indexed(engine: Engine, fact_id: str) -> IndexedFact:
    return engine.index.facts[engine.index.by_id[fact_id]]


def fact_of(engine: Engine, fact_id: str | None) -> Fact | None:
    position = engine.index.by_id.get(fact_id) if fact_id else None
    return engine.index.facts[position].fact if position is not None else None
