"""Answering within a conversation: read the follow-up, answer the standalone question with
the same engine, and remember what was answered under the conversation's key."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable, Sequence
from functools import lru_cache
from typing import Any, TypeVar

from bot.engine import several
from bot.engine.answer import Answer
from bot.engine.conversation import ConversationStore, Figure, Turn
from bot.engine.engine import Engine
from bot.engine.fit import Fit, fact_of
from bot.engine.followup import (
    Followups,
    Rewrite,
    SourceRequest,
    Standalone,
    Unclear,
)
from bot.engine.wording import said

UNREMEMBERED = {"smalltalk", "empty", "error"}
"""Answers that say nothing about the knowledge base leave the conversation as it was."""
RESULT_LABEL = "result ("
"""How the composer labels a computed figure: 'result (sum)'."""
ANSWERS_KEPT = 2048
TURNS_KEPT = 2048
"""Turns and follow-up checks kept per engine: what an answer leaves a conversation, and
whether it fits a follow-up, depend only on their arguments, which come again and again."""
T = TypeVar("T")
"""Whole answers kept per engine, by the exact text asked: people ask the same questions again.
An engine's answer depends only on its packs as loaded, its language and the text; a reload or
a taught question serves a new engine, whose answers start empty, so none is ever stale."""


def kept_answers(engine: Engine) -> Callable[[str], Answer]:
    """`engine.ask`, keeping the last ANSWERS_KEPT answers; it holds the engine weakly, so
    the answers go when the engine does."""
    return _kept(engine, lambda alive, text: alive.ask(text), ANSWERS_KEPT)


def _kept(engine: Engine, work: Callable[..., T], size: int) -> Callable[..., T]:
    """`work(engine, *args)` for one engine, keeping the last `size` results; the engine is
    held weakly, so its results go when it does."""
    held = weakref.ref(engine)

    def run(*args: Any) -> T:
        alive = held()
        if alive is None:
            raise ReferenceError("the engine these results were kept for is gone")
        return work(alive, *args)

    return lru_cache(maxsize=size)(run)


class Dialogue:
    """Conversations over whichever engine is serving: a front end passes a key per asker
    and place, and gets the Answer, with `read_as` set when the question was rewritten."""

    def __init__(self, store: ConversationStore | None = None) -> None:
        self.store = store if store is not None else ConversationStore()
        self._followups: weakref.WeakKeyDictionary[Engine, Followups] = weakref.WeakKeyDictionary()
        self._answers: weakref.WeakKeyDictionary[Engine, Callable[[str], Answer]] = (
            weakref.WeakKeyDictionary()
        )
        self._turns: weakref.WeakKeyDictionary[Engine, Callable[[str, Answer, str], Turn]] = (
            weakref.WeakKeyDictionary()
        )
        self._checks: weakref.WeakKeyDictionary[Engine, Callable[..., Answer]] = (
            weakref.WeakKeyDictionary()
        )

    def answer(self, engine: Engine, text: str) -> Answer:
        """The engine's answer to `text` standing alone, kept for the next time it is asked."""
        kept = self._answers.get(engine)
        if kept is None:
            kept = kept_answers(engine)
            self._answers[engine] = kept
        return kept(text)

    def _fit(self, engine: Engine) -> Fit:
        return Fit(self.followups(engine))

    def followups(self, engine: Engine) -> Followups:
        followups = self._followups.get(engine)
        if followups is None:
            followups = Followups(engine.analyzer, engine.kb.lexicon, engine.units)
            self._followups[engine] = followups
        return followups

    def ask(self, engine: Engine, key: Hashable, text: str) -> Answer:
        """Answer `text` as the next question of the conversation under `key`; a message
        asking several things gets each answered, the later parts as follow-ups."""
        pieces = several.parts(text)
        if len(pieces) > 1:
            combined = several.ask_each(
                text,
                pieces,
                lambda p: self._ask_part(engine, key, p),
                engine.wording,
                lambda: self.answer(engine, text),
            )
            if combined is not None:
                return combined
        return self._ask_one(engine, key, text)

    def ask_alone(self, engine: Engine, text: str) -> Answer:
        """A question outside any conversation: only its own parts lean on each other."""
        pieces = several.parts(text)
        if len(pieces) == 1:
            return self.answer(engine, text)
        scratch = object()
        first = next((p for p in pieces if not several.standalone(p)), pieces[0])

        def ask(piece: str) -> Answer:
            if several.standalone(piece):
                return self.answer(engine, piece)
            if piece is first:
                answer = self.answer(engine, piece)
                self._remember(engine, scratch, piece, answer)
                return answer
            return self._ask_one(engine, scratch, piece)

        try:
            combined = several.ask_each(
                text, pieces, ask, engine.wording, lambda: self.answer(engine, text)
            )
        finally:
            self.store.forget(scratch)
        return combined if combined is not None else self.answer(engine, text)

    def _ask_part(self, engine: Engine, key: Hashable, text: str) -> Answer:
        """One part of a message: a premise checked, or a claim that names its own subject, is
        asked alone, and is no turn the next part follows up."""
        if several.standalone(text):
            return self.answer(engine, text)
        return self._ask_one(engine, key, text)

    def _ask_one(self, engine: Engine, key: Hashable, text: str) -> Answer:
        followups = self.followups(engine)
        turns = self.store.turns(key)
        stale = bool(turns) and not _still_valid(engine, turns)
        if stale:
            self.store.forget(key)
            turns = ()
        reading = followups.read(text, turns)
        if isinstance(reading, Unclear):
            reason = said("dialogue.reloaded") if stale else reading.reason
            headline = engine.wording(reason)
            return Answer(question=text, kind="decline", answered=False, headline=headline)
        if isinstance(reading, SourceRequest):
            return self._cited(engine, text, reading)
        if isinstance(reading, Standalone):
            answer = self.answer(engine, reading.question).model_copy(update={"question": text})
            self._remember(engine, key, reading.question, answer)
            return answer
        if isinstance(reading, Rewrite):
            answer = self._answer_rewrite(engine, reading, turns, text)
            answer = answer.model_copy(update={"question": text, "read_as": reading.question})
            self._remember(engine, key, reading.question, answer, reading.topic)
            return answer
        answer = self.answer(engine, text)
        if turns and answer.answered:
            unknown = []
            if followups.continues(text):
                unknown = [s for s in followups.own_stems(text) if s not in engine.index.idf]
            given = _last_facts(turns)
            answer = (
                _declined(engine, text, unknown)
                if unknown
                else self._honest(engine, text, answer, None, given)
            )
        self._remember(engine, key, text, answer)
        return answer

    def forget(self, key: Hashable) -> None:
        self.store.forget(key)

    def remember(self, engine: Engine, key: Hashable, question: str, answer: Answer) -> None:
        """An answer given another way (a "did you mean" button) continues the conversation."""
        self._remember(engine, key, question, answer)

    def _answer_rewrite(
        self, engine: Engine, rewrite: Rewrite, turns: Sequence[Turn], typed: str
    ) -> Answer:
        answer = self.answer(engine, rewrite.question)
        unknown = _unknown(engine, rewrite)
        if unknown and answer.answered and (rewrite.how != "complete" or answer.kind == "derived"):
            # The last topic, a name or the last figures must not answer a question about
            # something the knowledge base never mentions ('how much was that worth?').
            return _declined(engine, rewrite.question, unknown)
        if rewrite.how in {"detail", "context"}:
            answer = self._fit(engine).detail(engine, rewrite, answer, turns) or answer
        given = _last_facts(turns)
        return self._honest(engine, rewrite.question, answer, typed, given)

    def _honest(
        self,
        engine: Engine,
        question: str,
        answer: Answer,
        typed: str | None,
        given: tuple[str, ...],
    ) -> Answer:
        """`Fit.honest`, kept per engine: it depends on nothing but its arguments."""
        kept = self._checks.get(engine)
        if kept is None:
            kept = _kept(
                engine, lambda alive, *args: self._fit(alive).honest(alive, *args), TURNS_KEPT
            )
            self._checks[engine] = kept
        return kept(question, answer, typed, given)

    def _remember(
        self, engine: Engine, key: Hashable, question: str, answer: Answer, topic: str = ""
    ) -> None:
        if answer.kind in UNREMEMBERED:
            return
        self.store.add(key, self.turn(engine, question, answer, topic))

    def turn(self, engine: Engine, question: str, answer: Answer, topic: str = "") -> Turn:
        """What a follow-up may refer back to: the facts, their entities and their figures;
        kept per engine (a Turn is never changed)."""
        kept = self._turns.get(engine)
        if kept is None:
            kept = _kept(engine, self._turn, TURNS_KEPT)
            self._turns[engine] = kept
        return kept(question, answer, topic)

    def _turn(self, engine: Engine, question: str, answer: Answer, topic: str) -> Turn:
        followups = self.followups(engine)
        query = followups.analyse(question)
        facts = [f for f in (fact_of(engine, fid) for fid in answer.fact_ids) if f is not None]
        headlines = [f.answer for f in facts] if answer.kind == "fact" else [answer.headline]
        declared = [(kind, names) for f in facts for kind, names in f.entities.items()]
        asked, told = followups.entities_of(query, headlines, declared)
        stated = [
            Figure(q.value, q.unit, q.what, tuple(q.where), q.when, q.role)
            for f in facts
            for q in f.quantities
            if q.role in {"part", "total", "share", "count"}
        ]
        figures = tuple(_computed(answer, stated) + stated)
        if not figures and answer.kind == "conversion" and answer.quantities:
            view = answer.quantities[0]
            figures = (Figure(view.original.value, view.original.unit, view.original.text),)
        return Turn(
            question=question,
            topic=topic or question,
            answered=answer.answered,
            fact_ids=answer.fact_ids,
            asked=asked,
            told=told,
            qtype=query.qtype,
            wanted=query.answer_kind,
            figures=figures,
            cues=query.cues,
            engine=id(engine),
        )

    def _cited(self, engine: Engine, text: str, request: SourceRequest) -> Answer:
        """The sources of the last answer (or, for 'tell me more', the fact again in full)."""
        turn = request.turn
        read_as = (
            f"Tell me more about: {turn.question}"
            if request.detail
            else f"What is the source for: {turn.question}"
        )
        looked_up = [engine.lookup(fid, exact=True) for fid in turn.fact_ids]
        answers = [a for a in looked_up if a is not None]
        if not answers:
            headline = engine.wording(
                "dialogue.no_source" if not turn.fact_ids else "dialogue.reloaded"
            )
            return Answer(
                question=text, kind="decline", answered=False, headline=headline, read_as=read_as
            )
        first = answers[0]
        citations = tuple(c for a in answers for c in a.citations)
        if request.detail:
            return first.model_copy(update={"question": text, "read_as": read_as})
        sources = list(dict.fromkeys(f"*{c.title}*, {c.publisher}" for c in citations))
        headline = engine.wording(
            "dialogue.source",
            sources="; ".join(sources),
            answers=" ".join(a.headline for a in answers),
        )
        return first.model_copy(
            update={
                "question": text,
                "read_as": read_as,
                "headline": headline,
                "citations": citations,
                "fact_ids": tuple(fid for a in answers for fid in a.fact_ids),
                "quantities": (),
                "suggestions": (),
            }
        )


def _computed(answer: Answer, stated: list[Figure]) -> list[Figure]:
    """A derived answer's own figure ('result (sum)'), named by the figures it was made of."""
    if answer.kind != "derived" or not answer.quantities:
        return []
    view = answer.quantities[0]
    if not view.label.startswith(RESULT_LABEL):
        return []
    operation = view.label[len(RESULT_LABEL) :].rstrip(")")
    measured = [f for f in stated if f.role in {"part", "total"}]
    if not measured:
        return []
    totals = [f for f in measured if f.role == "total"]
    parts = [f for f in measured if f.role == "part"]
    ordered = (totals + parts) if operation == "remainder" else (parts or totals)
    where = tuple(dict.fromkeys(p for f in ordered for p in f.where))
    first = measured[0]
    return [
        Figure(
            view.original.value,
            view.original.unit,
            first.what,
            where,
            first.when,
            "result",
            operation,
        )
    ]


def _declined(engine: Engine, question: str, unknown: list[str]) -> Answer:
    headline = engine.wording("decline.unknown_word", word=unknown[0])
    return Answer(question=question, kind="decline", answered=False, headline=headline)


def _unknown(engine: Engine, rewrite: Rewrite) -> list[str]:
    """The follow-up's own words that the knowledge base never uses."""
    return [s for s in rewrite.own if s not in engine.index.idf]


def _last_facts(turns: Sequence[Turn]) -> tuple[str, ...]:
    """The facts of the latest answer that had any (a decline in between gave none)."""
    return next((t.fact_ids for t in reversed(turns) if t.fact_ids), ())


def _still_valid(engine: Engine, turns: tuple[Turn, ...]) -> bool:
    """Turns answered by this engine, or by one whose facts this one still has."""
    by_id = engine.index.by_id
    return all(t.engine == id(engine) or all(f in by_id for f in t.fact_ids) for t in turns)
