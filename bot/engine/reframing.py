"""Answering a message asked in another form than a question (see `forms`): the question
it stands for is asked, and its answer is worded for the form ('Yes, it says: …', 'C) 27
years — …', 'Wrong: “…”')."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from bot.engine.answer import Answer
from bot.engine.compose import Composer
from bot.engine.forms import (
    Choices,
    asked_of_source,
    choices,
    claims_to_fault,
    given_first,
    hedged_claim,
    quoted_claim,
)
from bot.engine.index import FactIndex
from bot.engine.match import rank
from bot.engine.sentence_search import NAMING_KINDS
from bot.engine.understand import QUESTION_WORDS, Analyzer
from bot.engine.wording import Term, said
from bot.language.numbers import figures_in
from bot.language.text import tokenize

CHOICE_ROUNDING = 0.5
CHOICE_SHARE = 0.01
"""How near an answer's figure must be to an offered one to be it ('29.4%' is 'B) 29%')."""


class FormReader:
    """Reads a message of another form as the question it stands for, and words the answer."""

    def __init__(
        self,
        ask: Callable[[str, bool], Answer],
        analyzer: Analyzer,
        index: FactIndex,
        composer: Composer,
    ) -> None:
        self._ask = weakref.WeakMethod(ask)
        """The engine's own way to ask, held weakly: an engine let go is freed at once."""
        self.analyzer = analyzer
        self.index = index
        self.composer = composer

    def ask(self, text: str, correct: bool) -> Answer:
        """Ask the engine this reader belongs to."""
        ask = self._ask()
        if ask is None:
            raise ReferenceError("the engine this reader belongs to is gone")
        return ask(text, correct)

    def answer(self, text: str, correct: bool) -> Answer | None:
        """The answer of a message in one of these forms; None for a plain question."""
        claim = quoted_claim(text) or hedged_claim(text) or given_first(text)
        if claim is not None and claim != text:
            return self.ask(claim, correct).model_copy(update={"question": text})
        faulted = claims_to_fault(text)
        if faulted is not None and (found := self._faulted(text, faulted, correct)) is not None:
            return found
        offered = choices(text) if faulted is None else None
        if offered is not None:
            return self._chosen(text, offered, correct)
        told = asked_of_source(text)
        if told is not None:
            return self._told(text, *told, correct=correct)
        return None

    def _told(self, text: str, asked: str, checks: bool, correct: bool) -> Answer:
        """'Does the article say how many …?': yes, with what it says, when the source answers
        the question asked of it (a check it settles either way is told too); otherwise the
        answer the question itself gets."""
        answer = self.ask(asked, correct).model_copy(update={"question": text})
        if not answer.answered or answer.kind not in ("fact", "derived"):
            return answer
        if checks != (answer.verdict is not None):
            return answer  # a check the source leaves open, or a question read as a check
        if asked.split()[0].lower() in {"who", "whom"} and not self._names_someone(asked, answer):
            return answer  # 'does it name who criticised …' of a sentence naming nobody new
        if checks:  # 'does it say whether A led?': it does, and what it says settles it
            headline = self.composer.wording("answer.told", answer=answer.headline)
            return answer.model_copy(update={"headline": headline})
        headline = self.composer.wording("verdict", verdict=Term("yes"), answer=answer.headline)
        return answer.model_copy(update={"headline": headline, "verdict": "yes"})

    def _unjudged(self, answer: Answer) -> str:
        """An answer's headline without its 'Yes — ' or 'No — '."""
        if answer.verdict is None:
            return answer.headline
        said = self.composer.wording("verdict", verdict=Term(answer.verdict), answer="")
        return answer.headline.removeprefix(said)

    def _faulted(self, text: str, claims: tuple[str, ...], correct: bool) -> Answer | None:
        """'A, B and C: which is wrong?': the claim the source denies, with what it says; that
        none is, when it bears out each; None when it settles not all of them (the message
        is then read as it stands)."""
        borne: list[Answer] = []
        for claim in claims:
            answer = self.ask(f"is it true that {claim}?", correct)
            if answer.verdict == "no":
                headline = self.composer.wording(
                    "answer.wrong_one", claim=claim, answer=self._unjudged(answer)
                )
                return answer.model_copy(
                    update={"question": text, "headline": headline, "verdict": None}
                )
            borne.append(answer)
        if len(borne) < 2 or any(a.verdict != "yes" for a in borne):
            return None
        cited = tuple(dict.fromkeys(c for a in borne for c in a.citations))
        return borne[0].model_copy(
            update={
                "question": text,
                "headline": self.composer.wording("answer.none_wrong"),
                "verdict": None,
                "citations": cited,
                "fact_ids": tuple(dict.fromkeys(f for a in borne for f in a.fact_ids)),
                "quantities": (),
                "working": (),
                "notes": (),
            }
        )  # 'spot the error: A 123, B 118, C 59': every one of them holds

    def _chosen(self, text: str, offered: Choices, correct: bool) -> Answer:
        """A quiz card's question answered as asked, then the choice the answer names put
        first; an answer that names none of the choices is no pick of one of them."""
        question = offered.question
        if not question.endswith("?") and QUESTION_WORDS.isdisjoint(tokenize(question)):
            question += " what?"  # 'Europe is the leading exporter of: A) … B) …'
        answer = self.ask(question, correct).model_copy(update={"question": text})
        if not answer.answered:
            return answer
        stated = " ".join((answer.headline, *(c.quote for c in answer.citations)))
        figures = self._answering_figures(question, answer)
        picked = [
            (letter, offer)
            for letter, offer in offered.offers
            if self._says(stated, figures, offer)
        ]
        if not picked:
            reason = said("decline.choices", answer=answer.headline)
            query = self.analyzer.analyse(text, correct=False)
            return self.composer.decline(query, reason, ())
        if len(picked) > 1:
            return answer  # '27 years … 37 a year': the answer says more than one of them
        letter, offer = picked[0]
        headline = self.composer.wording(
            "answer.chosen", letter=letter, offer=offer, answer=answer.headline
        )
        return answer.model_copy(update={"headline": headline})

    def _answering_figures(self, question: str, answer: Answer) -> list[float]:
        """The figures that answer a question: of the answer's quantities, those whose label
        shares a word with it, each as stated and in the unit asked; else the figures its
        headline states beside its quantities ('… for: A) 17 years …' of a fact counting
        1,000 substances in 27 years)."""
        asked = set(self.analyzer.analyse(question, correct=False).content)
        views = [
            v
            for v in answer.quantities
            if not asked.isdisjoint(self.analyzer.read(v.label).content)
        ]
        if views:
            return [m.value for v in views for m in (v.original, v.asked) if m is not None]
        other = {v.original.value for v in answer.quantities}
        return [f for f in figures_in(answer.headline) if f not in other]

    def _says(self, said: str, figures: list[float], offer: str) -> bool:
        """Whether an answer names an offered choice: the figure that answers, within
        rounding, or each of the choice's words."""
        offered = figures_in(offer)
        if offered:
            return any(
                abs(value - offered[0]) <= max(CHOICE_ROUNDING, CHOICE_SHARE * offered[0])
                for value in figures
            )
        words = set(self.analyzer.read(said).content)
        wanted = self.analyzer.read(offer).content
        return bool(wanted) and set(wanted) <= words

    def _names_someone(self, asked: str, answer: Answer) -> bool:
        """Whether the fact an answer rests on names a person or a body the question does not."""
        query = self.analyzer.analyse(asked, correct=False)
        said = set(query.content)
        fact = next((c.fact for c in rank(query, self.index) if c.fact.id == answer.fact_id), None)
        return fact is not None and any(
            said.isdisjoint(self.analyzer.content_of(tuple(name.split())))
            for kind in NAMING_KINDS
            for name in fact.entities.get(kind, frozenset())
        )  # 'Jo Bloggs' is named by '… the Bloggs government's plan'
