"""A pack tried as readers will try it: every fact is asked its own example questions, and each
question that does not come back to its fact (or that one of its `unknowns` would decline) is
reported with what to do about it. `kb new` prints the score; `kb check` lists the misses."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.engine.engine import Engine
from bot.knowledge.pack import KnowledgeBase


@dataclass(frozen=True)
class Miss:
    """One example question that does not come back to the fact it is written for."""

    fact: str
    position: int
    question: str
    answered_by: str | None
    """The fact that answered instead, or None when the question was declined."""
    unknown: str | None = None
    """The fact's own `unknowns` entry that declines it, if that is why."""

    @property
    def field(self) -> str:
        return f"questions[{self.position}]"

    def message(self) -> str:
        if self.unknown is not None:
            return (
                f"its own unknown {self.unknown!r} declines {self.question!r}: "
                "fix: make the unknown more specific (words this question does not use), "
                "or remove the question if the source does not answer it"
            )
        if self.answered_by is None:
            return (
                f"{self.question!r} is declined: fix: use the fact's own words in it, add its "
                "missing words to keywords, or remove it if the fact does not answer it"
            )
        return (
            f"{self.question!r} is answered by {self.answered_by}: fix: add a word that sets "
            f"this fact apart (a name, a keyword), add an unknown to {self.answered_by}, or "
            "merge the two facts if they say the same"
        )


@dataclass(frozen=True)
class SelfTest:
    """How many of a pack's example questions come back to their own fact."""

    asked: int
    right: int
    misses: tuple[Miss, ...] = field(default=())

    @property
    def score(self) -> float:
        return 100.0 * self.right / self.asked if self.asked else 100.0

    def summary(self) -> str:
        return (
            f"{self.right} of {self.asked} example questions come back to their own fact "
            f"({self.score:.0f} %)"
        )


def self_test(kb: KnowledgeBase, packs: set[str] | None = None) -> SelfTest:
    """Ask every fact (of the packs named, else all) each of its example questions."""
    engine = Engine(kb)
    asked = right = 0
    misses: list[Miss] = []
    for indexed in engine.index.facts:
        if packs is not None and kb.fact_pack[indexed.id] not in packs:
            continue
        for position, question in enumerate(indexed.fact.questions):
            asked += 1
            content = set(engine.analyzer.analyse(question).content)
            unknown = next((p for p, stems in indexed.unknowns if stems <= content), None)
            answer = engine.ask(question)
            if answer.fact_id == indexed.id and answer.answered and unknown is None:
                right += 1
                continue
            misses.append(
                Miss(
                    indexed.id,
                    position,
                    question,
                    answer.fact_id if answer.answered else None,
                    unknown,
                )
            )
    return SelfTest(asked, right, tuple(misses))
